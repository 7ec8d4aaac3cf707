import type { ReportDocument } from '../model/document';
import { gatedGlobal, lazyPattern } from '../text/gatedPattern';
import { isLetterOrDigitChar } from '../text/wordCharacters';
import { offsetRange } from './helpers';
import type { Rule } from './types';

export const dateStyle: Rule = {
  id: 'RW402',
  name: 'date-style',
  description: {
    en: 'Dates in the text are written in mixed styles (26-1, 26/1, ngày 26 tháng 1), or a date cannot exist (30-2).',
    vi: 'Ngày tháng trong bài viết theo nhiều kiểu (26-1, 26/1, ngày 26 tháng 1), hoặc có ngày không tồn tại (30-2).',
  },
  defaultSeverity: 'warning',
  fixable: true,
  check({ doc, report }) {
    if (doc.lang !== 'vi') return;
    const dates = findDates(doc);
    for (const date of dates) {
      if (isPossible(date)) continue;
      report({
        range: offsetRange(doc, date.start, date.end),
        message: {
          en: `"${date.text}" is not a date: ${date.month > 12 || date.month < 1 ? `there is no month ${date.month}` : `month ${date.month} has no day ${date.day}`}.`,
          vi: `"${date.text}" không phải ngày có thật: ${date.month > 12 || date.month < 1 ? `không có tháng ${date.month}` : `tháng ${date.month} không có ngày ${date.day}`}.`,
        },
      });
    }
    const counts = { dash: 0, slash: 0, long: 0 };
    for (const date of dates) counts[date.style]++;
    const used = (Object.keys(counts) as Style[]).filter((s) => counts[s] > 0);
    if (used.length < 2) return;
    // The majority style wins; on a tie, the style the report uses first.
    const first = dates[0].style;
    const majority = used.reduce((best, s) => (counts[s] > counts[best] || (counts[s] === counts[best] && s === first) ? s : best), used[0]);
    for (const date of dates) {
      if (date.style === majority) continue;
      const written = rewrite(date, majority);
      const range = offsetRange(doc, date.start, date.end);
      report({
        range,
        message: {
          en: `"${date.text}" is written ${STYLE_NAMES.en[date.style]}, while this report writes dates ${STYLE_NAMES.en[majority]} (${counts[majority]} of ${dates.length}): "${written}".`,
          vi: `"${date.text}" viết ${STYLE_NAMES.vi[date.style]}, trong khi báo cáo viết ngày tháng ${STYLE_NAMES.vi[majority]} (${counts[majority]}/${dates.length}): "${written}".`,
        },
        fix: { title: { en: `Write "${written}"`, vi: `Sửa thành "${written}"` }, edits: [{ range, newText: written }] },
      });
    }
  },
};

type Style = 'dash' | 'slash' | 'long';

interface FoundDate {
  style: Style;
  /** What the finding covers: the day, month and year, after any "ngày". */
  start: number;
  end: number;
  text: string;
  day: number;
  month: number;
  year?: number;
  /** Whether the word "ngày" is just before (a rewrite to the long style adds it otherwise). */
  afterNgay: boolean;
}

const STYLE_NAMES = {
  en: { dash: 'with dashes (26-1)', slash: 'with slashes (26/1)', long: 'in words (ngày 26 tháng 1)' },
  vi: { dash: 'dạng gạch ngang (26-1)', slash: 'dạng gạch chéo (26/1)', long: 'dạng chữ (ngày 26 tháng 1)' },
};

/**
 * A short date only counts after a word that announces one ("ngày", "sáng", "chiều"…), so
 * that "2-3 người" or "trang 5/6" are not dates; with a four-digit year it counts alone.
 * Not a range ("26-28/1"), not a time ("8-10 giờ"), not a number ("32-TB/TW").
 */
