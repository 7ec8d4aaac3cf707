import type { Lang } from '../i18n';
import { gated } from '../text/gatedPattern';

/**
 * The numbering a heading carries: "Phần I", "I.", "1.", "1.2.", "a)", "A.".
 * `valueStart`/`valueEnd` locate the number that a renumbering replaces (for "1.2." all of "1.2").
 */
export interface Numbering {
  style: NumberingStyle;
  /** The prefix as written, e.g. "II." or "Phần I —". */
  text: string;
  value: number;
  /** For multi-level numbers ("1.2."), every component. */
  path?: number[];
  valueStart: number;
  valueEnd: number;
  /**
   * Where `text` starts in the heading's text when markup or a symbol comes first ("**I.** …",
   * "🎯 4. …", "<b>II. …</b>"); 0 when absent. `located: false` when the number cannot be found
   * in the text as typed, so that nothing edits it.
   */
  shift?: number;
  located?: false;
}

export type NumberingStyle = 'part' | 'part-word' | 'roman' | 'arabic' | 'multilevel' | 'letter' | 'upper-letter';

const PART = gated(/^(?:Phần|PHẦN|Chương|CHƯƠNG|Mục|MỤC|Part|PART|Chapter|CHAPTER|Section|SECTION)\s/, () => /^((?:Phần|PHẦN|Chương|CHƯƠNG|Mục|MỤC|Part|PART|Chapter|CHAPTER|Section|SECTION)\s+)([IVXLCDM]+|\d{1,3})(?![\p{L}\p{N}]|\.\d)\s*[.:—–-]?\s*/u);
/** "PHẦN THỨ NHẤT:", "Phần thứ hai.", "Part One:": a part numbered in words. */
const PART_WORD = gated(/^(?:Phần|PHẦN|Part|PART)\s/, () => /^((?:Phần|PHẦN)\s+(?:thứ|THỨ|Thứ)\s+|(?:Part|PART)\s+)(\p{L}+)(?![\p{L}\p{N}])\s*[.:—–-]?\s*/u);
// After a Roman number: "." (any numeral, as NĐ 30 writes it), or ")", "/", ".-" or a dash that
// a space follows ("I- KẾT QUẢ", "II – …"), for I, V and X only: "CD - …", "CI:" are no numbers.
// The common forms first, the others only for a heading that starts like one (each pattern is
// compiled on its first use, which most reports never make).
const ROMAN = /^([IVXLCDM]+)\\?\.(?:\s+|$)/;
const ROMAN_MORE = /^([IVX]{1,6})(?:[)/]|\.-|\s?[-–—](?=\s))(?:\s+|$)/;
const MULTILEVEL = /^(\d{1,3}(?:\.\d{1,3})+)\.?(?:\s+|$)/;
// After an Arabic number: ".", ")", "/", ".-", or a dash right after it that a space follows
// ("1- Kết quả"); "3 - 7 March" and "502 - Bad Gateway" are a range and a code, not numbers.
const ARABIC = /^(\d{1,3})\\?[.)](?:\s+|$)/;
const ARABIC_MORE = /^(\d{1,3})(?:\/|\.-|(?<=^\d{1,2})[-–—](?=\s))(?:\s+|$)/;
const LETTER = /^([a-zđ])\)(?:\s+|$)/u;
const UPPER_LETTER = /^([A-ZĐ])[.)](?:\s+|$)/u;
/** "(1)", "(a)", "(III)": a number in parentheses. */
const PARENTHESISED = /^\((\d{1,3}|[IVXLCDM]+|[a-zđ])\)(?:\s+|$)/u;

export const VI_LETTERS = 'abcdđeghiklmnopqrstuvxy';
export const EN_LETTERS = 'abcdefghijklmnopqrstuvwxyz';

const ROMAN_VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/**
 * The value of a Roman numeral written the standard way, 1 to 3999 ("XIV" → 14); undefined for
 * any other string ("IIII", "VX", "IC", "MMMM", "iv", ""). A numeral is standard when writing its
 * value back (`toRoman`) gives the same letters: the strings the usual
 * `/^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/` accepts, without the cost of
 * compiling that pattern's unrolled repetitions at every start of the command line.
 */
