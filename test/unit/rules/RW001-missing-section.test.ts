import * as assert from 'node:assert/strict';
import { applyEdits, fixAll, parseReport } from '../../../src/core';
import { describeRuleFixtures, lintText, only } from '../helpers';

describe('RW001 missing-section', () => {
  describeRuleFixtures('RW001');
});

describe('RW001 in reports told in paragraphs, and with roles in any part', () => {
  it('never inserts between the rows of a table of fields whose row plays a role', () => {
    const table = '| Mục | Nội dung |\n|---|---|\n| Thời gian | 8h00 ngày 12/12/2025 |\n| Thành phần tham dự | Lãnh đạo công ty và các phòng ban |\n| Kết luận | Đồng chí Giám đốc biểu dương các đơn vị |\n';
    const text = `---\nkind: meeting-news\nlang: vi\n---\n\n# Hội nghị tổng kết công tác năm 2025\n\nSáng 12/12/2025, tại Hà Nội, Công ty ABC tổ chức hội nghị tổng kết công tác năm 2025.\n\n${table}\nThảo Nguyên\n`;
    const fixed = fixAll(text).text;
    assert.ok(fixed.includes(table), fixed);
    assert.ok(fixed.indexOf('Kết quả') > fixed.indexOf(table), fixed);
  });

  it('inserts a paragraph starter at the role\'s place among the paragraphs, before the conclusion and the byline, with the cursor at its end', () => {
    const text = '---\nkind: meeting-news\nlang: vi\n---\n# Hội nghị tổng kết năm 2024\n\nSáng 5/1/2025, tại hội trường xã, đồng chí Trần Hà chủ trì hội nghị tổng kết.\n\nTham dự hội nghị có các trưởng thôn.\n\nPhát biểu kết luận hội nghị, đồng chí Trần Hà yêu cầu trong năm tới tập trung chuyển đổi số.\n\nMinh An\n';
    const [finding] = lintText(text).filter((f) => f.ruleId === 'RW001');
    assert.equal(finding.fix!.title, 'Chèn đoạn "Kết quả" ("Tại hội nghị, …")');
    const fixed = applyEdits(text, finding.fix!.edits);
    const lines = fixed.split('\n');
    assert.equal(lines[10], 'Tại hội nghị,');
    assert.deepEqual(finding.fix!.cursor, { line: 10, character: 'Tại hội nghị,'.length });
    assert.match(lines[12], /^Phát biểu kết luận/);
    assert.equal(lines.at(-2), 'Minh An');
    assert.deepEqual(lintText(fixed).map((f) => f.ruleId), []);
  });

  it('counts a role played by a subsection, a question item or a labelled paragraph', () => {
    assert.deepEqual(lintText('---\nkind: review\nlang: vi\n---\n# Báo cáo\n\n## 7. Kết luận\n\n### 7.1. Kết quả đạt được\n\nChạy được.\n\n### 7.2. Phương hướng\n\nThêm kiểm thử.\n').map((f) => f.ruleId), []);
    assert.deepEqual(lintText('---\nkind: annual-report\nlang: en\n---\n# 2025 Annual Report\n\n## Initiatives\n\n1. What work did the group do this year that should be highlighted?\n\n   - Shipped 2.0.\n\n2. What are your goals for next year?\n\n   - Ship 3.0.\n').map((f) => f.ruleId), []);
    assert.deepEqual(lintText('---\nkind: minutes\nlang: en\n---\n# Minutes of the team meeting\n\n**Attendees:** Lan, Minh\n\n**Decisions:** ship on Friday.\n').map((f) => f.ruleId), []);
  });
});

describe('RW001 and the closing frame of an official document', () => {
  it('inserts a missing section before "Nơi nhận:", once, and fixing everything then leaves nothing missing', () => {
    const text = '---\nkind: review\nlang: vi\n---\n# Báo cáo tổng kết năm 2025\n\n## I. Kết quả đạt được\n\nXong.\n\n## II. Phương hướng, nhiệm vụ\n\nTiếp tục.\n\nNơi nhận:\n- Ban Giám đốc Sở;\n- Lưu: VT, HCTH.\n';
    const result = fixAll(text);
    assert.equal(result.text.match(/Kết luận/g)?.length, 1);
    assert.ok(result.text.indexOf('## III. Kết luận') < result.text.indexOf('Nơi nhận:'));
    assert.deepEqual(result.findings.filter((f) => f.ruleId === 'RW001'), []);
  });
});

