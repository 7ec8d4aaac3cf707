import { insertRoleEdit } from './insertSection';
import { documentNoun } from '../kinds/documentNoun';
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
    // A role is present when some part of the report plays it: a section (at any depth), a
    // question item, or paragraphs its cues or a label recognise. The views read the same list.
    const line = doc.titleLine;
    const noun = documentNoun(kind.id);
    for (const role of doc.missingRoles) {
      report({
        range: doc.lines.linesRange(line, line),
        message: {
          en: `${noun.en} has no "${role.name.en}" section (required in the kind "${kind.name.en}").`,
          vi: `${noun.vi} thiếu phần "${role.name.vi}" (bắt buộc với loại "${kind.name.vi}").`,
        },
        fix: (() => {
          const { edit, cursor, starter: inParagraphs } = insertRoleEdit(doc, role, doc.lang);
          const starter = inParagraphs ? role.starter : undefined;
          return {
            title: starter ? { en: `Insert a "${role.name.en}" paragraph ("${starter.en} …")`, vi: `Chèn đoạn "${role.name.vi}" ("${starter.vi} …")` } : { en: `Insert the "${role.heading.en}" section`, vi: `Chèn phần "${role.heading.vi}"` },
            edits: [edit],
            cursor,
          };
        })(),
      });
    }
  },
};
