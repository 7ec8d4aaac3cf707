import * as assert from 'node:assert/strict';
import { kindOfTitle } from '../../../src/core/model/detect';
import { parseReport } from '../../../src/core';
import { periodOfTitle } from '../../../src/core/model/sections';

const any = () => true;

describe('the kind a title names', () => {
  it('reads the kind whatever the letter case, in Vietnamese and in English', () => {
    const cases: Array<[string, string | undefined]> = [
      ['Biên bản họp tổ chuyên môn', 'minutes'],
      ['BIÊN BẢN HỌP TỔ CHUYÊN MÔN', 'minutes'],
      ['Biên Bản Cuộc Họp', 'minutes'],
      ['THÔNG BÁO KẾT LUẬN của Chủ tịch', 'conclusion-notice'],
      ['BÁO CÁO SỰ CỐ mất kết nối', 'post-mortem'],
      ['Outage POSTMORTEM', 'post-mortem'],
      ['RCA: API gateway', 'post-mortem'],
      ['Rca of the outage', 'post-mortem'],
      ['BÁO CÁO THƯỜNG NIÊN 2025', 'annual-report'],
      ['Weekly Status Report', 'status'],
      ['BÁO CÁO TIẾN ĐỘ dự án', 'status'],
      ['TUẦN 12', 'status'],
      ['KẾ HOẠCH công tác năm 2026', 'plan'],
      ['BÁO CÁO TỔNG KẾT CÔNG TÁC NĂM 2025', 'review'],
      ['Sơ Kết 6 tháng', 'review'],
      ['2025 IN REVIEW', 'review'],
      ['Báo cáo công tác', undefined],
      // A monthly work report is the periodic status report: its title names it, not a tie with the annual report.
      ['BÁO CÁO CÔNG TÁC THÁNG 10/2026', 'status'],
      ['Báo cáo kết quả công tác tháng 10 năm 2026', 'status'],
      ['Báo cáo tháng 10', 'status'],
      ['Báo cáo hoạt động tháng 3', 'status'],
      ['Monthly report — October 2026', 'status'],
      ['Monthly update, March', 'status'],
      ['Báo cáo thángư', undefined],
      ['Lịch công tác tháng 6', undefined],
      // Titles that speak of monthly reports without being one.
      ['Kế hoạch triển khai chế độ báo cáo công tác tháng', 'plan'],
      ['Báo cáo công tác tháng 12 và tổng kết năm 2026', 'review'],
      ['Hướng dẫn lập báo cáo tháng', undefined],
      ['Về việc chậm nộp báo cáo tháng 10/2026', undefined],
      ['How to write monthly reports', undefined],
      // A meeting named by its week is minutes, a week's report a status.
      ['Agenda TA meeting week 4', 'minutes'],
      ['Họp nhóm tuần 5', 'minutes'],
      ['Báo cáo tuần 5', 'status'],
      ['Weekly status week 5', 'status'],
    ];
    for (const [title, kind] of cases) assert.equal(kindOfTitle(title, any), kind, title);
  });

  it('does not read a kind inside a longer word, Vietnamese letters at either edge', () => {
    for (const title of ['Biên bảnđ', 'đbiên bản', 'Tổng kết nămư', 'Sơ kếtt', 'Minutesă', 'ẤRCA', 'POSTMORTEMƯ']) {
      assert.equal(kindOfTitle(title, any), undefined, title);
    }
  });

  it('reads a title as a case-insensitive pattern did: long s, U+0345 and İ', () => {
    assert.equal(kindOfTitle('Poſtmortem: login failures', any), 'post-mortem');
    assert.equal(kindOfTitle('Weekly ſtatus report', any), 'status');
    assert.equal(kindOfTitle('Minutes\u0345', any), undefined);
    assert.equal(kindOfTitle('Biên bản\u0345', any), undefined);
    assert.equal(kindOfTitle('İRCA', any), undefined);
    assert.deepEqual(periodOfTitle('Status report ſprint 5'), { unit: 'sprint', value: '5' });
    assert.deepEqual(periodOfTitle('Báo cáo\u0345tuần 5'), undefined);
  });

  it('reads a title from its first word: an emoji or a bullet before it is decoration', () => {
    assert.equal(kindOfTitle('📈 Monthly report', any), 'status');
    assert.equal(kindOfTitle('📆 Monthly Summary - Tháng 05-06/2025', any), 'status');
    assert.equal(kindOfTitle('» Kế hoạch triển khai năm 2026', any), 'plan');
    assert.equal(kindOfTitle('🗓️ Báo cáo công tác tháng 10/2026', any), 'status');
    const report = (title: string) => parseReport(`# ${title}\n\n## Kết quả đạt được\n\n- Hoàn thành khóa học.\n\n## Khó khăn\n\n- Thiếu thời gian.\n\n## Kế hoạch tháng tới\n\n- Học tiếp.\n`, { detectKind: true }).detection;
    const plain = report('Monthly Summary - Tháng 05-06/2025');
    const decorated = report('📆 Monthly Summary - Tháng 05-06/2025');
    assert.equal(decorated.kind, 'status');
    assert.equal(decorated.confidence, plain.confidence);
  });

  it('leaves out kinds that do not exist', () => {
    assert.equal(kindOfTitle('BIÊN BẢN HỌP', (id) => id !== 'minutes'), undefined);
  });
});

