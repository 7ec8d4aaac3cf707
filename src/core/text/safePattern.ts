import type { RE2JS } from 're2js';
import { re2 } from '../libraries';
import type { Localized } from '../i18n';

/** The longest pattern a workspace file may give, in UTF-16 code units. */
export const MAX_PATTERN_LENGTH = 500;
/** The most patterns one workspace file may give (cues over all its roles). */
export const MAX_PATTERNS = 1000;

/** A pattern from a workspace, ready to test text against in time linear in the text. */
export interface SafePattern {
  readonly source: string;
  /** True when the pattern matches somewhere in the text (anchor it with `^` to test a start). */
  test(text: string): boolean;
}

export type CompiledPattern = { pattern: SafePattern; refused?: undefined } | { pattern?: undefined; refused: Localized };

/**
 * Compiles a regular expression that comes from a workspace (a kind file's cues): such a file
 * is data from whoever wrote the folder, so its patterns must never cost more than linear time.
 * They run on re2js, an automaton engine without backtracking: `(a+)+$` costs what `a+$` does.
 * What RE2 cannot run in linear time (back-references, lookaround) and patterns longer than
 * MAX_PATTERN_LENGTH are refused, with the reason in words. `flags` takes `i` (ignore case),
 * `m` (multi-line), `s` (dot matches newline); `u` is accepted and always on (RE2 matches code
 * points). Built-in kinds' patterns are the project's own and may stay JavaScript RegExps.
 */
export function compileWorkspacePattern(source: string, flags = ''): CompiledPattern {
  if (typeof source !== 'string') return { refused: { en: 'a pattern must be text', vi: 'mẫu phải là chuỗi ký tự' } };
  if (source.length > MAX_PATTERN_LENGTH) {
    return {
      refused: {
        en: `the pattern is ${source.length} characters long, over the limit of ${MAX_PATTERN_LENGTH}; it is not used`,
        vi: `mẫu dài ${source.length} ký tự, quá giới hạn ${MAX_PATTERN_LENGTH}; mẫu không được dùng`,
      },
    };
  }
  const { RE2JS } = re2();
  let options = 0;
  if (flags.includes('i')) options |= RE2JS.CASE_INSENSITIVE;
  if (flags.includes('m')) options |= RE2JS.MULTILINE;
  if (flags.includes('s')) options |= RE2JS.DOTALL;
  try {
    // Only compiled, never run: tells a mistyped pattern from one the linear engine cannot take.
    new RegExp(source, 'u');
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { refused: { en: `this is not a valid regular expression: ${why}`, vi: `đây không phải biểu thức chính quy hợp lệ: ${why}` } };
  }
  let compiled: RE2JS;
  try {
    compiled = RE2JS.compile(source, options);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return {
      refused: {
        en: `this pattern cannot be used (${why}); workspace patterns run on a linear-time engine without back-references or lookaround`,
        vi: `không dùng được mẫu này (${why}); mẫu của thư mục làm việc chạy trên bộ máy thời gian tuyến tính, không có tham chiếu ngược hay nhìn trước/nhìn sau`,
      },
    };
  }
  return { pattern: { source, test: (text: string) => compiled.matcher(text).find() } };
}
