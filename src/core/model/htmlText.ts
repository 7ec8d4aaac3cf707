import { htmlparser } from '../libraries';
import type { LineIndex } from '../text/lineIndex';
import type { HeadingBlock, HtmlBlock, ParagraphBlock } from './blocks';

/**
 * Reports exported from a CMS are Markdown files whose body is HTML (`<p>`, `<h2>`, `<li>`,
 * named entities). The text of their block-level elements is read here, with the lines it
 * stands on, so that roles, the lead, pseudo-headings and the kind are found in it as in
 * Markdown. The HTML is never rendered as HTML.
 */
export interface HtmlText {
  paragraphs: ParagraphBlock[];
  headings: HeadingBlock[];
  /**
   * For each HTML block with text in it, the source ranges of that text: pairs of absolute
   * offsets [from, to), in order, one line at a time, without the markup, entities or the
   * indentation around it. Text rules judge these ranges as they judge Markdown prose.
   */
  prose: Array<{ startLine: number; endLine: number; ranges: number[] }>;
}

const BLOCKS = new Set(['div', 'section', 'article', 'p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'dd', 'dt', 'td', 'th', 'figcaption']);
const STRONG = new Set(['strong', 'b']);
/** At most this many tags are read in one HTML block: the parser's cost grows with unclosed ones. */
const MAX_TAGS = 20_000;

function tagCount(source: string): number {
  let n = 0;
  for (let i = source.indexOf('<'); i >= 0 && n <= MAX_TAGS; i = source.indexOf('<', i + 1)) n++;
  return n;
}

/**
 * Whether an HTML block holds a body's text: paragraphs, headings or list items, or text laid out
 * with `<br>` in no table (a CMS body that is one `<div>`; a README's table of contributors,
 * with a `<br />` in each cell, is not one).
 */
function hasTextBlocks(source: string): boolean {
  return /<(?:p|h[1-6]|li)(?![A-Za-z0-9])/i.test(source) || (/<br(?![A-Za-z0-9])/i.test(source) && !/<t(?:able|d|h|r)(?![A-Za-z0-9])/i.test(source));
}

/** At most this much HTML is read per document: an HTML body of a report is far smaller. */
const MAX_HTML = 2_000_000;

/**
 * The paragraphs and headings in a document's HTML blocks, located on the lines their elements
 * open on. A paragraph wholly in `<strong>` or `<b>` is given as `**…**` (a pseudo-heading, as
 * in Markdown). Entities are decoded. Linear in the HTML; never throws.
 *
 * @param blocks the HTML blocks of the block scan (0-based lines).
 */
export function readHtmlText(lines: LineIndex, blocks: readonly HtmlBlock[]): HtmlText {
  const out: HtmlText = { paragraphs: [], headings: [], prose: [] };
  let budget = MAX_HTML;
  for (const block of blocks) {
    const from = lines.starts[block.startLine];
    const source = lines.text.slice(from, lines.ends[block.endLine]);
    if (!hasTextBlocks(source) || (budget -= source.length) < 0 || tagCount(source) > MAX_TAGS) continue;
    let current: { tag: string; start: number; text: string; strongText: string; otherText: boolean; textStart: number; broken: boolean; newline: boolean; cell: boolean } | undefined;
    let strongDepth = 0;
    let italics = 0;
    let hidden = 0;
    // Inside a <table> (or a cell of one whose <table> an earlier block opened): its text is data.
    let tables = 0;
    const ranges: number[] = [];
    // Block elements open around the text: text after a nested block belongs to the outer one.
    const open: string[] = [];
    const begin = (tag: string, start: number) => {
      const cell = tables > 0 || open.some((t) => t === 'td' || t === 'th');
      current = { tag, start, text: '', strongText: '', otherText: false, textStart: -1, broken: false, newline: false, cell };
    };
    const parser = new (htmlparser().Parser)(
      {
        onopentag(name) {
          if (BLOCKS.has(name)) {
            flush(parser.startIndex);
            open.push(name);
            begin(name, parser.startIndex);
          } else if (STRONG.has(name)) strongDepth++;
          else if (name === 'i' || name === 'em') italics++;
          else if (HIDDEN.has(name)) hidden++;
          else if (name === 'table') tables++;
          else if (name === 'br' && current) {
            current.text += ' ';
            // Two breaks in a row part paragraphs even on one line: "…<br><br>…".
            if (current.broken) current.newline = true;
            current.broken = true;
          }
        },
        ontext(text) {
          // Text outside any block element ("<b>I. MỤC ĐÍCH</b> <br>" after a page's "</h4>", as a
          // PHP or CMS page lays out a Word document): a paragraph of its own, as if in a <div>.
          // Not a line in italics alone there ("<i>Thứ 5, 12/06/2025 | 10:20</i>", a news site's dateline).
          if (!current && open.length === 0 && hidden === 0 && tables === 0 && italics === 0 && text.trim()) begin('div', parser.startIndex);
          if (!current || hidden > 0) return;
          const lead = firstTextAt(source, parser.startIndex, parser.endIndex + 1);
          if (current.broken && hasLineBreak(source, parser.startIndex, lead >= 0 ? lead : parser.endIndex + 1)) current.newline = true;
          if (lead >= 0) {
            // A line break, then text on a new line: the next paragraph of a body laid out with <br>.
            if (current.broken && current.newline && current.textStart >= 0) {
              const tag = current.tag;
              flush(parser.startIndex);
              begin(tag, parser.startIndex);
            }
            if (current!.textStart < 0) current!.textStart = lead;
            current!.broken = false;
            current!.newline = false;
          }
          textRanges(source, parser.startIndex, parser.endIndex + 1, from, ranges);
          current!.text += text;
          if (strongDepth > 0) current!.strongText += text;
          else if (text.trim()) current!.otherText = true;
        },
        onclosetag(name) {
          if (STRONG.has(name)) strongDepth = Math.max(0, strongDepth - 1);
          else if (name === 'i' || name === 'em') italics = Math.max(0, italics - 1);
          else if (HIDDEN.has(name)) hidden = Math.max(0, hidden - 1);
          else if (name === 'table') tables = Math.max(0, tables - 1);
          else if (BLOCKS.has(name) && open.includes(name)) {
            flush(parser.endIndex);
            while (open.length && open.pop() !== name);
            if (open.length) begin(open[open.length - 1], parser.endIndex + 1);
          }
        },
      },
      { decodeEntities: true, lowerCaseTags: true },
    );
    const flush = (end: number) => {
      if (!current) return;
      const text = current.text.replace(/\s+/g, ' ').trim();
      if (text) {
        const start = lines.positionAt(from + (current.textStart >= 0 ? current.textStart : current.start)).line;
        const last = lines.positionAt(from + Math.max(current.start, Math.min(end, source.length - 1))).line;
        const level = /^h([1-6])$/.exec(current.tag);
        if (level) out.headings.push({ level: Number(level[1]), startLine: start, endLine: last, content: text, setext: false, nested: false, html: true });
        else {
          const bold = !current.otherText && current.strongText.trim() !== '';
          const paragraph: ParagraphBlock = { startLine: start, endLine: last, content: bold ? `**${text}**` : text, container: current.tag === 'li' ? 'list' : 'top' };
          if (current.cell) paragraph.cell = true;
          out.paragraphs.push(paragraph);
        }
      }
      current = undefined;
    };
    try {
      parser.write(source);
      parser.end();
      flush(source.length);
    } catch {
      // Whatever the parser could not read is left as it is: HTML is data here.
    }
    if (ranges.length) out.prose.push({ startLine: block.startLine, endLine: block.endLine, ranges });
  }
  return out;
}

/** Whether a line break (LF or a lone CR) lies in source[start, end). */
function hasLineBreak(source: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = source.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

/** The offset of the first character of a text node that is not a space, or -1. */
function firstTextAt(source: string, start: number, end: number): number {
  for (let i = start; i < end; i++) if (!/\s/.test(source[i])) return i;
  return -1;
}

/** Elements whose content is not text a reader sees. */
const HIDDEN = new Set(['script', 'style', 'template', 'noscript', 'code', 'pre', 'kbd', 'samp', 'var', 'tt', 'textarea', 'title', 'xmp', 'svg', 'math', 'select', 'option']);
/** A character reference: `&agrave;`, `&#225;`, `&#xE1;`. */
const ENTITY = /&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;

/**
 * Adds the ranges of a text node (`start`, `end` within `source`) to `out`: one per line, its
 * indentation and trailing spaces left out, split around character references.
 */
function textRanges(source: string, start: number, end: number, base: number, out: number[]): void {
  let lineStart = start;
  while (lineStart < end) {
    let lineEnd = lineStart;
    while (lineEnd < end && source.charCodeAt(lineEnd) !== 10 && source.charCodeAt(lineEnd) !== 13) lineEnd++;
    let a = lineStart;
    let b = lineEnd;
    while (a < b && /\s/.test(source[a])) a++;
    while (b > a && /\s/.test(source[b - 1])) b--;
    if (a < b) {
      const piece = source.slice(a, b);
      let at = 0;
      ENTITY.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = ENTITY.exec(piece))) {
        if (m.index > at) out.push(base + a + at, base + a + m.index);
        at = m.index + m[0].length;
      }
      if (at < piece.length) out.push(base + a + at, base + b);
    }
    lineStart = lineEnd + 1;
  }
}
