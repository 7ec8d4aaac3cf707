/**
 * Text pasted from a web page or a Word document into Markdown keeps the page's line breaks
 * but loses its blank lines: every paragraph of the page becomes one line of a single Markdown
 * paragraph, a photo caption sits between lone "|" lines (the cell of a layout table), and
 * runs of non-breaking spaces stand in for indentation. This module tells such a paragraph
 * and tidies it.
 */

import { lazyPattern } from './gatedPattern';

/**
 * A lone fence line a web page or Word leaves around a caption: "|", or the bars that stand for
 * it in pasted text ("│" box drawing, "｜" full width, "¦"), with spaces or invisible characters.
 * The model's captions read the same fences (captions.ts).
 */
export const FENCE = /^[\s\u200b-\u200d\u2060\ufeff]*[|│｜¦][\s\u200b-\u200d\u2060\ufeff]*$/;
/** A line ends a sentence: ".", "!", "?", "…", ":" maybe with a closing quote or bracket, then spaces or invisible characters. */
const SENTENCE_END = /[.!?…:;]["'”’)\]]*[ \t\u00a0\u200b-\u200d\u2060\ufeff]*$/u;
/** A line starts a sentence: a capital letter or digit, maybe after an opening quote, bracket or dash. */
const SENTENCE_START = lazyPattern(() => /^[ \t\u00a0]*["'“‘(\[–—-]?[\p{Lu}\p{N}]/u);
const NBSP_INDENT = /^[\u00a0 \t]*\u00a0[\u00a0 \t]*/;
/** A Markdown hard break (two spaces or a backslash at the end): the writer meant the line break. */
const HARD_BREAK = /(?: {2,}|\\)$/;
/** A line that is Markdown structure of its own (list item, quote, heading, table row). */
const STRUCTURE = /^[ \t]*(?:[-*+>#]|\d{1,3}[.)]\s|\|.*\|)/;

/** What makes a paragraph read as pasted text, if anything. */
export interface PastedSigns {
  fences: number;
  /** Line breaks between two lines that each read as a paragraph of their own. */
  paragraphBreaks: number;
  nbspIndents: number;
}

/**
 * The signs of pasted text in the lines of one paragraph: lone "|" lines, non-breaking-space
 * indentation, and line breaks where every line ends a sentence and the next starts one, in
 * lines too long to be hand-wrapped (one over 100 characters). Undefined when there are none.
 *
 * @param lines the paragraph's source lines, in order (two or more).
 */
export function pastedSigns(lines: readonly string[]): PastedSigns | undefined {
  if (lines.length < 2) return undefined;
  let fences = 0;
  let nbspIndents = 0;
  for (const line of lines) {
    if (FENCE.test(line)) fences++;
    else if (NBSP_INDENT.test(line) && line.includes('\u00a0')) nbspIndents++;
  }
  const text = lines.filter((l) => !FENCE.test(l));
  // Line breaks the writer meant: Markdown structure, or a hard break on every line but the last
  // (an address block); a stray two spaces at the end of one pasted line are not.
  const meantBreaks = text.length > 1 && text.slice(0, -1).every((l) => HARD_BREAK.test(l));
  if (meantBreaks || text.some((l) => STRUCTURE.test(l))) return fences || nbspIndents ? { fences, paragraphBreaks: 0, nbspIndents } : undefined;
  let paragraphBreaks = 0;
  const long = text.some((l) => l.length > 100);
  if (long && text.length >= 2) {
    let all = true;
    for (let i = 0; i + 1 < text.length; i++) {
      if (SENTENCE_END.test(text[i]) && SENTENCE_START().test(text[i + 1])) paragraphBreaks++;
      else all = false;
    }
    if (!all) paragraphBreaks = 0;
  }
  return fences || nbspIndents || paragraphBreaks ? { fences, paragraphBreaks, nbspIndents } : undefined;
}

/**
 * The lines of one pasted paragraph, tidied: each line that reads as a paragraph becomes one
 * (a blank line between them), a line fenced by lone "|" lines becomes a caption in italics
 * ("*Đ/c … tại cuộc họp.*", the form the model reads as a caption), the fences go, and the
 * non-breaking spaces of indentation go. Every other character is kept, in order.
 *
 * @param lines the paragraph's source lines.
 * @param eol the line break to write.
 * @returns the tidied text, without a final line break.
 */
export function tidyPastedLines(lines: readonly string[], eol = '\n'): string {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (FENCE.test(line)) continue;
    const stripped = line.replace(NBSP_INDENT, '').replace(/[ \t\u00a0]+$/, '');
    if (!stripped) continue;
    const fenced = i > 0 && FENCE.test(lines[i - 1]) && i + 1 < lines.length && FENCE.test(lines[i + 1]);
    out.push(fenced && !/^[*_]/.test(stripped) ? `*${stripped}*` : stripped);
  }
  return out.join(eol + eol);
}

/**
 * Tidies every pasted paragraph in a piece of Markdown (a selection or a whole file): blocks
 * are separated by blank lines; a block with the signs of pasted text is tidied, others are
 * left as they are.
 */
export function tidyPastedText(text: string): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const blocks = text.split(/\r?\n[ \t]*\r?\n/);
  return blocks
    .map((block) => {
      const lines = block.split(/\r?\n/);
      return pastedSigns(lines) ? tidyPastedLines(lines, eol) : block;
    })
    .join(eol + eol);
}
