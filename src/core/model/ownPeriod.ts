import type { PeriodUnit, ReportKind } from '../kinds/kind';
import type { Lang } from '../i18n';
import { matchRole, normalizeTitle, type RoleMatch } from '../kinds/matchRole';
import { bounded, type BoundedPattern } from '../text/gatedPattern';
import { lowerAsCaseless } from '../text/fold';
import { periodContext, type ReportPeriod } from './reportPeriod';
import { partOfYearIn, unitOf, yearIn } from './periodWords';

/**
 * The period a report covers, and how it tells a heading's objectives (the goals this report
 * measures) from the next period's priorities.
 */

/** What a role match needs besides the kind: the report's own period, to tell its objectives from next period's goals. */
export interface RoleContext {
  /**
   * "tuần 5", "week 12", "2024": how the title names the period the report covers, folded; with
   * the year it falls in when that is known besides (a title's year, the front matter's period).
   */
  period?: { unit?: string; value: string; year?: string };
}

// The patterns on a title's period read it in lower case as `/iu` would (`lowerAsCaseless`; a role
// match's `rest` is in the comparable form, already in lower case): without the `i` flag V8 compiles them without working
// out the case variants of every Vietnamese letter, at every start of the command line.
const THIS_PERIOD = bounded(/tuần này|tháng này|quý này|năm nay|kỳ này|this (?:week|month|quarter|year|sprint)|đề ra|đặt ra/u, { before: 'LN', after: 'LN' });
/** The period after the report's: "năm tới", "tuần sau", "next year", "the coming quarter". */
const NEXT_PERIOD = bounded(/(?:tuần|tháng|quý|năm|kỳ) (?:tới|sau)|next (?:week|month|quarter|year|sprint|period)|(?:coming|upcoming) (?:week|month|quarter|year|sprint)/u, { before: 'LN', after: 'LN' });
/**
 * A title's rest that is only the period before the report's: "from last week", "tuần trước",
 * "of the previous sprint" (its goals are what this report measures). Not "for next week
 * (carried over from last week)", "tuần trước Tết" or "(tăng 15% so với năm trước)".
 */
const LAST_PERIOD_WORDS = /^(?:(?:from|of|for|in|during|của|trong|từ) )?(?:the )?/u;
const LAST_PERIOD = /^(?:(?:tuần|tháng|quý|kỳ|đợt) (?:trước|vừa qua|qua)|năm (?:trước|ngoái)|(?:last|previous|past) (?:week|month|quarter|year|sprint|iteration|period))[\s.:;,!?)…]*$/u;

/**
 * Whether `rest` is LAST_PERIOD_WORDS then LAST_PERIOD: the two patterns run one after the other,
 * as one pattern with its optional words in front would match (none of those words opens
 * LAST_PERIOD, so the words are taken whenever they are there). As one pattern, V8 compiles the
 * alternatives after the optional words once per way of reading them.
 */
export function isLastPeriodRest(rest: string): boolean {
  return LAST_PERIOD.test(rest.slice(LAST_PERIOD_WORDS.exec(rest)![0].length));
}
/** A role's name that says it is about what comes next ("kế hoạch tiếp theo", "next steps", "việc tuần tới"). */
const NEXT_WORD = bounded(/tiếp theo|sắp tới|tới|sau|next|coming|upcoming|ahead|following/iu, { before: 'LN', after: 'LN' });
/** A role's name that ends with the unit of a period ("mục tiêu tuần", "goals of the week"): the unit. */
const UNIT_AT_END = /(?:^|\s)(tuần|tháng|quý|năm|kỳ|đợt|week|month|quarter|year|sprint)$/u;
const TITLE_YEAR = bounded(/(19|20|21)\d{2}/u, { before: 'N', after: 'N' });

/**
 * How a title names its period: "Báo cáo tuần 5" → { unit: "week", value: "5" }; "Monthly
 * report: June 2025" → { unit: "month", value: "6", year: "2025" }; a year alone → { value:
 * "2024" }. The year of a part of a year is the one written after it, else the front matter's.
 */
export function periodOfTitle(title: string | undefined, given?: ReportPeriod): RoleContext['period'] {
  const folded = lowerAsCaseless(title?.normalize('NFC') ?? '');
  const part = partOfYearIn(folded);
  if (part) {
    const year = part.year ?? given?.year;
    return year !== undefined ? { unit: part.unit, value: String(part.value), year: String(year) } : { unit: part.unit, value: String(part.value) };
  }
  const y = TITLE_YEAR.exec(folded)?.[0];
  return y ? { value: y } : given ? periodContext(given) : undefined;
}

/**
 * "Mục tiêu tuần 5" (or "Kế hoạch tuần 5", "Nhiệm vụ tuần này", "Tasks this week", "Goals from last
 * week": the goals this report measures) in the report of week 5 sets this period's objectives; "Mục tiêu tuần 6",
 * "Mục tiêu năm 2025" in a 2024 report or "Goals for next year" are the next period's
 * priorities, whichever of the two roles the words "mục tiêu", "goals" matched first.
 */
