import type { StateCore, Token } from 'markdown-it';
import type { Localized } from '../i18n';
import { htmlparser } from '../libraries';

/**
 * Raw HTML in a report, read as the formatting a writer means by it: a line break (`<br>`),
 * bold, italic, underline, strike-through, superscript and subscript, highlight, and a centred
 * or right-aligned block (`<p align="center">`, `<div align="center">`, `<center>`, a
 * `style="text-align: …"`). Only these are rendered, and only as the tags and classes written
 * here: no attribute of the writer's reaches a page (no script, no event handler, no style, no
 * address, so nothing is run and nothing is fetched). Any other tag (`<span>`, `<img>`,
 * `<script>`, `<a>`, a table…) is shown as the text it is, as before, and the exports say so
 * in a note. Word draws the same formatting with its own run and paragraph properties.
 */

export type Align = 'left' | 'center' | 'right' | 'justify';
export type Mark = 'bold' | 'italic' | 'underline' | 'strike' | 'sup' | 'sub' | 'mark';

/** The formatting tags, by the mark each gives its text. */
const MARK_TAGS: Readonly<Record<string, Mark>> = {
  b: 'bold',
  strong: 'bold',
  i: 'italic',
  em: 'italic',
  u: 'underline',
  ins: 'underline',
  s: 'strike',
  strike: 'strike',
  del: 'strike',
  sup: 'sup',
  sub: 'sub',
  mark: 'mark',
};

/** The block tags a writer aligns text with. */
const BLOCK_TAGS = new Set(['p', 'div', 'center']);

/** The tag each mark is written as, in this order when several nest. */
const MARK_HTML: Readonly<Record<Mark, string>> = { bold: 'strong', italic: 'em', underline: 'u', strike: 's', sup: 'sup', sub: 'sub', mark: 'mark' };
const MARK_ORDER: readonly Mark[] = ['bold', 'italic', 'underline', 'strike', 'sup', 'sub', 'mark'];

/** The tags that are rendered, as the notes list them. */
export const RENDERED_TAGS = '<br>, <b>, <strong>, <i>, <em>, <u>, <ins>, <s>, <strike>, <del>, <sup>, <sub>, <mark>, <p>, <div>, <center>';

export type HtmlRun = { text: string; marks: readonly Mark[] } | { br: true };

/** A paragraph of an HTML block: its alignment (its own or its block's) and its runs. */
export interface HtmlParagraph {
  align?: Align;
  runs: HtmlRun[];
}

/**
 * What an HTML block of the report is:
 * - `open`: only opening block tags (`<div align="center">` on its own, the Markdown after it
 *   aligned until the matching `</div>`), with the alignment each gives;
 * - `close`: only closing block tags, how many;
 * - `paragraphs`: formatting the renderer draws, as paragraphs of runs;
 * - `raw`: a tag outside the rendered set, a formatting tag left open or closed alone
 *   (`unpaired`), or text the formatting would hide: shown as written; `tags` names the tags.
 *
 * `closes` counts the closing block tags a block starts with (`</div> and some text`): they
 * close the aligning blocks before it, and the rest is read alone.
 */
export type HtmlBlockReading =
  | { type: 'open'; aligns: Array<Align | undefined>; closes?: number }
  | { type: 'close'; count: number }
  | { type: 'paragraphs'; paragraphs: HtmlParagraph[]; closes?: number }
  | { type: 'raw'; tags: string[]; unpaired?: string[]; closes?: number };

/** Whether an HTML block shows anything: text shown as written, or paragraphs; not an opening or closing `<div>` alone. */
export function showsText(reading: HtmlBlockReading): boolean {
  return reading.type === 'raw' || (reading.type === 'paragraphs' && reading.paragraphs.length > 0);
}

/** The alignment an element's attributes give: `align="center"`, `style="text-align: right"`; `<center>` centres. */
export function alignOf(tag: string, attributes: Readonly<Record<string, string | undefined>>): Align | undefined {
  if (tag === 'center') return 'center';
  const style = /(?:^|;)\s*text-align\s*:\s*([a-z]+)/i.exec(attributes.style ?? '')?.[1];
  const value = (style ?? attributes.align ?? '').trim().toLowerCase();
  if (value === 'centre' || value === 'middle') return 'center';
  return value === 'left' || value === 'center' || value === 'right' || value === 'justify' ? value : undefined;
}

