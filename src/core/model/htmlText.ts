import { Parser } from 'htmlparser2';
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
}

const BLOCKS = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'dd', 'dt', 'td', 'th', 'figcaption']);
const STRONG = new Set(['strong', 'b']);
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
  const out: HtmlText = { paragraphs: [], headings: [] };
  let budget = MAX_HTML;
  for (const block of blocks) {
    const from = lines.starts[block.startLine];
    const source = lines.text.slice(from, lines.ends[block.endLine]);
    if (!/<(?:p|h[1-6]|li)\b/i.test(source) || (budget -= source.length) < 0) continue;
    let current: { tag: string; start: number; text: string; strongText: string; otherText: boolean } | undefined;
    let strongDepth = 0;
    const parser = new Parser(
      {
        onopentag(name) {
          if (BLOCKS.has(name)) {
            flush(parser.startIndex);
            current = { tag: name, start: parser.startIndex, text: '', strongText: '', otherText: false };
          } else if (STRONG.has(name)) strongDepth++;
          else if (name === 'br' && current) current.text += ' ';
        },
        ontext(text) {
          if (!current) return;
          current.text += text;
          if (strongDepth > 0) current.strongText += text;
          else if (text.trim()) current.otherText = true;
        },
        onclosetag(name) {
          if (STRONG.has(name)) strongDepth = Math.max(0, strongDepth - 1);
          else if (current && name === current.tag) flush(parser.endIndex);
        },
      },
      { decodeEntities: true, lowerCaseTags: true },
    );
    const flush = (end: number) => {
      if (!current) return;
      const text = current.text.replace(/\s+/g, ' ').trim();
      if (text) {
        const start = lines.positionAt(from + current.start).line;
        const last = lines.positionAt(from + Math.max(current.start, Math.min(end, source.length - 1))).line;
        const level = /^h([1-6])$/.exec(current.tag);
        if (level) out.headings.push({ level: Number(level[1]), startLine: start, endLine: last, content: text, setext: false, nested: false, html: true });
        else {
          const bold = !current.otherText && current.strongText.trim() !== '';
          out.paragraphs.push({ startLine: start, endLine: last, content: bold ? `**${text}**` : text, container: current.tag === 'li' ? 'list' : 'top' });
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
  }
  return out;
}
