import { lazyPattern } from '../text/gatedPattern';
import type { SafePattern } from '../text/safePattern';

/**
 * News told in long paragraphs names who attended and who concluded in a sentence of its own
 * inside a paragraph: where such a sentence starts (roleBlocks.ts).
 */

/** Roles that news names in a sentence of their own, wherever it falls in a paragraph. */
export const SENTENCE_ROLES: ReadonlySet<string> = new Set(['participants', 'conclusion']);
/** Where a sentence (or a clause after a comma) starts with a capital letter, or a line starts. */
const SENTENCE_START = lazyPattern(() => /(?:[.!?…;:,]["'”’)]?[ \t]+|\n[ \t]*)(?=\p{Lu})/gu);
/** How much of a sentence a cue is tried on. */
const SENTENCE_WINDOW = 200;

/** The offset of the first sentence after the paragraph's first one that a cue opens, or -1. */
export function sentenceCue(text: string, cues: readonly SafePattern[]): number {
  SENTENCE_START().lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SENTENCE_START().exec(text))) {
    const start = m.index + m[0].length;
    const sentence = text.slice(start, start + SENTENCE_WINDOW);
    if (cues.some((cue) => cue.test(sentence))) return start;
  }
  return -1;
}

/** The line breaks in `text` before `offset`. */
export function countLineBreaks(text: string, offset: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