const CLOSERS = /^(?:\s*<\/(?:p|div|center)\s*>)+\s*$/i;
/** Closing block tags that start a block: `</div>` on the line of some text closes the alignment before it. */
const LEADING_CLOSERS = /^(?:\s*<\/(?:p|div|center)\s*>)+/i;
/** HTML's white space, which a browser folds into one space. */
const SPACE = /[ \t\n\f\r]+/g;
/** At most this much HTML is read as formatting in one block; a larger block is shown as written. */
const MAX_BLOCK = 200_000;

/** At most this many tags are read in one block (as the report model reads HTML bodies). */
const MAX_TAGS = 20_000;

function tagCount(source: string): number {
  let n = 0;
  for (let i = source.indexOf('<'); i >= 0 && n <= MAX_TAGS; i = source.indexOf('<', i + 1)) n++;
  return n;
}

/**
 * HTML without its comments (`<!-- … -->`, `<!-->`, `<!--->`; a comment also ends at `--!>`, as
 * in a browser): what is left of a block that is only a comment is blank. A comment never
 * closed is left as it is. In one pass, however many `<!--` are left open.
 */
export function withoutComments(html: string): string {
  let out = '';
  let from = 0;
  // Once no comment closes after some point, none opened after it does (but `<!-->` still ends one).
  let unclosed = false;
  for (let at = html.indexOf('<!--'); at >= 0; at = html.indexOf('<!--', at + 1)) {
    let end = -1;
    if (html.startsWith('>', at + 4)) end = at + 5;
    else if (html.startsWith('->', at + 4)) end = at + 6;
    else if (!unclosed) {
      const dashes = html.indexOf('--', at + 4);
      let close = -1;
      for (let d = dashes; d >= 0; d = html.indexOf('--', d + 1)) {
        if (html.startsWith('>', d + 2)) close = d + 3;
        else if (html.startsWith('!>', d + 2)) close = d + 4;
        if (close >= 0) break;
      }
      if (close < 0) unclosed = true;
      end = close;
    }
    if (end < 0) continue;
    out += html.slice(from, at);
    from = end;
    at = end - 1;
  }
  return from === 0 ? html : out + html.slice(from);
}

