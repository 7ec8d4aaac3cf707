import { offsetRange, proseMatches } from './helpers';
import type { Rule } from './types';

export const placeholder: Rule = {
  id: 'RW306',
  name: 'placeholder',
  description: {
    en: 'A placeholder (TODO, TBD, "…", a snippet leftover) is still in the report.',
    vi: 'Báo cáo còn chỗ giữ chỗ chưa điền (TODO, TBD, "…", phần thừa của snippet).',
  },
  defaultSeverity: 'warning',
  fixable: false,
  check({ doc, report }) {
    for (const m of proseMatches(doc, PLACEHOLDER)) {
      const written = (m[1] ?? m[0]).trim();
      const start = m[1] !== undefined ? m.index + m[0].indexOf(m[1]) : m.index;
      report({
        range: offsetRange(doc, start, start + written.length),
        message: {
          en: `Placeholder "${written}" is still in the report: replace it with the real content.`,
          vi: `Báo cáo còn chỗ giữ chỗ "${written}": hãy thay bằng nội dung thật.`,
        },
      });
    }
  },
};

// Marker words; snippet tab stops left as text (${1:…}, ${NAME}); and a line holding only
// "…", "..." or "[...]" (after a list or quote marker).
const PLACEHOLDER =
  /\b(?:TODO|TBD|FIXME|XXX)\b|\$\{(?:\d+(?::[^}\n]*)?|[A-Z_]+)\}|^[ \t>]*(?:(?:[-*+]|\d{1,3}[.)])[ \t]+)?(…|\.\.\.|\[(?:…|\.\.\.)\])[ \t]*$/gm;
