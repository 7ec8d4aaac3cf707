import * as assert from 'node:assert/strict';
import { applyEdits } from '../../../src/core';
import { describeRuleFixtures, lintText, only } from '../helpers';

describe('RW308 repeated-word', () => {
  describeRuleFixtures('RW308');

  it('the fix takes off the copy and keeps the word, also across a line break', () => {
    const text = '---\nkind: review\nlang: vi\n---\n\n# Báo cáo\n\nMột số xã chưa chưa bố trí vốn, rồi báo cáo về\nvề Sở.\n';
    const findings = lintText(text, {}, only('RW308'));
    assert.equal(findings.length, 2);
    let fixed = text;
    for (const f of [...findings].reverse()) fixed = applyEdits(fixed, f.fix!.edits);
    assert.equal(fixed, '---\nkind: review\nlang: vi\n---\n\n# Báo cáo\n\nMột số xã chưa bố trí vốn, rồi báo cáo về Sở.\n');
  });

  it('reads Vietnamese letters at both ends of the word as part of it', () => {
    // "đã" and "đãi" differ in their last letter, "các" and "các" are the same word.
    const text = '---\nkind: review\nlang: vi\n---\n\n# Báo cáo\n\nTiếp đãi đã tốt; các các đơn vị; đã đãi.\n';
    assert.deepEqual(lintText(text, {}, only('RW308')).map((f) => f.message), ['Từ "các" bị lặp hai lần liền nhau.']);
  });

  it('a Vietnamese syllable ending one word and starting the next is not a repeat', () => {
    const text = '---\nkind: review\nlang: vi\n---\n\n# Báo cáo\n\nPhân công công việc; hội nghị nghị quyết; nhà nước nước ngoài; hiện tại tại đơn vị; kỳ tiếp theo theo kế hoạch.\n';
    assert.deepEqual(lintText(text, {}, only('RW308')), []);
  });
});
