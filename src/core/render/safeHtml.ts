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
export const MARK_TAGS: Readonly<Record<string, Mark>> = {
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
export const BLOCK_TAGS = new Set(['p', 'div', 'center']);

/** The tag each mark is written as, in this order when several nest. */
export const MARK_HTML: Readonly<Record<Mark, string>> = { bold: 'strong', italic: 'em', underline: 'u', strike: 's', sup: 'sup', sub: 'sub', mark: 'mark' };
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
