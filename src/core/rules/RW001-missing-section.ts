import { insertSectionEdit } from './insertSection';
import type { Rule } from './types';

export const missingSection: Rule = {
  id: 'RW001',
  name: 'missing-section',
  description: {
    en: 'A section the report kind requires is missing.',
    vi: 'Thiếu một phần mà loại báo cáo yêu cầu.',
  },
  defaultSeverity: 'warning',
  fixable: true,
  check({ doc, report }) {
    const kind = doc.kind;
    if (!kind) return;
    // A role is present as a heading's section, or as paragraphs its cues recognise (news reports).
    const present = new Set([...doc.roleSections.map((s) => s.role), ...doc.roleBlocks.map((b) => b.role)]);
    const line = doc.titleLine;
    for (const role of kind.roles) {
      if (!role.required || present.has(role.id)) continue;
      report({
        range: doc.lines.linesRange(line, line),
        message: {
          en: `The report has no "${role.name.en}" section (required in the kind "${kind.name.en}").`,
          vi: `Báo cáo thiếu phần "${role.name.vi}" (bắt buộc với loại "${kind.name.vi}").`,
        },
        fix: {
          title: { en: `Insert the "${role.heading.en}" section`, vi: `Chèn phần "${role.heading.vi}"` },
          edits: [insertSectionEdit(doc, role, doc.lang)],
        },
      });
    }
  },
};
