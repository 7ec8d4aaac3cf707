import type { Localized } from '../i18n';
import { characterScan } from './characterScan';
import { isLetter, offsetRange } from './helpers';
import type { SpellingProblem } from './syllables';
import type { Rule, RuleContext } from './types';

export const vietnameseSpelling: Rule = {
  id: 'RW309',
  name: 'vietnamese-spelling',
  description: {
    en: 'A syllable Vietnamese spelling cannot have ("nghành", "ngiên", "kách", "mãt"), or a well-known misspelt phrase ("sử lý", "rứt khoát"). Only lower-case words with Vietnamese letters or marks are read.',
    vi: 'Âm tiết sai quy tắc chính tả tiếng Việt ("nghành", "ngiên", "kách", "mãt"), hoặc cụm từ hay viết sai ("sử lý", "rứt khoát"). Chỉ xét từ viết thường có chữ hoặc dấu tiếng Việt.',
  },
  defaultSeverity: 'warning',
  fixable: true,
  check(context) {
    syllables(context);
    phrases(context);
  },
};

/** Letters only Vietnamese writes among the Latin languages: a word with them is Vietnamese in any report. */
const ONLY_VIETNAMESE = /[ăơưđ\u1EA0-\u1EF9]/;

function syllables({ doc, report }: RuleContext): void {
  for (const { start, end, verdict } of characterScan(doc).misspelt) {
    const word = doc.text.slice(start, end);
    // In an English report a French "été" or Portuguese "ação" is not Vietnamese.
    if (doc.lang !== 'vi' && !ONLY_VIETNAMESE.test(word)) continue;
    // "Ea H'leo", "M'Đrắk": a word after an apostrophe is part of a name.
    if (/['’-]/.test(doc.text[start - 1] ?? '') || /['’]/.test(doc.text[end] ?? '')) continue;
    if (!doc.prose.isProseSpan(start, end)) continue;
    const range = offsetRange(doc, start, end);
    const why = REASONS[verdict.problem];
    const fixed = verdict.fix;
    report({
      range,
      message: {
        en: `"${word}" is not a Vietnamese syllable: ${why.en}${fixed ? `; did you mean "${fixed}"?` : '.'}`,
        vi: `"${word}" sai chính tả: ${why.vi}${fixed ? `; có phải là "${fixed}"?` : '.'}`,
      },
      fix: fixed ? { title: { en: `Write "${fixed}"`, vi: `Sửa thành "${fixed}"` }, edits: [{ range, newText: fixed }] } : undefined,
    });
  }
}

const REASONS: Record<SpellingProblem, Localized> = {
  'gh-before': { en: '"gh" and "ngh" come only before i, e, ê', vi: '"gh", "ngh" chỉ đứng trước i, e, ê' },
  'ng-before': { en: 'before i, e, ê Vietnamese writes "gh" and "ngh", not "g" and "ng"', vi: 'trước i, e, ê phải viết "gh", "ngh", không viết "g", "ng"' },
  'k-before': { en: '"k" comes only before i, e, ê, y; elsewhere the sound is written "c"', vi: '"k" chỉ đứng trước i, e, ê, y; còn lại viết "c"' },
  'c-before': { en: 'before i, e, ê, y the sound is written "k", not "c"', vi: 'trước i, e, ê, y phải viết "k", không viết "c"' },
  'q-without-u': { en: '"q" is always written "qu"', vi: '"q" luôn đi với "u" thành "qu"' },
  'stop-tone': { en: 'a syllable ending in p, t, c or ch takes only the sắc or nặng tone', vi: 'âm tiết tận cùng bằng p, t, c, ch chỉ mang thanh sắc hoặc thanh nặng' },
  'not-a-syllable': { en: 'no Vietnamese syllable is spelt this way', vi: 'không có âm tiết tiếng Việt nào viết như vậy' },
};

/**
 * Phrases of well-formed syllables that are misspelt all the same, each with its one right
 * form: the common confusions of s/x, ch/tr, d/gi/r and of the final n/ng in administrative
 * writing (as Vietnamese style guides list them). Only these exact phrases, in lower case or
 * with the first letter capitalised.
 */
const PHRASES: ReadonlyArray<[string, string]> = [
  ['sử lý', 'xử lý'],
  ['sử lí', 'xử lí'],
  ['xử dụng', 'sử dụng'],
  ['rứt khoát', 'dứt khoát'],
  ['chuẩn đoán', 'chẩn đoán'],
  ['xắp xếp', 'sắp xếp'],
  ['sắp sếp', 'sắp xếp'],
  ['bổ xung', 'bổ sung'],
  ['xác xuất', 'xác suất'],
  ['sơ xuất', 'sơ suất'],
  ['suất xứ', 'xuất xứ'],
  ['xuất xắc', 'xuất sắc'],
  ['chia xẻ', 'chia sẻ'],
  ['sát nhập', 'sáp nhập'],
  ['cọ sát', 'cọ xát'],
  ['dành mạch', 'rành mạch'],
  ['chau chuốt', 'trau chuốt'],
  ['trinh phục', 'chinh phục'],
  ['tựu chung', 'tựu trung'],
  ['sáng lạng', 'xán lạn'],
  ['dè xẻn', 'dè sẻn'],
  ['xơ xài', 'sơ sài'],
  ['tham quang', 'tham quan'],
];

/** All the phrases, both cases of their first letter, in one pattern read once over the text. */
const PHRASE_PATTERN = new RegExp(
  `(?:${PHRASES.map(([wrong]) => `[${wrong[0]}${wrong[0].toUpperCase()}]${wrong.slice(1)}`).join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);
const RIGHT = new Map(PHRASES);

function phrases({ doc, report }: RuleContext): void {
  const { text } = doc;
  PHRASE_PATTERN.lastIndex = 0;
  for (let m; (m = PHRASE_PATTERN.exec(text)); ) {
    const written = m[0];
    const at = m.index;
    const end = at + written.length;
    if (isLetter(text[at - 1]) || !doc.prose.isProseSpan(at, end)) continue;
    const lower = written[0].toLowerCase() + written.slice(1);
    const right = RIGHT.get(lower)!;
    const fixed = written === lower ? right : right[0].toUpperCase() + right.slice(1);
    const range = offsetRange(doc, at, end);
    report({
      range,
      message: {
        en: `"${written}" is a common misspelling of "${fixed}".`,
        vi: `"${written}" là lỗi chính tả hay gặp, viết đúng là "${fixed}".`,
      },
      fix: { title: { en: `Write "${fixed}"`, vi: `Sửa thành "${fixed}"` }, edits: [{ range, newText: fixed }] },
    });
  }
}
