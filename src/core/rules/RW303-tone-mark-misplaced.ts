import { withTonePlaced } from '../text/vietnamese';
import { offsetRange } from './helpers';
import { characterScan } from './characterScan';
import type { Rule } from './types';

export const toneMarkMisplaced: Rule = {
  id: 'RW303',
  name: 'tone-mark-misplaced',
  description: {
    en: 'A Vietnamese tone mark sits on a vowel where neither the old nor the new placement puts it ("baỏ", "lựơng").',
    vi: 'Dấu thanh đặt sai nguyên âm, sai theo cả kiểu bỏ dấu cũ lẫn mới ("baỏ", "lựơng").',
  },
  defaultSeverity: 'warning',
  fixable: true,
  check({ doc, report, options }) {
    for (const { start, end, syllable } of characterScan(doc).misplaced) {
      // Outside open oa/oe/uy the two placements agree, so the style only matters for letter choice there.
      const correct = withTonePlaced(syllable, options.toneMarks === 'new' ? 'new' : 'old');
      const range = offsetRange(doc, start, end);
      report({
        range,
        message: {
          en: `"${syllable.text}" has its tone mark on the wrong vowel: write "${correct}".`,
          vi: `Dấu thanh của "${syllable.text}" đặt sai nguyên âm: viết đúng là "${correct}".`,
        },
        fix: { title: { en: `Write "${correct}"`, vi: `Sửa thành "${correct}"` }, edits: [{ range, newText: correct }] },
      });
    }
  },
};
