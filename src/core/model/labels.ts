import { hasLetterOrDigit } from '../text/wordCharacters';

/**
 * Label lines: a short label before a colon ("**Quyết định:** …", "- Impact: …", "Action
 * items:"), read for the roles they name (roleBlocks.ts) and, with a value after them, as the
 * metadata fields post-mortems and minutes open with ("**Severity:** High", "**Date:** …").
 */

/**
 * "**Quyết định:** …", "- Impact: …", "Action items:", "_Địa điểm:_ …" — a short label before a
 * colon, maybe in bold or italics.
 */
export const LABEL = /^\s*(?:[-*+]\s+)?(?:\*\*?|__?)?([^:*_\n]{2,60}?)(?:\*\*?|__?)?\s*[:：](?:\*\*?|__?)?(?:\s|$)/u;

/** Where a line's first colon is, ASCII or full-width ("Kết luận："); -1 without one. The cheap test before LABEL. */
export function colonAt(text: string): number {
  const ascii = text.indexOf(':');
  const wide = text.indexOf('：');
  return wide >= 0 && (ascii < 0 || wide < ascii) ? wide : ascii;
}

/** Label lines are looked for in this many lines of a paragraph. */
export const LABEL_LINES = 40;

/** Whether a label line has text after its label ("**Severity:** High"), not only the label ("**Decisions:**"). */
export function hasValue(lineText: string, matched: string): boolean {
  return hasLetterOrDigit(lineText.slice(matched.length));
}

/** The most words a field's name has. */
const MAX_FIELD_WORDS = 5;

/** Whether a line opens with a label and has its value after it: `**Date:** 2024-03-12`, `- Owner: Lan`. */
export function isValuedLabelLine(lineText: string): boolean {
  const colon = colonAt(lineText);
  if (colon <= 0 || colon >= 70) return false;
  const m = LABEL.exec(lineText);
  // A field's name is a few words ("Severity", "Ngày họp", "Thành phần tham dự"); a longer run before a colon is a sentence.
  return m !== null && m[1].trim().split(/\s+/).length <= MAX_FIELD_WORDS && hasValue(lineText, m[0]);
}

/**
 * The last line a valued label's text runs to: the line before the paragraph's next label line
 * (a run of `**Label:** value` lines is one field a line), else the paragraph's last line.
 */
export function valueEnd(lines: { line(n: number): string }, line: number, paragraphEnd: number): number {
  const last = Math.min(paragraphEnd, line + LABEL_LINES - 1);
  for (let next = line + 1; next <= last; next++) {
    const text = lines.line(next);
    const colon = colonAt(text);
    if (colon > 0 && colon < 70 && LABEL.test(text)) return next - 1;
  }
  return paragraphEnd;
}

/** A value that ends by announcing what comes after it: "the following were affected:", "kết luận như sau:". */
const ANNOUNCES = /[:：]\s*(?:\*\*|__)?\s*$/u;
/** A value that ends as a sentence ends: it says all it has. */
const SENTENCE_DONE = /[.!?…;。]\s*(?:\*\*|__)?\s*$/u;

/**
 * Whether a valued label's text introduces what follows it rather than saying all it has:
 * its last line ends with a colon ("**Impact:** the following were affected:", "**Kết luận:**
 * Chủ trì kết luận như sau:"), or a list starts on the very next line and the text does not end
 * as a sentence ends ("**Action items:** owners in brackets" + "- …"). Such a label opens a block
 * over what follows, as a label with no value does. `lastLine` is the value's last line's text;
 * `listFollows` whether the next line opens a list.
 */
export function introducesWhatFollows(lastLine: string, listFollows: boolean): boolean {
  if (ANNOUNCES.test(lastLine)) return true;
  return listFollows && !SENTENCE_DONE.test(lastLine);
}

/**
 * A paragraph of metadata: every line a label with its value (`**Severity:** High`,
 * `**Date:** 2024-03-12`, `**Authors:** …`), as post-mortems and minutes open. Such lines are
 * fields, not a section's body nor a report's summary.
 */
export function isMetadataParagraph(lines: { line(n: number): string }, startLine: number, endLine: number): boolean {
  if (endLine - startLine >= LABEL_LINES) return false;
  for (let line = startLine; line <= endLine; line++) if (!isValuedLabelLine(lines.line(line))) return false;
  return true;
}

/**
 * Whether lines [from, to] hold nothing but labels with nothing after them ("Improvements:",
 * "**Chi tiết:**") and blank lines: no text of their own, only names for what follows.
 */
export function onlyLabels(lines: { line(n: number): string }, from: number, to: number): boolean {
  for (let line = from; line <= to; line++) {
    const text = lines.line(line);
    if (text.trim() === '') continue;
    const colon = colonAt(text);
    const m = colon > 0 && colon < 70 ? LABEL.exec(text) : null;
    if (m === null || hasValue(text, m[0])) return false;
  }
  return true;
}

/** A label's value that is only a count or a measure: "5", "38 h", "80%", "3/5", "12 việc". */
const METRIC = /^[*_]*[~≈]?\d[\d.,]*\s*(?:%|\/\s*\d+|h|hrs?|hours?|giờ|ngày|days?|tasks?|items?|việc|đầu việc|điểm|points?|pts)?[*_]*\.?$/iu;

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
/** A label's value that is only a date: "14 January 2020", "Jan. 14, 2020", "2020-01-14", "ngày 14/1/2020". */
const DATE_VALUE = new RegExp(
  `^[*_]*(?:ngày\\s+)?(?:\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})[*_]*\\.?$`,
  'u',
);

/**
 * Whether a label's value (the text after "Label:") is a figure, not the part the label names:
 * a count or a measure ("**Tasks Completed**: 5", METRIC), or a date and nothing more
 * ("Retrospective: 14 January 2020": when it was).
 */
export function isFigure(value: string): boolean {
  return METRIC.test(value) || DATE_VALUE.test(value);
}
