import { normalizeTitle } from '../kinds/matchRole';
import type { Section } from '../model/sections';
import { displayTitle, headingRange, siblingGroups } from './helpers';
import type { Rule } from './types';

export const duplicateSection: Rule = {
  id: 'RW004',
  name: 'duplicate-section',
  description: {
    en: 'Two sibling sections play the same role.',
    vi: 'Hai phần cùng cấp có cùng vai trò.',
  },
  defaultSeverity: 'warning',
  fixable: false,
  check({ doc, report }) {
    const kind = doc.kind;
    if (!kind) return;
    for (const group of siblingGroups(doc)) {
      const first = new Map<string, Section>();
      for (const section of group) {
        if (!section.role) continue;
        const earlier = first.get(section.role);
        if (!earlier) {
          first.set(section.role, section);
          continue;
        }
        // A record kept in any order (minutes, a post-mortem) may put one role under several
        // headings of its own ("What went well", "What went wrong"): only a title given twice counts.
        if (!kind.ordered && normalizeTitle(earlier.heading.title) !== normalizeTitle(section.heading.title)) continue;
        const role = kind.roles.find((r) => r.id === section.role)!;
        const line = earlier.heading.line + 1;
        report({
          range: headingRange(doc, section),
          message: {
            en: `"${displayTitle(section)}" repeats the ${role.name.en.toLowerCase()} role of "${displayTitle(earlier)}" (line ${line}); merge them or rename one.`,
            vi: `"${displayTitle(section)}" trùng vai trò "${role.name.vi}" với "${displayTitle(earlier)}" (dòng ${line}); hãy gộp hoặc đổi tên một phần.`,
          },
        });
      }
    }
  },
};
