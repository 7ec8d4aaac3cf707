import { isLetter, offsetRange } from './helpers';
import { documentNoun } from '../kinds/documentNoun';
import { templateLeftovers } from './templateLeftovers';
import { isFormBlank } from './formBlank';
import type { Rule } from './types';

export const placeholder: Rule = {
  id: 'RW306',
  name: 'placeholder',
  description: {
    en: 'A placeholder (TODO, TBD, "…", a snippet leftover) or a leftover of the template ("(NAME)", "YYYY-MM-DD", "Lorem ipsum", an instruction, an empty **Field:**) is still in the report.',
    vi: 'Báo cáo còn chỗ giữ chỗ chưa điền (TODO, TBD, "…", phần thừa của snippet) hoặc phần thừa của mẫu ("(NAME)", "YYYY-MM-DD", "Lorem ipsum", lời hướng dẫn, mục **Tên mục:** để trống).',
  },
  defaultSeverity: 'warning',
  fixable: false,
  check({ doc, report }) {
    const { text, lines } = doc;
    const noun = documentNoun(doc.kind?.id);
    // A cheap literal search finds candidates; each is then checked in its context.
    CANDIDATE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = CANDIDATE.exec(text))) {
      const start = m.index;
      let end = start + m[0].length;
      if (m[0] === '${') {
        const close = SNIPPET_STOP.exec(text.slice(start, start + 200));
        if (!close) continue;
        end = start + close[0].length;
      } else if (/^[A-Za-z]/.test(m[0])) {
        if (isWordCharacter(text[start - 1]) || isWordCharacter(text[end])) continue;
        // "xxx" in lower case is filler standing as a word of its own ("Công việc: xxx"), not part of
        // a name or a pattern ("cos-xxx images", "xxx(xxx)").
        if (m[0] === 'xxx' && !(FILLER_BEFORE.test(text[start - 1] ?? '') && FILLER_AFTER.test(text[end] ?? ''))) continue;
      } else {
        // "…", "..." or "[...]": a placeholder when it is all the line holds, or a form's blank ("số …").
        const { line } = lines.positionAt(start);
        if (!LONE.test(lines.line(line)) && !(m[0] !== '[…]' && m[0] !== '[...]' && isFormBlank(text, start, end))) continue;
        if (m[0] === '...' && text[start - 1] === '[') continue;
      }
      if (!doc.prose.isProseSpan(start, end)) continue;
      const written = text.slice(start, end);
      report({
        range: offsetRange(doc, start, end),
        message: {
          en: `Placeholder "${written}" is still in ${noun.en.replace(/^The /, 'the ')}: replace it with the real content.`,
          vi: `${noun.vi} còn chỗ giữ chỗ "${written}": hãy thay bằng nội dung thật.`,
        },
      });
    }
    for (const leftover of templateLeftovers(doc)) report({ range: offsetRange(doc, leftover.start, leftover.end), message: leftover.message });
  },
};

/** What may stand before and after lower-case "xxx" as filler: a space, the line's edge, a label's colon; a stop after it. */
const FILLER_BEFORE = /^(?:|[\s:])$/;
const FILLER_AFTER = /^(?:|[\s.,;:!?])$/;
const CANDIDATE = /TODO|TBD|FIXME|XXX|xxx|\$\{|\[(?:…|\.\.\.)\]|…|\.\.\./g;
/** A snippet tab stop left as text: ${1:…}, ${2}, ${NAME}. */
const SNIPPET_STOP = /^\$\{(?:\d+(?::[^}\n]*)?|[A-Z_]+)\}/;
/** A line with nothing but the placeholder (after a list or quote marker). */
export const LONE = /^[ \t>]*(?:(?:[-*+]|\d{1,3}[.)])[ \t]+)?(?:…|\.\.\.|\[(?:…|\.\.\.)\])[ \t]*$/;

/** A letter of any script (Vietnamese ones included), a digit or an underscore: "TODOđ" is not a marker. */
function isWordCharacter(char: string | undefined): boolean {
  return char !== undefined && (isLetter(char) || (char >= '0' && char <= '9') || char === '_');
}
