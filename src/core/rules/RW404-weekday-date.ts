import type { ReportDocument } from '../model/document';
import { gatedGlobal, lazyPattern } from '../text/gatedPattern';
import { characterScan, foldKey } from './characterScan';
import { isLetter, offsetRange } from './helpers';
import { tableCells } from '../text/tableRow';
import type { Rule, RuleContext } from './types';

export const weekdayDate: Rule = {
  id: 'RW404',
  name: 'weekday-date',
  description: {
    en: 'A weekday next to a date that falls on another day ("thứ Ba, ngày 3/12/2025", "Tuesday, 3 December 2025"), in the text or in a table row.',
    vi: 'Thứ trong tuần không khớp với ngày đi kèm ("thứ Ba, ngày 3/12/2025", "Tuesday, 3 December 2025"), trong bài hoặc trong một dòng của bảng.',
  },
  defaultSeverity: 'warning',
  fixable: true,
  check(context) {
    const { text } = context.doc;
    // Vietnamese weekdays start with "thứ" or "chủ", which the shared walk over the words notes;
    // a report without a whole date has no pair to check.
    const { heads } = characterScan(context.doc);
    for (const { start, key } of VI_DATE_SEEN.test(text) ? heads : []) {
      if (key !== THU && key !== CHU) continue;
      const viBefore = VI_BEFORE();
      viBefore.lastIndex = start;
      const before = viBefore.exec(text);
      if (before) judge(context, readVietnamese(before, false));
      // A date just before, with the weekday after it: "ngày 7/12/2025 (thứ Bảy)".
      const shift = Math.max(0, start - 40);
      const viAfter = VI_AFTER();
      viAfter.lastIndex = 0;
      for (let after; (after = viAfter.exec(text.slice(shift, start + 9))); ) {
        if (shift + after.index + after[0].length - after[8].length !== start) continue;
        after.index += shift;
        judge(context, readVietnamese(after, true));
      }
    }
    // English weekdays in English reports (a Vietnamese report's capitals would each be tried).
    // Every English weekday EN_WEEKDAY reads opens with one of EN_DAY_OPENINGS: a text without any
    // costs neither pattern's compilation (millions of instructions at each start of the command line).
    if (context.doc.lang === 'en' && EN_DAY_OPENINGS.some((opening) => text.includes(opening))) {
      for (const m of EN_BEFORE(text)) judge(context, readEnglish(m));
    }
    tables(context);
  },
};

const THU = foldKey('thứ');
const CHU = foldKey('chủ');

/** A weekday as written, where it is, and the date it names. */
interface Pair {
  weekdayStart: number;
  weekdayText: string;
  /** 0 for Sunday … 6 for Saturday, as JavaScript counts. */
  weekday: number;
  day: number;
  month: number;
  year: number;
  dateText: string;
  lang: 'vi' | 'en';
}

/** A space between the words of a weekday or a date: a no-break space too (text pasted from Word or a web page). */
const SP = '[ \\t\\u00a0\\u202f]';
const VI_DAYS: Record<string, number> = { hai: 1, ba: 2, tư: 3, năm: 4, sáu: 5, bảy: 6, '2': 1, '3': 2, '4': 3, '5': 4, '6': 5, '7': 6 };
const VI_WEEKDAY = `(?:[Tt]hứ|THỨ)${SP}{1,3}(?:[2-7]|[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy|HAI|BA|TƯ|NĂM|SÁU|BẢY)|[Cc]hủ${SP}{1,3}[Nn]hật|CHỦ${SP}NHẬT`;
/** A date in numbers, its year in four digits or two ("7/12/25": 2025), or in words: "ngày 7 tháng 12 năm 2025". */
const VI_DATE = `(?:ngày${SP}{1,3})?(\\d{1,2})(?<sep>[-/.])(\\d{1,2})\\k<sep>(\\d{4}|\\d{2})|ngày${SP}{1,3}(\\d{1,2})${SP}{1,3}tháng${SP}{1,3}(\\d{1,2})${SP}{1,3}năm${SP}{1,3}(\\d{4})`;
/** "thứ Hai, ngày 7/12/2025", "Chủ nhật (7-12-2025)", "thứ 2 ngày 1 tháng 12 năm 2025". */
const VI_BEFORE = lazyPattern(() => new RegExp(`(${VI_WEEKDAY})(?![\\p{L}\\p{N}])${SP}{0,3}[,(–-]?${SP}{0,3}(?:${VI_DATE})(?![\\p{N}])`, 'uy'));
/** "ngày 7/12/2025 (thứ Hai)", "7/12/2025, Chủ nhật". */
const VI_AFTER = lazyPattern(() => new RegExp(`(?:${VI_DATE})${SP}{0,3}[,(]${SP}{0,3}(${VI_WEEKDAY})(?![\\p{L}\\p{N}])`, 'gu'));
/**
 * What every match of VI_DATE holds (its two forms, the back-reference to the separator
 * loosened to any separator): a text without one has no pair of either order.
 */
