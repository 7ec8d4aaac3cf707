import { sectionStats } from '../model/stats';
import { displayTitle, headingRange } from './helpers';
import type { Rule } from './types';

export const sectionLength: Rule = {
  id: 'RW007',
  name: 'section-length',
  description: {
    en: 'A section is shorter or longer than its report kind allows (words, list items).',
    vi: 'Một phần ngắn hơn hoặc dài hơn mức loại báo cáo cho phép (số từ, số mục).',
  },
  defaultSeverity: 'warning',
  fixable: false,
  check({ doc, report }) {
    const kind = doc.kind;
    if (!kind) return;
    for (const section of doc.roleSections) {
      const role = kind.roles.find((r) => r.id === section.role)!;
      if (role.minWords === undefined && role.maxWords === undefined && role.maxItems === undefined) continue;
      const { words, items } = sectionStats(doc, section);
      const title = displayTitle(section);
      const enWords = `${words} word${words === 1 ? '' : 's'}`;
      const range = headingRange(doc, section);
      // An empty section is the empty-section rule's finding, not a short one.
      if (role.minWords !== undefined && words > 0 && words < role.minWords) {
        report({
          range,
          message: {
            en: `"${title}" has ${enWords}; the kind "${kind.name.en}" expects at least ${role.minWords}.`,
            vi: `"${title}" có ${words} từ; loại "${kind.name.vi}" cần ít nhất ${role.minWords} từ.`,
          },
        });
      }
      if (role.maxWords !== undefined && words > role.maxWords) {
        report({
          range,
          message: {
            en: `"${title}" has ${enWords}; the kind "${kind.name.en}" keeps it to ${role.maxWords}.`,
            vi: `"${title}" có ${words} từ; loại "${kind.name.vi}" giới hạn ở ${role.maxWords} từ.`,
          },
        });
      }
      if (role.maxItems !== undefined && items > role.maxItems) {
        report({
          range,
          message: {
            en: `"${title}" lists ${items} items; the kind "${kind.name.en}" keeps it to ${role.maxItems}: pick the ones that matter most.`,
            vi: `"${title}" liệt kê ${items} mục; loại "${kind.name.vi}" giới hạn ở ${role.maxItems} mục: hãy chọn những mục quan trọng nhất.`,
          },
        });
      }
    }
  },
};
