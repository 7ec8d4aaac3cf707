import type { HtmlBlock } from './blocks';
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
