/**
 * Look-alikes of Latin and Vietnamese letters, read from Unicode's confusables data
 * (UTS #39 "confusables.txt", as the `unhomoglyph` package ships it, MIT; the data is under the
 * Unicode licence): each character whose skeleton is a letter of the Latin alphabet or Đ/đ.
 *
 * - Letters of other scripts (Greek ο, Cyrillic а, Armenian օ, Cherokee Ꭺ…) that look like a
 *   Latin letter: wrong inside a Latin word.
 * - Latin letters that look like Vietnamese Đ/đ (Icelandic Ð, African Ɖ): wrong where a
 *   Vietnamese syllable begins.
 *
 * Symbols and digits (0 for O, 1 for l), mathematical letters and letters of the Latin script
 * that only look like plain ones (Turkish ı) are left out: they are meant where they stand.
 */
export interface LookalikeOf {
  /** The letter it is taken for: "a", "D", "Đ"… */
  twin: string;
  /** Its script, for messages: "Greek", "Cyrillic", "Latin"… */
  script: string;
}

const STROKED: Record<string, string> = { 'D\u0335': 'Đ', 'd\u0335': 'đ' };
const SCRIPT_NAMES = ['Cyrillic', 'Greek', 'Armenian', 'Cherokee', 'Coptic', 'Lisu', 'Canadian_Aboriginal', 'Tifinagh', 'Georgian', 'Latin'];

let table: Map<number, LookalikeOf> | undefined;

/** Every look-alike below U+10000, by code unit. Built once, on first use. */
export function lookalikes(): ReadonlyMap<number, LookalikeOf> {
  if (table) return table;
  table = new Map();
  // Read when first asked for (a report with a look-alike in it), not when the linter loads.
  const confusablesData = require('unhomoglyph/data.json') as Record<string, string>;
  const scripts = SCRIPT_NAMES.map((name) => [name, new RegExp(`\\p{Script=${name}}`, 'u')] as const);
  const letter = /\p{L}/u;
  for (const [char, skeleton] of Object.entries(confusablesData)) {
    if (char.length !== 1 || !letter.test(char)) continue;
    const script = scripts.find(([, pattern]) => pattern.test(char))?.[0];
    if (!script) continue;
    if (script === 'Latin') {
      // Only the look-alikes of Đ/đ: other Latin letters (ı, ɑ, ſ) belong to their languages.
      if (STROKED[skeleton] && char !== 'Đ' && char !== 'đ') table.set(char.charCodeAt(0), { twin: STROKED[skeleton], script });
    } else if (/^[A-Za-z]$/.test(skeleton) || STROKED[skeleton]) {
      table.set(char.charCodeAt(0), { twin: STROKED[skeleton] ?? skeleton, script });
    }
  }
  // The data maps lower-case ð to ∂̵; it is still taken for đ, at the start of a syllable.
  table.set(0xf0, { twin: 'đ', script: 'Latin' });
  return table;
}

/** Cyrillic letters that look like Latin ones and are missing from the confusables data. */
const LATIN_TWIN: Record<string, string> = {
  в: 'B', к: 'k', м: 'M', н: 'H', т: 'T', у: 'y', Ѕ: 'S',
};

/**
 * The Latin letter a letter of another script is taken for ("К" → "K", Greek "ο" → "o"), or
 * undefined when it looks like none. Loads the confusables data on first use.
 */
export function latinTwin(char: string): string | undefined {
  return lookalikes().get(char.charCodeAt(0))?.twin ?? LATIN_TWIN[char];
}
