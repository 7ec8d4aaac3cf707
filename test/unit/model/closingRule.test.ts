import * as assert from 'node:assert/strict';
import { applyEdits, parseReport } from '../../../src/core';
import { lintText, only } from '../helpers';

const VI = '---\nkind: review\nlang: vi\n---\n\n# Báo cáo tổng kết công tác năm 2024\n\n## I. Kết quả đạt được\n\nHoàn thành 95% kế hoạch năm.\n\n## II. Phương hướng, nhiệm vụ năm 2025\n\nTập trung chuyển đổi số.\n';
const EN = '---\nkind: review\nlang: en\n---\n\n# Annual review 2024\n\n## Results\n\nWe shipped 3 releases.\n\n## Priorities\n\nShip 4.0 in 2025.\n';

/** The parts as the outline lists them: role (or "-"), title, lines. */
const parts = (text: string) => parseReport(text).parts.map((p) => `${p.role ?? '-'}: ${p.title.slice(0, 20)} [${p.startLine}-${p.endLine}]`);
const lineOf = (text: string, line: string) => text.split('\n').lastIndexOf(line);

describe('model: a closing after a thematic break at the end of a report', () => {
  it('ends the last section before the rule, and a missing conclusion goes before the rule, not after the sign-off (Vietnamese)', () => {
    const text = VI + '\n---\n\nNgười báo cáo\n\nNguyễn Văn A\n';
    const priorities = parseReport(text).parts.find((p) => p.role === 'priorities')!;
    assert.equal(priorities.endLine, lineOf(text, '---') - 1);
    const [finding] = lintText(text, {}, only('RW001'));
    const fixed = applyEdits(text, finding.fix!.edits);
    assert.ok(fixed.indexOf('## III. Kết luận') < fixed.lastIndexOf('\n---\n'), fixed);
    assert.ok(fixed.trimEnd().endsWith('Nguyễn Văn A'), fixed);
  });

  it('ends the last section before the rule, and a missing conclusion goes before the rule, not after the sign-off (English)', () => {
    const text = EN + '\n---\n\nBest regards,\n\nJane Doe\n';
    const [finding] = lintText(text, {}, only('RW001'));
    const fixed = applyEdits(text, finding.fix!.edits);
    assert.ok(fixed.indexOf('## Conclusion') < fixed.lastIndexOf('\n---\n'), fixed);
    assert.ok(fixed.trimEnd().endsWith('Jane Doe'), fixed);
  });

  it('reads a closing paragraph after the rule as the conclusion: "Kết luận, …", "Trên đây là báo cáo …" (Vietnamese)', () => {
    for (const closing of ['Kết luận, năm 2024 đơn vị hoàn thành cơ bản các nhiệm vụ.', 'Trên đây là báo cáo tổng kết công tác năm 2024 của đơn vị./.']) {
      const text = `${VI}\n---\n\n${closing}\n`;
      assert.deepEqual(lintText(text, {}, only('RW001')), [], parts(text).join('\n'));
      assert.equal(parseReport(text).parts.find((p) => p.role === 'conclusion')?.startLine, lineOf(text, closing));
    }
  });

  it('reads a closing paragraph after the rule as the conclusion: "In conclusion, …", "To conclude, …" (English)', () => {
    for (const closing of ['In conclusion, it was a solid year.', 'To conclude, the team met 9 of its 10 goals.']) {
      const text = `${EN}\n---\n\n${closing}\n\nBest regards,\n\nJane Doe\n`;
      assert.deepEqual(lintText(text, {}, only('RW001')), [], parts(text).join('\n'));
    }
  });

  it('keeps the text after a rule in a section that has nothing before it ("## Kết luận", "---", its text)', () => {
    const text = `${VI}\n## III. Kết luận\n\n---\n\nNăm 2024 đơn vị hoàn thành cơ bản các nhiệm vụ.\n`;
    assert.deepEqual(lintText(text, {}, only('RW003')), []);
    assert.equal(parseReport(text).parts.find((p) => p.role === 'conclusion')!.endLine, lineOf(text, 'Năm 2024 đơn vị hoàn thành cơ bản các nhiệm vụ.'));
  });

  it('keeps a list after the last rule in the section it follows, and a missing conclusion goes after the list (Vietnamese)', () => {
    const list = '- Mở rộng sang hai tỉnh mới.\n- Tuyển thêm 3 kỹ sư.';
    const text = `${VI}\n---\n\n${list}\n`;
    const priorities = parseReport(text).parts.find((p) => p.role === 'priorities')!;
    assert.equal(priorities.endLine, lineOf(text, '- Tuyển thêm 3 kỹ sư.'));
    const [finding] = lintText(text, {}, only('RW001'));
    const fixed = applyEdits(text, finding.fix!.edits);
    assert.ok(fixed.indexOf('## III. Kết luận') > fixed.indexOf('- Tuyển thêm 3 kỹ sư.'), fixed);
  });

  it('keeps a numbered list after the last rule in the section it follows (English)', () => {
    const text = `${EN}\n---\n\n1. Hire two engineers.\n2. Open the Berlin office.\n`;
    const priorities = parseReport(text).parts.find((p) => p.role === 'priorities')!;
    assert.equal(priorities.endLine, lineOf(text, '2. Open the Berlin office.'));
    const [finding] = lintText(text, {}, only('RW001'));
    const fixed = applyEdits(text, finding.fix!.edits);
    assert.ok(fixed.indexOf('## Conclusion') > fixed.indexOf('2. Open the Berlin office.'), fixed);
  });

  it('still ends the section before a sign-off written as a list ("- Người viết: …", "- Prepared by …")', () => {
    for (const [base, signOff] of [[VI, '- Người viết: Nguyễn Văn A'], [EN, '- Prepared by Jane Doe']]) {
      const text = `${base}\n---\n\n${signOff}\n`;
      assert.equal(parseReport(text).parts.find((p) => p.role === 'priorities')!.endLine, lineOf(text, '---') - 1);
    }
  });

  it('puts a bold "**Kết luận**" after the rule beside the last section, not under it, and RW008 makes it a heading of that level (Vietnamese)', () => {
    const text = `${VI}\n---\n\n**Kết luận**\n\nNăm 2024 hoàn thành.\n`;
    const doc = parseReport(text);
    assert.deepEqual(doc.sections[0].children.map((s) => s.role), ['results', 'priorities', 'conclusion']);
    const [finding] = lintText(text, {}, only('RW008'));
    assert.ok(applyEdits(text, finding.fix!.edits).includes('\n## Kết luận\n'));
  });

  it('puts a bold "**Conclusion**" after the rule beside the last section, not under it (English)', () => {
    const doc = parseReport(`${EN}\n---\n\n**Conclusion**\n\nA good year.\n`);
    assert.deepEqual(doc.sections[0].children.map((s) => s.role), ['results', 'priorities', 'conclusion']);
  });
});

