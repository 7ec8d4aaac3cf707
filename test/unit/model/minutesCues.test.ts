import * as assert from 'node:assert/strict';
import { parseReport } from '../../../src/core';
import { kindOfTitle } from '../../../src/core/model/detect';
import { DATED_MEETING, DATED_MEETING_SOURCE, titleNamesMinutes } from '../../../src/core/model/minutesCues';
import fc from 'fast-check';

const any = () => true;
const auto = (text: string) => parseReport(text, { detectKind: true });

describe('minutes named by the meeting\'s date, outright, or by the meeting\'s procedure', () => {
  it('reads "<group> meeting <date>" and "Họp nhóm … <date>" as minutes, in English and Vietnamese', () => {
    for (const title of [
      'SRT meeting 2024-01-10',
      'Board Meeting 2013-02-26',
      'TSC Meeting – January 10, 2024',
      'Steering committee meeting (10 Jan 2024)',
      '2024-01-10 TSC meeting',
      'Weekly sync 2024/03/05',
      'Họp nhóm ngày 10/01/2024',
      'HỌP NHÓM 4 - 10/01',
      'Buổi họp định kỳ tuần 3 (15/03/2026)',
      'Họp sprint 2 – 2024-03-05',
    ]) {
      assert.equal(kindOfTitle(title, any), 'minutes', title);
      assert.ok(titleNamesMinutes(title), title);
    }
  });

  it('leaves titles that name no dated meeting as they were', () => {
    for (const [title, kind] of [
      ['Meeting room booking guide', undefined],
      ['How to run a meeting', undefined],
      ['Hội nghị tổng kết công tác năm 2023 ngày 26/1', 'meeting-news'],
      ['Họp báo Chính phủ thường kỳ ngày 2/12', 'meeting-news'],
      ['Release 2024-01-10', undefined],
      ['Meetings2024-01-10', undefined],
    ] as const) {
      assert.equal(kindOfTitle(title, any), kind, title);
      assert.equal(titleNamesMinutes(title), false, title);
    }
  });

  it('checks minutes whose title names one dated meeting, though no part names a role (en, vi)', () => {
    const en = auto('# SRT meeting 2024-01-10\n\n## ZuriHac plans\n\n- We agree to have a project.\n- Mihai will look at the GHA.\n\n## Open PRs\n\n- CWE support.\n');
    assert.equal(en.kind?.id, 'minutes');
    assert.ok(en.detection.confident);
    const vi = auto('# Họp nhóm ngày 10/01/2024\n\n## Giao diện\n\n- Cả nhóm thống nhất dùng màu xanh.\n\n## Cơ sở dữ liệu\n\n- Lan sửa bảng người dùng.\n');
    assert.equal(vi.kind?.id, 'minutes');
    assert.ok(vi.detection.confident);
  });

  it('checks minutes whose title names them outright: "Biên bản chốt", "Biên bản họp", "Meeting minutes"', () => {
    const vi = auto('# Biên bản chốt — module bán hàng\n\n**Ngày chốt:** 21/08/2026\n\n## 1. Bốn điểm đã bàn\n\n- Quyền tạo đơn: duyệt.\n');
    assert.equal(vi.kind?.id, 'minutes');
    const en = auto('# Meeting minutes: pricing review\n\n## Pricing\n\n- The new plan starts in May.\n');
    assert.equal(en.kind?.id, 'minutes');
    // "Biên bản" alone names any record (a hand-over, an inspection): the text must say more.
    assert.equal(auto('# Biên bản bàn giao thiết bị\n\nBên A giao cho bên B hai máy tính.\n').isReport, false);
    assert.equal(auto('# Minutes\n\nSome text.\n').isReport, false);
  });

  it('checks as minutes a document that follows a meeting\'s procedure, without a title (en, vi)', () => {
    const en = auto('## I. Call to Order\n\nThe chair called the meeting to order at 5:30 p.m.\n\n## II. Roll Call\n\nFifteen directors were present.\n\n## III. Approval of Minutes\n\nMotion: Director James moved to approve the minutes.\n\nThe motion passed.\n');
    assert.equal(en.kind?.id, 'minutes');
    assert.ok(en.detection.confident);
    const vi = auto('**Thời gian bắt đầu:** 8 giờ 00, ngày 10/01/2024\n\n**Chủ trì:** Ông Nguyễn Văn An\n\n**Thư ký:** Bà Trần Thị Lan\n\nCác thành viên trao đổi về tiến độ công trình.\n');
    assert.equal(vi.kind?.id, 'minutes');
    assert.ok(vi.detection.confident);
    // Two steps are not enough: a guide to meetings names them too.
    assert.equal(auto('## Call to Order\n\nThe chair opens the meeting.\n\n## Roll Call\n\nThe secretary reads the names.\n').isReport, false);
    assert.equal(auto('**Chủ trì:** Ông An\n\n**Thư ký:** Bà Lan\n\nNội dung trao đổi.\n').isReport, false);
  });

  it('does not make a README with a dated meeting title a report', () => {
    assert.equal(auto('# Team meeting 2024-01-10\n\n## Installation\n\n    npm install\n\n## Usage\n\nRun it.\n').isReport, false);
  });
});

describe('the dated-meeting pattern behind its cheap test', () => {
  // The pattern is built only for a title holding a meeting's word and a digit; the answers must
  // be the full pattern's own (its letter edge read as `(?<!\p{L})`), whatever the title.
  it('answers as the full pattern does, for titles of meeting words, dates, letters and digits', () => {
    const full = new RegExp(`(?<![\\p{L}])(?:${DATED_MEETING_SOURCE().source})`, 'u');
    const piece = fc.constantFrom('meeting', 'sync', 'standup', 'stand-up', 'họp', 'họp nhóm', 'buổi ', 'ngày ', 'tsc ', 'notes', ' minutes', '2024-01-10', '10/01/2024', '10/01', 'january 10, 2024', '10 jan 2024', '3', '(', ')', ' – ', ' - ', ' ', 'a', 'đ', 'ư', ':', '#');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const title = pieces.join('');
        assert.equal(DATED_MEETING.test(title), full.test(title), title);
      }),
      { numRuns: 3000 },
    );
  });
});
