import { DEFAULT_KINDS } from '../kinds/registry';
import type { ReportDocument } from '../model/document';
import type { Rule, RuleReport } from './types';

export const unknownKind: Rule = {
  id: 'RW005',
  name: 'unknown-kind',
  description: {
    en: 'The front matter, or the configuration\'s reportFiles, names a report kind that does not exist.',
    vi: 'Phần đầu (front matter), hoặc reportFiles trong cấu hình, ghi một loại báo cáo không tồn tại.',
  },
  defaultSeverity: 'error',
  fixable: true,
  check({ doc, report }) {
    if (!doc.kind && doc.reportReason === 'glob' && doc.configKind) return configKind(doc, report);
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

/**
 * A configuration's `reportFiles` gives the file a kind that does not exist: said at the report's
 * first line (the configuration is another file), with the kind it may have meant. No fix: the
 * edit belongs in the configuration.
 */
function configKind(doc: ReportDocument, report: (finding: RuleReport) => void): void {
  const { kind: value, written: glob, source } = doc.configKind!;
  const kinds = doc.options.kinds ?? DEFAULT_KINDS;
  const suggestion = kinds.closestId(value);
  const file = source ?? '.reportwright.yaml';
  report({
    range: doc.lines.linesRange(0, 0),
    message: {
      en: `${file} gives this file ("${glob}" in reportFiles) the kind "${value}", which does not exist${suggestion ? `; did you mean "${suggestion}"?` : '.'} Known kinds: ${kinds.ids.join(', ')}, or auto.`,
      vi: `${file} ghi cho tệp này ("${glob}" trong reportFiles) loại "${value}", loại này không tồn tại${suggestion ? `; có phải ý bạn là "${suggestion}"?` : '.'} Các loại đã biết: ${kinds.ids.join(', ')}, hoặc auto.`,
    },
  });
}