describe('model: a sentence with "---" right under it', () => {
  // Markdown makes "text" + "---" a heading; the writer drew a rule under the last paragraph.
  it('is the last section\'s paragraph, not a section of its own, and RW008 offers the blank line (Vietnamese)', () => {
    const text = VI.replace('Tập trung chuyển đổi số.\n', 'Tập trung chuyển đổi số.\n---\nKết luận: năm 2024 hoàn thành cơ bản các nhiệm vụ.\n');
    assert.deepEqual(parseReport(text).parts.map((p) => p.role), ['results', 'priorities', 'conclusion']);
    assert.deepEqual(lintText(text, {}, only('RW003')), []);
    const [finding] = lintText(text, {}, only('RW008'));
    assert.match(finding.message, /^Dòng "---" ngay dưới câu này biến câu thành tiêu đề/);
    assert.ok(applyEdits(text, finding.fix!.edits).includes('Tập trung chuyển đổi số.\n\n---\n'));
  });

  it('is the last section\'s paragraph, not a section of its own, and RW008 offers the blank line (English)', () => {
    const text = EN.replace('Ship 4.0 in 2025.\n', 'Ship 4.0 in 2025.\n---\nConclusion: a solid year.\n');
    assert.deepEqual(parseReport(text).parts.map((p) => p.role), ['results', 'priorities', 'conclusion']);
    assert.deepEqual(lintText(text, {}, only('RW003')), []);
    const [finding] = lintText(text, {}, { ...only('RW008'), messageLang: 'en' });
    assert.match(finding.message, /^The "---" right under this sentence makes it a heading/);
  });

  it('stays a heading when it names something, or asks ("Kết quả", "What did we ship?")', () => {
    for (const title of ['Kết quả đạt được', 'What did we ship?']) {
      const doc = parseReport(`---\nkind: review\nlang: en\n---\n\n# R\n\n${title}\n---\n\nText.\n`);
      assert.equal(doc.paragraphHeadings.length, 0, title);
    }
  });
});
