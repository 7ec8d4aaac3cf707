import * as assert from 'node:assert/strict';
import { lint, parseReport, sectionStats, walkSections } from '../../../src/core';

/** Each section's title and its word count, as the Report view shows them. */
function words(text: string): Array<[string, number]> {
  const doc = parseReport(text);
  return [...walkSections(doc.sections)].map((s) => [s.heading.text, sectionStats(doc, s).words]);
}

const NEWS_VI =
  '---\nkind: meeting-news\nlang: vi\n---\n# Hội nghị tổng kết công tác năm 2023\n\nSáng 12-3, tại Hà Nội, Sở Khoa học và Công nghệ tổ chức hội nghị dưới sự chủ trì của đồng chí Giám đốc Sở.\n\n## Kết luận\n\nPhát biểu kết luận, đồng chí Giám đốc ghi nhận kết quả.\n\n';

describe('model: the writer\'s name closing a report is no part of its last section', () => {
  it('leaves a news report\'s byline out of the word count of the section it ends, "Người viết: …" as "Tin, ảnh: …"', () => {
    const without = words(NEWS_VI);
    assert.deepEqual(without.at(-1), ['Kết luận', 12]);
    for (const byline of ['Người viết: Nguyễn Văn An', 'Tin, ảnh: Trọng Lộc', 'Thảo Nguyên']) {
      assert.deepEqual(words(NEWS_VI + byline + '\n'), without, byline);
    }
  });

  it('takes "Người viết: …" and "Written by …" for the byline a news report ends with (RW502)', () => {
    for (const byline of ['Người viết: Nguyễn Văn An', '*Người viết: Lan Anh*', 'Phóng viên: Minh Châu']) {
      assert.deepEqual(lint(parseReport(NEWS_VI + byline + '\n')).filter((f) => f.ruleId === 'RW502'), [], byline);
    }
    const en = '---\nkind: meeting-news\nlang: en\n---\n# Annual review meeting\n\nOn 12 March, in Hanoi, the department held its annual review chaired by the director.\n\n## Conclusion\n\nThe director thanked the staff.\n\nWritten by Jane Doe\n';
    assert.deepEqual(lint(parseReport(en)).filter((f) => f.ruleId === 'RW502'), []);
    assert.deepEqual(words(en).at(-1), ['Conclusion', 5]);
  });

  it('leaves out a signed last line in other kinds too ("By …", "Người viết: …"), and counts an unsigned one', () => {
    const status = (last: string) => `---\nkind: status\nlang: en\n---\n# Weekly status\n\n## Done\n\nShipped the export.\n\n## Next week\n\nFix the preview.\n\n${last}\n`;
    assert.deepEqual(words(status('By Jane Doe')), [['Weekly status', 6], ['Done', 3], ['Next week', 3]]);
    // A line of capitalised words is content in a status report unless it says it is a byline.
    assert.deepEqual(words(status('Release Candidate')).at(-1), ['Next week', 5]);
    // With its label in bold, as a pasted weekly report has it, or "Written by:" with a colon.
    for (const last of ['**Written by:** Jane Doe', 'Written by: Jane Doe', '__By:__ Jane Doe']) {
      assert.deepEqual(words(status(last)).at(-1), ['Next week', 3], last);
    }
    // A bold label with prose after it is content.
    assert.deepEqual(words(status('**Note:** see the release notes')).at(-1), ['Next week', 8]);
    const weekly = '---\nkind: status\nlang: vi\n---\n# Báo cáo tuần 12\n\n## Công việc đã làm\n\n- Hoàn thành module nhập dữ liệu.\n\n## Kế hoạch tuần tới\n\n- Phát hành bản mới.\n\n**Người viết:** Nguyễn Văn An\n';
    assert.deepEqual(words(weekly).at(-1), ['Kế hoạch tuần tới', 4]);
    const review = '---\nkind: review\nlang: vi\n---\n# Báo cáo tổng kết năm 2023\n\n## Kết quả đạt được\n\nHoàn thành kế hoạch.\n\n## Phương hướng năm 2024\n\nĐẩy mạnh chuyển đổi số.\n\nNgười viết: Trần Thị Bình\n';
    assert.deepEqual(words(review).at(-1), ['Phương hướng năm 2024', 5]);
  });
});
