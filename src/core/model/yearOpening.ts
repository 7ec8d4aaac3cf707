import type { RoleContext } from './ownPeriod';
import { gated, lazyPattern } from '../text/gatedPattern';
import { lowerAsCaseless } from '../text/fold';
import { partOfYearIn, unitOf } from './periodWords';

/**
 * A paragraph that opens with a year ("Năm 2026, Sở tập trung…", "In 2026, the team will…")
 * matches the results' cue "Năm 2024," / "In 2024,", and may tell next year's plans instead:
 * the priorities. Read from the paragraph's first sentence and the report's own period.
 */

/** "Năm 2026,", "Trong năm 2026,", "In 2026,", "During 2026,": the year is group 1 (behind a test of its words and year, without the class). */
const YEAR_OPENING = gated(/^(?:(?:Trong |Sang )?năm|In|During|Throughout)\s+\d{4}/iu, () => /^(?:(?:Trong |Sang )?năm|In|During|Throughout)\s+(\d{4})(?![\p{N}])\s*,/iu);
/** Words that say what will be done: "sẽ", "phấn đấu", "will", "aims to". */
const PLAN_WORDS = lazyPattern(() => /(?<![\p{L}\p{N}])(?:sẽ|phấn đấu|dự kiến|will|plans? to|aims? to|intends? to|(?:is|are) expected to)(?![\p{L}\p{N}])/iu);
/** Words of plans that results use too ("tập trung", "kế hoạch", "continue to"): a plan only with nothing done. */
const EFFORT_WORDS = lazyPattern(() => /(?<![\p{L}\p{N}])(?:tập trung|tiếp tục|đẩy mạnh|chú trọng|ưu tiên|định hướng|phương hướng|mục tiêu|kế hoạch|focus(?:es)? on|continues? to|prioriti[sz]es?|targets?|goals?)(?![\p{L}\p{N}])/iu);
/** Words of something done: "đã", "đạt", "hoàn thành", "was", "were", "-ed" verbs of results. */
const DONE_WORDS = lazyPattern(() => /(?<![\p{L}\p{N}])(?:đã|đạt|hoàn thành|được|tăng|giảm|was|were|has been|have been|had|completed|achieved|reached|delivered|shipped|grew|rose|fell|focused|continued)(?![\p{L}\p{N}])/iu);

/**
 * The role a results' cue gives a paragraph that opens with a year: `priorities` when the year
 * comes after the report's (a year-end report of 2025 that says "Năm 2026, …"), or, when the
 * report names no year, when its first sentence tells a plan ("sẽ", "phấn đấu", "will", "aims
 * to"; or "tập trung", "tiếp tục", "focus on" with nothing done). Otherwise `results`.
 * The patterns (Unicode classes under `i`, costly to build) are made on the first call.
 *
 * @param text the paragraph's text from its start (any length; its first sentence is read)
 */
export function resultOrPlan(text: string, context: RoleContext): 'results' | 'priorities' {
  const m = YEAR_OPENING.exec(text);
  if (!m) return partOpening(text, context) ?? 'results';
  const year = Number(m[1]);
  const period = context.period;
  const reportYear = period && (!period.unit || /^(?:năm|year)$/u.test(period.unit)) ? Number(period.value) : NaN;
  if (reportYear >= 1900) return year > reportYear ? 'priorities' : 'results';
  const sentence = text.slice(m[0].length, m[0].length + 300).split(/[.!?;](?:\s|$)/u)[0];
  return planOrDone(sentence);
}

/**
 * What a sentence tells: a plan ("sẽ", "will", "tập trung" with nothing done), else what was
 * done. With `pastOnly`, only words of the past count as done ("đã", "was"): after a quarter or
 * a month, "tập trung … hoàn thành sắp xếp…" lists what is to be completed.
 */
function planOrDone(sentence: string, pastOnly = false): 'results' | 'priorities' {
  if (PLAN_WORDS().test(sentence)) return 'priorities';
  return EFFORT_WORDS().test(sentence) && !(pastOnly ? PAST_WORDS : DONE_WORDS)().test(sentence) ? 'priorities' : 'results';
}
/** Words that put what they tell in the past: "đã", "was", "were", "has been". */
const PAST_WORDS = lazyPattern(() => /(?<![\p{L}\p{N}])(?:đã|was|were|has been|have been|had)(?![\p{L}\p{N}])/iu);

/** A paragraph's opening words up to its first comma ("Trong quý II,", "In the second quarter,"). */
const OPENING_WORDS = /^(?:(?:Trong|Sang|Đến|Vào|In|During) (?:the )?)?([^,.]{2,30}),/iu;
/** The opening names a part of a year first: a quarter or a month. */
const PART_FIRST = /^(?:quý|tháng|q[1-4]|quarter|january|february|march|april|may|june|july|august|september|october|november|december)(?![\p{L}\p{N}])/u;
const ORDINAL_QUARTER = /^(first|second|third|fourth) quarter/u;
const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };

/**
 * The role of a paragraph that opens with a quarter or a month ("Trong quý II, tỉnh tập trung…",
 * "Tháng 4, Sở…", "In the second quarter, the ministry will…"): `priorities` when that part comes
 * after the report's own of the same length (quý II in the news of the first quarter's review),
 * `results` when it is the report's or an earlier one; with no such period to compare with, as the
 * first sentence tells (see `resultOrPlan`). Undefined when the paragraph opens otherwise.
 */
function partOpening(text: string, context: RoleContext): 'results' | 'priorities' | undefined {
  const m = OPENING_WORDS.exec(text);
  if (!m) return undefined;
  const phrase = lowerAsCaseless(m[1]).replace(ORDINAL_QUARTER, (_, word: string) => `q${ORDINALS[word]}`);
  if (!PART_FIRST.test(phrase)) return undefined;
  const part = partOfYearIn(phrase);
  if (!part) return undefined;
  const period = context.period;
  if (period?.unit && unitOf(period.unit) === part.unit) {
    const reportYear = period.year !== undefined ? Number(period.year) : undefined;
    if (part.year !== undefined && reportYear !== undefined && part.year !== reportYear) return part.year > reportYear ? 'priorities' : 'results';
    return part.value > Number(period.value) ? 'priorities' : 'results';
  }
  return planOrDone(text.slice(m[0].length, m[0].length + 300).split(/[.!?;](?:\s|$)/u)[0], true);
}
