import type { Section } from '../model/sections';
import type { Range } from '../text/lineIndex';
import { bounded } from '../text/gatedPattern';
import type { Rule, RuleContext } from './types';

export const periodMismatch: Rule = {
  id: 'RW201',
  name: 'period-mismatch',
  description: {
    en: 'With "period: N" in the front matter, a results heading names a year other than N, or a priorities heading a year other than N+1.',
    vi: 'Khi phần đầu có "period: N", tiêu đề phần kết quả ghi năm khác N, hoặc tiêu đề phần phương hướng ghi năm khác N+1.',
  },
  defaultSeverity: 'warning',
  fixable: true,
  check(context) {
    const period = context.doc.period;
    if (period === undefined) return;
    for (const section of context.doc.roleSections) {
      if (section.role === 'results') checkYear(context, section, period, 'results');
      else if (section.role === 'priorities') checkYear(context, section, period + 1, 'priorities');
    }
  },
};

/** A year, or a span of years ("2021–2025", "năm học 2023-2024"). */
const YEARS = bounded(/((?:19|20)\d{2})(?:\s*[-–—/]\s*((?:19|20)\d{2}))?/u, { before: 'LN', after: 'LN' });

function checkYear({ doc, report }: RuleContext, section: Section, expected: number, part: 'results' | 'priorities'): void {
  const { heading } = section;
  const line = doc.lines.line(heading.line);
  const years = [...YEARS.matches(line)];
  if (years.length === 0) return;
  // A heading that names the right year may name others to compare with ("so với năm 2022").
  const covers = (m: RegExpMatchArray) => {
    const from = Number(m[1]);
    const to = m[2] ? Number(m[2]) : from;
    return expected >= from && expected <= to;
  };
  if (years.some(covers)) return;
  const wrong = years[0];
  if (wrong[2]) return; // a span that misses the period is a different report, not a typo to fix
  const at = wrong.index!;
  const range: Range = { start: { line: heading.line, character: at }, end: { line: heading.line, character: at + 4 } };
  const label = part === 'results' ? { en: 'results', vi: 'kết quả' } : { en: 'priorities', vi: 'phương hướng, nhiệm vụ' };
  const why = part === 'results' ? { en: `the report covers ${expected}`, vi: `báo cáo cho năm ${expected}` } : { en: `the report covers ${expected - 1}, so its priorities are for ${expected}`, vi: `báo cáo cho năm ${expected - 1} nên phương hướng là cho năm ${expected}` };
  report({
    range,
    message: {
      en: `The ${label.en} heading names the year ${wrong[1]}, but ${why.en} ("period: ${doc.period}").`,
      vi: `Tiêu đề phần ${label.vi} ghi năm ${wrong[1]}, nhưng ${why.vi} ("period: ${doc.period}").`,
    },
    fix: { title: { en: `Write ${expected}`, vi: `Sửa thành ${expected}` }, edits: [{ range, newText: String(expected) }] },
  });
}
