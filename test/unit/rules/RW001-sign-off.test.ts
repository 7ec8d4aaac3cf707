import * as assert from 'node:assert/strict';
import { applyEdits, fixAll } from '../../../src/core';
import { assertFixKeepsText, lintText, only } from '../helpers';

/**
 * A report pasted from a word processor ends with who wrote it and a signature: RW001's fix (and
 * "Fix all") puts a missing section before that sign-off, never after it, and writes its heading
 * the way the report writes its own (a bold numbered line among bold numbered lines).
 */
const fm = (lang: string) => `---\nkind: review\nlang: ${lang}\n---\n\n`;

const VI_BOLD = [
  '**BÁO CÁO TỔNG KẾT CÔNG TÁC NĂM 2025**',
  '',
  '**I. Kết quả đạt được**',
  '',
  'Năm 2025, Sở đã hoàn thành 95% kế hoạch.',
  '',
  '**II. Phương hướng, nhiệm vụ năm 2026**',
  '',
  'Năm 2026, Sở tập trung chuyển đổi số.',
  '',
  'Người viết: Nguyễn Văn A',
  '',
  'TM. ỦY BAN NHÂN DÂN',
  'GIÁM ĐỐC',
  '(ký)',
  '',
  'Trần Văn B',
  '',
].join('\n');

const EN_BOLD = [
  '**Year-end review 2025**',
  '',
  '**1. Results**',
  '',
  'In 2025, the team shipped three releases.',
  '',
  '**2. Priorities for 2026**',
  '',
  'In 2026, the team will open two offices.',
  '',
  'Prepared by Jane Doe, Head of Engineering',
  '',
  'Approved by: John Smith',
  '',
].join('\n');

const VI_ATX = ['# Báo cáo tổng kết năm 2025', '', '## Kết quả đạt được', '', '- Hoàn thành 12 dự án.', '', '## Phương hướng năm 2026', '', '- Mở rộng sang hai tỉnh.', '', 'Nơi nhận:', '', '- Ban Giám đốc;', '- Lưu: VP.', '', 'Người báo cáo', '', 'Nguyễn Văn A', ''].join('\n');
const EN_ATX = ['# Year-end review 2025', '', '## Results', '', '- Shipped 12 projects.', '', '## Priorities for 2026', '', '- Open two offices.', '', 'Best regards,', '', 'Jane Doe', ''].join('\n');

function fixed(text: string): string {
  const [finding] = lintText(text, {}, only('RW001'));
  assert.ok(finding?.fix, 'RW001 offers its fix');
  assertFixKeepsText(text, finding.fix);
  return applyEdits(text, finding.fix.edits);
}

describe('RW001 and a report that ends with a sign-off', () => {
  for (const [name, text, heading, signOff] of [
    ['bold lines, signature block (vi)', fm('vi') + VI_BOLD, '**III. Kết luận**', 'Người viết: Nguyễn Văn A'],
    ['bold lines, "Prepared by" (en)', fm('en') + EN_BOLD, '**3. Conclusion**', 'Prepared by Jane Doe'],
    ['"#" headings, "Nơi nhận:" and who reported (vi)', fm('vi') + VI_ATX, '## Kết luận', 'Nơi nhận:'],
    ['"#" headings, "Best regards," (en)', fm('en') + EN_ATX, '## Conclusion', 'Best regards,'],
  ] as const) {
    it(`inserts the section before the sign-off, in the report's heading style: ${name}`, () => {
      const result = fixed(text);
      const at = result.indexOf(`\n${heading}\n`);
      assert.ok(at > 0, result);
      assert.ok(at < result.indexOf(signOff), result);
      // The section inserted is read as the role it stands for: nothing is missing any more.
      assert.deepEqual(fixAll(text, {}, only('RW001')).findings.filter((f) => f.ruleId === 'RW001'), []);
    });
  }

  it('inserts before a sign-off pasted right under the last paragraph, in capitals like the report\'s own lines (vi, en)', () => {
    const vi = fm('vi') + ['BÁO CÁO TỔNG KẾT CÔNG TÁC NĂM 2025', 'I. KẾT QUẢ ĐẠT ĐƯỢC', 'Năm 2025, Sở đã hoàn thành 95% kế hoạch.', 'II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026', 'Năm 2026, Sở tập trung chuyển đổi số.', 'Người viết: Nguyễn Văn A', ''].join('\n');
    const en = fm('en') + ['YEAR-END REVIEW 2025', '1. RESULTS', 'In 2025, the team shipped three releases.', '2. PRIORITIES FOR 2026', 'In 2026, the team will open two offices.', 'Prepared by Jane Doe', ''].join('\n');
    for (const [text, heading, signOff] of [[vi, 'III. KẾT LUẬN', 'Người viết:'], [en, '3. CONCLUSION', 'Prepared by']]) {
      const result = fixed(text);
      assert.ok(result.includes(`\n\n${heading}\n\n${signOff}`), result);
      assert.deepEqual(fixAll(text, {}, only('RW001')).findings.filter((f) => f.ruleId === 'RW001'), []);
    }
  });

  it('still inserts after the last section when the report ends with its own text (vi, en)', () => {
    const vi = fixed(fm('vi') + VI_ATX.slice(0, VI_ATX.indexOf('Nơi nhận:')));
    assert.ok(vi.trimEnd().endsWith('## Kết luận'), vi);
    const en = fixed(fm('en') + EN_ATX.slice(0, EN_ATX.indexOf('Best regards,')));
    assert.ok(en.trimEnd().endsWith('## Conclusion'), en);
  });
});
