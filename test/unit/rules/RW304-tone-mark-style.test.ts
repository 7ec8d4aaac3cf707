import * as assert from 'node:assert/strict';
import { fixAll } from '../../../src/core';
import { describeRuleFixtures, lintText, only, readFixture } from '../helpers';

describe('RW304 tone-mark-style', () => {
  describeRuleFixtures('RW304');

  const consistentOld = readFixture('rules', 'RW304', 'consistent-vi.md');
  const withStyle = (toneMarks: 'consistent' | 'old' | 'new') => ({ ...only('RW304'), options: { toneMarks } });

  it('with toneMarks "new", reports every old placement in a consistent report, and fixes them all', () => {
    const findings = lintText(consistentOld, {}, withStyle('new'));
    assert.deepEqual(
      findings.map((f) => f.message.match(/^"([^"]+)"/)![1]),
      ['Ủy', 'Ủy', 'Ủy', 'Ủy', 'hóa', 'hòa'],
    );
    assert.match(findings[0].message, /phần cài đặt yêu cầu kiểu mới: "Uỷ"/);
    const fixed = fixAll(consistentOld, {}, withStyle('new')).text;
    assert.match(fixed, /Uỷ viên Bộ Chính trị/);
    assert.match(fixed, /thể chế hoá/);
    assert.match(fixed, /quý trọng/, 'quý is the same in both styles');
  });

  it('with toneMarks "old", accepts a report written the old way', () => {
    assert.deepEqual(lintText(consistentOld, {}, withStyle('old')), []);
    assert.deepEqual(lintText(consistentOld, {}, withStyle('consistent')), []);
  });

  it('breaks a tie in favour of the placement used first', () => {
    const text = '---\nkind: review\nlang: vi\n---\n\nThủy lợi và hoà giải.\n';
    const [finding] = lintText(text, {}, only('RW304'));
    assert.match(finding.message, /^"hoà"/);
  });

  it('leaves names alone: neither reported, fixed nor counted', () => {
    const text = [
      '---', 'kind: minutes', 'lang: vi', '---', '', '# Biên bản họp', '',
      '| STT | Họ tên | Vai trò |', '|---|---|---|', '| 1 | Nguyễn Thị Thùy Linh | Tester |', '| 2 | Đào Thị Thanh Thuỷ | Dev |', '',
      '- Ông Lê Văn Hòa, chủ trì.', '- Chị Thúy ghi biên bản; đồng chí Thủy dự họp; anh Hòa vắng.', '- Về dự án ở Khánh Hòa: tự động hoá khâu kiểm thử.', '',
    ].join('\n');
    assert.deepEqual(lintText(text, {}, only('RW304')), [], 'one common word (hoá) and names: nothing mixed');
    assert.equal(fixAll(text, {}, { ...only('RW304'), options: { toneMarks: 'old' } }).text.includes('Nguyễn Thị Thùy Linh') && fixAll(text, {}, { ...only('RW304'), options: { toneMarks: 'new' } }).text.includes('Lê Văn Hòa'), true);
    const fixedNew = fixAll(text, {}, { ...only('RW304'), options: { toneMarks: 'old' } }).text;
    assert.match(fixedNew, /tự động hóa/, 'the common word follows the settings');
    assert.match(fixedNew, /Đào Thị Thanh Thuỷ/, 'the name does not');
  });

  it('still reads a capitalised word opening a sentence as a common word', () => {
    const text = '---\nkind: review\nlang: vi\n---\n\nHòa giải thành. Tự động hoá và thể chế hoá xong.\n';
    const findings = lintText(text, {}, only('RW304'));
    assert.deepEqual(findings.map((f) => f.message.match(/^"([^"]+)"/)![1]), ['Hòa']);
  });

  it('says a tie is a tie, not a majority', () => {
    const text = '---\nkind: review\nlang: vi\n---\n\nTự động hóa và tự động hoá, thủy lợi và thuỷ điện.\n';
    const findings = lintText(text, {}, only('RW304'));
    assert.equal(findings.length, 2);
    assert.match(findings[0].message, /dùng hai kiểu ngang nhau \(2\/2\); từ đầu tiên theo kiểu cũ/);
    assert.doesNotMatch(findings[0].message, /chủ yếu/);
  });

  it('reads names after an abbreviated title, "bạn", and in a list; keeps counting title-case text and "Uỷ Ban"', () => {
    const names = '---\nkind: status\nlang: vi\n---\n# Báo cáo tuần\n\n## Kết quả\n\nChúng tôi hòa nhập tốt, đã hòa giải xong, khỏe mạnh.\n\nGặp Mr. Hoà và TS. Thuỷ; bạn Hoà báo cáo; phân công: Hoà, Thuỷ.\n';
    assert.deepEqual(lintText(names, {}, only('RW304')), [], 'the common words are all old-style: nothing mixed');
    const titleCase = '---\nkind: status\nlang: vi\n---\n# Báo cáo tuần\n\n## Kết quả\n\nChúng tôi hòa nhập tốt. Đơn vị đã hòa giải xong. Uỷ Ban nhân dân xã họp.\n\n## Kết Quả Hoạt Động Văn Hoá\n\nXong.\n';
    assert.deepEqual(lintText(titleCase, {}, only('RW304')).map((f) => f.message.match(/^"([^"]+)"/)![1]), ['Uỷ', 'Hoá']);
  });
});
