import type { ReportDocument } from '../model/document';
import { isMisplaced, parseSyllable, placementStyle, type Syllable } from '../text/vietnamese';
import { HEADS } from './bodies';
import { PHRASES } from './misspellings';
import * as tables from './characterTables';
import { isLetterOrMarkChar } from '../text/wordCharacters';
import { CLASSES_RUNS, LOWER_RUNS } from './characterTables.generated';
import { type SpellingVerdict, spellingVerdict } from './syllables';
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
  /** A word written twice in a row, apart by spaces or one line break only: starts of both, and the length (RW308). */
  repeats: Array<{ first: number; second: number; length: number }>;
  /**
   * Words, in any case, that other rules start from: the first syllables of the names of bodies
   * ("Bộ", "thủ", "ỦY", RW310), of well-known misspelt phrases ("sử", RW309) and "thứ" (RW404).
   */
  heads: Array<{ start: number; end: number; key: number }>;
  /** Lower-case words with Vietnamese letters or marks that break the spelling rules (RW309). */
  misspelt: Array<{ start: number; end: number; verdict: SpellingVerdict }>;
  /** Whether the text holds a code unit that may keep it from being NFC (RW301); when not, it is NFC. */
  mayNotBeNfc: boolean;
}

const scans = new WeakMap<ReportDocument, CharacterScan>();

/**
 * One pass over the text for the character and word rules (RW302, RW303, RW304, RW307, RW308,
 * RW309), shared through the document. It walks the characters by code (a regular expression
 * with Vietnamese character classes costs several times more on a large report), judges each
 * distinct word once, and notes where the rarer characters the other rules look for are.
 */
export function characterScan(doc: ReportDocument): CharacterScan {
  let scan = scans.get(doc);
  if (!scan) scans.set(doc, (scan = scanText(doc)));
  return scan;
}

interface Verdict {
  word: string;
  /** Whether the tone fields below are computed (only words with a mark and two vowels need them). */
  toned: boolean;
  syllable?: Syllable;
  misplaced: boolean;
  style?: ToneMarkStyle;
}

