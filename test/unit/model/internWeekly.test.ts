import * as assert from 'node:assert/strict';
import { parseReport } from '../../../src/core';

/**
 * Weekly reports of interns, laid out as in hieutrantrong21520859MMCL21/FrontEndPractice_Intern_Reports
 * (week1_report.md, week2_report.md; written here in our own words): a lone "---" on the first
 * line (no front matter), the national header and the title centred in HTML paragraphs, the
 * period in brackets under the title, the intern's fields, then a table of the week's tasks
 * with how each stands. The English twin follows the same shape.
 */
const center = (text: string) => `<p align="center" style="font-weight: 600;">\n${text}\n</p>\n`;

const VI = [
  '---',
  '',
  center('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
  center('<span style="text-decoration:underline">Độc lập - Tự do - Hạnh phúc</span>'),
  center('BÁO CÁO TIẾN ĐỘ THỰC TẬP TUẦN 3'),
  center('(từ ngày 22 tháng 7 năm 2024 đến ngày 28 tháng 7 năm 2024)'),
  '**Họ và tên**: Lê Thị Mai',
  '',
  '**Nội dung báo cáo**:',
  '',
  '| TT | Nội dung công việc | Tình trạng công việc |',
  '| :-: | --- | --- |',
  '| 1 | Làm bài tập giao diện thẻ sản phẩm | Đã hoàn thành |',
  '| 2 | Đọc tài liệu JavaScript cơ bản | Đã hoàn thành |',
  '',
].join('\n');

const EN = [
  '---',
  '',
  center('INTERNSHIP PROGRESS REPORT, WEEK 3'),
  center('(from 22 July 2024 to 28 July 2024)'),
  '**Name**: Mai Le',
  '',
  '**Report**:',
  '',
  '| # | Task | Status |',
  '| :-: | --- | --- |',
  '| 1 | Build the product card page | Done |',
  '| 2 | Read the JavaScript basics | Done |',
  '',
].join('\n');

describe('model: an intern\'s weekly report with a lone "---" and a national header', () => {
  it('finds the official header under the "---", the period line in it, and no summary (vi)', () => {
    const doc = parseReport(VI);
    assert.equal(doc.frontMatter, undefined);
    const header = doc.official.header;
    assert.equal(header?.nationalTitle?.text, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    assert.equal(doc.titleText, 'BÁO CÁO TIẾN ĐỘ THỰC TẬP TUẦN 3');
    assert.ok(VI.split('\n')[header!.endLine].startsWith('(từ ngày'), String(header?.endLine));
  });

  for (const [lang, text, label] of [
    ['vi', VI, 'Nội dung báo cáo'],
    ['en', EN, 'Report'],
  ] as const) {
    it(`reads the table of tasks done as the results and detects a status report (${lang})`, () => {
      const doc = parseReport(text, { detectKind: true });
      assert.equal(doc.detection.kind, 'status');
      assert.ok(doc.detection.confident, String(doc.detection.confidence));
      const roles = doc.parts.map((p) => `${p.role}:${p.title}`);
      assert.deepEqual(roles, [`results:${label}`]);
    });
  }

  it('does not take a table of tasks still open for the results (vi, en)', () => {
    for (const text of [VI.replace(/Đã hoàn thành/g, 'Đang làm'), EN.replace(/\| Done \|/g, '| In review |')]) {
      assert.ok(!parseReport(text, { forceKind: 'status' }).parts.some((p) => p.role === 'results'));
    }
  });
});
