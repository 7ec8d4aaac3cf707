/**
 * Single-character tests for `\p{L}`, `\p{M}` and `\p{N}` that settle the common characters
 * without building a Unicode property class (V8 builds one from ICU on every start, the first
 * time an expression with it runs: one to two milliseconds each, which a command-line lint of a
 * small report pays on every run).
 *
 * Settled without the classes, by ranges whose every character has one answer in every Unicode
 * version since 6 (the tests compare each range with the classes over every code point): ASCII,
 * Latin-1 and Latin Extended-A/B, the Vietnamese letters of Latin Extended Additional, the
 * combining diacritics, general punctuation, arrows, mathematical and technical signs, box
 * drawing, shapes, dingbats without their numbers, and the emoji blocks. Every other character is
 * asked of the class itself, so the answers are always the class's own.
 */

/** The classes a character may be asked about, as bits: `\p{L}`, `\p{N}`, `\p{M}`. */
export const LETTER = 1;
export const NUMBER = 2;
export const MARK = 4;

/**
 * The classes of the code point `code` (LETTER | NUMBER | MARK bits, 0 for none) where the ranges
 * settle it, else -1. With `ignoreCase`, as a class under the `i` flag sees it: U+0345 (a mark
 * whose case partners are Greek iota) is left to the class.
 */
function settled(code: number, ignoreCase: boolean): number {
  if (code < 0x80) {
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) return LETTER;
    return code >= 0x30 && code <= 0x39 ? NUMBER : 0;
  }
  if (code < 0xa0) return 0;
  if (code < 0xc0) {
    // Latin-1's signs: ª µ º are letters, ² ³ ¹ ¼ ½ ¾ numbers.
    if (code === 0xaa || code === 0xb5 || code === 0xba) return LETTER;
    return code === 0xb2 || code === 0xb3 || code === 0xb9 || (code >= 0xbc && code <= 0xbe) ? NUMBER : 0;
  }
  if (code <= 0x24f) return code === 0xd7 || code === 0xf7 ? 0 : LETTER;
  if (code >= 0x300 && code <= 0x36f) return ignoreCase && code === 0x345 ? -1 : MARK;
  if (code >= 0x1e00 && code <= 0x1eff) return LETTER;
  if (code >= 0x2000 && code <= 0x206f) return 0;
  if (code >= 0x2190 && code <= 0x23ff) return 0;
  if (code >= 0x2500 && code <= 0x27bf) return code >= 0x2776 && code <= 0x2793 ? NUMBER : 0;
  if (code >= 0xd800 && code <= 0xdfff) return 0;
  if (code >= 0x1f300 && code <= 0x1faff) return 0;
  return -1;
}

/** The class patterns asked for what the ranges do not settle, by classes and case, built on first need. */
const fallbacks: Array<RegExp | undefined> = [];

function fallback(classes: number, ignoreCase: boolean): RegExp {
  const key = classes | (ignoreCase ? 8 : 0);
  const parts = `${classes & LETTER ? '\\p{L}' : ''}${classes & NUMBER ? '\\p{N}' : ''}${classes & MARK ? '\\p{M}' : ''}`;
  return (fallbacks[key] ??= new RegExp(`^[${parts}]$`, ignoreCase ? 'iu' : 'u'));
}

/**
 * Whether the code point `code` is in one of `classes` (LETTER | NUMBER | MARK bits), as
 * `/[\p{L}…]/u` (or `/iu` with `ignoreCase`) says of it. A lone surrogate is in none.
 */
export function inClasses(code: number, classes: number, ignoreCase = false): boolean {
  const known = settled(code, ignoreCase);
  if (known >= 0) return (known & classes) !== 0;
  return fallback(classes, ignoreCase).test(String.fromCodePoint(code));
}

/** The code point that starts at `index` of `text`; -1 at the end. */
function codePointAt(text: string, index: number): number {
  return index < text.length ? text.codePointAt(index)! : -1;
}

