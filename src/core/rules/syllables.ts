/**
 * The spelling rules of a Vietnamese syllable (chính tả chữ Quốc ngữ), for RW309 and RW307.
 *
 * A syllable is an onset (b, c/k/q, ch, d, đ, g/gh, gi, h, kh, l, m, n, ng/ngh, nh, p, ph, r,
 * s, t, th, tr, v, x, or none), a vowel cluster (a, oa, iê, ươ, uyê…), a final (c, ch, m, n,
 * ng, nh, p, t, or none) and one tone. The rules the writing system sets (Hoàng Phê, Từ điển
 * chính tả; the same as every school grammar teaches):
 *
 * - "k", "gh", "ngh" only before i, e, ê (and "k" before y); "c", "g", "ng" never there
 *   ("gi" is an onset of its own);
 * - "q" only as "qu";
 * - a stop final (p, t, c, ch) only with the sắc or nặng tone;
 * - "ch", "nh" only after a, ê, i, y; some clusters need a final (iê, uô, ươ, ă, â), others
 *   never take one (ai, ao, ia, ưa, iêu…).
 */

import { isLoanword } from './loanwords';

const ONSETS = ['ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr', 'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x'];
const VOWELS = 'aăâeêioôơuưy';
const FINALS = new Set(['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't']);
/** Vowel clusters of Vietnamese spelling (the same list as text/vietnamese.ts reads syllables with). */
const CLUSTERS = new Set(
  (
    'a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iu iê oa oă oe oi oo ôi ơi ua uâ uê ui uô uơ uy ưa ưi ưu ươ yê ' +
    'iêu oai oay oeo uây uôi uya uyê uyu ươi ươu yêu'
  ).split(' '),
);
/** Clusters that need a final consonant ("tiên", not "tiê"). */
const NEEDS_FINAL = new Set(['ă', 'â', 'iê', 'yê', 'uô', 'ươ', 'oo', 'uyê', 'oă', 'uâ']);
/** Clusters that end the syllable ("hai", not "hain"). */
const NO_FINAL = new Set(['ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iu', 'oi', 'ôi', 'ơi', 'ua', 'ưa', 'ui', 'ưi', 'ưu', 'iêu', 'oai', 'oay', 'oeo', 'uây', 'uôi', 'uya', 'ươi', 'ươu', 'yêu', 'uyu']);
/** The tone marks as combining characters: huyền, sắc, hỏi, ngã, nặng (tones 1–5). */
const TONE_MARKS = '\u0300\u0301\u0309\u0303\u0323';
const ASCII_CLUSTERS = new Set([...CLUSTERS].map((c) => strip(c)));
const ASCII_ONSETS = [...new Set(ONSETS.map((o) => strip(o)))].sort((a, b) => b.length - a.length);

export type SpellingProblem =
  /** "nghành", "ghà": ngh/gh before a vowel other than i, e, ê. */
  | 'gh-before'
  /** "ngiên", "gế": ng/g before i, e, ê. */
  | 'ng-before'
  /** "kách": k before a vowel other than i, e, ê, y. */
  | 'k-before'
  /** "cế": c before i, e, ê, y. */
  | 'c-before'
  /** "qa": q without u. */
  | 'q-without-u'
  /** "mãt", "bàc": a stop final with a tone other than sắc and nặng. */
  | 'stop-tone'
  /** Anything else no Vietnamese syllable has: onset, cluster, final or their combination. */
  | 'not-a-syllable';

export interface SpellingVerdict {
  problem: SpellingProblem;
  /** The one spelling the rule leads to, when there is exactly one and it is a syllable. */
  fix?: string;
}

interface Parts {
  onset: string;
  cluster: string;
  final: string;
  tone: number;
  /** The word without its tone mark, lower case. */
  plain: string;
}

/**
 * Judges a lower-case word that carries Vietnamese letters or marks. Undefined when it is a
 * well-spelt syllable, an established loanword written as one word ("milimét", "kilôoát",
 * "rađiô": loanwords.ts), or not for this rule to judge (a letter outside the Vietnamese
 * alphabet, no vowel, more than one tone mark).
 */
export function spellingVerdict(word: string): SpellingVerdict | undefined {
  const parts = split(word);
  if (!parts) return undefined;
  const problem = problemOf(parts);
  if (!problem || isLoanword(word)) return undefined;
  const fix = fixFor(word, parts, problem);
  return { problem, fix: fix && fix !== word ? fix : undefined };
}

/** True when an ASCII word (marks taken off) reads as a Vietnamese syllable: "nguoi", "cua", "tuyen". */
export function isPlainSyllable(word: string): boolean {
  const onset = ASCII_ONSETS.find((o) => word.startsWith(o) && !((o === 'gi' || o === 'qu') && !isVowel(word[2]))) ?? '';
  let end = onset.length;
  while (end < word.length && 'aeiouy'.includes(word[end])) end++;
  const cluster = word.slice(onset.length, end);
  return cluster !== '' && ASCII_CLUSTERS.has(cluster) && FINALS.has(word.slice(end));
}

function isVowel(char: string | undefined): boolean {
  return char !== undefined && char !== '' && VOWELS.includes(char);
}

function strip(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd');
}

/** Each toned vowel → its vowel without the tone and the tone (1–5). */
const UNTONED = new Map<string, { vowel: string; tone: number }>();
for (const vowel of VOWELS) [...TONE_MARKS].forEach((mark, i) => UNTONED.set((vowel + mark).normalize('NFC'), { vowel, tone: i + 1 }));

function split(word: string): Parts | undefined {
  let tone = 0;
  let plain = '';
  for (const char of word) {
    const toned = UNTONED.get(char);
    if (!toned) {
      plain += char;
      continue;
    }
    if (tone) return undefined;
    tone = toned.tone;
    plain += toned.vowel;
  }
  if (!/^[a-eg-ik-vxyăâđêôơư]+$/.test(plain)) return undefined; // f, j, w, z and other letters: not Vietnamese
  let start = 0;
  while (start < plain.length && !VOWELS.includes(plain[start])) start++;
  if (start === plain.length) return undefined;
  let onset = plain.slice(0, start);
  // "gi" and "qu" take the vowel after them into the onset: "già" is gi + a, "gì" is g + i.
  if ((onset === 'g' && plain[start] === 'i') || (onset === 'q' && plain[start] === 'u')) {
    if (isVowel(plain[start + 1])) onset = plain.slice(0, ++start);
  }
  let end = start;
  while (end < plain.length && VOWELS.includes(plain[end])) end++;
  return { onset, cluster: plain.slice(start, end), final: plain.slice(end), tone, plain };
}

function problemOf({ onset, cluster, final, tone }: Parts): SpellingProblem | undefined {
  const first = cluster[0];
  const front = 'ieê'.includes(first);
  if (onset === 'q') return 'q-without-u';
  if (onset !== '' && !ONSETS.includes(onset)) return 'not-a-syllable';
  if ((onset === 'ngh' || onset === 'gh') && !front) return 'gh-before';
  if ((onset === 'ng' && front) || (onset === 'g' && (first === 'e' || first === 'ê'))) return 'ng-before';
  if (onset === 'k' && !front && first !== 'y') return 'k-before';
  if (onset === 'c' && (front || first === 'y')) return 'c-before';
  if (!CLUSTERS.has(cluster) || !FINALS.has(final)) return 'not-a-syllable';
  if (final === '' ? NEEDS_FINAL.has(cluster) : NO_FINAL.has(cluster)) return 'not-a-syllable';
  if ((final === 'ch' || final === 'nh') && !'aêiy'.includes(cluster[cluster.length - 1])) return 'not-a-syllable';
  if (['p', 't', 'c', 'ch'].includes(final) && tone !== 2 && tone !== 5) return 'stop-tone';
  return undefined;
}

/** The spelling the broken onset rule leads to ("nghành" → "ngành"): onsets carry no mark, so the rest stays as written. */
function fixFor(word: string, parts: Parts, problem: SpellingProblem): string | undefined {
  const onset = ({ 'gh-before': parts.onset.slice(0, -1), 'ng-before': `${parts.onset}h`, 'k-before': 'c', 'c-before': 'k' } as Partial<Record<SpellingProblem, string>>)[problem];
  if (onset === undefined || problemOf({ ...parts, onset })) return undefined;
  return onset + word.slice(parts.onset.length);
}
