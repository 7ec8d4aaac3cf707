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

  it('reports doubled prepositions, "có", "không" and "lại" in Vietnamese, unless the first ends a word', () => {
    const head = '---\nkind: review\nlang: vi\n---\n\n# Báo cáo\n\n';
    const words = (text: string) => lintText(head + text + '\n', {}, only('RW308')).map((f) => f.message.match(/"([^"]+)"/)![1]);
    assert.deepEqual(words('Hội nghị tổ chức tại tại hội trường. Thực hiện theo theo kế hoạch. Cán bộ ở ở cơ sở.'), ['tại', 'theo', 'ở']);
    assert.deepEqual(words('Sửa lỗi trên trên điện thoại. Đơn vị có có kế hoạch. Đơn vị không không hoàn thành. Gửi tới tới Sở.'), ['trên', 'có', 'không', 'tới']);
    assert.deepEqual(words('Nhóm đã rà soát lại\nlại toàn bộ.'), ['lại']);
    // A word that ends with the syllable, then the preposition: not a slip.
    assert.deepEqual(words('Tồn tại tại đơn vị; ngành hàng không không tăng; cấp trên trên địa bàn; nhà ở ở đô thị; công bằng bằng luật; đi lại lại khó.'), []);
    // Two doubled words in a row are one reduplicated phrase.
    assert.deepEqual(words('Anh ấy đi đi lại lại; có có không không; ra ra vào vào.'), []);
  });

  it('in an English report, a Vietnamese reduplication is no excuse: "to to" and "go go" are slips', () => {
    const en = (text: string) => lintText('---\nkind: review\nlang: en\n---\n\n# Report\n\n' + text + '\n', {}, only('RW308')).map((f) => f.message);
    assert.deepEqual(en('We need to to finish. I want to go go home.'), ['"to" is written twice in a row.', '"go" is written twice in a row.']);
    assert.deepEqual(en('What he had had was enough; bye bye.'), []);
    // In Vietnamese, "to to" is a word ("quite big").
    assert.deepEqual(lintText('---\nkind: review\nlang: vi\n---\n\n# Báo cáo\n\nQuả bưởi to to.\n', {}, only('RW308')), []);
  });
});
