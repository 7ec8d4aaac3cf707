import type { ReportDocument } from '../model/document';
import { walkSections } from '../model/sections';
import { displayTitle, headingRange } from './helpers';
import { LONE } from './RW306-placeholder';
import type { Rule } from './types';

export const emptySection: Rule = {
  id: 'RW003',
  name: 'empty-section',
  description: {
    en: 'A section has a heading but no content.',
    vi: 'Một phần chỉ có tiêu đề, không có nội dung.',
  },
  defaultSeverity: 'warning',
  fixable: false,
  check({ doc, report }) {
    for (const section of walkSections(doc.sections)) {
      if (section.isTitle || section.children.length > 0) continue;
      const first = section.heading.endLine + 1;
      if (hasContent(doc, first, section.endLine)) continue;
      // A section holding only "…" is waiting to be written: the placeholder rule says so.
      if (holdsPlaceholder(doc, first, section.endLine)) continue;
      report({
        range: headingRange(doc, section),
        message: {
          en: `The section "${displayTitle(section)}" is empty.`,
          vi: `Phần "${displayTitle(section)}" chưa có nội dung.`,
        },
      });
    }
  },
};

const MIN_WORD_CHARACTERS = 3;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Whether lines [first, last] hold at least three letters or digits outside HTML comments. */
export function hasContent(doc: ReportDocument, first: number, last: number): boolean {
  if (first > last) return false;
  const text = doc.text;
  const end = doc.lines.ends[last];
  let count = 0;
  for (let i = doc.lines.starts[first]; i < end; i++) {
    if (text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', i + 4);
      if (close < 0 || close >= end) return count >= MIN_WORD_CHARACTERS;
      i = close + 2;
      continue;
    }
    if (WORD_CHARACTER.test(text[i]) && ++count >= MIN_WORD_CHARACTERS) return true;
  }
  return false;
}

function holdsPlaceholder(doc: ReportDocument, first: number, last: number): boolean {
  for (let line = first; line <= last; line++) if (LONE.test(doc.lines.line(line))) return true;
  return false;
}
