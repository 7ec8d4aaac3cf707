import type { Range } from '../text/lineIndex';
import { characterScan } from './characterScan';
import { isLetter, offsetRange, wordAround } from './helpers';
import type { Rule, RuleContext } from './types';

export const lookalikeCharacters: Rule = {
  id: 'RW302',
  name: 'lookalike-characters',
  description: {
    en: 'A character that looks like another: Ð/ð (eth) for Đ/đ, a Cyrillic letter inside a Latin word, a zero-width character.',
    vi: 'Ký tự trông giống ký tự khác: Ð/ð (eth) thay cho Đ/đ, chữ Kirin lẫn trong từ Latinh, ký tự độ rộng bằng không.',
  },
  defaultSeverity: 'warning',
  fixable: true,
  check(context) {
    const { text } = context.doc;
    // The shared walk over the characters notes where Ð/ð, Cyrillic and zero-width characters are.
    let next = 0;
    for (const start of characterScan(context.doc).lookalikes) {
      if (start < next) continue;
      const code = text.charCodeAt(start);
      const end = runEnd(text, start, code);
      if (code === 0xd0 || code === 0xf0) checkEth(context, start);
      else if (code >= 0x400 && code <= 0x4ff) next = checkCyrillic(context, start, end);
      else checkInvisible(context, start, end);
      next = Math.max(next, end);
    }
  },
};

function checkEth({ doc, report }: RuleContext, at: number): void {
  // Vietnamese đ always begins a syllable; Icelandic ð never begins a word (Guðrún, Sigurður).
  if (isLetter(doc.text[at - 1])) return;
  const word = doc.text.slice(at, wordAround(doc.text, at, at + 1).end);
  if (!doc.prose.isProseAt(at)) return;
  const written = doc.text[at];
  const letter = written === '\u00D0' ? 'Đ' : 'đ';
  const range = offsetRange(doc, at, at + 1);
  report({
    range,
    message: {
      en: `"${word}" is typed with the Icelandic letter eth (${written}, U+${hex(written)}), not the Vietnamese ${letter}: it looks the same but breaks search and sorting.`,
      vi: `"${word}" được gõ bằng chữ eth của tiếng Iceland (${written}, U+${hex(written)}), không phải chữ ${letter} tiếng Việt: trông giống nhưng làm hỏng tìm kiếm và sắp xếp.`,
    },
    fix: { title: { en: `Replace with ${letter}`, vi: `Thay bằng ${letter}` }, edits: [{ range, newText: letter }] },
  });
}

/** Cyrillic letters that look like Latin ones, and those Latin ones. */
const LATIN_TWIN: Record<string, string> = {
  а: 'a', в: 'B', е: 'e', к: 'k', м: 'M', н: 'H', о: 'o', р: 'p', с: 'c', т: 'T', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', һ: 'h', ԁ: 'd',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', У: 'Y', Х: 'X', І: 'I', Ј: 'J', Ѕ: 'S',
};
const CYRILLIC = /[\u0400-\u04FF]/;

/** Reports a word that mixes Latin and Cyrillic letters; returns where the word ends. */
function checkCyrillic({ doc, report }: RuleContext, from: number, to: number): number {
  const { start, end } = wordAround(doc.text, from, to);
  const word = doc.text.slice(start, end);
  const latin = [...word].some((c) => isLetter(c) && !CYRILLIC.test(c) && /\p{Script=Latin}/u.test(c));
  if (!latin || !doc.prose.isProseSpan(start, end)) return end;
  const cyrillic = [...word].filter((c) => CYRILLIC.test(c));
  const fixed = [...word].map((c) => (CYRILLIC.test(c) ? (LATIN_TWIN[c] ?? c) : c)).join('');
  const range = offsetRange(doc, start, end);
  const lettersList = cyrillic.map((c) => `${c} (U+${hex(c)})`).join(', ');
  report({
    range,
    message: {
      en: `"${word}" mixes Latin and Cyrillic letters: ${lettersList}. It looks right but search and spell checking will not find it.`,
      vi: `"${word}" lẫn chữ Latinh với chữ Kirin: ${lettersList}. Trông đúng nhưng tìm kiếm và kiểm tra chính tả sẽ không nhận ra.`,
    },
    fix: CYRILLIC.test(fixed)
      ? undefined
      : { title: { en: `Replace with the Latin letters: "${fixed}"`, vi: `Thay bằng chữ Latinh: "${fixed}"` }, edits: [{ range, newText: fixed }] },
  });
  return end;
}

function checkInvisible({ doc, report }: RuleContext, start: number, end: number): void {
  const { text } = doc;
  if (start === 0 && text.charCodeAt(0) === 0xfeff && end === 1) return; // a byte order mark
  // Joiners inside emoji sequences and non-Latin scripts are meant; next to Latin text they are not.
  const joinerOnly = /^[\u200C\u200D]+$/.test(text.slice(start, end));
  if (joinerOnly && !isLatinSide(text.charCodeAt(start - 1)) && !isLatinSide(text.charCodeAt(end))) return;
  if (!doc.prose.isProseSpan(start, end)) return;
  const names = [...new Set(text.slice(start, end))].map((c) => `U+${hex(c)}`).join(', ');
  const range: Range = offsetRange(doc, start, end);
  report({
    range,
    message: {
      en: `An invisible zero-width character (${names}) is in the text: it splits words for search and spell checking.`,
      vi: `Có ký tự vô hình độ rộng bằng không (${names}) trong văn bản: nó làm tìm kiếm và kiểm tra chính tả tách sai từ.`,
    },
    fix: { title: { en: 'Delete the invisible character', vi: 'Xóa ký tự vô hình' }, edits: [{ range, newText: '' }] },
  });
}

function isLatinSide(code: number): boolean {
  return Number.isNaN(code) || code < 0x250 || (code >= 0x1e00 && code <= 0x1eff);
}

function hex(char: string): string {
  return char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
}

/** Where a run of characters of the same family as the one at `start` ends. */
function runEnd(text: string, start: number, code: number): number {
  if (code === 0xd0 || code === 0xf0) return start + 1;
  const cyrillic = code >= 0x400 && code <= 0x4ff;
  let end = start + 1;
  for (; end < text.length; end++) {
    const c = text.charCodeAt(end);
    const same = cyrillic ? c >= 0x400 && c <= 0x4ff : (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
    if (!same) break;
  }
  return end;
}
