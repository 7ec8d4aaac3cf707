import type { ReportDocument } from '../model/document';
import { isMisplaced, parseSyllable, placementStyle, type Syllable, TONED_CHARS, VOWEL_CHARS } from '../text/vietnamese';
import { lookalikes } from './confusables';
import type { ToneMarkStyle } from './types';

/** A word of the text that reads as a Vietnamese syllable with a tone mark. */
export interface ToneWord {
  start: number;
  end: number;
  syllable: Syllable;
}

export interface CharacterScan {
  /** Syllables whose mark is where neither placement puts it (RW303). */
  misplaced: ToneWord[];
  /** Open oa/oe/uy syllables, with the placement they use (RW304). */
  styled: Array<ToneWord & { style: ToneMarkStyle }>;
  /** Offsets of look-alikes of Latin letters and of Đ/đ (Unicode's confusables), Cyrillic letters and zero-width characters, in order (RW302). */
  lookalikes: number[];
  /** Offsets of the signs of TCVN3 and VNI mojibake, in order (RW307). */
  legacySigns: number[];
}

const scans = new WeakMap<ReportDocument, CharacterScan>();

/**
 * One pass over the text for the character rules (RW302, RW303, RW304, RW307), shared through
 * the document. It walks the characters by code (a regular expression with Vietnamese
 * character classes costs several times more on a large report), reads only words with a tone
 * mark and two vowels, and notes where the rarer characters the other rules look for are.
 */
export function characterScan(doc: ReportDocument): CharacterScan {
  let scan = scans.get(doc);
  if (!scan) scans.set(doc, (scan = scanText(doc)));
  return scan;
}

interface Verdict {
  word: string;
  syllable?: Syllable;
  misplaced: boolean;
  style?: ToneMarkStyle;
}

function scanText(doc: ReportDocument): CharacterScan {
  const { text } = doc;
  const scan: CharacterScan = { misplaced: [], styled: [], lookalikes: [], legacySigns: [] };
  // Verdicts in a direct-mapped cache by a hash of the word, checked against the word itself:
  // a report repeats a few thousand syllables, and this spares a string for each of its words.
  const verdicts: Array<Verdict | undefined> = new Array(CACHE_SIZE);
  const length = text.length;
  let i = 0;
  while (i < length) {
    let code = text.charCodeAt(i);
    const first = CLASSES[code];
    if (!(first & LETTER)) {
      if (first & RARE) noteRare(text, i, first, scan);
      i++;
      continue;
    }
    const start = i;
    // Branch-free counting over the word: VOWEL and TONED are bits 2 and 4.
    let vowels = 0;
    let toned = 0;
    let rare = 0;
    for (; i < length; i++) {
      code = text.charCodeAt(i);
      const cls = CLASSES[code];
      if (!(cls & LETTER)) break;
      vowels += cls & VOWEL;
      toned += cls & TONED;
      rare |= cls & RARE;
    }
    if (rare) for (let k = start; k < i; k++) noteRare(text, k, CLASSES[text.charCodeAt(k)] ?? 0, scan);
    if (toned !== TONED || vowels < 2 * VOWEL) continue;
    if (isJoiner(text.charCodeAt(start - 1)) || isJoiner(code)) continue;
    // A mark on a vowel with a hat, breve or horn that no such vowel follows is always right
    // ("tiếng", "người", "được"): most Vietnamese words end the check here, without a lookup.
    let markOnModified = false;
    let modifiedAfterMark = false;
    let hash = 0;
    for (let k = start; k < i; k++) {
      const c = text.charCodeAt(k);
      const cls = CLASSES[c];
      if (cls & TONED) markOnModified = (cls & MODIFIED) !== 0;
      else if (markOnModified && cls & MODIFIED) modifiedAfterMark = true;
      hash = (Math.imul(hash, 31) + c) | 0;
    }
    if (markOnModified && !modifiedAfterMark) continue;
    const slot = hash & (CACHE_SIZE - 1);
    let verdict = verdicts[slot];
    if (!verdict || verdict.word.length !== i - start || !text.startsWith(verdict.word, start)) {
      const word = text.slice(start, i);
      const syllable = parseSyllable(word);
      verdict = syllable ? { word, syllable, misplaced: isMisplaced(syllable), style: placementStyle(syllable) } : { word, misplaced: false };
      verdicts[slot] = verdict;
    }
    if (!verdict.syllable || !(verdict.misplaced || verdict.style) || !doc.prose.isProseSpan(start, i)) continue;
    const found = { start, end: i, syllable: verdict.syllable };
    if (verdict.misplaced) scan.misplaced.push(found);
    else scan.styled.push({ ...found, style: verdict.style! });
  }
  return scan;
}