describe('RW001 and the period a report without a title covers', () => {
  // The first heading of a report without a title is a section: the period it names was read as
  // the report's, until the inserted section came before it and the goals read otherwise.
  const holds = (text: string) => {
    const roles = (t: string) => parseReport(t).parts.map((p) => p.role);
    const [finding] = lintText(text, {}, only('RW001'));
    assert.ok(finding, 'the report misses its results');
    const fixed = applyEdits(text, finding.fix!.edits);
    assert.deepEqual(lintText(fixed, {}, only('RW001')), [], fixed);
    assert.deepEqual(roles(fixed), ['results', ...roles(text)]);
  };

  it('inserts the results before "Hạn chế năm 2023" and the goals for 2024 stay the priorities (Vietnamese)', () => {
    holds('---\nkind: review\nlang: vi\n---\n\n## Hạn chế năm 2023\n\nMột số chỉ tiêu chưa đạt.\n\n## Mục tiêu đề ra cho năm 2024\n\nTăng doanh thu 10%.\n\n## Kết luận\n\nHoàn thành cơ bản nhiệm vụ.\n');
  });

  it('inserts the results before "Shortcomings in 2023" and the targets for 2024 stay the priorities (English)', () => {
    holds('---\nkind: review\nlang: en\n---\n\n## Shortcomings in 2023\n\nTwo targets were missed.\n\n## Targets for 2024\n\nGrow revenue by 10%.\n\n## Conclusion\n\nA good year.\n');
  });

  it('names the document by its kind: a plan, minutes, a notice are not a "report"', () => {
    const first = (kind: string, lang: string) => lintText(`---\nkind: ${kind}\nlang: ${lang}\n---\n\n# Tiêu đề\n\nMột đoạn.\n`, {}, only('RW001'))[0]?.message ?? '';
    assert.match(first('plan', 'vi'), /^Kế hoạch thiếu phần "/);
    assert.match(first('conclusion-notice', 'vi'), /^Thông báo thiếu phần "/);
    assert.match(first('status', 'vi'), /^Báo cáo thiếu phần "/);
    assert.match(first('plan', 'en'), /^The plan has no "/);
    assert.match(first('review', 'en'), /^The report has no "/);
    const placeholder = lintText('---\nkind: plan\nlang: vi\n---\n\n# Kế hoạch\n\nTODO\n', {}, only('RW306'))[0]?.message ?? '';
    assert.match(placeholder, /^Kế hoạch còn chỗ giữ chỗ "TODO"/);
    const inMinutes = lintText('---\nkind: minutes\nlang: en\n---\n\n# Minutes\n\nTBD\n', {}, only('RW306'))[0]?.message ?? '';
    assert.match(inMinutes, /^Placeholder "TBD" is still in the document:/);
  });

  it('--fix on bold numbered lines with a part missing: the lines become headings first, the part goes in among them, numbered and in capitals as they are', () => {
    const text = '---\nkind: review\nlang: vi\n---\n# Báo cáo 2025\n\n**I. KẾT QUẢ**\n\nĐạt chỉ tiêu.\n\n**II. KẾT LUẬN**\n\nTốt.\n';
    const expected = '---\nkind: review\nlang: vi\n---\n# Báo cáo 2025\n\n## I. KẾT QUẢ\n\nĐạt chỉ tiêu.\n\n## II. PHƯƠNG HƯỚNG, NHIỆM VỤ\n\n## III. KẾT LUẬN\n\nTốt.\n';
    const fixed = fixAll(text, {});
    assert.equal(fixed.text, expected);
    assert.equal(fixed.fixed, 3);
    assert.equal(fixAll(text.replace(/\n/g, '\r\n'), {}).text, expected.replace(/\n/g, '\r\n'));
    // After an acronym alone ("TL;DR", "KPI"), the part is in the case the kind writes it.
    const acronym = fixAll('---\nkind: status\nlang: en\n---\n# Weekly\n\n## TL;DR\n\nAll fine.\n\n## Blockers\n\nNone.\n', {}).text;
    assert.doesNotMatch(acronym, /\n## [A-Z ]{6,}\n/, acronym);
    // Headings in mixed case get the part in mixed case.
    assert.match(fixAll(text.replace('KẾT QUẢ', 'Kết quả').replace('KẾT LUẬN', 'Kết luận'), {}).text, /\n## II\. Phương hướng, nhiệm vụ\n/);
  });

  it('--fix on pasted news parts the paragraphs first, then puts the missing part before the conclusion and the byline', () => {
    const text = [
      'Sáng 14-3, tại thành phố Vinh, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết quý I năm 2026 dưới sự chủ trì của đồng chí Nguyễn Văn Hải.',
      '|', 'Quang cảnh hội nghị.', '|',
      'Dự hội nghị có lãnh đạo các sở, ban, ngành cấp tỉnh.',
      'Tại hội nghị, các đại biểu đã nghe báo cáo kết quả quý I: tăng trưởng đạt 7,2%.',
      'Kết luận hội nghị, đồng chí Nguyễn Văn Hải yêu cầu các cấp ủy thực hiện nghiêm các nhiệm vụ đã đề ra.',
      'Hải Yến', '',
    ].join('\n');
    const fixed = fixAll(text, { forceKind: 'meeting-news' });
    assert.deepEqual(fixed.findings.map((f) => f.ruleId), []);
    const at = (s: string) => fixed.text.indexOf(s);
    assert.ok(at('Về phương hướng, nhiệm vụ') > at('Tại hội nghị') && at('Về phương hướng, nhiệm vụ') < at('Kết luận hội nghị'), fixed.text);
    assert.ok(fixed.text.trimEnd().endsWith('\n\nHải Yến'), fixed.text);
  });
});