const VI_DATE_SEEN = /\d[-/.]\d{1,2}[-/.]\d{2}|ngày[ \t\u00a0\u202f]+\d{1,2}[ \t\u00a0\u202f]+tháng[ \t\u00a0\u202f]+\d{1,2}[ \t\u00a0\u202f]+năm[ \t\u00a0\u202f]+\d{4}/;

function readVietnamese(m: RegExpExecArray, after: boolean): Pair {
  const weekdayText = after ? m[8] : m[1];
  const [d1, , m1, y1, d2, m2, y2] = after ? m.slice(1, 8) : m.slice(2, 9);
  const weekdayStart = after ? m.index + m[0].lastIndexOf(weekdayText) : m.index;
  const dateText = after ? m[0].slice(0, m[0].length - weekdayText.length).replace(/[\s,(]+$/, '') : m[0].slice(weekdayText.length).replace(/^[\s,(–-]+/, '');
  return {
    weekdayStart,
    weekdayText,
    weekday: vietnameseWeekday(weekdayText)!,
    day: Number(d1 ?? d2),
    month: Number(m1 ?? m2),
    year: fullYear(y1 ?? y2),
    dateText,
    lang: 'vi',
  };
}

/** A year as written, two digits read as the nearer century ("25" → 2025, "99" → 1999). */
function fullYear(written: string): number {
  if (written.length !== 2) return Number(written);
  // "7/12/25" is 2025, "7/12/99" 1999: a year more than ten years ahead is last century's.
  const yy = Number(written);
  return (yy <= (new Date().getFullYear() % 100) + 10 ? 2000 : 1900) + yy;
}

function vietnameseWeekday(written: string): number | undefined {
  const lower = written.toLowerCase().replace(/\s+/g, ' ');
  if (lower === 'chủ nhật' || lower === 'cn') return 0;
  return VI_DAYS[lower.replace(/^(?:thứ|t) ?/, '')];
}

const EN_DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const EN_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** How each weekday EN_WEEKDAY reads begins, in its case. */
const EN_DAY_OPENINGS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const EN_WEEKDAY = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)';
const EN_MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)';
/** "Tuesday, 3 December 2025", "Tue, Dec 3, 2025", "Monday 2025-12-01". */
const EN_BEFORE = gatedGlobal(
  // The pattern's beginning: a weekday, then a day, a month or a year.
  new RegExp(`${EN_WEEKDAY}\\.?,?${SP}{1,3}(?:\\d|${EN_MONTH})`),
  () =>
    new RegExp(
      `${EN_WEEKDAY}\\.?,?${SP}{1,3}(?:(\\d{1,2})(?:st|nd|rd|th)?${SP}{1,3}${EN_MONTH}\\.?,?${SP}{1,3}(\\d{4})|${EN_MONTH}\\.?${SP}{1,3}(\\d{1,2})(?:st|nd|rd|th)?,?${SP}{1,3}(\\d{4})|(\\d{4})-(\\d{2})-(\\d{2}))(?![\\p{L}\\p{N}])`,
      'gu',
    ),
);

function readEnglish(m: RegExpExecArray): Pair {
  const [, weekdayText, d1, mo1, y1, mo2, d2, y2, y3, mo3, d3] = m;
  const monthName = mo1 ?? mo2;
  return {
    weekdayStart: m.index,
    weekdayText,
    weekday: EN_DAYS.indexOf(weekdayText.slice(0, 3).toLowerCase()),
    day: Number(d1 ?? d2 ?? d3),
    month: monthName ? MONTHS.indexOf(monthName.slice(0, 3).toLowerCase()) + 1 : Number(mo3),
    year: Number(y1 ?? y2 ?? y3),
    dateText: m[0].slice(weekdayText.length).replace(/^[.,\s]+/, ''),
    lang: 'en',
  };
}

