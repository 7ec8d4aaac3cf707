import { UNSETTLED } from './wordCharacters';

/**
 * Patterns with Unicode property classes (`\p{L}`, `\p{N}`, `\p{M}`, `\p{Lu}`, `\p{Ll}`) made
 * for the text they run on. V8 builds each such class from ICU when it creates and compiles the
 * pattern (a third of a millisecond or more for each, again for each string width and again when
 * it tiers the pattern up), which a command-line lint pays at every start.
 *
 * A text whose every character the ranges of wordCharacters.ts settle (ASCII, Latin-1 and Latin
 * Extended-A/B, the combining diacritics, the Vietnamese letters of Latin Extended Additional,
 * general punctuation, arrows and technical signs, box drawing to dingbats: Vietnamese and English
 * prose) gets a twin of the pattern whose classes are those ranges' letters, numbers, marks,
 * upper- and lower-case letters: on such a text every class answers as the Unicode one does, so
 * the twin's answers are the pattern's own. Any other text gets the pattern itself, built then.
 * With the `i` flag U+0345 (a mark whose case partners are Greek iota) is left to the pattern.
 */
export type SettledPattern = (text: string) => RegExp;

/** The upper-case letters (`\\p{Lu}`) of the settled ranges. */
const UPPER =
  'A-Z\\xC0-\\xD6\\xD8-\\xDE\\u0100\\u0102\\u0104\\u0106\\u0108\\u010A\\u010C\\u010E\\u0110\\u0112\\u0114\\u0116' +
  '\\u0118\\u011A\\u011C\\u011E\\u0120\\u0122\\u0124\\u0126\\u0128\\u012A\\u012C\\u012E\\u0130\\u0132\\u0134\\u0136' +
  '\\u0139\\u013B\\u013D\\u013F\\u0141\\u0143\\u0145\\u0147\\u014A\\u014C\\u014E\\u0150\\u0152\\u0154\\u0156\\u0158' +
  '\\u015A\\u015C\\u015E\\u0160\\u0162\\u0164\\u0166\\u0168\\u016A\\u016C\\u016E\\u0170\\u0172\\u0174\\u0176' +
  '\\u0178\\u0179\\u017B\\u017D\\u0181\\u0182\\u0184\\u0186\\u0187\\u0189-\\u018B\\u018E-\\u0191\\u0193\\u0194' +
  '\\u0196-\\u0198\\u019C\\u019D\\u019F\\u01A0\\u01A2\\u01A4\\u01A6\\u01A7\\u01A9\\u01AC\\u01AE\\u01AF' +
  '\\u01B1-\\u01B3\\u01B5\\u01B7\\u01B8\\u01BC\\u01C4\\u01C7\\u01CA\\u01CD\\u01CF\\u01D1\\u01D3\\u01D5\\u01D7' +
  '\\u01D9\\u01DB\\u01DE\\u01E0\\u01E2\\u01E4\\u01E6\\u01E8\\u01EA\\u01EC\\u01EE\\u01F1\\u01F4\\u01F6-\\u01F8' +
  '\\u01FA\\u01FC\\u01FE\\u0200\\u0202\\u0204\\u0206\\u0208\\u020A\\u020C\\u020E\\u0210\\u0212\\u0214\\u0216\\u0218' +
  '\\u021A\\u021C\\u021E\\u0220\\u0222\\u0224\\u0226\\u0228\\u022A\\u022C\\u022E\\u0230\\u0232\\u023A\\u023B' +
  '\\u023D\\u023E\\u0241\\u0243-\\u0246\\u0248\\u024A\\u024C\\u024E\\u1E00\\u1E02\\u1E04\\u1E06\\u1E08\\u1E0A' +
  '\\u1E0C\\u1E0E\\u1E10\\u1E12\\u1E14\\u1E16\\u1E18\\u1E1A\\u1E1C\\u1E1E\\u1E20\\u1E22\\u1E24\\u1E26\\u1E28\\u1E2A' +
  '\\u1E2C\\u1E2E\\u1E30\\u1E32\\u1E34\\u1E36\\u1E38\\u1E3A\\u1E3C\\u1E3E\\u1E40\\u1E42\\u1E44\\u1E46\\u1E48\\u1E4A' +
  '\\u1E4C\\u1E4E\\u1E50\\u1E52\\u1E54\\u1E56\\u1E58\\u1E5A\\u1E5C\\u1E5E\\u1E60\\u1E62\\u1E64\\u1E66\\u1E68\\u1E6A' +
  '\\u1E6C\\u1E6E\\u1E70\\u1E72\\u1E74\\u1E76\\u1E78\\u1E7A\\u1E7C\\u1E7E\\u1E80\\u1E82\\u1E84\\u1E86\\u1E88\\u1E8A' +
  '\\u1E8C\\u1E8E\\u1E90\\u1E92\\u1E94\\u1E9E\\u1EA0\\u1EA2\\u1EA4\\u1EA6\\u1EA8\\u1EAA\\u1EAC\\u1EAE\\u1EB0\\u1EB2' +
  '\\u1EB4\\u1EB6\\u1EB8\\u1EBA\\u1EBC\\u1EBE\\u1EC0\\u1EC2\\u1EC4\\u1EC6\\u1EC8\\u1ECA\\u1ECC\\u1ECE\\u1ED0\\u1ED2' +
  '\\u1ED4\\u1ED6\\u1ED8\\u1EDA\\u1EDC\\u1EDE\\u1EE0\\u1EE2\\u1EE4\\u1EE6\\u1EE8\\u1EEA\\u1EEC\\u1EEE\\u1EF0\\u1EF2' +
  '\\u1EF4\\u1EF6\\u1EF8\\u1EFA\\u1EFC\\u1EFE';
