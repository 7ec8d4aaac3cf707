import type { HtmlBlock } from './blocks';
import type { Heading } from './headings';
import { type Section, walkSections } from './sections';

/** An HTML line that opens a centred block: `<div align="center">`, `<p align=center>`, `<center>`, `<div style="text-align: center">`. */
// Attribute names follow white space and a value ends where no name character follows (HTML's names are ASCII; no word-boundary escapes, as the project's rule asks).
const CENTRE_OPEN = /^\s*<(?:(?:div|p)(?=\s)[^>]*?\s(?:align\s*=\s*["']?center(?![A-Za-z0-9-])|style\s*=\s*["'][^"']*text-align\s*:\s*center)[^>]*|center\s*)>\s*$/i;
const CENTRE_CLOSE = /^\s*<\/(?:div|p|center)\s*>\s*$/i;
const CENTRE_CLOSE_ANYWHERE = /<\/(?:div|p|center)\s*>/i;
/** The longest centred block read as a cover (lines, its tags included): a page centred whole is not a title block. */
const MAX_COVER_LINES = 20;

/**
 * The headings that share the title's centred block, as writers lay out a cover in Markdown:
 *
 *     <div align="center">
 *
 *     # BIÊN BẢN HỌP NHÓM 4
 *     ## SPRINT 3 PLANNING
 *     ## Dự án Ứng dụng Đặt Sân Cầu Lông
 *
 *     </div>
 *
 * are the title and two lines of it, not two sections (the first of them empty). Their sections
 * are marked `isTitle`: no part, no role, no empty-section finding. The block must open (only
 * blank lines between, its opening tag not closed in its own HTML block) right before the title
 * heading, hold nothing but headings and blank lines after it, and close at the next HTML block,
 * within MAX_COVER_LINES: a report or a section wrapped in a centred div is not a cover. Lines
 * are 0-based; `line(n)` gives a line's text.
 */
export function markSubtitles(title: Section | undefined, roots: readonly Section[], htmlBlocks: readonly HtmlBlock[], line: (n: number) => string): void {
  if (!title || title.heading.pseudo || title.heading.html) return;
  const at = title.heading.line;
  let opener: HtmlBlock | undefined;
  for (const b of htmlBlocks) if (b.endLine < at) opener = b;
  if (!opener || !CENTRE_OPEN.test(line(opener.startLine))) return;
  // A block that closes itself (a logo in its own centred div) is not the cover around the title.
  for (let n = opener.startLine + 1; n <= opener.endLine; n++) if (CENTRE_CLOSE_ANYWHERE.test(line(n))) return;
  for (let n = opener.endLine + 1; n < at; n++) if (line(n).trim()) return;
  const closer = htmlBlocks.find((b) => b.startLine > at);
  if (!closer || !CENTRE_CLOSE.test(line(closer.startLine)) || closer.startLine - opener.startLine + 1 > MAX_COVER_LINES) return;
  // Between the title and the close, headings and blank lines only: a heading with anything under
  // it there (a list, a paragraph, another block) is a section, and the block is no cover.
  const inside = [...walkSections(roots)].filter((section) => section.heading.line > at && section.heading.line < closer.startLine);
  const headingLine = (n: number) => n <= title.heading.endLine || inside.some((section) => n >= section.heading.line && n <= section.heading.endLine);
  for (let n = title.heading.endLine + 1; n < closer.startLine; n++) if (line(n).trim() && !headingLine(n)) return;
  for (const section of inside) if (!section.heading.pseudo) section.isTitle = true;
}

/** An HTML line that centres what it holds: `align="center"`, `text-align: center`, `<center>`. */
const CENTRED = /align\s*=\s*["']?center(?![A-Za-z0-9-])|text-align\s*:\s*center|<center[\s>]/i;
/** The most lines of HTML above the title read for a banner. */
const MAX_BANNER_LINES = 60;

/**
 * The title below a project's banner, as READMEs open and reports copied from them keep:
 *
 *     <div align="center">
 *       <h3 align="center">Cổng điểm HCMUT</h3>
 *       <p align="center">Dự án …</p>
 *     </div>
 *
 *     # Meeting Minutes - 03/11/2024
 *
 * The banner's headings are the project's name, not the report's title nor its sections: they
 * are marked `isTitle` (no part, no role) and the level-1 heading below them is the title. Only
 * when every heading above it is an HTML heading in a centred block (centred by the heading or
 * by a line of HTML above it, within MAX_BANNER_LINES), no Markdown text stands between the
 * banner and it, and it is the document's only level-1 Markdown heading. Lines are 0-based.
 */
export function markBannerTitle(roots: readonly Section[], headings: readonly Heading[], htmlBlocks: readonly HtmlBlock[], paragraphStarts: readonly number[], line: (n: number) => string): Section | undefined {
  const at = headings.findIndex((h) => !h.html && !h.pseudo);
  if (at <= 0) return undefined;
  const title = headings[at];
  const banner = headings.slice(0, at);
  if (title.level !== 1 || headings.some((h, k) => k > at && h.level === 1 && !h.html && !h.pseudo)) return undefined;
  if (banner.some((h) => !h.html)) return undefined;
  const inHtml = (n: number) => htmlBlocks.some((b) => n >= b.startLine && n <= b.endLine);
  const from = banner[0].line;
  if (title.line - from > MAX_BANNER_LINES || !banner.every((h) => inHtml(h.line))) return undefined;
  // Markdown text between the banner and the title makes the headings above part of the text.
  if (paragraphStarts.some((n) => n > from && n < title.line && !inHtml(n))) return undefined;
  const centred = (h: Heading) => {
    for (let n = Math.max(0, h.line - MAX_BANNER_LINES); n <= h.line; n++) if (inHtml(n) && CENTRED.test(line(n))) return true;
    return false;
  };
  if (!banner.every(centred)) return undefined;
  const section = roots.find((s) => s.heading === title);
  if (!section) return undefined;
  for (const s of walkSections(roots)) if (s.heading.line < title.line) s.isTitle = true;
  section.isTitle = true;
  return section;
}
