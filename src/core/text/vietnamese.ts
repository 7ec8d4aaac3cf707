import type { ToneMarkStyle } from '../rules/types';

/**
 * Vietnamese syllables and where their tone mark belongs.
 *
 * A written syllable is an onset consonant (b, ch, ngh, qu, gi…), a vowel cluster (a, oa,
 * ươ, uyê…) and a final consonant (c, ch, m, n, ng, nh, p, t). The tone mark (huyền, sắc,
 * hỏi, ngã, nặng) sits on one vowel of the cluster:
 *
 * - on the vowel with a hat, breve or horn (ă â ê ô ơ ư), the last one if there are two (ươ);
 * - otherwise, with a final consonant, on the last vowel (hoàn, huỳnh);
 * - otherwise on the middle of three vowels (ngoài, khuỷu), on the first of two (bảo, mùa,
 *   túi), except for "oa", "oe", "uy", where the old placement takes the first (hòa, thủy)
 *   and the new one the second (hoà, thuỷ).
 *
 * The "u" of "qu" and the "i" of "gi" before another vowel belong to the onset (quý, già).
 */

/** The five tone marks as combining characters, in the order used for the tone numbers 1–5. */
const TONE_MARKS = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
const VOWELS = 'aăâeêioôơuưy';
const MODIFIED = 'ăâêôơư';

/** Each toned vowel (both cases) → its untoned vowel and tone number (1–5). */
const TONED = new Map<string, { vowel: string; tone: number }>();
/** Untoned vowel + tone number → the toned character (lower case). */
const WITH_TONE = new Map<string, string>();
for (const vowel of VOWELS) {
  TONE_MARKS.forEach((mark, i) => {
    const toned = (vowel + mark).normalize('NFC');
    TONED.set(toned, { vowel, tone: i + 1 });
    TONED.set(toned.toUpperCase(), { vowel: vowel.toUpperCase(), tone: i + 1 });
    WITH_TONE.set(vowel + (i + 1), toned);
  });
}

/** Every vowel letter, toned or not, both cases: for regular expressions. */
export const VOWEL_CHARS = [...VOWELS, ...VOWELS.toUpperCase(), ...TONED.keys()].join('');
/** Every toned vowel letter, both cases: for regular expressions. */
export const TONED_CHARS = [...TONED.keys()].join('');

const ONSETS = ['ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr', 'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', ''];
const FINALS = new Set(['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't']);
/** Vowel clusters (without tone) that Vietnamese spelling uses. */
const CLUSTERS = new Set(
  (
    'a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iu iê oa oă oe oi oo ôi ơi ua uâ uê ui uô uơ uy ưa ưi ưu ươ yê ' +
    'iêu oai oay oeo uây uôi uya uyê uyu ươi ươu yêu'
  ).split(' '),
);

export interface Syllable {
  /** The word as written. */
  text: string;
  /** Length of the onset, in characters. */
  onsetLength: number;
  /** The vowel cluster without its tone, lower case. */
  cluster: string;
  closed: boolean;
  /** 1–5, or 0 without a tone mark. */
  tone: number;
  /** Index in the cluster of the vowel that carries the tone; -1 when it is on the onset ("qủa"). */
  toneAt: number;
}

/** Reads a word as one Vietnamese syllable; undefined when it is not one (English, French, two tones…). */
export function parseSyllable(word: string): Syllable | undefined {
  let plain = '';
  let tone = 0;
  let toneChar = -1;
  for (let i = 0; i < word.length; i++) {
    const toned = TONED.get(word[i]);
    if (toned) {
      if (tone) return undefined;
      tone = toned.tone;
      toneChar = i;
      plain += toned.vowel.toLowerCase();
    } else {
      plain += word[i].toLowerCase();
    }
  }
  const onset = onsetOf(plain);
  let end = onset.length;
  while (end < plain.length && VOWELS.includes(plain[end])) end++;
  const cluster = plain.slice(onset.length, end);
  const final = plain.slice(end);
  if (!cluster || !CLUSTERS.has(cluster) || !FINALS.has(final)) return undefined;
  return { text: word, onsetLength: onset.length, cluster, closed: final !== '', tone, toneAt: tone ? toneChar - onset.length : -1 };
}

function onsetOf(plain: string): string {
  for (const onset of ONSETS) {
    if (!plain.startsWith(onset)) continue;
    // "gi" and "qu" are onsets only before another vowel: "gì" is g + ì, "già" is gi + à.
    if ((onset === 'gi' || onset === 'qu') && !(plain.length > 2 && VOWELS.includes(plain[2]))) continue;
    return onset;
  }
  return '';
}

/** Where the tone mark of a syllable belongs, as an index in its vowel cluster. */
export function toneIndex(cluster: string, closed: boolean, style: ToneMarkStyle): number {
  for (let i = cluster.length - 1; i >= 0; i--) if (MODIFIED.includes(cluster[i])) return i;
  if (cluster.length === 1) return 0;
  if (closed) return cluster.length - 1;
  if (cluster.length === 3) return 1;
  if (cluster === 'oa' || cluster === 'oe' || cluster === 'uy') return style === 'old' ? 0 : 1;
  return 0;
}

/** True when the tone mark is where neither placement puts it ("baỏ", "lựơng", "nghịêm"). */
export function isMisplaced(s: Syllable): boolean {
  if (!s.tone) return false;
  return s.toneAt !== toneIndex(s.cluster, s.closed, 'old') && s.toneAt !== toneIndex(s.cluster, s.closed, 'new');
}

/** "old" for hòa/thủy, "new" for hoà/thuỷ, undefined for a syllable where the two agree. */
export function placementStyle(s: Syllable): ToneMarkStyle | undefined {
  if (!s.tone || s.closed || !(s.cluster === 'oa' || s.cluster === 'oe' || s.cluster === 'uy')) return undefined;
  if (s.onsetLength > 0 && s.text.slice(0, s.onsetLength).toLowerCase() === 'qu') return undefined;
  return s.toneAt === 0 ? 'old' : s.toneAt === 1 ? 'new' : undefined;
}

/** The syllable written with its tone mark where `style` puts it; letter case is kept. */
export function withTonePlaced(s: Syllable, style: ToneMarkStyle): string {
  const target = s.onsetLength + toneIndex(s.cluster, s.closed, style);
  let out = '';
  for (let i = 0; i < s.text.length; i++) {
    const c = s.text[i];
    const toned = TONED.get(c);
    const base = toned ? toned.vowel : c;
    if (i !== target || !s.tone) {
      out += base;
      continue;
    }
    const lower = base.toLowerCase();
    const mark = WITH_TONE.get(lower + s.tone) ?? lower;
    out += base === lower ? mark : mark.toUpperCase();
  }
  return out;
}
