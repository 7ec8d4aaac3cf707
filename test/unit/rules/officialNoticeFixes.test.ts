import * as assert from 'node:assert/strict';
import { fixAll } from '../../../src/core/fix';
import { RULES } from '../../../src/core/rules/registry';
import type { Rule } from '../../../src/core/rules/types';
import { lintText } from '../helpers';

/**
 * A notice as a first-time user wrote one (a company's notice of the New Year holiday, in the
 * NĐ 30 frame: the header table with the place-and-date line in a cell, the closing paragraph
 * ending "./.", "Nơi nhận" and the signer in a closing table), checked as a conclusion notice.
 */
function notice(dateLine = '*Hà Nội, ngày 18 tháng 11 năm 2025*'): string {
  return [
    '---',
    'kind: conclusion-notice',
    'lang: vi',
    '---',
    '',
    '| CÔNG TY CỔ PHẦN PHẦN MỀM SAO MAI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |',
    '|---|---|',
    '| **PHÒNG TỔ CHỨC – HÀNH CHÍNH** | **Độc lập - Tự do - Hạnh phúc** |',
    `| Số: 31/TB-TCHC | ${dateLine} |`,
    '',
    '# THÔNG BÁO',
    '',
    '**Về việc nghỉ Tết Dương lịch năm 2026**',
    '',
    'Căn cứ Nội quy lao động của Công ty, Phòng Tổ chức – Hành chính thông báo lịch nghỉ như sau:',
    '',
    '1. Thời gian nghỉ: từ ngày 01/01/2026 đến hết ngày 04/01/2026.',
    '2. Toàn thể nhân viên đi làm lại vào thứ Hai, ngày 05/01/2026.',
    '3. Các bộ phận trực hệ thống gửi lịch trực về Phòng trước ngày 25/12/2025.',
    '',
    'Đề nghị các đơn vị phổ biến thông báo này đến người lao động và thực hiện nghiêm túc./.',
    '',
    '| **Nơi nhận:**<br>- Ban Giám đốc (để b/c);<br>- Các phòng, ban;<br>- Lưu: VT, TCHC. | **TRƯỞNG PHÒNG**<br><br><br>**Trần Thị Hoa** |',
    '|---|---|',
    '',
  ].join('\n');
}

