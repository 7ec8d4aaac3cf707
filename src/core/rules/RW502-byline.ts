import { LineKind } from '../model/blocks';
import { closingByline, isByline, lastTextLine } from '../model/byline';
import type { Rule } from './types';

export const byline: Rule = {
  id: 'RW502',
  name: 'byline',
  description: {
    en: 'A meeting news report does not end with a byline (the writer\'s name on the last line).',
    vi: 'Tin hội nghị không kết thúc bằng bút danh, tên tác giả ở dòng cuối.',
  },
  defaultSeverity: 'warning',
  fixable: false,
  check({ doc, report }) {
    if (doc.kind?.id !== 'meeting-news') return;
    // The byline the report's parts show (an HTML paragraph of a CMS export included).
    if (closingByline(doc)) return;
    const last = lastTextLine(doc);
    const lastText = last >= 0 ? doc.lines.line(last) : '';
    // A last line that is still a placeholder ("…") is RW306's to report.
    if (last >= 0 && doc.prose.lineKind(last) === LineKind.prose && (isByline(lastText) || PLACEHOLDER.test(lastText))) return;
    const line = last >= 0 ? last : doc.titleLine;
    report({
      range: doc.lines.linesRange(line, line),
      message: {
        en: 'The news report does not end with a byline: put the writer\'s name on the last line, e.g. "Thảo Nguyên" or "Tin, ảnh: Trọng Lộc".',
        vi: 'Tin chưa có bút danh ở dòng cuối: ghi tên người viết ở dòng cuối cùng, ví dụ "Thảo Nguyên" hoặc "Tin, ảnh: Trọng Lộc".',
      },
    });
  },
};

/** A line that holds only a placeholder, after a list or quote marker. */
const PLACEHOLDER = /^[ \t>]*(?:[-*+][ \t]+)?(?:…|\.\.\.|\[(?:…|\.\.\.)\]|TODO|TBD)[ \t]*$/;
