import type { ReportDocument } from '../model/document';
import type { Section } from '../model/sections';
import { walkSections } from '../model/sections';
import { readsAsParagraph } from '../model/documentText';
import { displayTitle } from './helpers';
import type { Rule, TextEdit } from './types';

/**
 * RW008: a section is marked the way converted text marks it, not as Markdown does. A wholly
 * bold or all-caps numbered line alone in its paragraph ("**I. ĐÁNH GIÁ CHUNG**") is read as a
 * heading; the fix makes it one ("## I. ĐÁNH GIÁ CHUNG"), at the level its numbering gives it
 * among its siblings, keeping every character of its text. A heading that reads as a paragraph
 * (a scraped teaser of 250 characters ending in "…", or a sentence with "---" right under it,
 * which the writer meant as a rule) is not a section; the fix makes it a paragraph again (a
 * blank line between a setext heading and its underline, which then stands as a rule).
 */
export const headingMarkup: Rule = {
  id: 'RW008',
  name: 'heading-markup',
  description: {
    en: 'A section marked as converted text marks it (a bold or all-caps line, a line numbered after an icon), or a paragraph marked as a heading.',
    vi: 'Một phần được đánh dấu theo kiểu văn bản chuyển đổi (dòng in đậm hoặc viết hoa, dòng đánh số sau một biểu tượng), hoặc một đoạn văn bị đánh dấu là tiêu đề.',
  },
  defaultSeverity: 'info',
  fixable: true,
  check({ doc, report }) {
    for (const section of walkSections(doc.sections)) {
      if (!section.heading.pseudo) continue;
      const title = displayTitle(section);
      const level = headingLevel(section);
      report({
        range: doc.lines.linesRange(section.heading.line, section.heading.line),
        message: {
          en: `"${title}" is a line standing for a heading (bold, in capitals, or numbered after an icon): make it a Markdown heading, so that the outline, the exports and other tools see it.`,
          vi: `"${title}" là dòng thay cho tiêu đề (in đậm, viết hoa, hoặc đánh số sau một biểu tượng): hãy đổi thành tiêu đề Markdown để mục lục, bản xuất và các công cụ khác nhận ra.`,
        },
        // In an HTML body the line holds markup, maybe other paragraphs: nothing is rewritten there.
        fix: doc.lines.line(section.heading.line).trimStart().startsWith('<')
          ? undefined
          : { title: { en: `Make "${title}" a level-${level} heading`, vi: `Đổi "${title}" thành tiêu đề cấp ${level}` }, edits: [toHeadingEdit(doc, section)] },
      });
    }
    for (const block of doc.paragraphHeadings) {
      const edits = toParagraphEdits(doc, block.startLine, block.endLine, block.setext);
      // A short sentence is a heading only because "---" stands right under it: the writer drew a rule.
      const ruled = !readsAsParagraph(block.content);
      report({
        range: doc.lines.linesRange(block.startLine, block.startLine),
        message: ruled
          ? {
              en: 'The "---" right under this sentence makes it a heading, not a paragraph followed by a rule: leave a blank line before "---". It is not taken for a section.',
              vi: 'Dòng "---" ngay dưới câu này biến câu thành tiêu đề, chứ không phải một đoạn văn và đường kẻ ngang: hãy để một dòng trống trước "---". Câu này không được coi là một phần của báo cáo.',
            }
          : {
              en: 'This heading reads as a paragraph (it is long and ends like a sentence): it is not taken for a section.',
              vi: 'Tiêu đề này thực ra là một đoạn văn (dài và kết thúc như một câu): không được coi là một phần của báo cáo.',
            },
        fix: edits.length ? { title: { en: 'Make it a paragraph (its underline stays as a rule)', vi: 'Đổi thành đoạn văn (dòng gạch dưới thành đường kẻ ngang)' }, edits } : undefined,
      });
    }
  },
};

/** The bold line becomes "## " + its text: the emphasis markers go, every other character stays. */
function toHeadingEdit(doc: ReportDocument, section: Section): TextEdit {
  const line = section.heading.line;
  const text = doc.lines.line(line);
  const start = section.heading.textColumn;
  const inner = section.heading.text;
  return {
    range: { start: { line, character: 0 }, end: { line, character: text.length } },
    newText: `${'#'.repeat(headingLevel(section))} ${text.slice(start, start + inner.length).trim()}`,
  };
}

/**
 * The level the fix writes: the pseudo-heading's own, but a section below the title is never a
 * level-1 heading, which Markdown tools would take for the report's title.
 */
function headingLevel(section: Section): number {
  return section.isTitle ? 1 : Math.max(2, section.heading.level);
}

/**
 * A setext heading becomes a paragraph when a blank line parts it from its underline (which then
 * stands as a rule); no character is removed. An ATX heading keeps its marks: no fix is offered.
 */
function toParagraphEdits(doc: ReportDocument, _startLine: number, endLine: number, setext: boolean): TextEdit[] {
  if (!setext) return [];
  const at = { line: endLine, character: 0 };
  return [{ range: { start: at, end: at }, newText: doc.lines.eol }];
}
