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

  it('reports a doubled "tại" or "theo" in Vietnamese, unless the first ends a word; leaves the prepositions that end too many words', () => {
    const head = '---\nkind: review\nlang: vi\n---\n\n# Báo cáo\n\n';
    const words = (text: string) => lintText(head + text + '\n', {}, only('RW308')).map((f) => f.message.match(/"([^"]+)"/)![1]);
    assert.deepEqual(words('Hội nghị tổ chức tại tại hội trường. Thực hiện theo theo kế hoạch.'), ['tại', 'theo']);
    assert.deepEqual(words('Thường thường tại tại hội trường.'), ['tại'], 'a reduplication beside it excuses nothing');
    // A word that ends with the syllable, then the preposition: not a slip.
    assert.deepEqual(words('Tồn tại tại đơn vị; hiện tại tại xã; kỳ tiếp theo theo kế hoạch; kèm theo theo mẫu.'), []);
    // Words that end with "bằng", "có", "trên", "lại", "vào", "ở", "không", "tới" are too many to list: not reported.
    assert.deepEqual(
      words('Giải phóng mặt bằng bằng vốn tỉnh; nguồn lực hiện có có thể huy động; các nội dung nêu trên trên cơ sở đó; khởi động lại lại lỗi; đầu vào vào hệ thống; ăn ở ở khu tập thể; chân không không rò; thời gian tới tới các phòng.'),
      [],
    );
  });

  it('in an English report, a Vietnamese reduplication is no excuse: "to to" and "go go" are slips', () => {
    const en = (text: string) => lintText('---\nkind: review\nlang: en\n---\n\n# Report\n\n' + text + '\n', {}, only('RW308')).map((f) => f.message);
    assert.deepEqual(en('We need to to finish. I want to go go home.'), ['"to" is written twice in a row.', '"go" is written twice in a row.']);
    assert.deepEqual(en('What he had had was enough; bye bye.'), []);
    // In Vietnamese, "to to" is a word ("quite big").
    assert.deepEqual(lintText('---\nkind: review\nlang: vi\n---\n\n# Báo cáo\n\nQuả bưởi to to.\n', {}, only('RW308')), []);
  });
});