describe('a monthly work report under --kind auto', () => {
  // The shape of a monthly report a writer pastes from an office template (written here in our
  // own words): the month in the title, numbered results, shortcomings, next month's priorities.
  const vi = [
    '# BÁO CÁO CÔNG TÁC THÁNG 10/2026',
    '',
    '## 1. Kết quả thực hiện nhiệm vụ',
    '',
    '- Tiếp nhận và xử lý 940 hồ sơ hành chính, không hồ sơ nào trễ hạn.',
    '',
    '## 2. Tồn tại, hạn chế',
    '',
    '- Việc số hóa hồ sơ lưu trữ còn chậm.',
    '',
    '## 3. Kế hoạch trọng tâm tháng tới',
    '',
    '1. Triển khai số hóa 2.000 hồ sơ lưu trữ.',
    '',
  ].join('\n');
  const en = ['# Monthly report — October 2026', '', '## Progress this month', '', '- Closed 42 support tickets.', '', '## Plans for next month', '', '1. Finish the export feature.', ''].join('\n');

  for (const [lang, text] of [['vi', vi], ['en', en]]) {
    it(`is a status report, named by its title over the annual report its parts also fit (${lang})`, () => {
      const doc = parseReport(text, { detectKind: true });
      assert.equal(doc.detection.kind, 'status');
      assert.equal(doc.detection.confidence, 1);
      const annual = doc.detection.scores.find((s) => s.kind === 'annual-report');
      assert.ok(annual && annual.confidence < 1, 'the annual report scores below the kind the title names');
      assert.equal(doc.kind?.id, 'status');
    });
  }
});

describe('notes are not minutes', () => {
  const detected = (text: string) => parseReport(text, { detectKind: true }).detection;

  it('a note with "To do" and "Conclusion" and no part only a meeting has is not minutes', () => {
    for (const text of [
      '# Learning Spanish\n\nSome notes.\n\n## To do\n\n- Learn 10 words.\n\n## Conclusion\n\nFine.\n',
      '# Học tiếng Anh\n\nGhi chép.\n\n## Việc cần làm\n\n- Học 10 từ.\n\n## Kết luận\n\nỔn.\n',
    ]) {
      const { confident, scores } = detected(text);
      assert.equal(confident, false, text);
      assert.ok((scores.find((s) => s.kind === 'minutes')?.confidence ?? 0) < 0.6, text);
    }
  });

  it('the same with who attended, or with a title that names minutes, is minutes', () => {
    for (const text of ['# Sync\n\n## Attendees\n\n- An, Bình.\n\n## Action items\n\n- An: write the docs.\n\n## Conclusion\n\nFine.\n', '# Biên bản họp nhóm\n\n## Việc cần làm\n\n- Học 10 từ.\n\n## Kết luận\n\nỔn.\n']) {
      const { kind, confident } = detected(text);
      assert.deepEqual([kind, confident], ['minutes', true], text);
    }
  });
});

describe('retrospectives', () => {
  it('are a kind of their own: what went well, what did not, action items, in either language', () => {
    const en = '# Sprint 3 retrospective\n\n## What went well\n\n- Daily standups.\n\n## What needs to be improved\n\n- Communication.\n\n## Action items\n\n- Keep the board up to date.\n';
    const vi = '# Họp rút kinh nghiệm sprint 5\n\n## Điều làm tốt\n\n- Làm việc nhóm tốt.\n\n## Điều chưa tốt\n\n- Trễ hạn.\n\n## Hành động cải tiến\n\n- Họp ngắn mỗi sáng.\n';
    for (const text of [en, vi]) {
      const doc = parseReport(text, { detectKind: true });
      assert.deepEqual([doc.detection.kind, doc.detection.confident], ['retrospective', true], text);
      assert.deepEqual(parseReport(text, { forceKind: 'retrospective' }).missingRoles, []);
    }
    const missing = parseReport(vi.replace(/## Hành động cải tiến[\s\S]*/, ''), { forceKind: 'retrospective' }).missingRoles;
    assert.deepEqual(missing.map((r) => [r.id, r.name.vi]), [['action-items', 'Hành động cải tiến']]);
  });
});
