import * as assert from 'node:assert/strict';
import { lint, parseReport } from '../../../src/core';
import { kindOfTitle, otherKindOfTitle } from '../../../src/core/model/detect';

const any = () => true;

describe('the titles of yearly reviews: a project\'s annual review, a year\'s recap', () => {
  it('reads "Đánh giá thường niên" as an annual report; "Annual review" names the review, and the annual report when it fits better', () => {
    for (const title of ['Đánh giá thường niên dự án Mây Xanh 2022', 'ĐÁNH GIÁ HẰNG NĂM nhóm hạ tầng']) assert.equal(kindOfTitle(title, any), 'annual-report', title);
    for (const title of ['Year-end review 2023', 'Báo cáo tổng kết công tác năm 2023', '2023 in review', 'Annual review 2024']) assert.equal(kindOfTitle(title, any), 'review', title);
    assert.equal(otherKindOfTitle('Confidential Containers 2022 ANNUAL REVIEW', 'review'), 'annual-report');
    assert.equal(otherKindOfTitle('Year-end review 2023', 'review'), undefined);
  });

  for (const [lang, text] of [
    ['en', '# Acme 2022 Annual Review\n\n## Background\n\nAcme schedules batch jobs.\n\n## Accomplishments\n\n- Shipped 1.0.\n- Doubled the contributors.\n\n## Goals for next year\n\n- Reach incubation.\n'],
    ['vi', '# Đánh giá thường niên dự án Mây Xanh 2022\n\n## Bối cảnh\n\nMây Xanh là công cụ lập lịch.\n\n## Kết quả đạt được\n\n- Phát hành bản 1.0.\n- Số người đóng góp tăng gấp đôi.\n\n## Phương hướng năm 2023\n\n- Đạt mức ươm tạo.\n'],
  ] as const) {
    it(`checks a project's annual review as an annual report, which asks for no conclusion (${lang})`, () => {
      const doc = parseReport(text, { detectKind: true });
      assert.equal(doc.kind?.id, 'annual-report');
      assert.deepEqual(lint(doc).filter((f) => f.ruleId === 'RW001'), []);
    });
  }

  for (const [lang, text] of [
    ['en', '# Annual review 2024\n\n## Results\n\n- Shipped 1.0.\n\n## Priorities for 2025\n\n- Reach incubation.\n\n## Conclusion\n\nA good year.\n'],
    ['vi', '# Báo cáo tổng kết năm 2024\n\n## Kết quả đạt được\n\n- Phát hành bản 1.0.\n\n## Phương hướng năm 2025\n\n- Đạt mức ươm tạo.\n\n## Kết luận\n\nMột năm tốt.\n'],
  ] as const) {
    it(`keeps an annual review that has its conclusion a periodic review, as its template writes it (${lang})`, () => {
      assert.equal(parseReport(text, { detectKind: true }).kind?.id, 'review');
      assert.equal(parseReport(`---\nkind: review\n---\n${text.replace(/## (?:Conclusion|Kết luận)\n\n.*\n/, '')}`).kind?.id, 'review', 'a declared review stays one');
    });
  }

  it('reads "2023 Recap" and "Điểm lại năm 2023" as a year\'s review, a weekly recap as a status', () => {
    for (const title of ['2023 Recap; 2024 Goals', 'Recap of 2023', 'My year-end recap', 'Điểm lại năm 2023, mục tiêu 2024', 'ĐIỂM LẠI 2023']) assert.equal(kindOfTitle(title, any), 'review', title);
    for (const title of ['Weekly recap', 'Monthly recap – March']) assert.equal(kindOfTitle(title, any), 'status', title);
    for (const title of ['Recap', 'Điểm lại các sự kiện']) assert.equal(kindOfTitle(title, any), undefined, title);
  });

  it('checks a recap whose parts name their roles as a review, and leaves one whose parts name none alone (en, vi)', () => {
    const en = parseReport('# 2023 Recap; 2024 Goals\n\n## Accomplishments\n\n- Ran a 5k.\n\n## 2024 Goals\n\n- Write more posts.\n', { detectKind: true });
    assert.equal(en.kind?.id, 'review');
    const vi = parseReport('# Điểm lại năm 2023\n\n## Kết quả đạt được\n\n- Chạy xong 5 km.\n\n## Mục tiêu năm 2024\n\n- Viết nhiều bài hơn.\n', { detectKind: true });
    assert.equal(vi.kind?.id, 'review');
    // The title alone says too little to check a text whose parts name no role.
    assert.equal(parseReport('# 2023 Recap\n\n#### 1. Run a 5k\n\nDone in October.\n', { detectKind: true }).isReport, false);
  });
});
