import { TONED_CHARS, VOWEL_CHARS } from '../text/vietnamese';
import { lookalikes } from '../text/confusables';

/**
 * The character classes of the shared character walk (characterScan.ts): a flag word for each
 * UTF-16 code unit, and each code unit's lower case. They are built from Unicode's data
 * (`\p{L}`, `\p{M}`, case mappings, the confusables of UTS #39) by `buildClasses` and
 * `buildLower`, and shipped precomputed in characterTables.generated.ts, so that a lint does not
 * rebuild them on every start (`npx tsx scripts/character-tables.ts` writes that file again;
 * a unit test checks that it matches these builders).
 */

export const LETTER = 1;
export const VOWEL = 2;
export const TONED = 4;
/** ă â ê ô ơ ư, with or without a tone mark. */
export const MODIFIED = 8;
/** Look-alikes of Latin letters and of Đ/đ from Unicode's confusables, Cyrillic letters, zero-width characters (RW302). */
export const LOOKALIKE = 16;
/** The Latin-1 symbols TCVN3 puts Vietnamese letters on (RW307). */
export const TCVN3_SIGN = 32;
/** The Latin-1 letters VNI writes marks with, after a vowel (RW307). */
export const VNI_MARK = 64;
/**
 * A code unit without which a text is always in Unicode NFC: one that NFC changes, a combining
 * mark, one that follows the first character of some character's canonical decomposition (it
 * may compose with the character before it, as Hangul vowels do), or half of a surrogate pair
 * (characters outside the basic plane are left to the normalizer). RW301 normalizes the text
 * only when the walk met one.
 */
export const NOT_NFC = 1024;
export const RARE = LOOKALIKE | TCVN3_SIGN | VNI_MARK | NOT_NFC;
/** An upper-case letter: RW309 judges lower-case words only (names and places keep their own spelling). */
export const UPPER = 128;
/** đ, ă, â, ê, ô, ơ, ư and the toned vowels: the word is Vietnamese to RW309. */
export const VIETNAMESE = 256;
/** A letter outside the Vietnamese alphabet (f, j, w, z, ç, é with another language's accent…). */
export const FOREIGN = 512;
/** Each VNI mark letter and the letters it follows in VNI text (â and ê are common Vietnamese letters on their own). */
export const VNI_AFTER: Record<string, string> = Object.fromEntries([
  ...[...'âêÂÊ'].map((c) => [c, 'aeoAEO']),
  ...[...'øùûõïØÙÛÕÏ'].map((c) => [c, 'aeiouyôöAEIOUYÔÖ']),
]);

/** Letters are read from Unicode below U+1F00; the table spans the whole basic plane for the rare characters. */
const LETTERS_BELOW = 0x1f00;
export const TABLE_SIZE = 0x10000;

/**
 * Letter, vowel and tone flags of every character below U+1F00 (Latin, Vietnamese, Cyrillic…).
 * Characters above (Greek extended, CJK, emoji) end a word: no Vietnamese syllable has them.
 * Reads Unicode's data through the running JavaScript engine: for the generator and the tests.
 */
export function buildClasses(): Uint16Array {
  const table = new Uint16Array(TABLE_SIZE);
  const letter = /[\p{L}\p{M}]/u;
  const alphabet = new Set([...'abcdeghiklmnopqrstuvxyđ', ...VOWEL_CHARS.toLowerCase()]);
  for (let code = 0; code < LETTERS_BELOW; code++) {
    const char = String.fromCharCode(code);
    if (!letter.test(char)) continue;
    table[code] = LETTER;
    if (char !== char.toLowerCase()) table[code] |= UPPER;
    if (!alphabet.has(char.toLowerCase())) table[code] |= FOREIGN;
    else if (code > 0x7f) table[code] |= VIETNAMESE;
  }
  for (const c of VOWEL_CHARS) table[c.charCodeAt(0)] |= VOWEL;
  for (const c of TONED_CHARS) table[c.charCodeAt(0)] |= TONED;
  for (const c of VOWEL_CHARS) if (/[ăâêôơư]/i.test(c.normalize('NFD').replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '').normalize('NFC'))) table[c.charCodeAt(0)] |= MODIFIED;
  for (const code of [0xd0, 0xf0, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]) table[code] |= LOOKALIKE;
  for (let code = 0x400; code <= 0x4ff; code++) table[code] |= LOOKALIKE;
  for (const code of lookalikes().keys()) table[code] |= LOOKALIKE;
  for (const c of '¡¢£¤¥¦§¨©ª«¬\u00AD®µ¶·¸¹»¼½¾') table[c.charCodeAt(0)] |= TCVN3_SIGN;
  for (const c of Object.keys(VNI_AFTER)) table[c.charCodeAt(0)] |= VNI_MARK;
  for (const code of notNfcUnits()) table[code] |= NOT_NFC;
  return table;
}

