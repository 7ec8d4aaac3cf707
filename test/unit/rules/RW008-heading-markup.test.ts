import * as assert from 'node:assert/strict';
import { applyEdits, parseReport } from '../../../src/core';
import { describeRuleFixtures, lintText, only } from '../helpers';

describe('RW008 heading-markup', () => {
  describeRuleFixtures('RW008');

  it('turns a bold numbered line into a heading at the level its numbering gives, keeping every letter', () => {
    const text = '---\nkind: review\n---\n# Báo cáo\n\n**I. KẾT QUẢ ĐẠT ĐƯỢC**\n\nXong.\n\n**1. Công tác đảng**\n\nTốt.\n';
    const findings = lintText(text, undefined, only('RW008'));
    assert.deepEqual(findings.map((f) => f.range.start.line), [5, 9]);
    const fixed = applyEdits(text, findings.flatMap((f) => f.fix!.edits));
    assert.match(fixed, /^## I\. KẾT QUẢ ĐẠT ĐƯỢC$/m);
    assert.match(fixed, /^### 1\. Công tác đảng$/m);
    // After the fix the sections are the same, now as Markdown headings.
    const doc = parseReport(fixed);
    assert.deepEqual(doc.headings.map((h) => [h.level, h.pseudo ?? false, h.title]), [[1, false, 'Báo cáo'], [2, false, 'KẾT QUẢ ĐẠT ĐƯỢC'], [3, false, 'Công tác đảng']]);
    assert.deepEqual(lintText(fixed, undefined, only('RW008')), []);
  });

  it('reports a scraped teaser marked as a heading, finds the lead after it, and makes it a paragraph without removing a character', () => {
    const teaser = 'Chiều 2/12, tại Hà Nội, Bộ trưởng chủ trì họp báo Chính phủ thường kỳ tháng 11. Tại buổi họp báo, người phát ngôn điểm lại các kết quả kinh tế, xã hội nổi bật trong tháng và trả lời câu hỏi của phóng viên về tình hình …';
    const text = `---\nkind: meeting-news\nlang: vi\n---\nHọp báo Chính phủ tháng 11\n==========================\n\n${teaser}\n${'-'.repeat(40)}\n\nChiều 2/12, tại Hà Nội, Bộ trưởng Nguyễn Văn An chủ trì buổi họp báo.\n`;
    const doc = parseReport(text);
    assert.deepEqual(doc.headings.map((h) => h.title), ['Họp báo Chính phủ tháng 11']);
    const findings = lintText(text);
    assert.deepEqual(findings.filter((f) => f.ruleId === 'RW008').map((f) => f.range.start.line), [7]);
    assert.deepEqual(findings.filter((f) => f.ruleId === 'RW501'), [], 'the lead after the teaser is found');
    const fixed = applyEdits(text, findings.find((f) => f.ruleId === 'RW008')!.fix!.edits);
    assert.equal(fixed.replace(/\s/g, ''), text.replace(/\s/g, ''));
    assert.deepEqual(lintText(fixed, undefined, only('RW008')), []);
  });
});
