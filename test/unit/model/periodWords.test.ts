import * as assert from 'node:assert/strict';
import { partOfYearIn, yearIn } from '../../../src/core/model/periodWords';

describe('the part of a year a title names', () => {
  it('reads weeks, months, quarters and halves in Vietnamese and English, with the year written after them', () => {
    const cases: Array<[string, ReturnType<typeof partOfYearIn>]> = [
      ['báo cáo tuần 5', { unit: 'week', value: 5 }],
      ['báo cáo tuần thứ 7', { unit: 'week', value: 7 }],
      ['tháng thứ 3 của dự án', { unit: 'month', value: 3 }],
      ['báo cáo công tác tháng 10/2026', { unit: 'month', value: 10, year: 2026 }],
      ['kế hoạch quý iii/2026', { unit: 'quarter', value: 3, year: 2026 }],
      ['status, q3 2026', { unit: 'quarter', value: 3, year: 2026 }],
      ['kế hoạch 6 tháng cuối năm 2025', { unit: 'half', value: 2, year: 2025 }],
      ['goals for the second half', { unit: 'half', value: 2 }],
      ['monthly report: june 2025', { unit: 'month', value: 6, year: 2025 }],
      ['plans for sept. 2025', { unit: 'month', value: 9, year: 2025 }],
      ['sprint 12 review', { unit: 'sprint', value: 12 }],
      ['may 2025 update', { unit: 'month', value: 5, year: 2025 }],
    ];
    for (const [text, expected] of cases) assert.deepEqual(partOfYearIn(text), expected, text);
  });

  it('reads no part of a year in a year alone, in "may" without its year, or inside a word (Vietnamese letters at the edges)', () => {
    for (const text of ['báo cáo năm 2025', 'plans may change', 'marketing plan', 'đq3', 'thángư 5', 'h1b visa', 'quýt 3']) {
      assert.equal(partOfYearIn(text), undefined, text);
    }
    assert.equal(yearIn('báo cáo năm 2025'), 2025);
    assert.equal(yearIn('20255'), undefined);
  });
});