/** The code units NOT_NFC marks, from the engine's normalizer and `\p{M}`. */
function notNfcUnits(): Set<number> {
  const units = new Set<number>();
  const mark = /\p{M}/u;
  for (let code = 0; code < TABLE_SIZE; code++) {
    if (code >= 0xd800 && code <= 0xdfff) units.add(code);
    else {
      const char = String.fromCharCode(code);
      if (mark.test(char) || char.normalize('NFC') !== char) units.add(code);
    }
  }
  for (let code = 0; code <= 0x10ffff; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const char = String.fromCodePoint(code);
    const decomposed = char.normalize('NFD');
    if (decomposed === char) continue;
    // Every part after the first may compose with what precedes it.
    const parts = [...decomposed];
    for (const part of parts.slice(1)) for (let k = 0; k < part.length; k++) units.add(part.charCodeAt(k));
  }
  return units;
}

/** Each character's lower case below U+1F00 when it is one code unit; itself otherwise. For the generator and the tests. */
export function buildLower(): Uint16Array {
  const table = new Uint16Array(TABLE_SIZE);
  for (let code = 0; code < TABLE_SIZE; code++) {
    const lower = code < LETTERS_BELOW ? String.fromCharCode(code).toLowerCase() : '';
    table[code] = lower.length === 1 ? lower.charCodeAt(0) : code;
  }
  return table;
}

/**
 * A table of TABLE_SIZE 16-bit values as runs: pairs of UTF-16 code units, a run's length (1 to
 * 0xffff; a longer run is written as several) and its value, covering the table from 0 in order.
 * Shipped as a string constant, which the code cache holds as it is: decoding reads two code units
 * a run, with no parsing of numbers (a small lint's start paid about 2 ms for base-36 runs).
 */
export function encodeRuns(table: Uint16Array): string {
  const units: number[] = [];
  for (let i = 0; i < table.length; ) {
    let j = i + 1;
    while (j < table.length && table[j] === table[i] && j - i < 0xffff) j++;
    units.push(j - i, table[i]);
    i = j;
  }
  let out = '';
  for (let k = 0; k < units.length; k += 4096) out += String.fromCharCode(...units.slice(k, k + 4096));
  return out;
}

/** The table `encodeRuns` wrote. */
export function decodeRuns(encoded: string): Uint16Array {
  const table = new Uint16Array(TABLE_SIZE);
  for (let k = 0, at = 0; k + 1 < encoded.length; k += 2) {
    const length = encoded.charCodeAt(k);
    const value = encoded.charCodeAt(k + 1);
    if (value !== 0) table.fill(value, at, at + length);
    at += length;
  }
  return table;
}

/** The lower-case table as runs of its differences from each code (so that most runs are 0). */
export function encodeLower(lower: Uint16Array): string {
  const deltas = new Uint16Array(TABLE_SIZE);
  for (let code = 0; code < TABLE_SIZE; code++) deltas[code] = (lower[code] - code) & 0xffff;
  return encodeRuns(deltas);
}

/** The lower-case table `encodeLower` wrote. */
export function decodeLower(encoded: string): Uint16Array {
  const table = decodeRuns(encoded);
  for (let code = 0; code < TABLE_SIZE; code++) table[code] = (table[code] + code) & 0xffff;
  return table;
}