export function ownPeriod(title: string, match: RoleMatch, kind: ReportKind, context: RoleContext): RoleMatch {
  if (match.role === 'results') return nextPeriodsWork(match, kind, context);
  if (match.role !== 'priorities' && match.role !== 'objectives') return match;
  const other = match.role === 'priorities' ? 'objectives' : 'priorities';
  if (!kind.roles.some((r) => r.id === other)) return match;
  const folded = normalizeTitle(title);
  // A name that ends in the period's unit ("mục tiêu tuần" + "tới", + "8") leaves the period
  // half in the name: read the unit with the rest.
  const unit = UNIT_AT_END.exec(lowerAsCaseless(match.synonym))?.[1];
  const rest = lowerAsCaseless(unit ? `${unit} ${match.rest}`.trim() : match.rest);
  if (!/^(?:mục tiêu|kế hoạch|nhiệm vụ|goals?|objectives?|targets?|plans?|tasks?)/u.test(folded)) return match;
  const as = (role: string) => (role === match.role ? match : { ...match, role });
  // "Kế hoạch tiếp theo (hoàn tất tuần 03)", "Next plans (finish week 3)": the name says next;
  // the period after it is what the plans finish.
  if (match.role === 'priorities' && NEXT_WORD.test(match.synonym)) return match;
  if (THIS_PERIOD.test(rest) || isLastPeriodRest(rest)) return as('objectives');
  if (NEXT_PERIOD.test(rest)) return as('priorities');
  const period = context.period;
  if (!period) return match;
  const order = compareWithReport(rest, period);
  if (order === undefined) return match;
  if (order === 0) return as('objectives');
  // A later period's goals are the next steps; an earlier one's stay as the words matched them.
  return order > 0 ? as('priorities') : match;
}

/**
 * The work of the period after the report's, named with a results role's words: "Nội dung công
 * việc tuần tới", "Work carried out next month", "Nội dung công việc tuần 6" in the report of
 * week 5 are the priorities (in a kind that has them); the report's own period or an earlier
 * one stays results.
 */
function nextPeriodsWork(match: RoleMatch, kind: ReportKind, context: RoleContext): RoleMatch {
  if (!match.rest || !kind.roles.some((r) => r.id === 'priorities')) return match;
  const rest = lowerAsCaseless(match.rest);
  // Only when the period is all the rest says: "tuần tới", "for next month", "tuần 6"; not "(before
  // next week's release)", "carried over to next week", nor a rest that names this period too.
  if (rest.split(' ').length > 3 || /[()]/.test(rest) || THIS_PERIOD.test(rest)) return match;
  const later = NEXT_PERIOD.test(rest) || (context.period !== undefined && (compareWithReport(rest, context.period) ?? 0) > 0);
  return later ? { ...match, role: 'priorities' } : match;
}

/**
 * Where the period a heading's rest names stands against the report's: 0 the same, above 0
 * later, below 0 earlier; undefined when it names none, or one the report's period cannot be
 * compared with ("July 2025" in a report of the year 2025, "quý III" in a monthly report of the
 * same year). A part of a year is compared with a report's part of the same length by year, then
 * by number ("Kế hoạch tháng 01/2027" in the report of December 2026 is later, "Plans for July
 * 2025" in June 2025's); with another, only by year. A year alone is compared with the year the
 * report's period falls in ("Mục tiêu quý IV/2026" and "Goals for December 2026" in the report
 * of that quarter or month are its own).
 */
function compareWithReport(rest: string, period: NonNullable<RoleContext['period']>): number | undefined {
  const reportYear = period.year !== undefined ? Number(period.year) : !period.unit || unitOf(period.unit) === 'year' ? Number(period.value) : undefined;
  const part = partOfYearIn(rest);
  if (part) {
    if (part.year !== undefined && reportYear !== undefined && part.year !== reportYear) return part.year - reportYear;
    if (period.unit && unitOf(period.unit) === part.unit) return part.value - Number(period.value);
    // Of other lengths, by their months: "6 tháng cuối năm" comes after June, "quý II" holds it.
    const heading = monthsOf(part.unit, part.value);
    const own = period.unit ? monthsOf(unitOf(period.unit), Number(period.value)) : undefined;
    if (!heading || !own) return undefined;
    return heading[0] > own[1] ? 1 : heading[1] < own[0] ? -1 : 0;
  }
  const year = yearIn(rest);
  return year === undefined || reportYear === undefined ? undefined : year - reportYear;
}

/** The first and last month (1–12) of a month, quarter or half; undefined for other parts. */
function monthsOf(unit: string, value: number): [number, number] | undefined {
  if (unit === 'month') return [value, value];
  if (unit === 'quarter') return [value * 3 - 2, value * 3];
  if (unit === 'half') return [value * 6 - 5, value * 6];
  return undefined;
}

/** Parts that speak of the report's own period: a period their headings name is the report's. */
const OWN_PERIOD_ROLES = ['context', 'results', 'shortcomings'];

