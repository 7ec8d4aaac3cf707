import { withTonePlaced } from '../text/vietnamese';
import { offsetRange } from './helpers';
import { characterScan } from './characterScan';
import { inProperName } from '../text/properName';
import type { Rule, ToneMarkStyle } from './types';

export const toneMarkStyle: Rule = {
  id: 'RW304',
  name: 'tone-mark-style',
  description: {
    en: 'Old (hòa, thủy) and new (hoà, thuỷ) tone-mark placement are mixed in one report, or the placement is not the one the settings ask for.',
    vi: 'Trộn kiểu bỏ dấu cũ (hòa, thủy) và mới (hoà, thuỷ) trong một báo cáo, hoặc không theo kiểu mà phần cài đặt yêu cầu.',
  },
  defaultSeverity: 'warning',
  fixable: true,
  check({ doc, report, options }) {
    // Names are spelled as on their owners' papers ("Nguyễn Thị Thùy Linh" beside "Đào Thị Thanh
    // Thuỷ"): neither counted nor reported.
    const words = characterScan(doc).styled.filter((w) => !inProperName(doc.text, w.start, w.end));
    const old = words.filter((w) => w.style === 'old').length;
    const fresh = words.length - old;
    const preferred = options.toneMarks && options.toneMarks !== 'consistent' ? options.toneMarks : undefined;
    let target: ToneMarkStyle;
    if (preferred) target = preferred;
    else if (old === 0 || fresh === 0) return;
    else target = old > fresh ? 'old' : fresh > old ? 'new' : words[0].style;

    for (const word of words) {
      if (word.style === target) continue;
      const correct = withTonePlaced(word.syllable, target);
      const range = offsetRange(doc, word.start, word.end);
      const written = word.syllable.text;
      report({
        range,
        message: preferred
          ? {
              en: `"${written}" places its tone mark the ${NAMES.en[word.style]} way; the settings ask for the ${NAMES.en[target]} way: "${correct}".`,
              vi: `"${written}" bỏ dấu theo kiểu ${NAMES.vi[word.style]}; phần cài đặt yêu cầu kiểu ${NAMES.vi[target]}: "${correct}".`,
            }
          : old === fresh
            ? {
                en: `"${written}" places its tone mark the ${NAMES.en[word.style]} way, and this report uses both ways as often (${old} each); its first such word uses the ${NAMES.en[target]} way: write "${correct}".`,
                vi: `"${written}" bỏ dấu theo kiểu ${NAMES.vi[word.style]}, trong khi báo cáo dùng hai kiểu ngang nhau (${old}/${fresh}); từ đầu tiên theo kiểu ${NAMES.vi[target]}: viết "${correct}" cho thống nhất.`,
              }
            : {
                en: `"${written}" places its tone mark the ${NAMES.en[word.style]} way, but this report mostly uses the ${NAMES.en[target]} way (${Math.max(old, fresh)} to ${Math.min(old, fresh)}): write "${correct}".`,
                vi: `"${written}" bỏ dấu theo kiểu ${NAMES.vi[word.style]}, trong khi báo cáo chủ yếu bỏ dấu theo kiểu ${NAMES.vi[target]} (${Math.max(old, fresh)}/${Math.min(old, fresh)}): viết "${correct}" cho thống nhất.`,
              },
        fix: { title: { en: `Write "${correct}"`, vi: `Sửa thành "${correct}"` }, edits: [{ range, newText: correct }] },
      });
    }
  },
};

const NAMES = {
  en: { old: 'old', new: 'new' },
  vi: { old: 'cũ', new: 'mới' },
} as const;
