import type { Section } from '../model/sections';
import type { Range } from '../text/lineIndex';
import { bounded } from '../text/gatedPattern';
import type { Rule, RuleContext } from './types';
import { describePeriod, nextPeriod, periodYears, type ReportPeriod } from '../model/reportPeriod';

export const periodMismatch: Rule = {
  id: 'RW201',
  name: 'period-mismatch',
  description: {
    en: 'With "period:" in the front matter, a results heading names a year other than the period\'s, or a priorities heading a year other than the next period\'s (N+1 for the year N).',
    vi: 'Khi phần đầu có "period:", tiêu đề phần kết quả ghi năm khác năm của kỳ báo cáo, hoặc tiêu đề phần phương hướng ghi năm khác năm của kỳ sau (N+1 với năm N).',
  },
  defaultSeverity: 'warning',
  fixable: true,
  check(context) {
    const period = context.doc.period;
    if (period === undefined) return;
    for (const section of context.doc.roleSections) {
      if (section.role === 'results') checkYear(context, section, period, 'results');
      else if (section.role === 'priorities') checkYear(context, section, period, 'priorities');
    }
  },
};

/** A year, or a span of years ("2021–2025", "năm học 2023-2024"). */
const YEARS = bounded(/((?:19|20)\d{2})(?:\s*[-–—/]\s*((?:19|20)\d{2}))?/u, { before: 'LN', after: 'LN' });

/**
 * Reports the first year `section`'s heading names when none is the year its part is about: the
 * period's own for the results, the next period's for the priorities (the next year's for a
 * year; for a month, quarter, half or week, the year the next one falls in: December 2026's
 * priorities are for 2027).
 */
function checkYear({ doc, report }: RuleContext, section: Section, period: ReportPeriod, part: 'results' | 'priorities'): void {
  const about = part === 'results' ? period : nextPeriod(period);
  const expected = about.year;
  // A week over the year's end is of both years ("Dec 28 – Jan 3, 2027" in week 53 of 2026).
  const accepted = periodYears(about);
  const { heading } = section;
  const line = doc.lines.line(heading.line);
  const years = [...YEARS.matches(line)];
  if (years.length === 0) return;
  // A heading that names the right year may name others to compare with ("so với năm 2022").
  const covers = (m: RegExpMatchArray) => {
    const from = Number(m[1]);
    const to = m[2] ? Number(m[2]) : from;
    return accepted.some((year) => year >= from && year <= to);
  };
  if (years.some(covers)) return;
  const wrong = years[0];
  if (wrong[2]) return; // a span that misses the period is a different report, not a typo to fix
  const at = wrong.index!;
  const range: Range = { start: { line: heading.line, character: at }, end: { line: heading.line, character: at + 4 } };
  const label = part === 'results' ? { en: 'results', vi: 'kết quả' } : { en: 'priorities', vi: 'phương hướng, nhiệm vụ' };
  const own = describePeriod(period);
  const next = describePeriod(about);
  const why = part === 'results' ? { en: `the report covers ${own.en}`, vi: `báo cáo cho ${own.vi}` } : { en: `the report covers ${own.en}, so its priorities are for ${next.en}`, vi: `báo cáo cho ${own.vi} nên phương hướng là cho ${next.vi}` };
  report({
    range,
    message: {
      en: `The ${label.en} heading names the year ${wrong[1]}, but ${why.en} ("period: ${period.written}").`,
      vi: `Tiêu đề phần ${label.vi} ghi năm ${wrong[1]}, nhưng ${why.vi} ("period: ${period.written}").`,
    },
    fix: { title: { en: `Write ${expected}`, vi: `Sửa thành ${expected}` }, edits: [{ range, newText: String(expected) }] },
  });
}