/** The code point that ends at `index` of `text` (a surrogate pair whole); -1 at the start. */
function codePointBefore(text: string, index: number): number {
  if (index <= 0) return -1;
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

/** Whether the character at `index` is in `classes`: what `(?=[\p{…}])` asks in a `u` pattern. False at the end. */
export function classAt(text: string, index: number, classes: number, ignoreCase = false): boolean {
  const code = codePointAt(text, index);
  return code >= 0 && inClasses(code, classes, ignoreCase);
}

/** Whether the character before `index` is in `classes`: what `(?<=[\p{…}])` asks in a `u` pattern. False at the start. */
export function classBefore(text: string, index: number, classes: number, ignoreCase = false): boolean {
  const code = codePointBefore(text, index);
  return code >= 0 && inClasses(code, classes, ignoreCase);
}

/** Whether any code point of `text` is in `classes` (as `/[\p{…}]/u.test(text)`). */
function anyIn(text: string, classes: number): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    if (inClasses(code, classes)) return true;
    if (code > 0xffff) i++;
  }
  return false;
}

/** How many code points of `text` are letters: `text.match(/\p{L}/gu)?.length ?? 0`. */
export function countLetters(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) count++;
      continue;
    }
    const point = text.codePointAt(i)!;
    if (inClasses(point, LETTER)) count++;
    if (point > 0xffff) i++;
  }
  return count;
}

/**
 * The letters the ranges settle (every one a letter of `\p{L}`: ASCII's, Latin-1's ª µ º and
 * its letters, Latin Extended-A/B, Latin Extended Additional with the Vietnamese letters).
 */
const SETTLED_LETTERS = /[A-Za-z\xAA\xB5\xBA\xC0-\xD6\xD8-\xF6\xF8-\u024F\u1E00-\u1EFF]+/g;
/**
 * A character the ranges above and the settled non-letters around them (ASCII, Latin-1's signs,
 * combining diacritics, general punctuation, arrows and technical signs, box drawing to
 * dingbats) leave open, or half of a surrogate pair.
 */
export const UNSETTLED = /[^\x00-\u024F\u0300-\u036F\u1E00-\u1EFF\u2000-\u206F\u2190-\u23FF\u2500-\u27BF]/;

/**
 * The runs of letters of `text`: `text.match(pattern()) ?? []` where `pattern` makes
 * `/\p{L}+/gu`. A text of characters the ranges settle (Vietnamese and English prose) is cut
 * by a pattern of those ranges, without the class; any other character leaves it to `pattern`,
 * made then.
 */
export function letterRuns(text: string, pattern: () => RegExp): string[] {
  return (UNSETTLED.test(text) ? text.match(pattern()) : text.match(SETTLED_LETTERS)) ?? [];
}

/** Whether `text` holds a letter: `/\p{L}/u.test(text)`. */
export function hasLetter(text: string): boolean {
  return anyIn(text, LETTER);
}

/** Whether `text` holds a letter or a digit: `/[\p{L}\p{N}]/u.test(text)`, without compiling the Unicode classes. */
export function hasLetterOrDigit(text: string): boolean {
  return anyIn(text, LETTER | NUMBER);
}

/** `/[\p{L}\p{N}]/u.test(char)`: for one character (a code unit or a code point; '' is false), or whether a text holds a letter or a digit. */
export function isLetterOrDigitChar(char: string): boolean {
  return anyIn(char, LETTER | NUMBER);
}

/** `/[\p{L}\p{M}]/u.test(char)` for one character (a code unit or a code point; '' is false). */
export function isLetterOrMarkChar(char: string): boolean {
  return anyIn(char, LETTER | MARK);
}

/**
 * `text.replace(pattern(), '')` where `pattern` makes `/^[^\p{L}\p{N}]+/u`: what stands before the
 * first letter or digit taken off. Characters the ranges settle are read here, and the first
 * letter or digit ends the run; any other character leaves the rest to the pattern, made then
 * (building its Unicode classes costs more than most lints' use of it).
 */
export function trimToLetterOrDigit(text: string, pattern: () => RegExp): string {
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    const known = settled(code, false);
    if (known < 0) return text.slice(i).replace(pattern(), '');
    if (known & (LETTER | NUMBER)) return text.slice(i);
    if (code > 0xffff) i++;
  }
  return '';
}
