import { officialView } from './officialDoc';
import type { Rule } from './types';

/**
 * RW606: the body of an official document ends with "./." (the mark that nothing follows, as
 * Vietnamese administrative documents close their content, NĐ 30/2020/NĐ-CP Phụ lục I). The
 * fix adds it at the end of the last line of the body, unless that line is a heading.
 */
export const endMark: Rule = {
  id: 'RW606',
  name: 'end-mark',
  description: {
    en: 'The body of an official document does not end with "./.".',
    vi: 'Nội dung văn bản không kết thúc bằng dấu "./.".',
  },
  defaultSeverity: 'warning',
  fixable: true,
  check({ doc, report }) {
    const view = officialView(doc);
    if (!view) return;
    const { endMark, lastBodyLine } = view.parts;
    if (endMark || lastBodyLine === undefined) return;
    const text = doc.lines.line(lastBodyLine);
    // A heading (a section with nothing under it yet) takes no mark: the mark closes the last sentence, which the writer has yet to write.
    const onHeading = doc.headings.some((h) => lastBodyLine >= h.line && lastBodyLine <= h.endLine);
    // Before closing emphasis or a table's last pipe, after the sentence's own full stop.
    const tail = /[*_]*\s*\|?\s*$/.exec(text)!;
    let at = tail.index;
    while (at > 0 && /\s/.test(text[at - 1])) at--;
    // "…." keeps its full stop; a final ";" or "," gives way to the mark.
    const insert = text[at - 1] === '.' ? '/.' : './.';
    const from = /[;,]/.test(text[at - 1] ?? '') ? at - 1 : at;
    const range = { start: { line: lastBodyLine, character: from }, end: { line: lastBodyLine, character: at } };
    report({
      range: doc.lines.linesRange(lastBodyLine, lastBodyLine),
      message: {
        en: 'The body of an official document ends with "./." after its last sentence.',
        vi: 'Nội dung văn bản kết thúc bằng dấu "./." sau câu cuối cùng.',
      },
      fix: onHeading ? undefined : { title: { en: 'End with "./."', vi: 'Thêm "./." ở cuối' }, edits: [{ range, newText: insert }] },
    });
  },
};
