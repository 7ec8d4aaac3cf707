import { lazyPattern } from '../text/gatedPattern';

/** "số", "ngày", "tháng", "năm", "lúc", "giờ", "No.", "dated" and a space, just before the mark. */
const BLANK_LABEL = lazyPattern(() => /(?:^|[^\p{L}\p{N}])(?:số|ngày|tháng|năm|lúc|giờ|no\.|dated?)[ \u00a0]$/iu);

/**
 * Whether the ellipsis or dot leader at `start`…`end` of `text` is a blank of a form left to fill
 * ("Báo cáo tuần số …", "ngày … tháng … năm 20…", "No. …"): after a word that asks for a number
 * or a date and a space, and followed by a space, punctuation or the line's end. Such a mark is
 * a template's, not a sentence's: RW305 leaves its space alone, RW306 reports it as a leftover.
 * Source of the pattern: the blanks of NĐ 30/2020 Phụ lục III's forms ("Số: …", "ngày … tháng … năm …").
 */
export function isFormBlank(text: string, start: number, end: number): boolean {
  const after = text[end];
  if (after !== undefined && after !== ' ' && after !== '\u00a0' && after !== '\n' && after !== '\r' && !/[,.;:)]/.test(after)) return false;
  return BLANK_LABEL().test(text.slice(Math.max(0, start - 8), start));
}
