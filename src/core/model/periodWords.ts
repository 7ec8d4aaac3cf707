import { bounded } from '../text/gatedPattern';

/**
 * The part of a year a title or a heading names, in the words reports use: "tuần 5", "tháng
 * 10/2026", "quý III/2026", "Q3 2026", "6 tháng cuối năm 2025", "H2", "July 2025", "sprint 12".
 * Read from text in lower case as `/iu` reads it (`lowerAsCaseless`, or a role match's `rest`).
 */
export interface PartOfYear {
  /** 'week', 'month', 'quarter', 'half', or the word of another count ('sprint', 'iteration', 'kỳ', 'đợt'). */
  unit: string;
  value: number;
  /** The year written after it ("tháng 10/2026", "Q3 2026", "July 2025"), when there is one. */
  year?: number;
}

/** The words of a count of periods before its number; "năm"/"year" are years, read apart. */
export const PERIOD_WORDS = '(tuần|tháng|quý|năm|kỳ|đợt|week|month|quarter|year|sprint|iteration)';
// Letter and number edges are read by `bounded` (no Unicode class built for a common title).
export const PERIOD = bounded(new RegExp(`${PERIOD_WORDS}\\s*(?:số\\s*|thứ\\s*|no\\.?\\s*|#\\s*)?(\\d{1,4})`, 'u'), { before: 'LN', after: 'N' });
/** "quý III", "quý 3", "quarter 3", "Q3". */
const QUARTER = bounded(/(?:quý|quarter)\s*(iv|i{1,3})|q([1-4])/u, { before: 'LN', after: 'LN' });
/** "6 tháng đầu/cuối năm", "first/second half", "H1"/"H2". */
const HALF = bounded(/(?:6|06|sáu) tháng (đầu|cuối)|(first|second) half|h([12])/u, { before: 'LN', after: 'LN' });
/** An English month's name; "may" only with its year ("Plans may change" names no month). */
const MONTH_NAME = bounded(/(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?(?:,?\s+(\d{4}))?/u, { before: 'L', after: 'L' });
/** The English months' names, January first. */
export const ENGLISH_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTHS = ENGLISH_MONTHS.map((name) => name.slice(0, 3));
const ROMAN_QUARTERS: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** The month (1–12) an English name or its start of three letters or more names ("oct", "sept", "october"), in lower case; 0 for none. */
export function monthNumber(word: string): number {
  return word.length >= 3 ? ENGLISH_MONTHS.findIndex((name) => name.startsWith(word)) + 1 : 0;
}

/** The quarter (1–4) "1"–"4" or "i"–"iv" names, in lower case; NaN for none. */
export function quarterNumber(word: string): number {
  return ROMAN_QUARTERS[word] ?? (/^[1-4]$/.test(word) ? Number(word) : NaN);
}
const FOUR_DIGITS = bounded(/\d{4}/u, { before: 'N', after: 'N' });
const UNITS: Record<string, string> = { tuần: 'week', week: 'week', tháng: 'month', month: 'month', quý: 'quarter', quarter: 'quarter', năm: 'year', year: 'year' };

/** A period word as a unit: "tuần" and "week" → 'week', "tháng" → 'month', "quý" → 'quarter', "năm" → 'year'; others as written. */
export function unitOf(word: string): string {
  return UNITS[word] ?? word;
}

/** The first part of a year `text` names (not a year alone: see `yearIn`), with the year written after it. */
export function partOfYearIn(text: string): PartOfYear | undefined {
  const found: Array<PartOfYear & { at: number; end: number }> = [];
  for (const m of PERIOD.matches(text)) {
    if (unitOf(m[1]) === 'year') continue;
    found.push({ unit: unitOf(m[1]), value: Number(m[2]), at: m.index, end: m.index + m[0].length });
    break;
  }
  // Each pattern runs only where its words may be (V8 compiles a pattern the first time it runs).
  const q = text.includes('q') ? QUARTER.exec(text) : null;
  if (q) found.push({ unit: 'quarter', value: quarterNumber(q[2] ?? q[1]), at: q.index, end: q.index + q[0].length });
  const h = text.includes('half') || text.includes('tháng') || text.includes('h1') || text.includes('h2') ? HALF.exec(text) : null;
  if (h) found.push({ unit: 'half', value: h[1] ? (h[1] === 'đầu' ? 1 : 2) : h[2] ? (h[2] === 'first' ? 1 : 2) : Number(h[3]), at: h.index, end: h.index + h[0].length });
  const n = MONTHS.some((month) => text.includes(month)) ? MONTH_NAME.exec(text) : null;
  if (n && (n[1] !== 'may' || n[2])) found.push({ unit: 'month', value: monthNumber(n[1]), at: n.index, end: n.index + n[0].length - (n[2]?.length ?? 0) });
  if (found.length === 0) return undefined;
  // The first one written: "6 tháng cuối năm 2025" is a half, not "năm 2025".
  const first = found.reduce((a, b) => (b.at < a.at ? b : a));
  const year = FOUR_DIGITS.exec(text.slice(first.end))?.[0];
  return year ? { unit: first.unit, value: first.value, year: Number(year) } : { unit: first.unit, value: first.value };
}

/** The year `text` names: "năm 2025", "2025", "FY 2025"; undefined when none. */
export function yearIn(text: string): number | undefined {
  const year = FOUR_DIGITS.exec(text)?.[0];
  return year === undefined ? undefined : Number(year);
}
