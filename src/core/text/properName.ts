import { isLetterOrMarkChar } from './wordCharacters';

/**
 * Words that address a person before the name: "ông Hòa", "chị Thúy", "bạn Hoà", "đồng chí
 * Thủy", "Mr. Hoà", "TS. Thuỷ" (with or without the full stop). Compared in lower case.
 */
const ADDRESS = new Set([
  'ông', 'bà', 'anh', 'chị', 'cô', 'chú', 'bác', 'cậu', 'dì', 'em', 'cháu', 'thầy', 'bạn', 'cụ', 'ngài', 'chí', 'đ/c', 'đc',
  'mr', 'mrs', 'ms', 'dr', 'ts', 'ths', 'pgs', 'gs', 'bs', 'ks', 'ls',
]);

/** Lower-case words after which a capitalised word is a title or a body ("Ủy viên", "Uỷ Ban"), not a name. */
const TITLE_TAILS = new Set(['viên', 'ban']);

/** A run of this many capitalised words or more is text in title case, not a name ("Kết Quả Hoạt Động Văn Hoá"). */
const TITLE_CASE_RUN = 5;

/**
 * Whether the word at `[start, end)` of `text` (offsets in UTF-16 code units) stands in a proper
 * name: a person's, a place's or a body's, which Vietnamese writes with every syllable capitalised
 * ("Nguyễn Thị Thùy Linh", "Khánh Hòa", "Lê Văn Hòa"). That is a capitalised word next to another
 * capitalised word, with only spaces or tabs between them or a comma in a list of names ("Hoà,
 * Thuỷ"), or after a form of address ("ông Hòa", "bạn Hoà", "đồng chí Thủy", "Mr. Hoà", "TS.
 * Thuỷ"). A name is spelled as on its owner's papers: rules that make the spelling of common
 * words uniform (RW304's tone-mark placement) leave it alone. Not a name: a capitalised word alone
 * after a full stop ("Hòa bình là…"), a word in capitals throughout ("HÒA"), a title or a body
 * ("Ủy viên", "Uỷ Ban"), and text in title case (a heading whose every word is capitalised, a run
 * of five capitalised words or more). Source: NĐ 30/2020 Phụ lục II (capital letters of personal
 * and place names).
 */
export function inProperName(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  if (!isCapitalised(word)) return false;
  const after = wordAfter(text, end, false);
  // "đồng chí Ủy viên Bộ Chính trị", "các Uỷ Ban": a title or a body, not a name.
  if (after !== undefined && TITLE_TAILS.has(after.word.toLowerCase())) return false;
  if (inTitleCase(text, start, end)) return false;
  const before = wordBefore(text, start, false);
  if (before && (isAddress(before.word) || (before.word.toLowerCase() === 'chí' && wordBefore(text, before.start, false)?.word.toLowerCase() === 'đồng'))) return true;
  if ((before && isCapitalised(before.word)) || (after && isCapitalised(after.word))) return true;
  // A list of names: "phân công: Hoà, Thuỷ."
  const listedBefore = wordBefore(text, start, true);
  const listedAfter = wordAfter(text, end, true);
  return (listedBefore?.comma === true && isCapitalised(listedBefore.word)) || (listedAfter?.comma === true && isCapitalised(listedAfter.word));
}

/** A word whose first letter is a capital and whose others are not all capitals ("Hòa", "A", not "HÒA" or "hòa"). */
function isCapitalised(word: string): boolean {
  const first = word[0];
  if (!first || first === first.toLowerCase() || first !== first.toUpperCase()) return false;
  const rest = word.slice(1);
  return rest.length === 0 || rest !== rest.toUpperCase() || rest === rest.toLowerCase();
}

function isAddress(word: string): boolean {
  return ADDRESS.has(word.toLowerCase());
}

/**
 * Text in title case around the word: its line is a heading whose every word is capitalised, or
 * the word stands in a run of TITLE_CASE_RUN capitalised words or more.
 */
function inTitleCase(text: string, start: number, end: number): boolean {
  let run = 1;
  for (let at = start, w; run < TITLE_CASE_RUN && (w = wordBefore(text, at, false)) && isCapitalised(w.word); at = w.start) run++;
  for (let at = end, w; run < TITLE_CASE_RUN && (w = wordAfter(text, at, false)) && isCapitalised(w.word); at = w.end) run++;
  if (run >= TITLE_CASE_RUN) return true;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  if (!/^[ \t]{0,3}#{1,6}[ \t]/.test(line)) return false;
  const words = line.replace(/^[ \t]*#+[ \t]*/, '').split(/[^\p{L}\p{M}]+/u).filter((w) => w.length > 0);
  return words.length >= 2 && words.every(isCapitalised);
}

/**
 * The word before `index`, past spaces or tabs (at least one) and, with `listed`, a comma before
 * them; a full stop right after a word of address ("Mr.", "TS.") is passed over too.
 */
function wordBefore(text: string, index: number, listed: boolean): { word: string; start: number; comma: boolean } | undefined {
  let i = index;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  if (i === index) return undefined;
  let comma = false;
  if (listed) {
    if (text[i - 1] !== ',') return undefined;
    comma = true;
    i--;
  }
  const dotted = !listed && text[i - 1] === '.';
  if (dotted) i--;
  const wordEnd = i;
  // "đ/c" keeps its slash.
  while (i > 0 && (isLetterOrMarkChar(text[i - 1]) || (text[i - 1] === '/' && i - 1 > 0 && isLetterOrMarkChar(text[i - 2])))) i--;
  if (i >= wordEnd) return undefined;
  const word = text.slice(i, wordEnd);
  // A full stop ends a sentence, unless it ends a word of address.
  if (dotted && !isAddress(word)) return undefined;
  return { word, start: i, comma };
}

/** The word after `index`, past spaces or tabs only (at least one), or with `listed` a comma and spaces. */
function wordAfter(text: string, index: number, listed: boolean): { word: string; end: number; comma: boolean } | undefined {
  let i = index;
  let comma = false;
  if (listed) {
    if (text[i] !== ',') return undefined;
    comma = true;
    i++;
  }
  const spaces = i;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  if (i === spaces) return undefined;
  const wordStart = i;
  while (i < text.length && isLetterOrMarkChar(text[i])) i++;
  return i > wordStart ? { word: text.slice(wordStart, i), end: i, comma } : undefined;
}
