import type { HtmlBlock } from './blocks';
import { type Section, walkSections } from './sections';

/** An HTML line that opens a centred block: `<div align="center">`, `<p align=center>`, `<center>`, `<div style="text-align: center">`. */
const CENTRE_OPEN = /^\s*<(?:(?:div|p)\b[^>]*?(?:\balign\s*=\s*["']?center\b|\bstyle\s*=\s*["'][^"']*text-align\s*:\s*center)[^>]*|center\s*)>\s*$/i;
const CENTRE_CLOSE = /^\s*<\/(?:div|p|center)\s*>\s*$/i;
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
 * are marked `isTitle`: no part, no role, no empty-section finding; what lies under them stays
 * a section of the report. The block must open (only blank lines between) right before the title
 * heading and close within MAX_COVER_LINES. Lines are 0-based; `line(n)` gives a line's text.
 */
export function markSubtitles(title: Section | undefined, roots: readonly Section[], htmlBlocks: readonly HtmlBlock[], line: (n: number) => string): void {
  if (!title || title.heading.pseudo || title.heading.html) return;
  const at = title.heading.line;
  let opener: HtmlBlock | undefined;
  for (const b of htmlBlocks) if (b.endLine < at) opener = b;
  if (!opener || !CENTRE_OPEN.test(line(opener.startLine))) return;
  for (let n = opener.endLine + 1; n < at; n++) if (line(n).trim()) return;
  const closer = htmlBlocks.find((b) => b.startLine > at && CENTRE_CLOSE.test(line(b.startLine)));
  if (!closer || closer.startLine - opener.startLine + 1 > MAX_COVER_LINES) return;
  for (const section of walkSections(roots)) {
    const l = section.heading.line;
    if (l > at && l < closer.startLine && !section.heading.pseudo) section.isTitle = true;
  }
}
