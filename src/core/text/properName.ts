import { isLetterOrMarkChar } from './wordCharacters';

/**
 * Words that address a person before the name: "ông Hòa", "chị Thúy", "đồng chí Thủy", "Mr Hòa".
 * Compared in lower case.
 */
const ADDRESS = new Set(['ông', 'bà', 'anh', 'chị', 'cô', 'chú', 'bác', 'cậu', 'dì', 'em', 'cháu', 'thầy', 'chí', 'đ/c', 'đc', 'mr', 'mrs', 'ms', 'dr']);

/** Lower-case words after which a capitalised word is a title or a body ("Ủy viên", "Ủy ban"), not a name. */
const TITLE_TAILS = new Set(['viên', 'ban']);

/**
 * Whether the word at `[start, end)` of `text` (offsets in UTF-16 code units) stands in a proper
 * name: a person's, a place's or a body's, which Vietnamese writes with every syllable capitalised
 * ("Nguyễn Thị Thùy Linh", "Khánh Hòa", "Lê Văn Hòa"). That is a capitalised word next to another
 * capitalised word, with only spaces or tabs between them, or after a form of address ("ông
 * Hòa", "chị Thúy", "đồng chí Thủy"). A name is spelled as on its owner's papers: rules that make
 * the spelling of common words uniform (RW304's tone-mark placement) leave it alone. A capitalised
 * word alone after a full stop ("Hòa bình là…") is a common word opening a sentence; a word in
 * capitals throughout ("HÒA") is read as capitals, not as a name. Source: NĐ 30/2020 Phụ lục II
 * (capital letters of personal and place names).
 */
export function inProperName(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  if (!isCapitalised(word)) return false;
  const before = wordBefore(text, start);
  const after = wordAfter(text, end);
  // "đồng chí Ủy viên Bộ Chính trị", "các Ủy ban": a title or a body, not a name.
  if (after !== undefined && TITLE_TAILS.has(after)) return false;
  if ((before && isCapitalised(before.word)) || (after && isCapitalised(after)) || (before && isAddress(before.word))) return true;
  // "đồng chí Thủy": the address is two words.
  return before?.word.toLowerCase() === 'chí' && wordBefore(text, before.start)?.word.toLowerCase() === 'đồng';
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

/** The word before `index`, past spaces or tabs only (at least one), with where it starts. */
function wordBefore(text: string, index: number): { word: string; start: number } | undefined {
  let i = index;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  if (i === index) return undefined;
  const wordEnd = i;
  // "đ/c" keeps its slash.
  while (i > 0 && (isLetterOrMarkChar(text[i - 1]) || (text[i - 1] === '/' && i - 1 > 0 && isLetterOrMarkChar(text[i - 2])))) i--;
  return i < wordEnd ? { word: text.slice(i, wordEnd), start: i } : undefined;
}

/** The word after `index`, past spaces or tabs only (at least one). */
function wordAfter(text: string, index: number): string | undefined {
  let i = index;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  if (i === index) return undefined;
  const wordStart = i;
  while (i < text.length && isLetterOrMarkChar(text[i])) i++;
  return i > wordStart ? text.slice(wordStart, i) : undefined;
}
