import { characterScan } from './characterScan';
import { hasVietnameseLetter, stripDiacritics } from '../text/fold';
import { inTable, isLetter, offsetRange } from './helpers';
import { isPlainSyllable } from './syllables';
import type { Rule } from './types';

export const repeatedWord: Rule = {
  id: 'RW308',
  name: 'repeated-word',
  description: {
    en: 'The same word twice in a row ("đã đã", "the the"), across a line break too; reduplicated words ("dần dần", "had had") are not counted.',
    vi: 'Một từ lặp hai lần liền nhau ("đã đã", "the the"), kể cả qua chỗ xuống dòng; từ láy ("dần dần", "từ từ") không tính.',
  },
  defaultSeverity: 'warning',
  fixable: true,
  check({ doc, report }) {
    const { text, lines } = doc;
    // Whether a repeated word is a Vietnamese syllable, once per word: a report repeats its words.
    const syllable = new Map<string, boolean>();
    // The shared walk over the characters notes each word written twice with only spaces between.
    for (const { first, second, length } of characterScan(doc).repeats) {
      const word = text.slice(second, second + length);
      // Compared in NFC: a word typed with combining marks ("chưa" as u + U+031B) is the same word.
      const lower = word.toLowerCase().normalize('NFC');
      if (length === 1 || EN_REDUPLICATED.has(lower) || (VI_REDUPLICATED.has(lower) && (doc.lang !== 'en' || hasVietnameseLetter(lower)))) continue;
      // A Vietnamese syllable is often the end of one word and the start of the next ("phân công
      // công việc", "hội nghị nghị quyết"): only grammatical words that never do so are counted.
      let isSyllable = syllable.get(lower);
      if (isSyllable === undefined) syllable.set(lower, (isSyllable = isVietnameseSyllable(lower, doc.lang)));
      if (isSyllable && !FUNCTION_WORDS.has(lower) && !(Object.hasOwn(ENDS_OF, lower) && !ENDS_OF[lower].has(syllableBefore(text, first)))) continue;
      // "Nam Nam" as a name, "MỤC MỤC" in capitals: only a repeat written in lower case the second time.
      if (word !== word.toLowerCase()) continue;
      // Part of a compound or a code-like name: "call out out-of-date", "for...in in", "codeql-action action".
      // After the copy, a mark joins only when a word goes on after it: "đã đã." ends a sentence.
      // An entity joins only when it is a letter ("h&igrave;nh nh&acirc;n"); "&nbsp;", "&quot;" part words.
      const after = second + length;
      const before = entityEndingAt(text, first);
      const next = entityStartingAt(text, after);
      if (before !== undefined ? before : GLUE.test(text[first - 1] ?? '')) continue;
      if (next !== undefined ? next : GLUE.test(text[after] ?? '') && isLetter(text[after + 1])) continue;
      // Three or more in a row is filler or emphasis ("text text text"), not a slip.
      if (sameAround(text, first, second, length)) continue;
      const firstLine = lines.positionAt(first).line;
      const secondLine = lines.positionAt(second).line;
      // A word alone on its line is a label or a filler line ("text" under "text"), not running prose.
      if (firstLine !== secondLine && (aloneOnLine(lines.line(firstLine), text.slice(second, second + length)) || aloneOnLine(lines.line(secondLine), text.slice(second, second + length)))) continue;
      if (inTable(doc, first)) continue;
      if (doc.prose.blockAt(firstLine) !== doc.prose.blockAt(secondLine)) continue;
      if (!doc.prose.isProseSpan(first, second + length)) continue;
      // The fix takes off the copy and the spaces before it: the word itself stays, as written first.
      const range = offsetRange(doc, first + length, second + length);
      report({
        range: offsetRange(doc, first, second + length),
        message: {
          en: `"${word}" is written twice in a row.`,
          vi: `Từ "${word}" bị lặp hai lần liền nhau.`,
        },
        fix: { title: { en: `Remove the second "${word}"`, vi: `Bỏ chữ "${word}" thứ hai` }, edits: [{ range, newText: '' }] },
      });
    }
  },
};

/** A word with Vietnamese letters, or, in a Vietnamese report, one spelt as a Vietnamese syllable ("cho", "ra"). */
function isVietnameseSyllable(word: string, lang: string): boolean {
  return hasVietnameseLetter(word) || (lang === 'vi' && isPlainSyllable(stripDiacritics(word)));
}

/**
 * Vietnamese grammatical words (tense, plural, case-like and linking words) that are never the
 * last syllable of one word and the first of the next: doubled, they are a slip.
 */
const FUNCTION_WORDS = new Set(
  ('đã đang sẽ chưa các những của và là được bị cho với để đến này đó thì mà nhưng hoặc vì khi về ' +
    'cũng còn rất vẫn hãy chỉ mọi mỗi từng tuy nếu do bởi cùng như').split(' '),
);

/**
 * "tại" and "theo": doubled, a slip ("tổ chức tại tại hội trường", "theo theo kế hoạch"), unless
 * the first ends a word with the syllable before it ("hiện tại tại đơn vị", "tiếp theo theo kế
 * hoạch"): the syllables that make such a word, by the word doubled. Other prepositions, "có",
 * "không" and "lại" end too many words ("mặt bằng bằng", "hiện có có thể", "khởi động lại lại")
 * for a list to hold them, and are left alone.
 */
