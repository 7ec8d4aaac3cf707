import { lazyPattern } from '../text/gatedPattern';

/** "số", "ngày", "tháng", "năm", "lúc", "giờ", "No.", "dated", or a field's label ("**Ngày:**"), and a space, just before the mark. */
const BLANK_LABEL = lazyPattern(() => /(?:(?:^|[^\p{L}\p{N}])(?:số|ngày|tháng|năm|lúc|giờ|no\.|dated?)|[:：](?:\*\*|__)?)[ \u00a0]$/iu);
/** What may follow a blank: the line's end, punctuation, or the next label of the form ("ngày … tháng …"). */
const AFTER_BLANK = lazyPattern(() => /^(?:[ \u00a0]*(?:$|[\r\n,.;:)])|[ \u00a0]+(?:số|ngày|tháng|năm|lúc|giờ)(?![\p{L}\p{N}]))/iu);

/**
 * Whether the ellipsis or dot leader at `start`…`end` of `text` is a blank of a form left to fill
 * ("Báo cáo tuần số …", "ngày … tháng … năm 20…", "**Ngày:** …"): after a word that asks for a
 * number or a date, or after a field's label, and a space; followed by the line's end,
 * punctuation, or the form's next such word. "nhiều năm … rất mệt" is a pause in a sentence, not
 * a blank. Such a mark is a template's: RW305 leaves its space alone, RW306 reports it as a
 * leftover. Source of the pattern: the blanks of NĐ 30/2020 Phụ lục III's forms ("Số: …",
 * "ngày … tháng … năm …").
 */
export function isFormBlank(text: string, start: number, end: number): boolean {
  return BLANK_LABEL().test(text.slice(Math.max(0, start - 8), start)) && AFTER_BLANK().test(text.slice(end, end + 12));
}