export function romanValue(roman: string): number | undefined {
  if (!roman || roman.length > 15) return undefined;
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const v = ROMAN_VALUES[roman[i]];
    if (v === undefined) return undefined;
    const next = ROMAN_VALUES[roman[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total >= 1 && total <= 3999 && toRoman(total) === roman ? total : undefined;
}

export function toRoman(value: number): string {
  const table: Array<[number, string]> = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table) {
    while (value >= v) {
      out += s;
      value -= v;
    }
  }
  return out;
}

export function lettersFor(lang: Lang): string {
  return lang === 'vi' ? VI_LETTERS : EN_LETTERS;
}

/** Ordinal words of a part, by language: "thứ nhất", "thứ hai"…; "One", "Two"… */
const PART_WORDS: Record<Lang, readonly string[]> = {
  vi: ['nhất', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'],
  en: ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
};

/**
 * The numbering at the start of a heading's text, if any: "Phần I", "Mục 2", "Section 3",
 * "PHẦN THỨ NHẤT:", "Part One:", "I.", "I-", "II –", "III)", "1.", "1)", "3/", "1.2.", "a)",
 * "A.", "A)", "(1)", "(a)", "(III)"; a dot escaped from Markdown ("II\\.") counts as a dot.
 * The Roman and lettered forms are those of NĐ 30/2020 Phụ lục I (I., 1., a)) and what writers
 * type besides them.
 */
export function parseNumbering(text: string, lang: Lang): Numbering | undefined {
  let m = PART.exec(text);
  if (m) {
    const raw = m[2];
    const value = /^\d/.test(raw) ? Number(raw) : romanValue(raw);
    if (value !== undefined) {
      return { style: 'part', text: m[0].trim(), value, valueStart: m[1].length, valueEnd: m[1].length + raw.length };
    }
  }
  if ((m = PART_WORD.exec(text))) {
    const word = m[2].toLowerCase();
    const value = (PART_WORDS[/^(?:Phần|PHẦN)/.test(m[1]) ? 'vi' : 'en'] as string[]).indexOf(word) + 1;
    if (value > 0) return { style: 'part-word', text: m[0].trim(), value, valueStart: m[1].length, valueEnd: m[1].length + m[2].length };
  }
  const head = text.charCodeAt(0);
  if (head === 0x28 /* ( */ && (m = PARENTHESISED.exec(text))) {
    const inner = m[1];
    const style: NumberingStyle = /^\d/.test(inner) ? 'arabic' : /^[IVXLCDM]+$/.test(inner) ? 'roman' : 'letter';
    const value = style === 'arabic' ? Number(inner) : style === 'roman' ? romanValue(inner) : lettersFor(lang).indexOf(inner) + 1;
    if (value) return { style, text: m[0].trim(), value, valueStart: 1, valueEnd: 1 + inner.length };
  }
  if ((m = ROMAN.exec(text)) || ((head === 0x49 || head === 0x56 || head === 0x58) /* I V X */ && (m = ROMAN_MORE.exec(text)))) {
    const roman = m[1];
    const value = romanValue(roman);
    if (value !== undefined) return { style: 'roman', text: m[0].trim(), value, valueStart: 0, valueEnd: roman.length };
  }
  if ((m = UPPER_LETTER.exec(text))) {
    const index = lettersFor(lang).indexOf(m[1].toLowerCase());
    if (index >= 0) return { style: 'upper-letter', text: m[0].trim(), value: index + 1, valueStart: 0, valueEnd: 1 };
  }
  if ((m = MULTILEVEL.exec(text))) {
    const path = m[1].split('.').map(Number);
    return { style: 'multilevel', text: m[0].trim(), value: path[path.length - 1], path, valueStart: 0, valueEnd: m[1].length };
  }
  if ((m = ARABIC.exec(text)) || (head >= 0x30 && head <= 0x39 && (m = ARABIC_MORE.exec(text)))) {
    return { style: 'arabic', text: m[0].trim(), value: Number(m[1]), valueStart: 0, valueEnd: m[1].length };
  }
  if ((m = LETTER.exec(text))) {
    const index = lettersFor(lang).indexOf(m[1]);
    if (index >= 0) return { style: 'letter', text: m[0].trim(), value: index + 1, valueStart: 0, valueEnd: 1 };
  }
  return undefined;
}

/**
 * How a value is written in a style ("roman" 3 → "III", "letter" 5 in Vietnamese → "đ"); a part
 * in words takes the case of `written` ("NHẤT" → "HAI", "One" → "Two"), past ten its number.
 */
export function formatNumber(style: NumberingStyle, value: number, lang: Lang, romanPart = true, written = ''): string {
  switch (style) {
    case 'part-word': {
      const words = PART_WORDS.en.includes(written.toLowerCase()) ? PART_WORDS.en : PART_WORDS.vi;
      const word = words[value - 1];
      if (!word) return String(value);
      if (written && written === written.toUpperCase()) return word.toUpperCase();
      if (written && written[0] === written[0].toUpperCase()) return word[0].toUpperCase() + word.slice(1);
      return word;
    }
    case 'roman':
      return toRoman(value);
    case 'part':
      return romanPart ? toRoman(value) : String(value);
    case 'letter':
      return lettersFor(lang)[value - 1] ?? '?';
    case 'upper-letter':
      return (lettersFor(lang)[value - 1] ?? '?').toUpperCase();
    default:
      return String(value);
  }
}

/** The prefix of the heading that follows one numbered `previous` ("II." → "III.", "1.2." → "1.3."). */
export function nextPrefix(previous: Numbering, lang: Lang): string {
  return prefixWithValue(previous, previous.value + 1, lang);
}

/** The prefix `numbering` would have with another value, in the same style and punctuation. */
export function prefixWithValue(numbering: Numbering, value: number, lang: Lang): string {
  const written = numbering.text.slice(numbering.valueStart, numbering.valueEnd);
  const number =
    numbering.style === 'multilevel'
      ? [...numbering.path!.slice(0, -1), value].join('.')
      : formatNumber(numbering.style, value, lang, !/\d/.test(written), written);
  return numbering.text.slice(0, numbering.valueStart) + number + numbering.text.slice(numbering.valueEnd);
}
