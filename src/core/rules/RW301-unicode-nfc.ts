import { LineKind } from '../model/blocks';
import { characterScan } from './characterScan';
import type { ReportDocument } from '../model/document';
import type { Rule } from './types';

/** The front matter's fields a reader sees: the exported document's title, subject and author, and the summary. */
const SHOWN_FIELDS = ['title', 'subject', 'summary', 'author'];

/**
 * Where the shown fields' values are written, as [line, from, to) spans (0-based). A value over
 * several lines (a YAML block) gives its lines whole.
 */
function shownValues(doc: ReportDocument): Array<[number, number, number]> {
  const spans: Array<[number, number, number]> = [];
  for (const name of SHOWN_FIELDS) {
    const range = doc.frontMatter?.fields.get(name)?.valueRange;
    if (!range) continue;
    for (let line = range.start.line; line <= range.end.line; line++) {
      const from = line === range.start.line ? range.start.character : 0;
      const to = line === range.end.line ? range.end.character : Infinity;
      spans.push([line, from, to]);
    }
  }
  return spans;
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
    let shown: Array<[number, number, number]> | undefined;
    for (let line = 0; line <= doc.lastLine; line++) {
      // What a reader sees: the prose, and the front matter's title, subject, author and summary
      // (the exported document's). Code, HTML and the other fields (paths, slugs) are left as typed.
      const kind = doc.prose.lineKind(line);
      if (kind !== LineKind.prose && kind !== LineKind.frontMatter) continue;
      const text = lines.line(line);
      if (text.normalize('NFC') === text) continue;
      const fields = kind === LineKind.frontMatter ? (shown ??= shownValues(doc)).filter(([at]) => at === line) : undefined;
      if (fields?.length === 0) continue;
      // One finding per line, from the first to the last word that is not NFC.
      let from = -1;
      let to = -1;
      const offset = lines.starts[line];
      for (const m of text.matchAll(/\S+/g)) {
        const word = m[0];
        if (word.normalize('NFC') === word) continue;
        if (fields ? !fields.some(([, a, b]) => m.index >= a && m.index < b) : !doc.prose.isProseAt(offset + m.index)) continue;
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
