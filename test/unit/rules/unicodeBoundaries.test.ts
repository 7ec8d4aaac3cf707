import * as assert from 'node:assert/strict';
import { lintText, only } from '../helpers';

/**
 * JavaScript's \b and \w are ASCII-only: to them "đ", "ư", "ộ" are not letters. Each text rule
 * is run here with Vietnamese letters right at the edges of what it looks for: a Vietnamese
 * letter glued on makes a longer word (no finding), a space or punctuation keeps the pattern
 * whole (a finding).
 */
const report = (body: string) => `---\nkind: review\nlang: vi\n---\n\n# Báo cáo\n\n${body}\n`;
const found = (ruleId: string, body: string) => lintText(report(body), {}, only(ruleId)).map((f) => f.message);

describe('text rules read Vietnamese letters as letters at word boundaries', () => {
  it('RW302: Ɖ/Ð starting a Vietnamese word is a look-alike; inside a word (Guðrún) it is not', () => {
    assert.equal(found('RW302', 'Ɖoàn và Ðảng họp.').length, 2);
    assert.equal(found('RW302', 'ôngð và Guðrún họp.').length, 0);
  });

  it('RW306: TODO glued to a Vietnamese letter is part of a word', () => {
    assert.equal(found('RW306', 'Việc TODO: bổ sung số liệu.').length, 1);
    assert.equal(found('RW306', 'Mã đTODO và TODOư không phải dấu.').length, 0);
  });

  it('RW308: words ending or starting in Vietnamese letters are compared whole', () => {
    assert.deepEqual(found('RW308', 'Xã chưa chưa nộp; xã đã đãi khách; các các đơn vị; phân công công việc.'), ['Từ "chưa" bị lặp hai lần liền nhau.', 'Từ "các" bị lặp hai lần liền nhau.']);
  });

  it('RW309: a whole syllable is judged, whatever letter begins or ends it', () => {
    assert.equal(found('RW309', 'Toàn nghành và ngành, nghiêng và ngiêng.').length, 2);
  });

  it('RW310: a body\'s name after or before a Vietnamese letter is not a name', () => {
    assert.equal(found('RW310', 'ý kiến của quốc hội.').length, 1);
    assert.equal(found('RW310', 'ý kiến củaquốc hộiđ.').length, 0);
  });

  it('RW402: a date before a word that starts with h (hội, họp, hát) is a date; before "h" (the hour) it is not', () => {
    assert.equal(found('RW402', 'Ngày 31-4-2025 hội thảo; ngày 30-4-2025 8h họp.').length, 1);
    assert.equal(found('RW402', 'Sáng 20-1 họp, chiều 21-1 hát, tối 22/1 hội diễn.').length, 1);
  });

  it('RW403: Đ/c glued to a Vietnamese letter is not the abbreviation', () => {
    assert.equal(found('RW403', 'Phát biểu, đ/c Hà đề nghị.').length, 1);
    assert.equal(found('RW403', 'Mã ưđ/c và đ/cư giữ nguyên.').length, 0);
  });

  it('RW404: a weekday glued to a Vietnamese letter is not a weekday', () => {
    assert.equal(found('RW404', 'Sáng thứ Ba, ngày 1/12/2025, họp.').length, 1);
    assert.equal(found('RW404', 'Lần thứ Bađ, ngày 1/12/2025, họp.').length, 0);
  });

  it('RW405: a unit glued to a Vietnamese letter is part of a word', () => {
    assert.equal(found('RW405', 'Làm 25ha rừng.').length, 1);
    assert.equal(found('RW405', 'Làm 25hađ và ư25ha.').length, 0);
  });
});
