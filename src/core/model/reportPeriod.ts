import type { Localized } from '../i18n';
import { ENGLISH_MONTHS, monthNumber, quarterNumber } from './periodWords';

/**
 * The period a report covers, as its front matter's `period:` gives it: a year, or a half,
 * quarter, month or ISO week of a year. Periodic reports are written for each of these
 * (Vietnamese offices report by month, quarter, six months and year — "báo cáo công tác tháng",
 * "sơ kết 6 tháng đầu năm"; teams by week, month and quarter).
 */
export interface ReportPeriod {
  /** The year (1900–2200); of a week, its ISO 8601 week-numbering year. */
  year: number;
  /** Undefined: the whole year. */
  unit?: 'half' | 'quarter' | 'month' | 'week';
  /** The half (1–2), quarter (1–4), month (1–12) or ISO week (1–53). */
  value?: number;
  /** The value as the front matter wrote it (for messages). */
  written: string;
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

/**
 * A part of the year then its year, between them "/", "-", ".", ",", a space, "năm" or "of":
 * "10/2026", "10 năm 2026", "quý III/2026", "week 14, 2026". Written as literals: the command
 * line's bundle keeps letters beyond ASCII inside regular expressions only.
 */
const FORMS: Array<{ unit: NonNullable<ReportPeriod['unit']>; pattern: RegExp; yearFirst?: true }> = [
  { unit: 'month', pattern: /^(\d{4})[-/.](\d{1,2})$/, yearFirst: true },
  { unit: 'month', pattern: /^(?:tháng|th|t)?\s*(\d{1,2})\s*(?:[/.,-]|\s|năm|of)\s*(\d{4})$/u },
  { unit: 'quarter', pattern: /^(\d{4})\s*[-/ ]?\s*q([1-4])$/, yearFirst: true },
  { unit: 'quarter', pattern: /^(?:q|quý|quarter)\s*([1-4]|iv|i{1,3})\s*(?:[/.,-]|\s|năm|of)\s*(\d{4})$/u },
  { unit: 'half', pattern: /^(\d{4})\s*[-/ ]?\s*h([12])$/, yearFirst: true },
  { unit: 'half', pattern: /^h([12])\s*(?:[/.,-]|\s|năm|of)\s*(\d{4})$/u },
  { unit: 'week', pattern: /^(\d{4})\s*-?\s*w(\d{1,2})$/, yearFirst: true },
  { unit: 'week', pattern: /^(?:w|tuần|week)\s*(\d{1,2})\s*(?:[/.,-]|\s|năm|of)\s*(\d{4})$/u },
];
/** "6 tháng đầu năm 2026", "6 tháng cuối năm 2026", "6 tháng năm 2026" (the first six months, as a six-month report names them): the halves as Vietnamese reports name them. */
const SIX_MONTHS = /^0?6 tháng (?:(đầu|cuối) )?năm (\d{4})$/u;
/** "October 2026", "Oct 2026", "Sept. 2026", "March, 2026". */
const MONTH_NAME = /^([a-z]{3,9})\.?,?\s+(\d{4})$/;

/**
 * The period a front matter field gives (see `parsePeriod`). An unquoted number with a decimal
 * point (`period: 2026.10` in YAML or TOML) has lost its zeros to the parser (2026.1): it is read
 * as written, from `written` (the value's text in the file, when known).
 */
export function periodOfField(value: unknown, written: string | undefined): ReportPeriod | undefined {
  return parsePeriod(typeof value === 'number' && !Number.isInteger(value) && written ? written : value);
}

/**
 * Reads a front matter's `period:` value: a year (`2024`, as a number or text), a month
 * (`2026-10`, `2026/10`, `10/2026`, `tháng 10/2026`, `tháng 10 năm 2026`, `October 2026`, `Sept
 * 2026`), a quarter (`2026-Q3`, `Q3/2026`, `quý III/2026`, `quý 3 năm 2026`), a half (`2026-H1`,
 * `H1/2026`, `6 tháng đầu năm 2026`, `6 tháng năm 2026`) or an ISO 8601 week (`2026-W14`,
 * `tuần 14/2026`, `week 14, 2026`), in any letter case. Years 1900–2200 (see `periodOfField`
 * for a number with a decimal point).
 *
 * @returns the period, or undefined for any other value (RW006 reports it)
 */
export function parsePeriod(value: unknown): ReportPeriod | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && inYears(value) ? { year: value, written: String(value) } : undefined;
  if (typeof value !== 'string') return undefined;
  const written = value.trim();
  const text = written.normalize('NFC').toLowerCase().replace(/\s+/g, ' ');
  if (/^\d{4}$/.test(text)) return inYears(Number(text)) ? { year: Number(text), written } : undefined;
  for (const { unit, pattern, yearFirst } of FORMS) {
    const m = pattern.exec(text);
    if (!m) continue;
    const [part, year] = yearFirst ? [m[2], m[1]] : [m[1], m[2]];
    return made(unit, unit === 'quarter' ? quarterNumber(part) : Number(part), Number(year), written);
  }
  const six = SIX_MONTHS.exec(text);
  if (six) return made('half', six[1] === 'cuối' ? 2 : 1, Number(six[2]), written);
  const named = MONTH_NAME.exec(text);
  const month = named ? monthNumber(named[1]) : 0;
  if (month > 0) return made('month', month, Number(named![2]), written);
  return undefined;
}