/** The lower-case letters (`\\p{Ll}`) of the settled ranges. */
const LOWER =
  'a-z\\xB5\\xDF-\\xF6\\xF8-\\xFF\\u0101\\u0103\\u0105\\u0107\\u0109\\u010B\\u010D\\u010F\\u0111\\u0113\\u0115' +
  '\\u0117\\u0119\\u011B\\u011D\\u011F\\u0121\\u0123\\u0125\\u0127\\u0129\\u012B\\u012D\\u012F\\u0131\\u0133\\u0135' +
  '\\u0137\\u0138\\u013A\\u013C\\u013E\\u0140\\u0142\\u0144\\u0146\\u0148\\u0149\\u014B\\u014D\\u014F\\u0151\\u0153' +
  '\\u0155\\u0157\\u0159\\u015B\\u015D\\u015F\\u0161\\u0163\\u0165\\u0167\\u0169\\u016B\\u016D\\u016F\\u0171\\u0173' +
  '\\u0175\\u0177\\u017A\\u017C\\u017E-\\u0180\\u0183\\u0185\\u0188\\u018C\\u018D\\u0192\\u0195\\u0199-\\u019B' +
  '\\u019E\\u01A1\\u01A3\\u01A5\\u01A8\\u01AA\\u01AB\\u01AD\\u01B0\\u01B4\\u01B6\\u01B9\\u01BA\\u01BD-\\u01BF' +
  '\\u01C6\\u01C9\\u01CC\\u01CE\\u01D0\\u01D2\\u01D4\\u01D6\\u01D8\\u01DA\\u01DC\\u01DD\\u01DF\\u01E1\\u01E3\\u01E5' +
  '\\u01E7\\u01E9\\u01EB\\u01ED\\u01EF\\u01F0\\u01F3\\u01F5\\u01F9\\u01FB\\u01FD\\u01FF\\u0201\\u0203\\u0205\\u0207' +
  '\\u0209\\u020B\\u020D\\u020F\\u0211\\u0213\\u0215\\u0217\\u0219\\u021B\\u021D\\u021F\\u0221\\u0223\\u0225\\u0227' +
  '\\u0229\\u022B\\u022D\\u022F\\u0231\\u0233-\\u0239\\u023C\\u023F\\u0240\\u0242\\u0247\\u0249\\u024B\\u024D' +
  '\\u024F\\u1E01\\u1E03\\u1E05\\u1E07\\u1E09\\u1E0B\\u1E0D\\u1E0F\\u1E11\\u1E13\\u1E15\\u1E17\\u1E19\\u1E1B\\u1E1D' +
  '\\u1E1F\\u1E21\\u1E23\\u1E25\\u1E27\\u1E29\\u1E2B\\u1E2D\\u1E2F\\u1E31\\u1E33\\u1E35\\u1E37\\u1E39\\u1E3B\\u1E3D' +
  '\\u1E3F\\u1E41\\u1E43\\u1E45\\u1E47\\u1E49\\u1E4B\\u1E4D\\u1E4F\\u1E51\\u1E53\\u1E55\\u1E57\\u1E59\\u1E5B\\u1E5D' +
  '\\u1E5F\\u1E61\\u1E63\\u1E65\\u1E67\\u1E69\\u1E6B\\u1E6D\\u1E6F\\u1E71\\u1E73\\u1E75\\u1E77\\u1E79\\u1E7B\\u1E7D' +
  '\\u1E7F\\u1E81\\u1E83\\u1E85\\u1E87\\u1E89\\u1E8B\\u1E8D\\u1E8F\\u1E91\\u1E93\\u1E95-\\u1E9D\\u1E9F\\u1EA1' +
  '\\u1EA3\\u1EA5\\u1EA7\\u1EA9\\u1EAB\\u1EAD\\u1EAF\\u1EB1\\u1EB3\\u1EB5\\u1EB7\\u1EB9\\u1EBB\\u1EBD\\u1EBF\\u1EC1' +
  '\\u1EC3\\u1EC5\\u1EC7\\u1EC9\\u1ECB\\u1ECD\\u1ECF\\u1ED1\\u1ED3\\u1ED5\\u1ED7\\u1ED9\\u1EDB\\u1EDD\\u1EDF\\u1EE1' +
  '\\u1EE3\\u1EE5\\u1EE7\\u1EE9\\u1EEB\\u1EED\\u1EEF\\u1EF1\\u1EF3\\u1EF5\\u1EF7\\u1EF9\\u1EFB\\u1EFD\\u1EFF';

