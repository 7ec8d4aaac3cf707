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
});
