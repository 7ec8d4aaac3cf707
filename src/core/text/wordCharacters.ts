import { VOWEL_CHARS } from './vietnamese';

/**
 * Single-character tests for `\p{L}`, `\p{M}` and `\p{N}` that settle the common characters
 * without building a Unicode property class (V8 builds one from ICU on every start, the first
 * time an expression with it runs, which costs a command-line lint noticeable time).
 *
 * Settled without the classes: ASCII (its letters A–Z, a–z are \p{L}, its digits \p{N}, nothing
 * else in it is either), đ Đ and the Vietnamese vowels with and without their marks (letters
 * in every Unicode version). Every other character is asked of the class itself, so the answers
 * are always the class's own.
 */
const KNOWN_LETTERS = new Set(`abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZđĐ${VOWEL_CHARS}`);

let letterOrDigit: RegExp | undefined;
let letterOrMark: RegExp | undefined;

/** The answer the known characters give, or undefined for a character the class must judge. */
function known(char: string, digitCounts: boolean): boolean | undefined {
  if (KNOWN_LETTERS.has(char)) return true;
  const code = char.charCodeAt(0);
  if (code < 0x80 && char.length === 1) return digitCounts && code >= 0x30 && code <= 0x39;
  return undefined;
}

/** `/[\p{L}\p{N}]/u.test(char)` for one character (a code unit or a code point; '' is false). */
export function isLetterOrDigitChar(char: string): boolean {
  if (char === '') return false;
  return known(char, true) ?? (letterOrDigit ??= /[\p{L}\p{N}]/u).test(char);
}

/** `/[\p{L}\p{M}]/u.test(char)` for one character (a code unit or a code point; '' is false). */
export function isLetterOrMarkChar(char: string): boolean {
  if (char === '') return false;
  return known(char, false) ?? (letterOrMark ??= /[\p{L}\p{M}]/u).test(char);
}

/**
 * `text.replace(pattern, '')` where `pattern` is `/^[^\p{L}\p{N}]+/u`: what stands before the
 * first letter or digit taken off. Leading ASCII symbols are taken off here and a known letter
 * or digit ends the run; any other character leaves the rest to the pattern.
 */
export function trimToLetterOrDigit(text: string, pattern: RegExp): string {
  for (let i = 0; i < text.length; i++) {
    const settled = known(text[i], true);
    if (settled === true) return text.slice(i);
    if (settled === undefined) return text.slice(i).replace(pattern, '');
  }
  return '';
}