function scanText(doc: ReportDocument): CharacterScan {
  const { text } = doc;
  const scan: CharacterScan = { misplaced: [], styled: [], lookalikes: [], legacySigns: [], repeats: [], misspelt: [], heads: [], mayNotBeNfc: false };
  // Verdicts in a direct-mapped cache by a hash of the word, checked against the word itself:
  // a report repeats a few thousand syllables, and this spares a string for each of its words.
  // Sized to the text (a 10 KB report needs a few thousand slots, a megabyte all of them): memory a
  // short run does not touch is memory the system need not give it.
  const cacheSize = Math.min(CACHE_SIZE, 1 << Math.max(8, Math.ceil(Math.log2(Math.max(1, text.length >> 2)))));
  const verdicts: Array<Verdict | undefined> = new Array(cacheSize);
  const verdictOf = (start: number, end: number, hash: number): Verdict => {
    const slot = hash & (cacheSize - 1);
    let verdict = verdicts[slot];
    if (!verdict || verdict.word.length !== end - start || !text.startsWith(verdict.word, start)) {
      verdict = { word: text.slice(start, end), toned: false, misplaced: false };
      verdicts[slot] = verdict;
    }
    return verdict;
  };
  // What each distinct word is (KNOWN, HEAD, MISSPELT, TONE), in a direct-mapped table by its hash and
  // length: a report repeats a few thousand words, each judged the first time it is met.
  const wordKeys = new Int32Array(cacheSize);
  const wordLengths = new Uint8Array(cacheSize);
  const wordInfo = new Uint8Array(cacheSize);
  const wordFolded = new Int32Array(cacheSize);
  const misspeltWords = new Map<number, { word: string; verdict: SpellingVerdict }>();
  const withTone = (verdict: Verdict): Verdict => {
    if (verdict.toned) return verdict;
    verdict.toned = true;
    const syllable = parseSyllable(verdict.word);
    if (syllable) Object.assign(verdict, { syllable, misplaced: isMisplaced(syllable), style: placementStyle(syllable) });
    return verdict;
  };
  /** Reads the word at [start, end) letter by letter and notes what the rules want of it. */
  const judge = (start: number, end: number, hash: number, flags: number, slot: number): number => {
    let vowels = 0;
    let toned = 0;
    let folded = 0;
    // Whether the tone mark sits on a vowel with a hat, breve or horn that no such vowel
    // follows: always right ("tiếng", "người", "được"), so most words need no syllable reading.
    let markOnModified = false;
    let modifiedAfterMark = false;
    for (let k = start; k < end; k++) {
      const code = text.charCodeAt(k);
      const cls = CLASSES[code];
      vowels += cls & VOWEL;
      toned += cls & TONED;
      folded = (Math.imul(folded, 31) + ((code + LOWER_DELTA[code]) & 0xffff)) | 0;
      if (cls & TONED) markOnModified = (cls & MODIFIED) !== 0;
      else if (markOnModified && cls & MODIFIED) modifiedAfterMark = true;
    }
    let info = KNOWN;
    if (end - start <= 5 && HEAD_BITS[folded & 0xffff] && HEAD_HASHES.has(folded)) info |= HEAD;
    if (flags & VIETNAMESE && !(flags & (UPPER | FOREIGN)) && vowels > 0 && end - start <= 7) {
      const word = text.slice(start, end);
      const verdict = spellingVerdict(word);
      if (verdict) {
        misspeltWords.set(hash, { word, verdict });
        info |= MISSPELT;
      }
    }
    if (toned === TONED && vowels >= 2 * VOWEL && !(markOnModified && !modifiedAfterMark)) {
      const verdict = withTone(verdictOf(start, end, hash));
      if (verdict.syllable && (verdict.misplaced || verdict.style)) info |= TONE;
    }
    wordKeys[slot] = hash;
    wordLengths[slot] = end - start;
    wordInfo[slot] = info;
    wordFolded[slot] = folded;
    return info;
  };
  const length = text.length;
  // The word before and whether only spaces and at most one line break follow it (RW308).
  let previousStart = -1;
  let previousEnd = -1;
  let gapBreaks = 0;
  let i = 0;
  while (i < length) {
    let code = text.charCodeAt(i);
    const first = CLASSES[code];
    if (!(first & LETTER)) {
      if (first & RARE) noteRare(text, i, first, scan);
      if (code === 10) gapBreaks++;
      else if (code !== 32 && code !== 9 && code !== 13) previousStart = -1;
      i++;
      continue;
    }
    const start = i;
    // One pass over the word: its flags and a hash for the table of words.
    let flags = 0;
    let hash = 0;
    for (; i < length; i++) {
      code = text.charCodeAt(i);
      const cls = CLASSES[code];
      if (!(cls & LETTER)) break;
      flags |= cls;
      hash = (Math.imul(hash, 31) + code) | 0;
    }
    if (flags & RARE) for (let k = start; k < i; k++) noteRare(text, k, CLASSES[text.charCodeAt(k)] ?? 0, scan);
    const joined = isJoiner(text.charCodeAt(start - 1)) || isJoiner(code);
    if (previousStart >= 0 && gapBreaks <= 1 && !joined && i - start === previousEnd - previousStart && sameWord(text, previousStart, start, i - start)) {
      scan.repeats.push({ first: previousStart, second: start, length: i - start });
    }
    previousStart = joined ? -1 : start;
    previousEnd = i;
    gapBreaks = 0;
    if (joined) continue;
    const slot = hash & (cacheSize - 1);
    const info = wordKeys[slot] === hash && wordLengths[slot] === ((i - start) & 0xff) && wordInfo[slot] !== 0 ? wordInfo[slot] : judge(start, i, hash, flags, slot);
    if (info === KNOWN) continue;
    if (info & HEAD) scan.heads.push({ start, end: i, key: wordFolded[slot] });
    if (info & MISSPELT) {
      const bad = misspeltWords.get(hash);
      if (bad && bad.word.length === i - start && text.startsWith(bad.word, start)) scan.misspelt.push({ start, end: i, verdict: bad.verdict });
    }
    if (!(info & TONE)) continue;
    const verdict = withTone(verdictOf(start, i, hash));
    if (!verdict.syllable || !(verdict.misplaced || verdict.style) || !doc.prose.isProseSpan(start, i)) continue;
    if (verdict.misplaced) scan.misplaced.push({ start, end: i, syllable: verdict.syllable });
    else scan.styled.push({ start, end: i, syllable: verdict.syllable, style: verdict.style! });
  }
  return scan;
}