/** The day of the week of a date (Gregorian), or undefined when the date does not exist (RW402 says so). */
export function dayOfWeek(day: number, month: number, year: number): number | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.getUTCDay();
}

const VI_NAMES = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'];

/** The right weekday, written as the wrong one was: "thứ 3" → "thứ 4", "Thứ Hai" → "Thứ Ba", "Tue" → "Wed", "T2" → "CN". */
function rewrite(pair: Pair, weekday: number): string {
  const written = pair.weekdayText;
  if (pair.lang === 'en') return /day$/i.test(written) ? EN_NAMES[weekday] : EN_NAMES[weekday].slice(0, 3);
  const allUpper = written === written.toUpperCase() && written.length > 2;
  const capital = /^\p{Lu}/u.test(written);
  let right: string;
  if (/^(?:\d|T\d|CN)$/.test(written)) right = weekday === 0 ? 'CN' : /^T/.test(written) ? `T${weekday + 1}` : String(weekday + 1);
  else if (/\d/.test(written)) right = weekday === 0 ? 'Chủ nhật' : written.replace(/\d$/, String(weekday + 1));
  else if (weekday === 0) right = 'Chủ nhật';
  else {
    const [first, second = ''] = written.split(/\s+/);
    // The writer's space between the words, a no-break one too.
    const space = /\s+/.exec(written)?.[0] ?? ' ';
    const name = VI_NAMES[weekday].slice(4);
    const fromSunday = /^[Cc]hủ$/i.test(first);
    const lead = fromSunday ? (capital ? 'Thứ' : 'thứ') : first;
    // A bare name in a table's weekday column ("Năm") is rewritten as a bare name.
    if (!second && !fromSunday) right = capital ? name : name.toLowerCase();
    else right = `${lead}${space}${fromSunday || /^\p{Lu}/u.test(second) ? name : name.toLowerCase()}`;
  }
  return allUpper ? right.toUpperCase() : right;
}

function judge({ doc, report }: RuleContext, pair: Pair, range = offsetRange(doc, pair.weekdayStart, pair.weekdayStart + pair.weekdayText.length)): void {
  const { weekdayStart, weekdayText } = pair;
  if (isLetter(doc.text[weekdayStart - 1]) || pair.weekday < 0) return;
  if (!doc.prose.isProseSpan(weekdayStart, weekdayStart + weekdayText.length)) return;
  const actual = dayOfWeek(pair.day, pair.month, pair.year);
  if (actual === undefined || actual === pair.weekday) return;
  const right = rewrite(pair, actual);
  report({
    range,
    message: {
      en: `${pair.dateText} is a ${EN_NAMES[actual]}, not a ${EN_NAMES[pair.weekday]} ("${weekdayText}").`,
      vi: `${pair.dateText} là ${VI_NAMES[actual]}, không phải ${VI_NAMES[pair.weekday]} ("${weekdayText}").`,
    },
    fix: { title: { en: `Write "${right}"`, vi: `Sửa thành "${right}"` }, edits: [{ range, newText: right }] },
  });
}

/** Header cells that name a weekday column and a date column. */
const WEEKDAY_HEADER = /^(?:thứ|ngày trong tuần|weekday|day)$/i;
const DATE_HEADER = /^(?:ngày|ngày tháng|thời gian|date)$/i;
const CELL_DATE = /^(?:(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})|(\d{4})-(\d{2})-(\d{2}))$/;
/** A cell's date in words: "ngày 7 tháng 12 năm 2025", "9 December 2025", "Dec 9, 2025". */
const CELL_WORDS_DATE = lazyPattern(
  () =>
    new RegExp(
      `^(?:(?:ngày${SP}{1,3})?(\\d{1,2})${SP}{1,3}tháng${SP}{1,3}(\\d{1,2})${SP}{1,3}năm${SP}{1,3}(\\d{4})|(\\d{1,2})(?:st|nd|rd|th)?${SP}{1,3}${EN_MONTH}\\.?,?${SP}{1,3}(\\d{4})|${EN_MONTH}\\.?${SP}{1,3}(\\d{1,2})(?:st|nd|rd|th)?,?${SP}{1,3}(\\d{4}))$`,
      'iu',
    ),
);

