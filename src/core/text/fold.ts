import { latinTwin } from './confusables';
import { lazyPattern } from './gatedPattern';
/** Text folding shared by heading matching and "did you mean" suggestions. */

const COMBINING_MARKS = lazyPattern(() => /\p{M}/gu);

/** The characters whose lower case is not what a case-insensitive pattern compares them as. */
const FOLDS_APART = /[\u017f\u0345\u0130]/;
const FOLDS_APART_ALL = /[\u017f\u0345\u0130]/g;
const FOLDED_APART: Record<string, string> = { '\u017f': 's', '\u0345': '\u03b9', '\u0130': '\u0131' };

/** The letters of Vietnamese beyond a–z, in lower case (NFC), and the same in capitals. */
export const VIETNAMESE_LOWER = 'àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ';
export const VIETNAMESE_UPPER = 'ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ';

/**
 * `text` in lower case as a case-insensitive Unicode pattern (`/iu`: simple case folding) reads
 * it, for patterns written in lower-case Latin and Vietnamese letters, so that such patterns run
 * without the `i` flag (V8 compiles an `i` pattern with the case variants of every letter, a
 * cost at each start of the command line). `toLowerCase` and three characters it leaves apart
 * from the folding: long s "ſ" folds to "s"; U+0345 to Greek "ι", a letter at a pattern's edge;
 * "İ" to no "i" at all (it is read as "ı", a letter, where `toLowerCase` gives "i" and a
 * combining dot). The result has the length of `text`. Source: Unicode CaseFolding.txt
 * (statuses C and S), which the `i` and `u` flags follow.
 */
export function lowerAsCaseless(text: string): string {
  return (FOLDS_APART.test(text) ? text.replace(FOLDS_APART_ALL, (c) => FOLDED_APART[c]) : text).toLowerCase();
}

/**
 * NFC, lower case, without invisible format characters (zero-width space and joiners, word
 * joiner, soft hyphen, byte-order mark) and with Cyrillic and Greek letters that look like Latin
 * ones read as those ("Кết quả" with a Cyrillic К), and Ð, Ɖ as Đ ("Ðịnh hướng"): the form
 * synonyms are compared in. Text
 * pasted from the web or Word carries both; RW301 and RW302 report them, and the section is
 * still recognised meanwhile.
 */
export function foldCase(text: string): string {
  let folded = withoutInvisibles(text.normalize('NFC'));
  // The twin of a letter as written: capital Greek Κ is taken for K, its small κ for no Latin letter.
  if (CYRILLIC_OR_GREEK.test(folded)) folded = folded.replace(CYRILLIC_OR_GREEK_ALL, (c) => latinTwin(c) ?? c).normalize('NFC');
  // Letters typed for Đ/đ (Icelandic eth, African D, from a legacy font or a keyboard that has no Đ): "Ðánh giá", "Ɖịnh hướng".
  if (D_TWINS.test(folded)) folded = folded.replace(D_TWINS_ALL, (c) => (c === 'ð' || c === 'ɖ' ? 'đ' : 'Đ'));
  return folded.toLowerCase();
}
/** Ð (U+00D0), ð (U+00F0), Ɖ (U+0189), ɖ (U+0256): look-alikes of Đ and đ (Unicode confusables). */
const D_TWINS = /[\u00d0\u00f0\u0189\u0256]/;
const D_TWINS_ALL = /[\u00d0\u00f0\u0189\u0256]/g;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;
const INVISIBLES = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/** The text without invisible format characters (zero-width space and joiners, word joiner, soft hyphen, byte-order mark). */
export function withoutInvisibles(text: string): string {
  return INVISIBLE.test(text) ? text.replace(INVISIBLES, '') : text;
}
const CYRILLIC_OR_GREEK = /[\u0370-\u052f]/;
const CYRILLIC_OR_GREEK_ALL = /[\u0370-\u052f]/g;

/** Without diacritics, for the fallback match: "Kết quả" → "ket qua". */
export function stripDiacritics(text: string): string {
  const decomposed = text.normalize('NFD');
  // ASCII, đ Đ and the combining diacritical marks U+0300–U+036F (all of them \p{M}): the
  // Vietnamese and English texts this mostly sees. Others ask the \p{M} class itself, which
  // V8 would otherwise build from ICU on every start.
  const marks = PLAIN_MARKS_ONLY.test(decomposed) ? DIACRITICAL_MARKS : COMBINING_MARKS();
  return decomposed.replace(marks, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}
const PLAIN_MARKS_ONLY = /^[\x00-\x7f\u0300-\u036f\u0110\u0111]*$/;
const DIACRITICAL_MARKS = /[\u0300-\u036f]/g;

/** Edit distance (insert, delete, substitute), for naming the closest known value. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
    }
    previous = current;
  }
  return previous[b.length];
}

/** The candidate nearest to `value` (ties: the first), if it is within `maxDistance` edits. */
export function closest(value: string, candidates: readonly string[], maxDistance = Infinity): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const folded = stripDiacritics(value.toLowerCase());
  for (const candidate of candidates) {
    const d = editDistance(folded, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= maxDistance ? best : undefined;
}

/** Lower-case letters only Vietnamese writes among the Latin languages: ă â đ ê ô ơ ư and the toned vowels. */
const VIETNAMESE_LETTER = /[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ\u1EA0-\u1EF9]/;

/** Whether lower-case (or case-folded) text holds a letter only Vietnamese writes ("kế hoạch", not "plan"). */
export function hasVietnameseLetter(text: string): boolean {
  return VIETNAMESE_LETTER.test(text);
}
