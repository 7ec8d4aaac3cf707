import { LineKind } from '../model/blocks';
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
    let last = doc.lastLine;
    while (last >= 0 && doc.lines.line(last).trim() === '') last--;
    const bodyStart = (doc.frontMatter?.endLine ?? -1) + 1;
    const lastText = last >= bodyStart ? doc.lines.line(last) : '';
    // A last line that is still a placeholder ("…") is RW306's to report.
    if (doc.prose.lineKind(last) === LineKind.prose && (isByline(lastText) || PLACEHOLDER.test(lastText))) return;
    const line = last >= bodyStart ? last : doc.titleLine;
    report({
      range: doc.lines.linesRange(line, line),
      message: {
        en: 'The news report does not end with a byline: put the writer\'s name on the last line, e.g. "Thảo Nguyên" or "Tin, ảnh: Trọng Lộc".',
        vi: 'Tin chưa có bút danh ở dòng cuối: ghi tên người viết ở dòng cuối cùng, ví dụ "Thảo Nguyên" hoặc "Tin, ảnh: Trọng Lộc".',
      },
    });
  },
};

/**
 * One to five capitalised words without a final period ("Thảo Nguyên", "TTXVN", "Nhóm PV"),
 * maybe after "Tin:", "Tin, ảnh:", "Bài và ảnh:", "Theo", "By" or a dash, maybe with an agency
 * in brackets; emphasis around it is allowed.
 */
const BYLINE =
  /^(?:(?:Tin|Bài|Ảnh|Tin và ảnh|Bài và ảnh|Text|Photos?|Story)(?:\s*(?:,|và|and)\s*(?:ảnh|photos?))?\s*:\s*|Theo\s+|By\s+|[—–-]\s*)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}(?:\s*\([^)]{1,40}\))?$/u;

/** A line that holds only a placeholder, after a list or quote marker. */
const PLACEHOLDER = /^[ \t>]*(?:[-*+][ \t]+)?(?:…|\.\.\.|\[(?:…|\.\.\.)\]|TODO|TBD)[ \t]*$/;

function isByline(line: string): boolean {
  const text = line.trim().replace(/^(?:[*_]{1,3})(.*?)(?:[*_]{1,3})$/u, '$1').trim();
  return text.length > 0 && text.length <= 80 && !text.startsWith('#') && BYLINE.test(text);
}