const ENDS_OF: Readonly<Record<string, ReadonlySet<string>>> = Object.fromEntries(
  Object.entries({
    tại: 'hiện tồn thực',
    theo: 'tiếp kèm',
  }).map(([word, before]) => [word, new Set(before.split(' '))]),
);

/** The syllable just before `at` (spaces or tabs between), in lower case; '' when none. */
function syllableBefore(text: string, at: number): string {
  const m = /(\p{L}[\p{L}\p{M}]*)[ \t]+$/u.exec(text.slice(Math.max(0, at - 20), at));
  return m ? m[1].toLowerCase().normalize('NFC') : '';
}

/**
 * Characters that join a word to what is around it: a compound or a code-like name, and an HTML
 * entity ("h&igrave;nh nh&acirc;n" holds "nh nh" between "&igrave;" and "&acirc;"; a CMS writes
 * Vietnamese so).
 */
const GLUE = /[-./\\_'’"“‘@#:&;]/;

function aloneOnLine(line: string, word: string): boolean {
  return line.replace(/^[ \t>]*(?:[-*+]|\d{1,9}[.)])?[ \t]*|[ \t]+$/g, '').toLowerCase() === word.toLowerCase();
}

/** True when the word is written a third time just before the first or just after the second. */
function sameAround(text: string, first: number, second: number, length: number): boolean {
  const word = text.slice(second, second + length).toLowerCase();
  // After: skip spaces (and one line break), then the same letters, then no letter.
  let k = skipSpaces(text, second + length, 1);
  if (text.slice(k, k + length).toLowerCase() === word && !isLetter(text[k + length])) return true;
  k = skipSpaces(text, first - 1, -1);
  return text.slice(k - length + 1, k + 1).toLowerCase() === word && !isLetter(text[k - length]);
}

/** From `at`, the first offset in the direction `step` that is not a space or tab, past at most one line break. */
function skipSpaces(text: string, at: number, step: 1 | -1): number {
  let breaks = 0;
  for (; at >= 0 && at < text.length; at += step) {
    const c = text.charCodeAt(at);
    if (c === 10 && ++breaks > 1) break;
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) break;
  }
  return at;
}

/**
 * Words whose doubling is a word of its own: Vietnamese reduplication (từ láy toàn phần: "dần
 * dần", "người người", "ngày ngày"), read so in a report not in English (in English, "to to" is
 * a slip, in Vietnamese "to to" is "quite big"). Single letters are never counted (list markers,
 * "a a" in examples).
 */
const VI_REDUPLICATED = new Set(
  // Time, people, places, manner, degree, sounds.
  ('dần từ thường người nhà ngày đêm năm tháng tuần sáng chiều tối trưa chiều đời mãi đâu ai nơi chốn lâu xa ' +
    'cao thấp to nhỏ bé dài ngắn đỏ xanh vàng trắng đen tím hồng xinh vui buồn hay đều rõ sờ lớp đoàn đợt ' +
    'ầm rầm ào đùng bừng phừng lừ rì chằm thình hằng hầm khè bình ngang thẳng chầm lặng im thầm nhanh chậm ' +
    'chốc ít đầy vừa hơi chút tí ti').split(' '),
);
/** English doublings that are grammatical ("had had", "that that") and interjections ("ha ha", "bye bye"), in any report. */
const EN_REDUPLICATED = new Set(
  'had that ha hi ho bye no so very yes do knock tut bla blah boo pom chop tsk yo hey wow master dash win tick bang'.split(' '),
);

/** An HTML entity's name or number: letters ("acirc", "nbsp") or "#" and digits. */
const ENTITY = /^&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});/;
/** Entities of letters with marks: "&acirc;", "&igrave;", "&Ocirc;"; "&eth;", "&szlig;". */
const LETTER_ENTITY = /^&(?:[A-Za-z](?:acute|grave|circ|tilde|uml|ring|cedil|slash|caron|breve|macr|ogon|dot|dblac|strok)|eth|ETH|thorn|THORN|szlig|aelig|AElig|oelig|OElig);$/;

/** Whether the entity written at `at` joins a word (a letter), undefined when none starts there. */
function entityStartingAt(text: string, at: number): boolean | undefined {
  if (text[at] !== '&') return undefined;
  const m = ENTITY.exec(text.slice(at, at + 40));
  return m ? isLetterEntity(m[0]) : undefined;
}

/** Whether the entity that ends just before `at` joins a word, undefined when none ends there. */
function entityEndingAt(text: string, at: number): boolean | undefined {
  if (text[at - 1] !== ';') return undefined;
  const start = text.lastIndexOf('&', at - 1);
  if (start < 0 || at - start > 40) return undefined;
  const m = ENTITY.exec(text.slice(start, at));
  return m && m[0].length === at - start ? isLetterEntity(m[0]) : undefined;
}

function isLetterEntity(entity: string): boolean {
  if (LETTER_ENTITY.test(entity)) return true;
  const number = /^&#([xX]?)([0-9A-Fa-f]+);$/.exec(entity);
  if (!number) return false;
  const code = parseInt(number[2], number[1] ? 16 : 10);
  return code <= 0x10ffff && isLetter(String.fromCodePoint(code));
}