/** The settled characters of each class, as the inside of a character class (tests compare them with the classes over every settled code point). */
export const SETTLED_CLASSES: Readonly<Record<string, string>> = {
  L: 'A-Za-z\\xAA\\xB5\\xBA\\xC0-\\xD6\\xD8-\\xF6\\xF8-\\u024F\\u1E00-\\u1EFF',
  N: '0-9\\xB2\\xB3\\xB9\\xBC-\\xBE\\u2776-\\u2793',
  M: '\\u0300-\\u036F',
  Lu: UPPER,
  Ll: LOWER,
};

/** What every settled pattern is made from, in the order they were declared: for the tests that compare each with its twin. */
const made: Array<() => RegExp> = [];

/** The makers of the settled patterns declared so far (see `made`). */
export function settledPatternMakers(): ReadonlyArray<() => RegExp> {
  return made;
}

/** The twin of the pattern `make` builds, or null when it has none (see `settledPattern`). */
export function twinOf(make: () => RegExp): RegExp | null {
  const pattern = literalOf(Function.prototype.toString.call(make).trim());
  if (!pattern || !pattern.flags.includes('u')) return null;
  const source = twinSource(pattern.source, pattern.flags.includes('i'));
  return source === undefined ? null : new RegExp(source, pattern.flags);
}

/**
 * The source and flags of the one pattern an arrow's text returns: a literal (`() => /…/u`, as
 * the bundles keep it) or the `new RegExp("…", "u")` a compiler for an older engine writes for
 * it (tsx, which runs the tests); undefined for anything else.
 */
function literalOf(text: string): { source: string; flags: string } | undefined {
  // Read by hand, not by a pattern: each pattern compiled costs a command-line start.
  let at = skipSpaces(text, 0);
  if (text[at] !== '(') return undefined;
  at = skipSpaces(text, at + 1);
  if (text[at] !== ')') return undefined;
  at = skipSpaces(text, at + 1);
  if (!text.startsWith('=>', at)) return undefined;
  at = skipSpaces(text, at + 2);
  if (text[at] === '/') {
    // `/source/flags`: the last slash ends the source (a flag is never a slash).
    const end = text.lastIndexOf('/');
    const flags = text.slice(end + 1);
    return end > at + 1 && isFlags(flags) ? { source: text.slice(at + 1, end), flags } : undefined;
  }
  if (!text.startsWith('new RegExp(', at)) return undefined;
  at = skipSpaces(text, at + 'new RegExp('.length);
  const quote = text[at];
  if (quote !== '"' && quote !== "'") return undefined;
  let end = at + 1;
  while (end < text.length && text[end] !== quote) end += text.charCodeAt(end) === BACKSLASH ? 2 : 1;
  if (end >= text.length) return undefined;
  const literal = text.slice(at, end + 1);
  at = skipSpaces(text, end + 1);
  if (text[at] !== ',') return undefined;
  at = skipSpaces(text, at + 1);
  if (text[at] !== '"') return undefined;
  const flagsEnd = text.indexOf('"', at + 1);
  if (flagsEnd < 0) return undefined;
  const flags = text.slice(at + 1, flagsEnd);
  at = skipSpaces(text, flagsEnd + 1);
  return isFlags(flags) && text[at] === ')' && skipSpaces(text, at + 1) === text.length ? { source: unquote(literal), flags } : undefined;
}