/** The same word at both offsets, letter case aside ("The the"). */
function sameWord(text: string, a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k++) {
    const x = text.charCodeAt(a + k);
    const y = text.charCodeAt(b + k);
    if (x === y) continue;
    // Inside a word every code unit is below U+1F00, where the lower-case table is Unicode's own.
    if (((x + LOWER_DELTA[x]) & 0xffff) !== ((y + LOWER_DELTA[y]) & 0xffff)) return false;
  }
  return true;
}

/** The most slots of the scan's tables of words (a power of two). */
const CACHE_SIZE = 16384;
/** What the table of words notes of a word: judged; the first syllable of a name or phrase (`heads`); misspelt; its tone mark to be looked at (RW303, RW304). */
const KNOWN = 1;
const HEAD = 2;
const MISSPELT = 4;
const TONE = 8;
// The flags as constants of this module (read in the walk's inner loop, where a module
// loader's getter for each import would cost more than the walk itself).
const { LETTER, VOWEL, TONED, MODIFIED, LOOKALIKE, NOT_NFC, TCVN3_SIGN, VNI_MARK, RARE, UPPER, VIETNAMESE, FOREIGN, VNI_AFTER, decodeRuns } = tables;

function noteRare(text: string, at: number, cls: number, scan: CharacterScan): void {
  if (cls & LOOKALIKE) scan.lookalikes.push(at);
  if (cls & NOT_NFC) scan.mayNotBeNfc = true;
  if (cls & TCVN3_SIGN || (cls & VNI_MARK && VNI_AFTER[text[at]].includes(text[at - 1] || '\0'))) scan.legacySigns.push(at);
}
/**
 * Letter, vowel and tone flags of every character (see characterTables.ts), and each
 * character's lower case as its difference from the code (`(code + LOWER_DELTA[code]) & 0xffff`),
 * for a hash of a word that letter case does not change; decoded from the tables generated from
 * Unicode's data, which the tests compare with that data. The differences are the shipped runs
 * themselves: filling them costs nothing at start, where a pass over the 65,536 codes to add
 * each code back cost a small lint several milliseconds.
 */
const CLASSES = decodeRuns(CLASSES_RUNS);
const LOWER_DELTA = decodeRuns(LOWER_RUNS);

/**
 * Whether a code unit is a letter or a mark (`[\p{L}\p{M}]`): from the table below U+1F00
 * (where its LETTER flag is exactly that class), from Unicode above. A surrogate is not one.
 */
export function isLetterCode(code: number): boolean {
  if (code < 0x1f00) return (CLASSES[code] & LETTER) !== 0;
  return code < 0xd800 || code > 0xdfff ? isLetterOrMarkChar(String.fromCharCode(code)) : false;
}

/**
 * The key `heads` gives a word: a hash of its lower case, the same for "Bộ", "bộ" and "BỘ".
 * Rules compare it with the keys of the words they start from.
 */
export function foldKey(word: string): number {
  let key = 0;
  for (let k = 0; k < word.length; k++) {
    const code = word.charCodeAt(k);
    key = (Math.imul(key, 31) + ((code + LOWER_DELTA[code]) & 0xffff)) | 0;
  }
  return key;
}

/** Folded hashes of the words other rules start from (see `heads`), and a bit per low half for a quick no. */
const HEAD_WORDS = [...HEADS, ...PHRASES.map(([wrong]) => wrong.split(' ')[0]), 'thứ'];
const HEAD_HASHES = new Set(HEAD_WORDS.map(foldKey));
const HEAD_BITS = new Uint8Array(0x10000);
for (const key of HEAD_HASHES) HEAD_BITS[key & 0xffff] = 1;

/** A digit or underscore glued to a word makes it an identifier or a code, not a syllable. */
function isJoiner(code: number): boolean {
  return (code >= 48 && code <= 57) || code === 95;
}