const CACHE_SIZE = 4096;
const LETTER = 1;
const VOWEL = 2;
const TONED = 4;
/** ă â ê ô ơ ư, with or without a tone mark. */
const MODIFIED = 8;
/** Look-alikes of Latin letters and of Đ/đ from Unicode's confusables, Cyrillic letters, zero-width characters (RW302). */
const LOOKALIKE = 16;
/** The Latin-1 symbols TCVN3 puts Vietnamese letters on (RW307). */
const TCVN3_SIGN = 32;
/** The Latin-1 letters VNI writes marks with, after a vowel (RW307). */
const VNI_MARK = 64;
const RARE = LOOKALIKE | TCVN3_SIGN | VNI_MARK;
/** Each VNI mark letter and the letters it follows in VNI text (â and ê are common Vietnamese letters on their own). */
const VNI_AFTER: Record<string, string> = Object.fromEntries([
  ...[...'âêÂÊ'].map((c) => [c, 'aeoAEO']),
  ...[...'øùûõïØÙÛÕÏ'].map((c) => [c, 'aeiouyôöAEIOUYÔÖ']),
]);

function noteRare(text: string, at: number, cls: number, scan: CharacterScan): void {
  if (cls & LOOKALIKE) scan.lookalikes.push(at);
  if (cls & TCVN3_SIGN || (cls & VNI_MARK && VNI_AFTER[text[at]].includes(text[at - 1] || '\0'))) scan.legacySigns.push(at);
}
/** Letters are read from Unicode below U+1F00; the table spans the whole basic plane for the rare characters. */
const LETTERS_BELOW = 0x1f00;
const TABLE_SIZE = 0x10000;
/**
 * Letter, vowel and tone flags of every character below U+1F00 (Latin, Vietnamese, Cyrillic…).
 * Characters above (Greek extended, CJK, emoji) end a word: no Vietnamese syllable has them.
 */
const CLASSES = buildClasses();

function buildClasses(): Uint8Array {
  const table = new Uint8Array(TABLE_SIZE);
  const letter = /[\p{L}\p{M}]/u;
  for (let code = 0; code < LETTERS_BELOW; code++) if (letter.test(String.fromCharCode(code))) table[code] = LETTER;
  for (const c of VOWEL_CHARS) table[c.charCodeAt(0)] |= VOWEL;
  for (const c of TONED_CHARS) table[c.charCodeAt(0)] |= TONED;
  for (const c of VOWEL_CHARS) if (/[ăâêôơư]/i.test(c.normalize('NFD').replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '').normalize('NFC'))) table[c.charCodeAt(0)] |= MODIFIED;
  for (const code of [0xd0, 0xf0, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]) table[code] |= LOOKALIKE;
  for (let code = 0x400; code <= 0x4ff; code++) table[code] |= LOOKALIKE;
  for (const code of lookalikes().keys()) table[code] |= LOOKALIKE;
  for (const c of '¡¢£¤¥¦§¨©ª«¬\u00AD®µ¶·¸¹»¼½¾') table[c.charCodeAt(0)] |= TCVN3_SIGN;
  for (const c of Object.keys(VNI_AFTER)) table[c.charCodeAt(0)] |= VNI_MARK;
  return table;
}

/** A digit or underscore glued to a word makes it an identifier or a code, not a syllable. */
function isJoiner(code: number): boolean {
  return (code >= 48 && code <= 57) || code === 95;
}