function inYears(year: number): boolean {
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

function made(unit: NonNullable<ReportPeriod['unit']>, value: number, year: number, written: string): ReportPeriod | undefined {
  if (!inYears(year) || value < 1 || value > lastOf(unit, year)) return undefined;
  return { year, unit, value, written };
}

/** The last half, quarter, month or week of `year` (ISO 8601: a year has 53 weeks when 28 December falls in week 53). */
function lastOf(unit: NonNullable<ReportPeriod['unit']>, year: number): number {
  if (unit === 'half') return 2;
  if (unit === 'quarter') return 4;
  if (unit === 'month') return 12;
  return isoWeeks(year);
}

/** The number of ISO 8601 weeks in `year`: 53 when the year starts on a Thursday, or is a leap year starting on a Wednesday. */
function isoWeeks(year: number): number {
  const jan1 = new Date(Date.UTC(year, 0, 1)).getUTCDay();
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return jan1 === 4 || (leap && jan1 === 3) ? 53 : 52;
}

/**
 * The calendar years the period's days fall in: its year, and for an ISO week that runs over
 * the year's end, the other year too (week 53 of 2026 is 28 December 2026 – 3 January 2027;
 * week 1 of 2026 starts on 29 December 2025). ISO 8601: a week starts on Monday, and week 1 is
 * the one with the year's first Thursday.
 */
export function periodYears(period: ReportPeriod): number[] {
  if (period.unit !== 'week' || period.value === undefined) return [period.year];
  const jan4 = Date.UTC(period.year, 0, 4);
  const monday = jan4 - (((new Date(jan4).getUTCDay() + 6) % 7) * DAY) + (period.value - 1) * 7 * DAY;
  const first = new Date(monday).getUTCFullYear();
  const last = new Date(monday + 6 * DAY).getUTCFullYear();
  return first === last ? [first] : [first, last];
}
const DAY = 24 * 60 * 60 * 1000;

/** The period after `period`: the next year, half, quarter, month or week (its `written` is made in English). */
export function nextPeriod(period: ReportPeriod): ReportPeriod {
  if (!period.unit || period.value === undefined) return { year: period.year + 1, written: String(period.year + 1) };
  const last = period.value === lastOf(period.unit, period.year);
  const next = { year: last ? period.year + 1 : period.year, unit: period.unit, value: last ? 1 : period.value + 1 };
  return { ...next, written: describePeriod({ ...next, written: '' }).en };
}

/** The period in words: "2024" / "năm 2024", "October 2026" / "tháng 10/2026", "Q3 2026" / "quý III/2026", "H1 2026" / "6 tháng đầu năm 2026", "week 14 of 2026" / "tuần 14/2026". */
export function describePeriod(period: ReportPeriod): Localized {
  const { year, unit, value } = period;
  if (!unit || value === undefined) return { en: String(year), vi: `năm ${year}` };
  switch (unit) {
    case 'month':
      return { en: `${ENGLISH_MONTHS[value - 1].replace(/^./, (c) => c.toUpperCase())} ${year}`, vi: `tháng ${value}/${year}` };
    case 'quarter':
      return { en: `Q${value} ${year}`, vi: `quý ${['I', 'II', 'III', 'IV'][value - 1]}/${year}` };
    case 'half':
      return { en: `H${value} ${year}`, vi: `6 tháng ${value === 1 ? 'đầu' : 'cuối'} năm ${year}` };
    case 'week':
      return { en: `week ${value} of ${year}`, vi: `tuần ${value}/${year}` };
  }
}

/** How the period reads as a title's period does (ownPeriod.ts): October 2026 → { unit: "month", value: "10", year: "2026" }; a year → { value: "2024" }. */
export function periodContext(period: ReportPeriod): { unit?: string; value: string; year?: string } {
  return period.unit && period.value !== undefined ? { unit: period.unit, value: String(period.value), year: String(period.year) } : { value: String(period.year) };
}
