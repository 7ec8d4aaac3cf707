import { DEFAULT_KINDS } from '../kinds/registry';
import type { Rule } from './types';

export const unknownKind: Rule = {
  id: 'RW005',
  name: 'unknown-kind',
  description: {
    en: 'The front matter names a report kind that does not exist.',
    vi: 'Phần đầu (front matter) ghi một loại báo cáo không tồn tại.',
  },
  defaultSeverity: 'error',
  fixable: true,
  check({ doc, report }) {
    const fm = doc.frontMatter;
    if (doc.kind || doc.reportReason !== 'front-matter' || !fm || fm.malformed) return;
    const field = fm.fields.get('kind');
    const kinds = doc.options.kinds ?? DEFAULT_KINDS;
    const known = kinds.ids.join(', ');
    const value = doc.declaredKind ?? '';
    if (!value.trim()) {
      const range = field?.keyRange ?? doc.lines.linesRange(0, 0);
      report({
        range,
        message: {
          en: `The front matter's "kind" is empty. Known kinds: ${known}.`,
          vi: `Trường "kind" trong front matter đang trống. Các loại đã biết: ${known}.`,
        },
      });
      return;
    }
    const range = field?.valueRange ?? field?.keyRange ?? doc.lines.linesRange(0, 0);
    const suggestion = kinds.closestId(value);
    const written = doc.text.slice(doc.lines.offsetAt(range.start), doc.lines.offsetAt(range.end));
    const quote = /^["']/.test(written) ? written[0] : '';
    report({
      range,
      message: {
        en: `Unknown report kind "${value}"${suggestion ? `; did you mean "${suggestion}"?` : '.'} Known kinds: ${known}.`,
        vi: `Không có loại báo cáo "${value}"${suggestion ? `; có phải ý bạn là "${suggestion}"?` : '.'} Các loại đã biết: ${known}.`,
      },
      fix:
        suggestion && field?.valueRange
          ? {
              title: { en: `Change the kind to "${suggestion}"`, vi: `Đổi loại thành "${suggestion}"` },
              edits: [{ range, newText: quote + suggestion + quote }],
            }
          : undefined,
    });
  },
};