/** The letters and digits a writer typed outside tags, in order (entities and comments taken out). */
function typedWords(html: string): string[] {
  return html.replace(/<\/?[A-Za-z][^<>]*>|&#?[A-Za-z0-9]+;?/g, ' ').match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Whether every word typed is in the text read, in order. */
function keepsEveryWord(words: readonly string[], text: string): boolean {
  let at = 0;
  for (const word of words) {
    const found = text.indexOf(word, at);
    if (found < 0) return false;
    at = found + word.length;
  }
  return true;
}

/** The closing tags written in a block, by tag. */
function closingTags(html: string): Map<string, number> {
  const count = new Map<string, number>();
  // As the parser reads them: a name up to white space, `/` or `>`, then anything up to `>`.
  for (const m of html.matchAll(/<\/([A-Za-z][^<>]*)>/g)) {
    const tag = /^[^\s/]*/.exec(m[1])![0].toLowerCase();
    count.set(tag, (count.get(tag) ?? 0) + 1);
  }
  return count;
}

/**
 * The readings of the blocks seen, by content. The keys are flat copies (a block's content is a
 * slice of its whole document, and would keep every version of it alive), at most
 * `CACHE_CHARS` characters of them.
 */
const readings = new Map<string, HtmlBlockReading>();
const CACHE_CHARS = 1_000_000;
let cachedChars = 0;

/** An HTML block's content, read (see HtmlBlockReading); the same content is read once. */
export function readHtmlBlock(content: string): HtmlBlockReading {
  let reading = readings.get(content);
  if (!reading) {
    reading = read(content);
    if (content.length <= CACHE_CHARS / 4) {
      // A bounded cache: reports hold few HTML blocks, a hostile one many.
      if (readings.size >= 500 || cachedChars + content.length > CACHE_CHARS) {
        readings.clear();
        cachedChars = 0;
      }
      readings.set(flatCopy(content), reading);
      cachedChars += content.length;
    }
  }
  return reading;
}

/** A copy of a string that holds none of the string it was sliced from. */
function flatCopy(s: string): string {
  return Buffer.from(s, 'utf16le').toString('utf16le');
}

function read(content: string): HtmlBlockReading {
  if (content.length > MAX_BLOCK) return { type: 'raw', tags: [] };
  const html = withoutComments(content);
  if (CLOSERS.test(html)) return { type: 'close', count: html.match(/<\//g)!.length };
  // `</div> and some text`: the closing tags close what they close, the text after is read alone.
  const leading = LEADING_CLOSERS.exec(html)?.[0];
  const closes = leading ? leading.match(/<\//g)!.length : 0;
  const reading = readBody(leading ? html.slice(leading.length) : html);
  if (!closes) return reading;
  return reading.type === 'close' ? { type: 'close', count: closes + reading.count } : { ...reading, closes };
}

function readBody(html: string): HtmlBlockReading {
  if (tagCount(html) > MAX_TAGS) return { type: 'raw', tags: [] };
  const refused = new Set<string>();
  const unpaired = new Set<string>();
  const paragraphs: HtmlParagraph[] = [];
  // The elements open around the text: block elements with their alignment, marks; how many of
  // each mark are open, and the alignments in force (innermost last), kept as they change.
  const open: Array<{ tag: string; align?: Align; mark?: Mark }> = [];
  const markCount = new Map<Mark, number>();
  const aligns: Align[] = [];
  const opened: Array<Align | undefined> = [];
  const explicitlyClosed = new Map<string, number>();
  let closed = false;
  let ending = false;
  // Something the parser reads as no text and no tag (a comment left open, CDATA, `<?php … ?>`, `<!DOCTYPE>`).
  let hidden = false;
  let text = '';
  let current: HtmlParagraph | undefined;
  const align = () => aligns.at(-1);
  const pop = () => {
    const top = open.pop()!;
    if (top.mark) markCount.set(top.mark, markCount.get(top.mark)! - 1);
    if (top.align) aligns.pop();
  };
  const flush = () => {
    if (current) paragraphs.push(current);
    current = undefined;
  };
  const paragraph = () => (current ??= { align: align(), runs: [] });
  const parser = new (htmlparser().Parser)(
    {
      onopentag(name, attributes) {
        if (BLOCK_TAGS.has(name)) {
          flush();
          const a = alignOf(name, attributes);
          open.push({ tag: name, align: a });
          if (a) aligns.push(a);
          opened.push(a);
        } else if (Object.hasOwn(MARK_TAGS, name)) {
          const mark = MARK_TAGS[name];
          open.push({ tag: name, mark });
          markCount.set(mark, (markCount.get(mark) ?? 0) + 1);
        }
        else if (name === 'br') paragraph().runs.push({ br: true });
        else refused.add(name);
      },
      onclosetag(name, implied) {
        if (!implied) closed = true;
        if (!implied) explicitlyClosed.set(name, (explicitlyClosed.get(name) ?? 0) + 1);
        // A formatting tag still open when the block ends: the writer's tag, not formatting.
        else if (ending && Object.hasOwn(MARK_TAGS, name)) unpaired.add(name);
        if (BLOCK_TAGS.has(name)) flush();
        // The parser closes what it opened, innermost first: the element is on top, or near it.
        let at = open.length - 1;
        while (at >= 0 && open[at].tag !== name) at--;
        if (at >= 0) while (open.length > at) pop();
      },
      ontext(piece) {
        if (!piece) return;
        text += piece;
        const marks = MARK_ORDER.filter((m) => (markCount.get(m) ?? 0) > 0);
        const runs = paragraph().runs;
        const last = runs.at(-1);
        // The parser hands text over in pieces (at each entity): one run while the marks stay.
        if (last && 'text' in last && last.marks.join() === marks.join()) runs[runs.length - 1] = { text: last.text + piece, marks };
        else runs.push({ text: piece, marks });
      },
      oncomment() {
        hidden = true;
      },
      oncdatastart() {
        hidden = true;
      },
      onprocessinginstruction() {
        hidden = true;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  ending = true;
  parser.end();
  flush();
  // A closing tag that closes nothing, which the parser drops: a formatting tag closed alone, or another tag.
  for (const [tag, n] of closingTags(html)) {
    if ((explicitlyClosed.get(tag) ?? 0) >= n || BLOCK_TAGS.has(tag) || tag === 'br') continue;
    if (Object.hasOwn(MARK_TAGS, tag)) unpaired.add(tag);
    else refused.add(tag);
  }
  if (refused.size) return { type: 'raw', tags: [...refused] };
  if (unpaired.size) return { type: 'raw', tags: [], unpaired: [...unpaired] };
  // Never lose a word the writer typed: what the parser does not show as text is shown as written.
  if (hidden || !keepsEveryWord(typedWords(html), text)) return { type: 'raw', tags: [] };
  const shaped = paragraphs.map(folded).filter((p) => p.runs.some((r) => 'text' in r));
  if (shaped.length === 0 && opened.length > 0 && !closed) return { type: 'open', aligns: opened };
  return { type: 'paragraphs', paragraphs: shaped };
}

/** A paragraph's white space as a browser shows it: folded, none at its ends or around a line break. */
function folded(paragraph: HtmlParagraph): HtmlParagraph {
  const runs: HtmlRun[] = [];
  let atStart = true;
  for (const run of paragraph.runs) {
    if ('br' in run) {
      trimEnd(runs);
      runs.push(run);
      atStart = true;
      continue;
    }
    let text = run.text.replace(SPACE, ' ');
    const last = runs.at(-1);
    if (atStart || (last && 'text' in last && last.text.endsWith(' '))) text = text.replace(/^ /, '');
    if (!text) continue;
    runs.push({ text, marks: run.marks });
    atStart = false;
  }
  trimEnd(runs);
  while (runs.length && 'br' in runs[runs.length - 1]) runs.pop();
  return { align: paragraph.align, runs };
}

function trimEnd(runs: HtmlRun[]): void {
  const last = runs.at(-1);
  if (!last || !('text' in last)) return;
  const text = last.text.replace(/ $/, '');
  if (text) runs[runs.length - 1] = { text, marks: last.marks };
  else {
    runs.pop();
    trimEnd(runs);
  }
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The class that aligns a block: `rw-align-center`… (the page's stylesheets define them). */
export function alignClass(align: Align): string {
  return `rw-align-${align}`;
}

/** An HTML block's paragraphs as HTML: `<p>` with only our classes, only our tags, the text escaped. */
export function paragraphsHtml(paragraphs: readonly HtmlParagraph[], inherited?: Align): string {
  return paragraphs
    .map((p) => {
      const align = p.align ?? inherited;
      const runs = p.runs.map((r) => ('br' in r ? '<br>\n' : marked(r.marks, escapeHtml(r.text)))).join('');
      return `<p class="rw-html${align ? ` ${alignClass(align)}` : ''}">${runs}</p>\n`;
    })
    .join('');
}

function marked(marks: readonly Mark[], html: string): string {
  return marks.reduceRight((inner, mark) => `<${MARK_HTML[mark]}>${inner}</${MARK_HTML[mark]}>`, html);
}

/** Adds an alignment class to the first element of a rendered block (`<p data-line="3">` → `<p class="rw-align-center" data-line="3">`). */
export function withAlign(html: string, align: Align | undefined): string {
  if (!align) return html;
  const cls = alignClass(align);
  return html.replace(/^(\s*<[a-z][a-z0-9]*)((?:\s[^>]*)?)>/i, (_whole, start: string, attributes: string) => {
    if (/\sclass="/.test(attributes)) return `${start}${attributes.replace(/\sclass="([^"]*)"/, ` class="$1 ${cls}"`)}>`;
    return `${start} class="${cls}"${attributes}>`;
  });
}

/**
 * The aligning blocks around the report's top-level blocks: `<div align="center">` on its own
 * opens one, `</div>` on its own closes it, and every block between is aligned.
 */
export class AlignStack {
  private readonly stack: Array<Align | undefined> = [];

  /** Reads a top-level HTML block; true when it only opened or closed aligning blocks (it shows nothing); a block that starts by closing some closes them too. */
  take(reading: HtmlBlockReading): boolean {
    if (reading.type === 'close') this.stack.splice(Math.max(0, this.stack.length - reading.count));
    else if (reading.closes) this.stack.splice(Math.max(0, this.stack.length - reading.closes));
    if (reading.type === 'open') this.stack.push(...reading.aligns);
    return reading.type === 'open' || reading.type === 'close';
  }

  /** The alignment the innermost aligning block gives. */
  get align(): Align | undefined {
    for (let i = this.stack.length - 1; i >= 0; i--) if (this.stack[i]) return this.stack[i];
    return undefined;
  }
}

/** What an inline HTML token is once paired: a rendered tag (`rw_html`) or text (`html_inline`, shown as written). */
export interface InlineTagMeta {
  tag: string;
  /** The mark the tag gives, for a formatting tag. */
  mark?: Mark;
  /** Not rendered: outside the set, or opened and never closed (or the other way round). */
  refused?: boolean;
}

/**
 * An inline tag's name and whether it closes (`<b>`, `</b>`, `<br/>`, `<u class="x">`), or
 * nothing for what is no plain tag (a `>` in its attributes, a comment, CDATA…). Read by hand,
 * in one pass, however long the tag.
 */
function tagOf(html: string): { closing: boolean; tag: string } | undefined {
  if (html[0] !== '<' || html.at(-1) !== '>') return undefined;
  const closing = html[1] === '/';
  const name = /^[A-Za-z][A-Za-z0-9-]*/.exec(html.slice(closing ? 2 : 1))?.[0];
  if (!name) return undefined;
  const rest = html.slice((closing ? 2 : 1) + name.length, -1);
  // After the name: nothing, `/`, or white space and attributes, without a `>`.
  if (rest && rest !== '/' && !/^\s/.test(rest)) return undefined;
  if (rest.includes('>')) return undefined;
  return { closing, tag: name.toLowerCase() };
}

/**
 * markdown-it core rule, after the inline pass: inline HTML tags of the rendered set become
 * `rw_html` tokens when they pair up within their paragraph (`<u>…</u>`, `<br>`, `<sup>2</sup>`);
 * block tags inside a paragraph are left out (their text stays); everything else, and a tag
 * left unpaired, stays `html_inline`, shown as the text it is, with `meta.refused`.
 */
export function pairInlineHtml(state: StateCore): void {
  for (const block of state.tokens) {
    if (block.type !== 'inline' || !block.children) continue;
    pairChildren(block.children);
  }
}

function pairChildren(children: Token[]): void {
  const open: Array<{ token: Token; tag: string }> = [];
  // How many of each tag are open: a closing tag with none open is text at once, without a search.
  const openCount = new Map<string, number>();
  const refuse = (token: Token, tag: string) => (token.meta = { tag, refused: true } satisfies InlineTagMeta);
  for (const token of children) {
    if (token.type !== 'html_inline') continue;
    const m = tagOf(token.content);
    if (!m) {
      // A processing instruction, a declaration, CDATA: text.
      token.meta = { tag: '', refused: true } satisfies InlineTagMeta;
      continue;
    }
    const { closing, tag } = m;
    if (tag === 'br' && !closing) {
      token.type = 'rw_html';
      token.meta = { tag } satisfies InlineTagMeta;
    } else if (BLOCK_TAGS.has(tag)) {
      token.type = 'rw_html';
      token.meta = { tag } satisfies InlineTagMeta;
      token.hidden = true;
    } else if (!Object.hasOwn(MARK_TAGS, tag)) refuse(token, tag);
    else if (!closing) {
      open.push({ token, tag });
      openCount.set(tag, (openCount.get(tag) ?? 0) + 1);
    } else if (!openCount.get(tag)) refuse(token, tag);
    else {
      // Tags opened inside it and never closed are text: each opening tag is taken off once.
      let opener = open.pop()!;
      openCount.set(opener.tag, openCount.get(opener.tag)! - 1);
      while (opener.tag !== tag) {
        refuse(opener.token, opener.tag);
        opener = open.pop()!;
        openCount.set(opener.tag, openCount.get(opener.tag)! - 1);
      }
      for (const [t, nesting] of [[opener.token, 1], [token, -1]] as const) {
        t.type = 'rw_html';
        t.nesting = nesting;
        t.meta = { tag, mark: MARK_TAGS[tag] } satisfies InlineTagMeta;
      }
    }
  }
  for (const stray of open) refuse(stray.token, stray.tag);
}

/** The HTML a paired inline tag renders as: only our own tags, no attribute. */
export function inlineTagHtml(token: Token): string {
  const meta = token.meta as unknown as InlineTagMeta;
  if (meta.tag === 'br') return '<br>\n';
  if (!meta.mark) return '';
  const tag = MARK_HTML[meta.mark];
  return token.nesting > 0 ? `<${tag}>` : `</${tag}>`;
}

/** Where raw HTML was shown as written: each tag once, with the first line it is on (0-based); `unpaired` for a formatting tag left unclosed (or closed alone). */
export function refusedHtml(tokens: readonly Token[]): Array<{ tag: string; line: number; unpaired: boolean }> {
  const found = new Map<string, { tag: string; line: number; unpaired: boolean }>();
  const add = (tag: string, line: number, unpaired: boolean) => {
    const key = `${unpaired ? '/' : ''}${tag}`;
    if (!found.has(key)) found.set(key, { tag, line, unpaired });
  };
  for (const token of tokens) {
    const line = token.map?.[0] ?? 0;
    if (token.type === 'html_block') {
      const reading = readHtmlBlock(token.content);
      if (reading.type === 'raw') {
        for (const tag of reading.unpaired ?? []) add(tag, line, true);
        if (reading.tags.length || !reading.unpaired?.length) for (const tag of reading.tags.length ? reading.tags : ['html']) add(tag, line, false);
      }
    } else if (token.type === 'inline') {
      for (const child of token.children ?? []) {
        if (child.type !== 'html_inline') continue;
        const meta = child.meta as unknown as InlineTagMeta | null;
        if (meta?.refused) add(meta.tag || child.content.slice(0, 12), line, Object.hasOwn(MARK_TAGS, meta.tag));
      }
    }
  }
  return [...found.values()];
}

/** The note an export gives when raw HTML was shown as written: which tags, from which line, and what is rendered. */
export function refusedHtmlNote(tokens: readonly Token[]): Localized | undefined {
  const refused = refusedHtml(tokens);
  if (!refused.length) return undefined;
  const named = (list: typeof refused) => {
    const shown = list.slice(0, 6).map((r) => (/^[a-z][a-z0-9-]*$/.test(r.tag) ? `<${r.tag}>` : r.tag));
    return `${shown.join(', ')}${list.length > 6 ? ', …' : ''}`;
  };
  const other = refused.filter((r) => !r.unpaired);
  const unpaired = refused.filter((r) => r.unpaired);
  const line = Math.min(...refused.map((r) => r.line)) + 1;
  const en: string[] = [];
  const vi: string[] = [];
  if (other.length) {
    en.push(`${named(other)} ${other.length === 1 ? 'is' : 'are'} not rendered (only ${RENDERED_TAGS}, with align, are)`);
    vi.push(`không hiển thị ${named(other)} (chỉ hiển thị ${RENDERED_TAGS}, có align)`);
  }
  if (unpaired.length) {
    en.push(`${named(unpaired)} ${unpaired.length === 1 ? 'is' : 'are'} not closed in ${unpaired.length === 1 ? 'its' : 'their'} paragraph`);
    vi.push(`${named(unpaired)} không được đóng trong cùng đoạn`);
  }
  return {
    en: `Raw HTML is shown as written from line ${line}: ${en.join('; ')}. Nothing in it is run or fetched.`,
    vi: `HTML được giữ nguyên dạng chữ từ dòng ${line}: ${vi.join('; ')}. Không chạy hay tải gì từ HTML.`,
  };
}

/** The tooltip of an HTML block shown as written, in the report's language. */
export function rawBlockTitle(tags: readonly string[], lang: 'vi' | 'en'): string {
  const named = tags.length ? tags.map((t) => `<${t}>`).join(', ') : 'HTML';
  return lang === 'vi'
    ? `Khối HTML này được giữ nguyên dạng chữ vì có ${named}: chỉ hiển thị ${RENDERED_TAGS}.`
    : `This HTML block is shown as written because of ${named}: only ${RENDERED_TAGS} are rendered.`;
}
