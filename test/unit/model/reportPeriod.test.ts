import * as assert from 'node:assert/strict';
import { describePeriod, nextPeriod, parsePeriod, periodYears } from '../../../src/core/model/reportPeriod';
import { parseReport } from '../../../src/core';
import { fixAll } from '../../../src/core/fix';
import { lintText } from '../helpers';

const short = (value: unknown) => {
  const p = parsePeriod(value);
  return p && `${p.year}${p.unit ? ` ${p.unit} ${p.value}` : ''}`;
};

describe('the period a front matter gives', () => {
  it('reads a year, as a number or as text', () => {
    assert.equal(short(2024), '2024');
    assert.equal(short('2024'), '2024');
    assert.equal(short(' 2024 '), '2024');
  });

  it('reads months, quarters, halves and ISO weeks as Vietnamese and English reports write them', () => {
    const cases: Array<[string, string]> = [
      ['2026-10', '2026 month 10'],
      ['10/2026', '2026 month 10'],
      ['tháng 10/2026', '2026 month 10'],
      ['Tháng 10 năm 2026', '2026 month 10'],
      ['THÁNG 1/2026', '2026 month 1'],
      ['T10/2026', '2026 month 10'],
      ['October 2026', '2026 month 10'],
      ['Oct 2026', '2026 month 10'],
      ['2026-Q3', '2026 quarter 3'],
      ['Q3/2026', '2026 quarter 3'],
      ['Q3 2026', '2026 quarter 3'],
      ['quý III/2026', '2026 quarter 3'],
      ['Quý IV năm 2026', '2026 quarter 4'],
      ['quý 2 năm 2026', '2026 quarter 2'],
      ['2026-H1', '2026 half 1'],
      ['H2/2026', '2026 half 2'],
      ['6 tháng đầu năm 2026', '2026 half 1'],
      ['6 tháng cuối năm 2026', '2026 half 2'],
      ['2026-W14', '2026 week 14'],
      ['2026W14', '2026 week 14'],
      ['tuần 14/2026', '2026 week 14'],
      ['Week 14, 2026', '2026 week 14'],
      // Decomposed Vietnamese (NFD), as some editors and pastes write it.
      ['tha\u0301ng 10/2026', '2026 month 10'],
      ['2026/10', '2026 month 10'],
      ['2026.10', '2026 month 10'],
      ['Sept 2026', '2026 month 9'],
      ['March, 2026', '2026 month 3'],
      ['06 tháng đầu năm 2026', '2026 half 1'],
      // "Báo cáo 6 tháng năm 2026": the six-month report, of the first half.
      ['6 tháng năm 2026', '2026 half 1'],
    ];
    for (const [value, expected] of cases) assert.equal(short(value), expected, value);
  });

  it('refuses what names no period, or a part a year does not have', () => {
    for (const value of ['next year', '2026-13', '13/2026', '2026-Q5', 'quý V/2026', '2026-H3', '2026-W54', '2025-W53', '1899', '2201', '2026-10-01', 'tháng 10', 'Octobre 2026', '', true, null, [2024], { year: 2024 }, 2024.5]) {
      assert.equal(parsePeriod(value), undefined, JSON.stringify(value));
    }
    // 2026 has 53 ISO weeks (it starts on a Thursday), 2025 has 52.
    assert.equal(short('2026-W53'), '2026 week 53');
  });

  it('knows the period after it, across the year end', () => {
    const next = (value: string) => describePeriod(nextPeriod(parsePeriod(value)!));
    assert.deepEqual(next('2024'), { en: '2025', vi: 'năm 2025' });
    assert.deepEqual(next('tháng 11/2026'), { en: 'December 2026', vi: 'tháng 12/2026' });
    assert.deepEqual(next('tháng 12/2026'), { en: 'January 2027', vi: 'tháng 1/2027' });
    assert.deepEqual(next('2026-Q4'), { en: 'Q1 2027', vi: 'quý I/2027' });
    assert.deepEqual(next('2026-H1'), { en: 'H2 2026', vi: '6 tháng cuối năm 2026' });
    assert.deepEqual(next('2026-W53'), { en: 'week 1 of 2027', vi: 'tuần 1/2027' });
    assert.deepEqual(next('2025-W52'), { en: 'week 1 of 2026', vi: 'tuần 1/2026' });
  });

  it('is the model\'s period, and a monthly report with it lints without RW006', () => {
    const text = '---\nkind: status\nlang: vi\nperiod: tháng 10/2026\n---\n\n# Báo cáo công tác tháng 10\n\n## Kết quả trong tháng\n\n- Xong.\n\n## Kế hoạch tháng 11\n\n- Tiếp tục.\n';
    const doc = parseReport(text);
    assert.equal(doc.period?.unit, 'month');
    assert.equal(doc.period?.value, 10);
    assert.equal(doc.period?.written, 'tháng 10/2026');
    assert.deepEqual(lintText(text).filter((f) => f.ruleId === 'RW006'), []);
    // "Kế hoạch tháng 11" in the report of October is next month's plan: the priorities.
    assert.deepEqual(doc.roleSections.map((s) => s.role), ['results', 'priorities']);
  });

  it('says in words, in the report\'s language, what a period may be', () => {
    const vi = lintText('---\nkind: status\nlang: vi\nperiod: tháng mười\n---\n\n# Báo cáo tháng\n').find((f) => f.ruleId === 'RW006');
    assert.match(vi!.message, /"period" phải là một năm \(2024\).*tháng 10\/2026.*không phải "tháng mười"/);
    const en = lintText('---\nkind: status\nlang: en\nperiod: Q3\n---\n\n# Status\n').find((f) => f.ruleId === 'RW006');
    assert.match(en!.message, /"period" must be a year \(2024\).*a quarter \(2026-Q3\).*not "Q3"/);
  });

  it('knows the calendar years a week runs over', () => {
    assert.deepEqual(periodYears(parsePeriod('2026-W53')!), [2026, 2027]);
    assert.deepEqual(periodYears(parsePeriod('2026-W01')!), [2025, 2026]);
    assert.deepEqual(periodYears(parsePeriod('2026-W14')!), [2026]);
    assert.deepEqual(periodYears(parsePeriod('2021-W01')!), [2021], 'week 1 of 2021 starts on Monday 4 January');
    assert.deepEqual(periodYears(parsePeriod('tháng 12/2026')!), [2026]);
  });

  it('reads a number with a decimal point as written, where YAML, TOML and JSON lose its zeros', () => {
    for (const open of ['---\nkind: status\nperiod: 2026.10\n---', '+++\nkind = "status"\nperiod = 2026.10\n+++', '---json\n{"kind": "status", "period": 2026.10}\n---']) {
      const doc = parseReport(`${open}\n# Status\n`);
      assert.deepEqual([doc.period?.unit, doc.period?.value, doc.period?.written], ['month', 10, '2026.10'], open);
      assert.deepEqual(doc.frontMatterProblems, []);
    }
  });

  describe('this period\'s objectives and the next one\'s priorities, by the period', () => {
    const roles = (text: string) => parseReport(text).roleSections.map((s) => `${s.heading.title} → ${s.role}`);
    const report = (lang: string, period: string, headings: string[]) =>
      [`---\nkind: status\nlang: ${lang}\nperiod: ${period}\n---\n# ${lang === 'vi' ? 'Báo cáo công tác' : 'Status'}`, ...headings.map((h) => `## ${h}\n\n- ${lang === 'vi' ? 'Xong' : 'Done'}.`)].join('\n\n') + '\n';

    it('takes the goals a quarter, month or half names with its year for the report\'s own (Vietnamese)', () => {
      const q4 = report('vi', 'quý IV/2026', ['Mục tiêu quý IV/2026', 'Kết quả thực hiện quý IV/2026', 'Kế hoạch quý I/2027']);
      assert.deepEqual(roles(q4), ['Mục tiêu quý IV/2026 → objectives', 'Kết quả thực hiện quý IV/2026 → results', 'Kế hoạch quý I/2027 → priorities']);
      // Nothing to fix: --fix leaves the report as it is.
      assert.deepEqual(lintText(q4).filter((f) => f.ruleId === 'RW002' || f.ruleId === 'RW201'), []);
      assert.equal(fixAll(q4).text, q4);
      const december = report('vi', 'tháng 12/2026', ['Mục tiêu tháng 12/2026', 'Kết quả', 'Mục tiêu tháng 01/2027']);
      assert.deepEqual(roles(december), ['Mục tiêu tháng 12/2026 → objectives', 'Kết quả → results', 'Mục tiêu tháng 01/2027 → priorities']);
      const half = report('vi', '2026-H1', ['Mục tiêu 6 tháng đầu năm 2026', 'Kết quả', 'Mục tiêu 6 tháng cuối năm 2026']);
      assert.deepEqual(roles(half), ['Mục tiêu 6 tháng đầu năm 2026 → objectives', 'Kết quả → results', 'Mục tiêu 6 tháng cuối năm 2026 → priorities']);
    });

    it('reads the month, quarter or half a title or heading names in words, not only by its year', () => {
      // A report's title names its month; a plan for a later month of the same year is the priorities, not its objectives.
      const june = '---\nkind: status\nlang: en\n---\n# Monthly report: June 2025\n\n## Accomplishments\n\n- Shipped.\n\n## Problems\n\n- Slow CI.\n\n## Plans for July 2025\n\n- Faster CI.\n';
      assert.deepEqual(roles(june), ['Accomplishments → results', 'Problems → shortcomings', 'Plans for July 2025 → priorities']);
      assert.deepEqual(lintText(june).filter((f) => f.ruleId === 'RW001' || f.ruleId === 'RW002'), []);
      const quarter = report('vi', '2026-06', ['Kết quả', 'Kế hoạch quý III/2026']);
      assert.deepEqual(roles(quarter), ['Kết quả → results', 'Kế hoạch quý III/2026 → priorities']);
      const halfYear = '---\nkind: status\nlang: vi\n---\n# BÁO CÁO CÔNG VIỆC THÁNG 01-06/2025\n\n## I. KẾT QUẢ\n\n- Xong.\n\n## II. KẾ HOẠCH 6 THÁNG CUỐI NĂM 2025\n\n- Tiếp tục.\n';
      assert.deepEqual(roles(halfYear), ['KẾT QUẢ → results', 'KẾ HOẠCH 6 THÁNG CUỐI NĂM 2025 → priorities']);
      // Of another length, by the months: the next half's goals after June's report; the quarter's that holds June is its own.
      assert.deepEqual(roles(report('vi', '2026-06', ['Kết quả', 'Mục tiêu 6 tháng cuối năm 2026'])), ['Kết quả → results', 'Mục tiêu 6 tháng cuối năm 2026 → priorities']);
      assert.deepEqual(roles(report('vi', '2026-06', ['Mục tiêu quý II/2026', 'Kết quả'])), ['Mục tiêu quý II/2026 → objectives', 'Kết quả → results']);
    });

    it('does the same in English', () => {
      const december = report('en', 'December 2026', ['Goals for December 2026', 'Done', 'Plans for January 2027']);
      assert.deepEqual(roles(december), ['Goals for December 2026 → objectives', 'Done → results', 'Plans for January 2027 → priorities']);
      const q4 = report('en', '2026-Q4', ['Goals for Q4 2026', 'Done', 'Goals for Q1 2027']);
      assert.deepEqual(roles(q4), ['Goals for Q4 2026 → objectives', 'Done → results', 'Goals for Q1 2027 → priorities']);
      assert.equal(fixAll(q4).text, q4);
    });
  });
});
