import type { ReportDocument } from './document';
import { lowerAsCaseless } from '../text/fold';
import { bounded } from '../text/gatedPattern';
import { settledPattern } from '../text/settledPattern';

/**
 * The sign-off that closes a report, after its last section's text: who wrote it ("Người viết:
 * Nguyễn Văn A", "Prepared by Jane Doe"), a salutation ("Trân trọng,", "Best regards,"), the
 * recipients ("Nơi nhận:" and its list), a signature block ("TM. ỦY BAN NHÂN DÂN", "GIÁM ĐỐC",
 * "(ký)", the signer's name), the place and date ("Hà Nội, ngày 12 tháng 3 năm 2026"). A new
 * section goes before it (RW001), not after it.
 */

/**
 * A paragraph's first line that opens a sign-off, emphasis and a list marker aside; matched on
 * the line in lower case as `/iu` reads it (`lowerAsCaseless`), its letter edge read by `bounded`.
 */
const SIGN_OFF = bounded(
  /^(?:người (?:viết|báo cáo|lập(?: báo cáo| biểu)?|tổng hợp|ghi(?: biên bản)?|thực hiện)|thư ký|nơi nhận|kính gửi|trân trọng|kính thư|xác nhận của|(?:tm|kt|tl|tuq|q)\.\s|prepared by|written by|submitted by|approved by|reviewed by|reported by|compiled by|signed|author|best regards|kind regards|regards|sincerely|respectfully)/u,
  { after: 'LN' },
);
/** Whether a line (any case) opens a sign-off. */
export function opensSignOff(line: string): boolean {
  return SIGN_OFF.test(lowerAsCaseless(line));
}

// The patterns below hold Unicode letter classes, which V8 takes a millisecond or more each to
// build the first time it runs one: each waits behind a cheap test that holds wherever it
// matches (a letter of \p{Lu} is its own upper case), so that the prose closing most reports
// never builds them.

/** A line of a signature block: a title in capitals ("GIÁM ĐỐC"), "(ký)", "(Ký, ghi rõ họ tên)", "(signed)", "[signature]". */
export const SIGNATURE_LINE = settledPattern(() => /^(?:[\p{Lu}\p{N}][\p{Lu}\p{N} .,&'’()-]{1,60}|\((?:[đĐ]ã )?[kK]ý[^)]{0,40}\)|\([sS]ign(?:ed|ature)[^)]{0,30}\)|\[(?:[sS]ign(?:ed|ature)|[cC]hữ ký)[^\]]{0,30}\])$/u);
/** A name: two to five capitalised words ("Nguyễn Văn A", "Jane Doe"). */
export const NAME = settledPattern(() => /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,4}$/u);
/** The place and date of signing: "Hà Nội, ngày 12 tháng 3 năm 2026", "Hanoi, 12 March 2026". */
export const PLACE_DATE = settledPattern(() => /^[\p{Lu}][\p{L} .]{1,40},\s*(?:ngày\s+\d|\d{1,2}\s+\p{L}+\s+\d{4}|\p{L}+\s+\d{1,2},\s+\d{4})/u);

/** Small Roman numerals (\p{N}, but not their own upper case). */
const SMALL_ROMAN = /[\u2170-\u217f\u2184]/u;
/** The first code point of `text`. */
const first = (text: string) => String.fromCodePoint(text.codePointAt(0) ?? 0);

/** `SIGNATURE_LINE.test(line)`, without building it for a line that cannot match. */
export function isSignatureLine(line: string): boolean {
  const maybe = line.startsWith('(') || line.startsWith('[') || (line.length <= 61 && (line.toUpperCase() === line || SMALL_ROMAN.test(line)));
  return maybe && SIGNATURE_LINE(line).test(line);
}

/** `NAME.test(line)`, without building it for a line that cannot match. */
export function isName(line: string): boolean {
  const words = line.split(/\s+/);
  const maybe = words.length >= 2 && words.length <= 5 && words.every((word) => word !== '' && first(word).toUpperCase() === first(word));
  return maybe && NAME(line).test(line);
}

/** `PLACE_DATE.test(line)`, without building it for a line that cannot match. */
export function isPlaceAndDate(line: string): boolean {
  return line.includes(',') && /\d/.test(line) && first(line).toUpperCase() === first(line) && PLACE_DATE(line).test(line);
}

/** A signature's own line, a name, or the place and date. */
const signatureText = (t: string) => t === '' || isSignatureLine(t) || isName(t) || isPlaceAndDate(t);

/** The most paragraphs a sign-off holds. */
const MAX_PARAGRAPHS = 8;

/** A line without its list marker and emphasis. */
function bare(line: string): string {
  return line.trim().replace(/^(?:[-*+]\s+)?/, '').replace(/^[*_]{1,3}|[*_]{1,3}$/g, '').trim();
}

/**
 * The first line of the sign-off that ends the text between `fromLine` and `toLine` (0-based,
 * inclusive), or undefined when it has none: the paragraphs from the end back, each opened by
 * a sign-off's words or made only of signature lines, names and a place and date, at least one
 * of them opened by a sign-off's words. Looks at the last eight paragraphs at most.
 */
export function signOffStart(doc: ReportDocument, fromLine: number, toLine: number): number | undefined {
  const { lines } = doc;
  let start: number | undefined;
  let worded = false;
  let end = toLine;
  for (let seen = 0; seen < MAX_PARAGRAPHS; seen++) {
    while (end > fromLine && lines.line(end).trim() === '') end--;
    if (end <= fromLine) break;
    let first = end;
    while (first - 1 > fromLine && lines.line(first - 1).trim() !== '') first--;
    const texts: string[] = [];
    for (let n = first; n <= end; n++) texts.push(bare(lines.line(n)));
    const opens = opensSignOff(texts[0]);
    // "Nơi nhận:" and its list, or a signature's lines.
    const signature = texts.every(signatureText);
    if (!opens && !signature && !(isList(lines, first, end) && listOfRecipients(doc, fromLine, first))) {
      // Text pasted with single line breaks: the sign-off glued under the last paragraph.
      const glued = texts.findIndex((t, k) => k > 0 && opensSignOff(t) && texts.slice(k + 1).every((u) => opensSignOff(u) || signatureText(u)));
      if (glued > 0 && !doc.headings.some((h) => h.line >= first + glued && h.line <= end)) return first + glued;
      break;
    }
    if (doc.headings.some((h) => h.line >= first && h.line <= end)) break;
    worded ||= opens || texts.some((t) => /^(?:(?:tm|kt|tl|tuq|q)\.\s|\((?:đã )?ký|\(signed)/u.test(lowerAsCaseless(t)));
    start = first;
    end = first - 1;
  }
  return worded ? start : undefined;
}

function isList(lines: ReportDocument['lines'], first: number, end: number): boolean {
  for (let n = first; n <= end; n++) if (!/^\s*(?:[-*+]|\d{1,3}[.)])\s/.test(lines.line(n))) return false;
  return true;
}

/** Whether the paragraph before `line` is a label of recipients ("Nơi nhận:", "Kính gửi:", "Distribution:", "CC:") with a blank line after it. */
function listOfRecipients(doc: ReportDocument, fromLine: number, line: number): boolean {
  let n = line - 1;
  while (n > fromLine && doc.lines.line(n).trim() === '') n--;
  return n > fromLine && n < line - 1 && /^(?:nơi nhận|kính gửi|distribution|cc)\s*:?$/u.test(lowerAsCaseless(bare(doc.lines.line(n))));
}