/** The date a table cell holds, in numbers or in words; undefined for any other cell. */
function cellDate(cell: string, lang: 'vi' | 'en'): { day: number; month: number; year: number } | undefined {
  const n = CELL_DATE.exec(cell);
  // "12/09/25" in an English table may be month first: a year in two digits is read in Vietnamese only.
  if (n && lang === 'en' && n[4]?.length === 2) return undefined;
  if (n) return { day: Number(n[1] ?? n[7]), month: Number(n[3] ?? n[6]), year: fullYear(n[4] ?? n[5]) };
  if (!/\d{4}$/.test(cell)) return undefined;
  const w = CELL_WORDS_DATE().exec(cell);
  if (!w) return undefined;
  const monthName = w[5] ?? w[7];
  const month = monthName ? MONTHS.indexOf(monthName.slice(0, 3).toLowerCase()) + 1 : Number(w[2]);
  return { day: Number(w[1] ?? w[4] ?? w[8]), month, year: Number(w[3] ?? w[6] ?? w[9]) };
}

/** Table rows with a weekday column and a date column: "| 2 | Viết báo cáo | 7/12/2025 |". */
function tables(context: RuleContext): void {
  const { doc } = context;
  for (const block of doc.textBlocks) {
    if (block.type !== 'table') continue;
    const header = cells(doc, block.startLine).map((c) => c.text.replace(/[*_]/g, '').trim());
    const weekdayColumn = header.findIndex((h) => WEEKDAY_HEADER.test(h));
    const dateColumn = header.findIndex((h) => DATE_HEADER.test(h));
    if (weekdayColumn < 0 || dateColumn < 0) continue;
    for (let line = block.startLine + 2; line <= block.endLine; line++) {
      const row = cells(doc, line);
      const weekdayCell = row[weekdayColumn];
      const dateText = row[dateColumn]?.text.trim() ?? '';
      const date = cellDate(dateText, doc.lang);
      if (!weekdayCell || !date) continue;
      const cell = weekdayCell.text.trim();
      // The weekday word the cell starts with ("Monday (remote)"): only it is judged and rewritten;
      // a cell that only starts like one ("Monthly close") holds none.
      const english = doc.lang === 'en' && /^[A-Z]/.test(cell) ? EN_CELL_DAY.exec(cell)?.[0] : undefined;
      const written = english ?? cell;
      const weekday = english !== undefined ? EN_DAYS.indexOf(english.slice(0, 3).toLowerCase()) : doc.lang === 'en' && /^[A-Z]/.test(cell) ? -1 : cellWeekday(written);
      if (weekday === undefined || weekday < 0) continue;
      const start = weekdayCell.start + weekdayCell.text.indexOf(written);
      const pair: Pair = {
        weekdayStart: start,
        weekdayText: written,
        weekday,
        ...date,
        dateText,
        lang: /^[A-Z][a-z]/.test(written) && !/^(?:Thứ|Chủ|CN|T\d)/.test(written) ? 'en' : 'vi',
      };
      judge(context, pair);
    }
  }
}

/** An English weekday at the start of a cell, as a word of its own ("Mon", "Tues.", "Wednesday (half day)"). */
const EN_CELL_DAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)(?![A-Za-z])/;

/** A weekday cell in Vietnamese: "2", "Hai", "thứ 2", "T2", "CN", "Chủ nhật". */
function cellWeekday(written: string): number | undefined {
  if (/^[2-7]$/.test(written)) return Number(written) - 1;
  if (/^T[2-7]$/.test(written)) return Number(written[1]) - 1;
  if (/^CN$/i.test(written)) return 0;
  const named = vietnameseWeekday(written) ?? VI_DAYS[written.toLowerCase()];
  return named;
}

/** The cells of a table row with their offsets in the text. */
function cells(doc: ReportDocument, line: number): Array<{ text: string; start: number }> {
  const base = doc.lines.starts[line];
  return tableCells(doc.lines.line(line)).map((cell) => ({ text: cell.text, start: base + cell.column }));
}
