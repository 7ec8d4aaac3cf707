import type { Localized } from '../i18n';
import { characterScan, foldKey } from './characterScan';
import { isLetter, offsetRange } from './helpers';
import { PHRASES } from './misspellings';
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

const RIGHT = new Map(PHRASES);
/** The phrases by their first syllable, lower case. */
const BY_FIRST = new Map<number, string[]>();
for (const [wrong] of PHRASES) {
  const key = foldKey(wrong.split(' ')[0]);
  BY_FIRST.set(key, [...(BY_FIRST.get(key) ?? []), wrong]);
}

function phrases({ doc, report }: RuleContext): void {
  const { text } = doc;
  // The shared walk over the words notes where a first syllable of these phrases stands, in any case.
  for (const { start, key } of characterScan(doc).heads) {
    const candidates = BY_FIRST.get(key);
    if (!candidates) continue;
    for (const wrong of candidates) {
      const written = text.slice(start, start + wrong.length);
      const lower = written[0].toLowerCase() + written.slice(1);
      if (lower !== wrong || isLetter(text[start + wrong.length]) || !doc.prose.isProseSpan(start, start + wrong.length)) continue;
      const right = RIGHT.get(wrong)!;
      const fixed = written === wrong ? right : right[0].toUpperCase() + right.slice(1);
      const range = offsetRange(doc, start, start + wrong.length);
      report({
        range,
        message: {
          en: `"${written}" is a common misspelling of "${fixed}".`,
          vi: `"${written}" là lỗi chính tả hay gặp, viết đúng là "${fixed}".`,
        },
        fix: { title: { en: `Write "${fixed}"`, vi: `Sửa thành "${fixed}"` }, edits: [{ range, newText: fixed }] },
      });
      break;
    }
  }
}
