import type { Range } from '../text/lineIndex';
import { characterScan } from './characterScan';
import { latinTwin, lookalikes } from '../text/confusables';
import { isLetter, offsetRange, wordAround } from './helpers';
import type { Rule, RuleContext } from './types';

export const lookalikeCharacters: Rule = {
  id: 'RW302',
  name: 'lookalike-characters',
  description: {
    en: 'A character that looks like another (Unicode confusables): Ð/ð or Ɖ for Đ/đ, a Greek or Cyrillic letter inside a Latin word, a zero-width character.',
    vi: 'Ký tự trông giống ký tự khác (theo dữ liệu confusables của Unicode): Ð/ð hay Ɖ thay cho Đ/đ, chữ Hy Lạp hay Kirin lẫn trong từ Latinh, ký tự độ rộng bằng không.',
  },
  defaultSeverity: 'warning',
  fixable: true,
  check(context) {
    const { text } = context.doc;
    // The shared walk over the characters notes where look-alikes and zero-width characters are.
    let next = 0;
    for (const start of characterScan(context.doc).lookalikes) {
      if (start < next) continue;
      const code = text.charCodeAt(start);
      const end = runEnd(text, start, code);
      const like = lookalikes().get(code);
      if (like?.script === 'Latin') checkStroked(context, start, like.twin);
      else if (like || isCyrillic(code)) next = checkMixed(context, start, end);
      else checkInvisible(context, start, end);
      next = Math.max(next, end);
    }
  },
};

/** Ð, ð, Ɖ where a Vietnamese syllable begins; Icelandic ð never begins a word (Guðrún, Sigurður). */
function checkStroked({ doc, report }: RuleContext, at: number, letter: string): void {
  if (isLetter(doc.text[at - 1])) return;
  const word = doc.text.slice(at, wordAround(doc.text, at, at + 1).end);
  if (!doc.prose.isProseAt(at)) return;
  const written = doc.text[at];
  const range = offsetRange(doc, at, at + 1);
  const name = written === '\u00D0' || written === '\u00F0' ? { en: 'the Icelandic letter eth', vi: 'chữ eth của tiếng Iceland' } : { en: 'a letter of another alphabet', vi: 'một chữ của bảng chữ cái khác' };
  report({
    range,
    message: {
      en: `"${word}" is typed with ${name.en} (${written}, U+${hex(written)}), not the Vietnamese ${letter}: it looks the same but breaks search and sorting.`,
      vi: `"${word}" được gõ bằng ${name.vi} (${written}, U+${hex(written)}), không phải chữ ${letter} tiếng Việt: trông giống nhưng làm hỏng tìm kiếm và sắp xếp.`,
    },
    fix: { title: { en: `Replace with ${letter}`, vi: `Thay bằng ${letter}` }, edits: [{ range, newText: letter }] },
  });
}

const SCRIPT_NAMES: Record<string, { en: string; vi: string }> = {
  Cyrillic: { en: 'Cyrillic', vi: 'Kirin' },
  Greek: { en: 'Greek', vi: 'Hy Lạp' },
  Armenian: { en: 'Armenian', vi: 'Armenia' },
};

function isCyrillic(code: number): boolean {
  return code >= 0x400 && code <= 0x4ff;
}

/** A letter of another script than Latin: a look-alike from the data, or any Cyrillic letter. */
function isForeign(char: string): boolean {
  const code = char.charCodeAt(0);
  return isCyrillic(code) || (lookalikes().get(code)?.script ?? 'Latin') !== 'Latin';
}

/** Reports a word that mixes Latin letters with letters of another script; returns where the word ends. */
function checkMixed({ doc, report }: RuleContext, from: number, to: number): number {
  const { start, end } = wordAround(doc.text, from, to);
  const word = doc.text.slice(start, end);
  const chars = [...word];
  const latin = chars.some((c) => isLetter(c) && !isForeign(c) && /\p{Script=Latin}/u.test(c));
  if (!latin || !doc.prose.isProseSpan(start, end)) return end;
  const foreign = chars.filter(isForeign);
  const fixed = chars.map((c) => (isForeign(c) ? (latinTwin(c) ?? c) : c)).join('');
  const range = offsetRange(doc, start, end);
  const scriptOf = (c: string) => (isCyrillic(c.charCodeAt(0)) ? 'Cyrillic' : lookalikes().get(c.charCodeAt(0))!.script);
  const list = (lang: 'en' | 'vi') => foreign.map((c) => `${c} (${SCRIPT_NAMES[scriptOf(c)]?.[lang] ?? scriptOf(c).replace(/_/g, ' ')}, U+${hex(c)})`).join(', ');
  report({
    range,
    message: {
      en: `"${word}" mixes Latin letters with letters of another script that look alike: ${list('en')}. It looks right but search and spell checking will not find it.`,
      vi: `"${word}" lẫn chữ Latinh với chữ của hệ chữ khác trông giống hệt: ${list('vi')}. Trông đúng nhưng tìm kiếm và kiểm tra chính tả sẽ không nhận ra.`,
    },
    fix: [...fixed].some(isForeign)
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
  if (lookalikes().has(code) || isCyrillic(code)) return start + 1;
  let end = start + 1;
  for (; end < text.length; end++) {
    const c = text.charCodeAt(end);
    const same = (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
    if (!same) break;
  }
  return end;
}