const SHORT = gatedGlobal(
  // Every match begins with a digit, a dash or slash, a digit.
  /\d[-/]\d/,
  () => /(\d{1,2})([-/])(\d{1,2})(?:\2(\d{4}))?(?![\p{L}\p{N}]|[-/.,]\d|\s*(?:giờ|h(?![\p{L}\p{N}])|phút|%))/gu,
);
const CUE_BEFORE = lazyPattern(() => /(?:^|[^\p{L}\p{N}])((?:ngày|sáng|chiều|trưa|tối|đêm|hôm|rạng sáng)\s+)$/iu);
const LONG = gatedGlobal(
  // The pattern's own beginning, same flags, without its Unicode classes.
  /ngày\s+\d/iu,
  () => /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?(?![\p{L}\p{N}])/giu,
);
/** A place-and-date line standing alone (an official document's, or one above a signature), whose long form is mandatory. */
const HEADER_LINE = lazyPattern(() => /^[ \t]*[*_]*\p{Lu}[\p{L} .]{1,60},\s+ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}[*_]*[ \t]*$/u);
/** "số 460/TB-VPCP ngày 04/9/2025": a cited document's date keeps the style it was issued with. */
const AFTER_DOCUMENT_NUMBER = lazyPattern(() => /\d+[-/][A-ZĐ][\p{L}\d/-]*,?\s+(?:ngày\s+)?$/u);

function findDates(doc: ReportDocument): FoundDate[] {
  const { text } = doc;
  const dates: FoundDate[] = [];
  // The official header's place-and-date line (in a table cell too): its form is RW602's, "ngày … tháng … năm" by NĐ 30/2020 Phụ lục I.
  const dateLine = doc.official.header?.placeDate?.line;
  const accept = (date: FoundDate) => {
    if (!doc.prose.isProseSpan(date.start, date.end)) return;
    if (dateLine !== undefined && doc.lines.positionAt(date.start).line === dateLine) return;
    if (AFTER_DOCUMENT_NUMBER().test(text.slice(Math.max(0, date.start - 60), date.start))) return;
    dates.push(date);
  };
  for (const m of SHORT(text)) {
    const [written, day, separator, month, year] = m;
    if (isGlued(text, m.index)) continue;
    const cue = CUE_BEFORE().exec(text.slice(Math.max(0, m.index - 16), m.index))?.[1];
    if (!cue && !year) continue;
    accept({
      style: separator === '-' ? 'dash' : 'slash',
      start: m.index,
      end: m.index + written.length,
      text: written,
      day: Number(day),
      month: Number(month),
      year: year ? Number(year) : undefined,
      afterNgay: /^ngày\s/i.test(cue ?? ''),
    });
  }
  for (const m of LONG(text)) {
    if (isLetterOrDigit(text[m.index - 1])) continue;
    const line = doc.lines.positionAt(m.index).line;
    if (HEADER_LINE().test(doc.lines.line(line))) continue;
    const start = m.index + m[0].indexOf(m[1], 4);
    const end = m.index + m[0].length;
    accept({ style: 'long', start, end, text: text.slice(start, end), day: Number(m[1]), month: Number(m[2]), year: m[3] ? Number(m[3]) : undefined, afterNgay: true });
  }
  return dates.sort((a, b) => a.start - b.start);
}

function isPossible({ day, month, year }: FoundDate): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0));
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return day <= days;
}

/** The date in another style, digits kept as written (a zero stays a zero). */
function rewrite(date: FoundDate, style: Style): string {
  const [day, month, year] = date.style === 'long' ? date.text.match(/\d+/g)! : date.text.split(/[-/]/);
  if (style === 'long') return `${date.afterNgay ? '' : 'ngày '}${day} tháng ${month}${year ? ` năm ${year}` : ''}`;
  const separator = style === 'dash' ? '-' : '/';
  return [day, month, year].filter(Boolean).join(separator);
}

/** Part of a longer number, word or code: "2020-12", "v1.2/3", "32-TB". */
function isGlued(text: string, at: number): boolean {
  const before = text[at - 1];
  return before !== undefined && (isLetterOrDigit(before) || before === '/' || before === '.' || before === '-');
}

function isLetterOrDigit(char: string | undefined): boolean {
  return char !== undefined && isLetterOrDigitChar(char);
}
