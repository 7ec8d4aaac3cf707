import type { ReportDocument } from '../model/document';
import type { Section } from '../model/sections';
import { displayTitle, headingRange, siblingGroups } from './helpers';
import type { Rule, TextEdit } from './types';

export const sectionOrder: Rule = {
  id: 'RW002',
  name: 'section-order',
  description: {
    en: 'Sections appear out of the order the report kind sets.',
    vi: 'Các phần không theo thứ tự mà loại báo cáo quy định.',
  },
  defaultSeverity: 'warning',
  fixable: true,
  check({ doc, report }) {
    const kind = doc.kind;
    if (!kind) return;
    const rank = (s: Section) => kind.roles.find((r) => r.id === s.role)!.order;
    for (const group of siblingGroups(doc)) {
      const roled = group.filter((s) => s.role);
      if (roled.length < 2) continue;
      const inOrder = longestOrderedRun(roled.map(rank));
      roled.forEach((section, i) => {
        if (inOrder.has(i)) return;
        const kept = roled.filter((_, j) => inOrder.has(j));
        const target = kept.find((s) => rank(s) > rank(section));
        const anchor = target ?? kept.filter((s) => rank(s) < rank(section)).pop()!;
        const roleName = (s: Section) => kind.roles[rank(s)].name;
        const where = target
          ? { en: `before "${displayTitle(target)}"`, vi: `trước "${displayTitle(target)}"` }
          : { en: `after "${displayTitle(anchor)}"`, vi: `sau "${displayTitle(anchor)}"` };
        report({
          range: headingRange(doc, section),
          message: {
            en: `"${displayTitle(section)}" (${roleName(section).en}) is out of order: a ${kind.name.en.toLowerCase()} puts it ${where.en}.`,
            vi: `"${displayTitle(section)}" (${roleName(section).vi}) sai thứ tự: loại ${kind.name.vi.toLowerCase()} đặt phần này ${where.vi}.`,
          },
          fix: {
            title: { en: `Move the section ${where.en}`, vi: `Chuyển phần này ${where.vi}` },
            edits: moveSection(doc, section, target ? { before: target } : { after: anchor }),
          },
        });
      });
    }
  },
};

/** Indexes of a longest non-decreasing subsequence: the sections that stay where they are. */
export function longestOrderedRun(values: number[]): Set<number> {
  const tails: number[] = [];
  const previous: number[] = new Array(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]] <= values[i]) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1];
    tails[lo] = i;
  }
  const kept = new Set<number>();
  for (let i = tails[tails.length - 1]; i >= 0; i = previous[i]) kept.add(i);
  return kept;
}

/** Two edits that move a section with its subsections; every line is kept. */
export function moveSection(doc: ReportDocument, section: Section, to: { before: Section } | { after: Section }): TextEdit[] {
  const { lines } = doc;
  const eol = lines.eol;
  const hasBreakAfter = (line: number) => line + 1 < lines.lineCount;
  const startOf = (line: number) => ({ line, character: 0 });
  const endOf = (line: number) => ({ line, character: lines.line(line).length });

  let block = lines.text.slice(lines.starts[section.startLine], lines.starts[section.endLine + 1] ?? lines.text.length);
  let remove;
  if (hasBreakAfter(section.endLine)) {
    remove = { start: startOf(section.startLine), end: startOf(section.endLine + 1) };
  } else {
    // The last section has no line break of its own: take the one before it instead.
    block += eol;
    remove = { start: endOf(section.startLine - 1), end: endOf(section.endLine) };
  }
  let insertAt;
  if ('before' in to) {
    insertAt = startOf(to.before.startLine);
  } else if (hasBreakAfter(to.after.endLine)) {
    insertAt = startOf(to.after.endLine + 1);
    // Keep a blank line between the section it follows and the moved heading.
    if (lines.line(to.after.endLine).trim() !== '') block = eol + block;
  } else {
    insertAt = endOf(to.after.endLine);
    block = eol + block.slice(0, block.length - eol.length);
  }
  return [
    { range: { start: insertAt, end: insertAt }, newText: block },
    { range: remove, newText: '' },
  ];
}
