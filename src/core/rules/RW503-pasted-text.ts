import { pastedSigns, tidyPastedLines } from '../text/tidyPasted';
import type { Rule } from './types';

/**
 * RW503: a paragraph holds text pasted from a web page or Word as it came: lines that each read
 * as a paragraph, lone "|" fence lines around a caption, non-breaking spaces as indentation.
 * Rendered, it is one block with literal "|"; read, its roles run together. The fix splits it
 * into its paragraphs, makes the fenced line a caption in italics and drops the fences (the
 * same as the command "Reportwright: Tidy Pasted Text" and `lint --fix`).
 */
export const pastedText: Rule = {
  id: 'RW503',
  name: 'pasted-text',
  description: {
    en: 'Text pasted from the web or Word: paragraphs run together, "|" fences, non-breaking spaces as indentation.',
    vi: 'Văn bản dán từ trang web hoặc Word: các đoạn dính liền, dòng "|" bao quanh, dấu cách không ngắt dùng để thụt đầu dòng.',
  },
  defaultSeverity: 'warning',
  fixable: true,
  check({ doc, report }) {
    for (const p of doc.paragraphs) {
      if (p.container === 'quote' || p.container === 'list' || p.endLine === p.startLine) continue;
      const lines: string[] = [];
      for (let l = p.startLine; l <= p.endLine; l++) lines.push(doc.lines.line(l));
      const signs = pastedSigns(lines);
      if (!signs) continue;
      const parts: Array<{ en: string; vi: string }> = [];
      if (signs.paragraphBreaks) parts.push({ en: `${signs.paragraphBreaks + 1} paragraphs run together`, vi: `${signs.paragraphBreaks + 1} đoạn văn dính liền nhau` });
      if (signs.fences) parts.push({ en: `${signs.fences} "|" fence line${signs.fences === 1 ? '' : 's'}`, vi: `${signs.fences} dòng "|"` });
      if (signs.nbspIndents) parts.push({ en: 'non-breaking spaces as indentation', vi: 'dấu cách không ngắt dùng để thụt đầu dòng' });
      const end = doc.lines.line(p.endLine).length;
      report({
        // The whole paragraph: the fix rewrites all of it.
        range: doc.lines.linesRange(p.startLine, p.endLine),
        message: {
          en: `Text pasted as it came from a web page or Word: ${parts.map((x) => x.en).join(', ')}. It renders and reads as one block.`,
          vi: `Văn bản dán nguyên từ trang web hoặc Word: ${parts.map((x) => x.vi).join(', ')}. Khi hiển thị và khi đọc, tất cả thành một khối.`,
        },
        fix: {
          title: { en: 'Tidy the pasted text (one paragraph a line, the caption in italics, no "|")', vi: 'Dọn văn bản dán (mỗi dòng một đoạn, chú thích ảnh in nghiêng, bỏ "|")' },
          edits: [{ range: { start: { line: p.startLine, character: 0 }, end: { line: p.endLine, character: end } }, newText: tidyPastedLines(lines, doc.lines.eol) }],
        },
      });
    }
  },
};
