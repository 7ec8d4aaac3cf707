import type { ReportDocument } from './document';
import { gated } from '../text/gatedPattern';
import { FENCE } from '../text/tidyPasted';

/** Lines (0-based, inclusive) of a photo caption: text that describes a picture, not the report's prose. */
export interface Caption {
  startLine: number;
  endLine: number;
}

const IMAGE_LINE = /^\s*!\[[^\]]*\]\([^)]*\)\s*$/m;
/**
 * A line wholly in one pair of single emphasis markers: "*Đ/c … tại cuộc họp.*". Not one whose
 * text ends in a colon ("_Kết luận:_", "*Decisions:*"): that is a label over what follows.
 */
const EMPHASIZED = /^\s*([*_])(?![*_\s]).*[^*_\s:：]\1\s*$/;
/** A photo credit: "(Ảnh: TTXVN)", "– Ảnh: Nhật Nam", "Photo: Jane Doe". */
const CREDIT = gated(/ảnh|photo|image/iu, /(?:^|[(–—-]\s*|[.!?]\s+)(?:Ảnh|Photo|Image)(?:\s*\([^)]*\))?\s*:\s*\S/iu);
const MAX_WORDS = 60;

/**
 * Captions as news reports write them: a line fenced by "|" lines (as copied from a news site),
 * the line under an image (in the same paragraph), a short line wholly in italics, or a line
 * with a photo credit.
 */
export function findCaptions(doc: ReportDocument): Caption[] {
  const captions: Caption[] = [];
  for (const { startLine, endLine, content } of doc.paragraphs) {
    if (startLine === endLine) {
      // One line: wholly in italics or with a credit ("Toàn cảnh hội nghị. Ảnh: TTXVN"), and
      // short (a caption is a sentence or two).
      if ((EMPHASIZED.test(content) || CREDIT.test(content)) && content.split(/\s+/, MAX_WORDS + 1).length <= MAX_WORDS) captions.push({ startLine, endLine });
      continue;
    }
    if (!/[|│｜¦]/.test(content) && !content.includes('![')) continue;
    // "|" / caption / "|" inside one paragraph (the seed's form), or a caption line after an image line.
    for (let line = startLine + 1; line <= endLine; line++) {
      const previous = doc.lines.line(line - 1);
      const text = doc.lines.line(line);
      const fenced = FENCE.test(previous) && line < endLine && FENCE.test(doc.lines.line(line + 1));
      const underImage = IMAGE_LINE.test(previous) && !IMAGE_LINE.test(text);
      if (fenced || underImage) captions.push({ startLine: line, endLine: line });
    }
  }
  return captions;
}