describe('fixing an official notice (a first-time user\'s notice)', () => {
  it('leaves the header\'s place-and-date line to RW602: RW402 neither counts nor flags it, in a table cell too', () => {
    const findings = lintText(notice());
    assert.deepEqual(findings.filter((f) => f.ruleId === 'RW402'), [], 'the long form is the prescribed one there');
    const short = lintText(notice('*Hà Nội, ngày 18/11/2025*'));
    assert.deepEqual(short.filter((f) => f.ruleId === 'RW402'), []);
    assert.equal(short.filter((f) => f.ruleId === 'RW602').length, 1, 'RW602 asks for "ngày … tháng … năm"');
  });

  it('--fix puts the missing sections before the closing paragraph, never after "./.", and counts what it changed', () => {
    const text = notice('*Hà Nội, ngày 18/11/2025*');
    const before = lintText(text).filter((f) => f.fix);
    const result = fixAll(text);
    const lines = result.text.split('\n');
    assert.ok(result.text.includes('ngày 18 tháng 11 năm 2025'), 'RW602 wrote the date line out');
    assert.ok(!lines.some((l) => /^#/.test(l) && l.includes('./.')), 'no heading ends with "./."');
    assert.equal(lines.filter((l) => l.includes('./.')).length, 1, 'one end mark, the writer\'s own');
    const closing = lines.findIndex((l) => l.startsWith('Đề nghị các đơn vị'));
    const first = lines.findIndex((l) => l === '## Đánh giá chung');
    const second = lines.findIndex((l) => l === '## Nhiệm vụ, giải pháp');
    assert.ok(first > 0 && first < second && second < closing, 'both missing sections go before the closing paragraph, in the kind\'s order');
    // One blank line parts each of them from what follows, as the writer's own sections are.
    assert.deepEqual(lines.slice(first - 1, closing), ['', '## Đánh giá chung', '', '## Nhiệm vụ, giải pháp', '']);
    assert.ok(lines.findIndex((l) => l.startsWith('| **Nơi nhận:**')) > closing, 'nothing goes after "Nơi nhận"');
    // RW602 and the two missing sections, together: no fix undone and done again.
    assert.equal(result.applied, before.length, `${result.applied} fixes applied for ${before.length} fixable findings`);
    // Each line the writer typed is still there.
    for (const line of text.split('\n')) if (!line.includes('18/11/2025')) assert.ok(lines.includes(line), `kept: ${line}`);
  });

  it('RW606 offers no fix when the body ends on a heading: "./." closes a sentence, not a title', () => {
    const text = notice().replace('nghiêm túc./.', 'nghiêm túc.\n\n## Nhiệm vụ, giải pháp');
    const rw606 = lintText(text).filter((f) => f.ruleId === 'RW606');
    assert.equal(rw606.length, 1);
    assert.equal(rw606[0].fix, undefined);
  });

  it('without "./." yet: RW606 marks the closing paragraph and the missing section goes before it, not between', () => {
    const text = notice().replace('nghiêm túc./.', 'nghiêm túc.');
    const lines = fixAll(text).text.split('\n');
    const closing = lines.findIndex((l) => l.startsWith('Đề nghị các đơn vị'));
    assert.ok(lines[closing].endsWith('nghiêm túc./.'), 'the mark closes the closing paragraph');
    const first = lines.indexOf('## Đánh giá chung');
    assert.ok(first > 0 && first < closing, 'the first missing section goes before it');
  });

  it('reads "./." at the end of a table row as the end mark: no RW606, and no second mark from --fix', () => {
    const text = notice().replace(
      'Đề nghị các đơn vị phổ biến thông báo này đến người lao động và thực hiện nghiêm túc./.',
      '| Ngày | Việc |\n|---|---|\n| 31/12/2025 | Tổng vệ sinh văn phòng./. |',
    );
    assert.deepEqual(lintText(text).filter((f) => f.ruleId === 'RW606'), []);
    const fixed = fixAll(text).text;
    assert.ok(!fixed.includes('././.'));
    assert.equal(fixed.split('./.').length - 1, 1);
  });

  it('stops when fixes undo one another, keeping the text as it was when the cycle began', () => {
    // Two rules at war: one writes "a" as "b", the other "b" as "a".
    const flip = (id: string, from: string, to: string): Rule => ({
      id,
      name: `flip-${from}`,
      description: { en: 'test', vi: 'thử' },
      defaultSeverity: 'warning',
      fixable: true,
      check({ doc, report }) {
        const at = doc.text.indexOf(`word-${from}`);
        if (at < 0) return;
        const position = doc.lines.positionAt(at);
        const range = { start: position, end: { line: position.line, character: position.character + 6 } };
        report({ range, message: { en: 'flip', vi: 'đổi' }, fix: { title: { en: 'flip', vi: 'đổi' }, edits: [{ range, newText: `word-${to}` }] } });
      },
    });
    const rules = RULES as Rule[];
    const added = [flip('RW990', 'a', 'b'), flip('RW991', 'b', 'a')];
    rules.push(...added);
    try {
      const text = notice().replace('nghiêm túc./.', 'nghiêm túc word-a./.');
      const result = fixAll(text, {}, { rules: Object.fromEntries(RULES.filter((r) => !added.includes(r)).map((r) => [r.id, 'off'])) });
      assert.equal(result.text, text, 'back where it started');
      assert.equal(result.applied, 0);
    } finally {
      rules.splice(rules.length - added.length, added.length);
    }
  });
});
