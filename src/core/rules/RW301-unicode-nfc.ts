import { LineKind } from '../model/blocks';
import { characterScan } from './characterScan';
import type { Rule } from './types';

/**
 * Whether the word at `at` of a line of `kind` is text a reader sees: all of the front matter;
 * in an HTML block, what stands outside a tag on its line; elsewhere, the prose (not code spans
 * or link targets).
 */
function seen(kind: LineKind, text: string, at: number, offset: number, doc: { prose: { isProseAt(offset: number): boolean } }): boolean {
  if (kind === LineKind.frontMatter) return true;
  if (kind === LineKind.html) return text.lastIndexOf('<', at) <= text.lastIndexOf('>', at);
  return doc.prose.isProseAt(offset + at);
}

export const unicodeNfc: Rule = {
  id: 'RW301',
  name: 'unicode-nfc',
  description: {
    en: 'Text uses combining diacritics instead of precomposed letters (not Unicode NFC).',
    vi: 'Văn bản dùng dấu tổ hợp thay vì chữ dựng sẵn (không ở dạng Unicode NFC).',
  },
  defaultSeverity: 'warning',
  fixable: true,
  check({ doc, report }) {
    // The shared character walk says whether the text holds anything NFC could change; only then
    // is the whole text normalized (a copy of the text, a few milliseconds on 1 MB).
    if (!characterScan(doc).mayNotBeNfc || doc.text.normalize('NFC') === doc.text) return;
    const { lines } = doc;
    for (let line = 0; line <= doc.lastLine; line++) {
      // What a reader sees: prose, the text of HTML blocks (a centred cover, a caption), and the
      // front matter, whose title and summary are the exported document's. Code is left as typed.
      const kind = doc.prose.lineKind(line);
      if (kind === LineKind.code) continue;
      const text = lines.line(line);
      if (text.normalize('NFC') === text) continue;
      // One finding per line, from the first to the last word that is not NFC (a tag is not a word).
      let from = -1;
      let to = -1;
      const offset = lines.starts[line];
      for (const m of text.matchAll(/[^\s<>]+/g)) {
        const word = m[0];
        if (word.normalize('NFC') === word || !seen(kind, text, m.index, offset, doc)) continue;
        if (from < 0) from = m.index;
        to = m.index + word.length;
      }
      if (from < 0) continue;
      const written = text.slice(from, to);
      const fixed = written.normalize('NFC');
      const sample = fixed.length > 40 ? fixed.slice(0, 40) + '…' : fixed;
      report({
        range: { start: { line, character: from }, end: { line, character: to } },
        message: {
          en: `"${sample}" is typed with combining diacritics (not Unicode NFC): it looks right but breaks search, sorting and spell checking.`,
          vi: `"${sample}" được gõ bằng dấu tổ hợp (không phải Unicode NFC): trông giống nhưng làm hỏng tìm kiếm, sắp xếp và kiểm tra chính tả.`,
        },
        fix: {
          title: { en: 'Convert to precomposed letters (NFC)', vi: 'Chuyển sang chữ dựng sẵn (NFC)' },
          edits: [{ range: { start: { line, character: from }, end: { line, character: to } }, newText: fixed }],
        },
      });
    }
  },
};