/**
 * The period the report covers: the one its own title names (the title heading, the front
 * matter's `title:`, an official type and subject), else the front matter's `period:`, else the
 * one named by a heading of a part about the report's own period ("Đặc điểm tình hình năm 2024",
 * "Kết quả đạt được năm 2023", "Accomplishments in 2024"; of those, the part the kind puts first).
 *
 * Never the first heading merely for being first: "## Hạn chế 2021–2025" or "## Phụ lục 2021" at
 * the top is a section, not the title; read as the title, a section put before it (RW001's fix)
 * or moved (RW002's) would change how the other headings read, and the fix would not hold.
 *
 * @param headings the titles of the report's headings (not its title heading), in document order
 */
export function periodOfReport(ownTitle: string | undefined, given: ReportPeriod | undefined, headings: readonly string[], kind: ReportKind): RoleContext['period'] {
  const titled = periodOfTitle(ownTitle, given);
  if (titled) return titled;
  let best: { rank: number; period: NonNullable<RoleContext['period']> } | undefined;
  for (const title of headings) {
    const match = matchRole(title, kind);
    const rank = match && !match.fuzzy ? OWN_PERIOD_ROLES.indexOf(match.role) : -1;
    if (rank < 0 || (best && best.rank <= rank)) continue;
    const period = periodOfTitle(match!.rest);
    if (period) best = { rank, period };
  }
  return best?.period;
}

/** How a title says how often the report comes, when it names no period: "công tác tuần", "Weekly update", "báo cáo hằng tháng", "Quarterly review". */
const CADENCE = bounded(/(tuần|weekly|week|tháng|hằng tháng|hàng tháng|monthly|quý|hằng quý|hàng quý|quarterly)/u, { before: 'L', after: 'L' });
const CADENCE_UNITS: Record<string, PeriodUnit> = { tuần: 'week', weekly: 'week', week: 'week', tháng: 'month', quý: 'quarter', 'hằng tháng': 'month', 'hàng tháng': 'month', monthly: 'month', 'hằng quý': 'quarter', 'hàng quý': 'quarter', quarterly: 'quarter' };

/**
 * The length of the report's period, when shorter than a year: the front matter's `period:`,
 * else the period its title or its own parts' headings name ("tuần 23", "quý III/2026"), else
 * how often its title says it comes ("Kết quả công tác tuần", "Monthly report"). Undefined for
 * a year, or when nothing says. `period` is what `periodOfReport` read (the report's role
 * context). Used by a kind's `optionalFor` and the period words of a fix's heading.
 */
export function periodUnitOf(ownTitle: string | undefined, given: ReportPeriod | undefined, period: RoleContext['period']): PeriodUnit | undefined {
  if (given) return given.unit;
  if (period) return period.unit === undefined ? undefined : asPeriodUnit(unitOf(period.unit));
  const folded = lowerAsCaseless(ownTitle?.normalize('NFC') ?? '');
  if (!/tuần|week|tháng|monthly|quý|quarterly/u.test(folded)) return undefined;
  // The first word of a cadence that is not the next period's ("nhiệm vụ tuần tới", "tuần đầu
  // tháng sau") nor an event's ("Tuần lễ Áo dài", "Safety Week", "a week-long inspection").
  for (const m of CADENCE.matches(folded)) {
    const after = folded.slice(m.index + m[0].length);
    if (/^(?: tới| sau| đầu| lễ|-long| long)(?![\p{L}\p{N}])/u.test(after)) continue;
    if (m[1] === 'week' && !/^ ?\d/.test(after)) continue;
    return CADENCE_UNITS[m[1]];
  }
  return undefined;
}

function asPeriodUnit(unit: string): PeriodUnit | undefined {
  return unit === 'week' || unit === 'month' || unit === 'quarter' || unit === 'half' ? unit : undefined;
}

/**
 * The words for a period in a heading, by language: the week a kind's heading names (read at
 * word edges by `bounded`, which builds no Unicode class at start), and what stands for it in a
 * longer period's report.
 */
const PERIOD_HEADING_WORDS: Record<Lang, { week: BoundedPattern } & Record<Exclude<PeriodUnit, 'week'>, string>> = {
  en: { week: bounded(/week/u, { before: 'LN', after: 'LN' }), month: 'month', quarter: 'quarter', half: 'half-year' },
  vi: { week: bounded(/tuần/u, { before: 'LN', after: 'LN' }), month: 'tháng', quarter: 'quý', half: '6 tháng' },
};

/** A kind's heading ("Done this week", "Kế hoạch tuần tới") for a report of `unit`: its week made that period; as it is for a week, a year or no period known. */
export function periodHeading(heading: string, unit: PeriodUnit | undefined, lang: Lang): string {
  if (unit === undefined || unit === 'week') return heading;
  const words = PERIOD_HEADING_WORDS[lang];
  for (const m of words.week.matches(heading)) return heading.slice(0, m.index) + words[unit] + heading.slice(m.index + m[0].length);
  return heading;
}