/** The first offset from `at` that is not white space (as `\s` reads it in the ASCII range, and the no-break and line separators). */
function skipSpaces(text: string, at: number): number {
  while (at < text.length && WHITE.has(text.charCodeAt(at))) at++;
  return at;
}
const WHITE = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x2028, 0x2029, 0xfeff]);

/** Regular-expression flags as a literal writes them: "u", "giu", "". */
function isFlags(flags: string): boolean {
  for (const c of flags) if (!'dgimsuy'.includes(c)) return false;
  return true;
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', b: '\x08', f: '\f', v: '\v', '0': '\0' };

/** The value of a quoted JavaScript string literal (its escapes: \\xHH, \\uHHHH, \\u{…}, \\n…, any other character as itself). */
function unquote(literal: string): string {
  return literal.slice(1, -1).replace(/\\(x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|u\{[0-9A-Fa-f]+\}|[\s\S])/g, (_, e: string) => {
    if (e.length > 1) return String.fromCodePoint(parseInt(e[1] === '{' ? e.slice(2, -1) : e.slice(1), 16));
    return SIMPLE_ESCAPES[e] ?? e;
  });
}

/** A character outside the settled ranges; with the `i` flag U+0345 too. */
const OPEN_CASELESS = /[^\x00-\u024F\u0300-\u0344\u0346-\u036F\u1E00-\u1EFF\u2000-\u206F\u2190-\u23FF\u2500-\u27BF]/;

const BACKSLASH = 0x5c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
/** A modifier group's opening: "(?i:", "(?-m:", "(?s-i:". */
const INLINE_FLAGS = /\(\?[a-z-]/;

/**
 * A pattern made by `make` (an arrow returning one regular expression literal with the `u` flag,
 * `() => /…/u`) for each text: `pattern(text)` is the twin for a text the ranges settle and the
 * pattern `make` builds otherwise (built once, on first need). Use the result on `text` only, as
 * the pattern itself would be used (a global one keeps its `lastIndex`: one object per kind of
 * text). The twin is read off the literal's source, so the pattern is never built for Vietnamese
 * and English prose. A pattern with another class (`\p{Lt}`, `\P{…}` inside brackets) or a
 * function of another shape has no twin: every text gets the pattern.
 */
export function settledPattern(make: () => RegExp): SettledPattern {
  made.push(make);
  let full: RegExp | undefined;
  let twin: RegExp | null | undefined;
  let open = UNSETTLED;
  return (text) => {
    if (twin === undefined) {
      twin = twinOf(make);
      if (twin?.ignoreCase) open = OPEN_CASELESS;
    }
    if (twin && !open.test(text)) return twin;
    return (full ??= make());
  };
}


/**
 * `source` (a `u` pattern's) with each property class written as its settled characters
 * (`\p{L}` → `[A-Za-z…]`, inside brackets the ranges alone, `\P{L}` outside brackets → `[^…]`),
 * or undefined when it has a class SETTLED_CLASSES does not give or a `\P{…}` inside brackets.
 * With `ignoreCase`, no `\p{Lu}` or `\p{Ll}` either: under the `i` flag they take in every letter
 * with a case partner in them, and some settled letters have theirs outside ("ȿ" and "Ȿ", U+2C7E).
 */
export function twinSource(source: string, ignoreCase = false): string | undefined {
  // A group with its own flags ("(?i:…)", engines from 2025): the i flag would hold where the
  // pattern's flags do not say so.
  if (INLINE_FLAGS.test(source)) return undefined;
  let out = '';
  // The source from `copied` on is yet to be written out: spans without a class are copied whole.
  let copied = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === BACKSLASH) {
      const next = source[i + 1];
      if ((next === 'p' || next === 'P') && source[i + 2] === '{') {
        const end = source.indexOf('}', i + 3);
        const name = end > 0 ? source.slice(i + 3, end) : '';
        const ranges = Object.hasOwn(SETTLED_CLASSES, name) ? SETTLED_CLASSES[name] : undefined;
        if (ranges === undefined || (inClass && next === 'P') || (ignoreCase && (name === 'Lu' || name === 'Ll'))) return undefined;
        out += source.slice(copied, i) + (inClass ? ranges : next === 'P' ? `[^${ranges}]` : `[${ranges}]`);
        i = end;
        copied = end + 1;
        continue;
      }
      // An escape is two characters whole ("\[" opens no class).
      i++;
      continue;
    }
    // Brackets do not nest in a `u` pattern: "[" inside them is a character, "]" closes them.
    if (c === OPEN_BRACKET && !inClass) inClass = true;
    else if (c === CLOSE_BRACKET && inClass) inClass = false;
  }
  out += source.slice(copied);
  return out;
}
