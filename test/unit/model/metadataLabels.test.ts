import * as assert from 'node:assert/strict';
import { parseReport } from '../../../src/core';
import { lintText } from '../helpers';

/** Parts paragraphs play, the lead left out, as `role:first-last` (1-based lines). */
const parts = (text: string) =>
  parseReport(text)
    .parts.filter((p) => p.part === 'paragraphs' && p.role !== 'lead')
    .map((p) => `${p.role}:${p.startLine + 1}-${p.endLine + 1}`);

/** Parts as `role:first-last` (1-based lines), paragraphs only. */
const paragraphParts = (text: string) =>
  parseReport(text)
    .parts.filter((p) => p.part === 'paragraphs')
    .map((p) => `${p.role}:${p.startLine + 1}-${p.endLine + 1}`);

describe('model: one-line "**Label:** value" lines are metadata, not a part over the text after them', () => {
  const POST_MORTEM = [
    '---',
    'kind: post-mortem',
    'lang: en',
    '---',
    '# Checkout outage, 12 March 2024',
    '',
    '**Severity:** High',
    '**Date:** 2024-03-12',
    '**Authors:** Jane Doe, Bob Lee',
    '',
    'A deploy at 09:00 removed the payment route. Customers could not pay for forty minutes.',
    '',
    'Support answered the calls.',
    '',
    '## Timeline',
    '',
    '- 09:00 deploy',
    '',
    '## Root cause',
    '',
    'A route missing from the configuration.',
    '',
  ].join('\n');

  it('reads a valued label that names a role as its own line only, and the summary after the metadata', () => {
    // "Severity" names the impact: its part is its line, not the paragraphs down to "## Timeline".
    assert.deepEqual(paragraphParts(POST_MORTEM), ['impact:7-7', 'summary:11-13']);
  });

  it('reads metadata lines in paragraphs of their own the same way', () => {
    const text = POST_MORTEM.replace('**Severity:** High\n**Date:** 2024-03-12\n**Authors:** Jane Doe, Bob Lee', '**Severity:** High\n\n**Date:** 2024-03-12\n\n**Authors:** Jane Doe, Bob Lee');
    assert.deepEqual(paragraphParts(text), ['impact:7-7', 'summary:13-15']);
  });

  it('lets a valued label that carries on over the next line of its paragraph keep that line', () => {
    const text = POST_MORTEM.replace('**Severity:** High\n**Date:** 2024-03-12\n**Authors:** Jane Doe, Bob Lee', '**Impact:** checkout was down\nfor forty minutes for every customer.');
    assert.deepEqual(
      paragraphParts(text).filter((p) => p.startsWith('impact')),
      ['impact:7-8'],
    );
  });

  it('keeps a label with nothing after it as the start of a block over what follows', () => {
    const text = '---\nkind: minutes\nlang: vi\n---\n# Biên bản họp nhóm\n\n**Thời gian:** 9 giờ, ngày 12/3/2024\n\nNội dung cuộc họp như sau.\n\n**Kết luận:**\n\nNhóm thống nhất làm tiếp phần báo cáo.\n\nLan gửi bản nháp trước thứ Sáu.\n';
    const conclusion = parseReport(text).parts.find((p) => p.role === 'conclusion' || p.role === 'decisions');
    assert.ok(conclusion, 'the bare label names a role');
    assert.deepEqual([conclusion.startLine + 1, conclusion.endLine + 1], [11, 15]);
  });

  it('ends a Vietnamese valued label with its line: the paragraphs after it belong to no part', () => {
    const text = '---\nkind: minutes\nlang: vi\n---\n# Biên bản họp nhóm\n\n**Thời gian:** 9 giờ, ngày 12/3/2024\n**Quyết định:** Thông qua kế hoạch quý II.\n**Người ghi:** Đặng Thị Ánh\n\nCác thành viên trao đổi thêm về ngân sách đào tạo.\n';
    const decisions = parseReport(text).parts.filter((p) => p.role === 'decisions');
    assert.deepEqual(
      decisions.map((p) => [p.startLine + 1, p.endLine + 1]),
      [[8, 8]],
    );
  });

  it('does not take a sentence with a colon for metadata: a one-line lead stays the summary', () => {
    const text = '---\nkind: post-mortem\nlang: en\n---\n# Outage\n\nIt was a long night for the whole on-call team: two hours down.\n\n## Root cause\n\nA bad deploy.\n';
    assert.deepEqual(paragraphParts(text), ['summary:7-7']);
  });

  // The layouts below follow post-mortems and minutes as teams write them (pattern in our own words).
  const roleParts = (text: string, role: string) =>
    parseReport(text)
      .parts.filter((p) => p.role === role)
      .map((p) => `${p.startLine + 1}-${p.endLine + 1}`);

  it('lets a valued label whose text ends with a colon run over the list it introduces (English)', () => {
    const text = '---\nkind: post-mortem\nlang: en\n---\n# Checkout errors\n\n**Impact:** the following were affected:\n\n- 1,200 orders could not be paid\n- support received 340 tickets\n\n**Root cause:** a missing index, introduced by:\n\n1. migration 0042\n2. the new query\n\n**Resolution:** we rolled back at 10:35.\n\nThe team met the next day.\n';
    assert.deepEqual(roleParts(text, 'impact'), ['7-10']);
    assert.deepEqual(roleParts(text, 'root-cause'), ['12-15']);
    // A value that ends as a sentence ends still says all it has.
    assert.deepEqual(roleParts(text, 'resolution'), ['17-17']);
  });

  it('lets a Vietnamese valued label that announces a list ("như sau:") run over it', () => {
    const text = '---\nkind: minutes\nlang: vi\n---\n# Biên bản họp giao ban tuần 12\n\n**Thời gian:** 8 giờ 00 ngày 18/3/2024\n\n**Kết luận:** Chủ trì kết luận như sau:\n\n- Giao tổ Kỹ thuật hoàn thành sửa chữa trước ngày 25/3.\n- Giao tổ Hành chính gửi giấy mời trước ngày 20/3.\n';
    assert.deepEqual(roleParts(text, 'conclusion'), ['9-12']);
  });

  it('lets a valued label with a list on its next line run over the list, but not a list of fields', () => {
    const text = '---\nkind: post-mortem\nlang: en\n---\n# API outage\n\n**Action items:** owners in brackets\n- Automate certificate renewal [Lan]\n- Alert 14 days before expiry [Minh]\n';
    assert.deepEqual(roleParts(text, 'action-items'), ['7-9']);
    const vi = '---\nkind: post-mortem\nlang: vi\n---\n# Sự cố mất kết nối API\n\n- **Thiệt hại:** 40% yêu cầu bị lỗi trong 47 phút\n- **Nguyên nhân:** chứng chỉ TLS hết hạn\n- **Khắc phục:** thay chứng chỉ\n';
    assert.deepEqual(roleParts(vi, 'impact'), ['7-7']);
  });

  it('keeps the lines of a label list before the next label in one list item', () => {
    // "- Word" and "**Blockers:** none" are one list item's paragraph (a lazy continuation line).
    const text = '---\nkind: status\nlang: en\n---\n# Weekly status, week 12\n\n**Done:** importer, two crash fixes\n**Next week:** the exporter and its tests:\n- HTML\n- Word\n**Blockers:** none\n';
    assert.deepEqual(roleParts(text, 'priorities'), ['8-10']);
    assert.deepEqual(roleParts(text, 'shortcomings'), ['11-11']);
  });

  it('reads two labels for one role in a run of fields as one part over both lines (English)', () => {
    // "Severity" is a synonym of the impact: the impact line after it is not lost.
    const text = '---\nkind: post-mortem\nlang: en\n---\n# Incident: cache outage\n\n**Date:** 2024-03-12\n**Severity:** SEV-2\n**Impact:** all EU users saw errors for 28 minutes\n**Owner:** Lan\n\n## Root cause\n\nThe cache ran out of memory.\n';
    assert.deepEqual(roleParts(text, 'impact'), ['8-9']);
  });

  it('reads two labels for one role in a run of fields as one part over both lines (Vietnamese)', () => {
    const text = '---\nkind: post-mortem\nlang: vi\n---\n# Sự cố bộ nhớ đệm\n\n**Ngày:** 12/3/2024\n**Mức độ ảnh hưởng:** nghiêm trọng\n**Thiệt hại:** người dùng khu vực phía Nam gặp lỗi trong 28 phút\n**Người viết:** Lan\n\n## Nguyên nhân\n\nBộ nhớ đệm bị đầy.\n';
    assert.deepEqual(roleParts(text, 'impact'), ['8-9']);
  });

  it('does not place the summary on a bare label after the metadata, and RW001 reports the missing summary (English)', () => {
    const text = '---\nkind: post-mortem\nlang: en\n---\n# Incident: cache outage\n\n**Date:** 2024-03-12\n**Severity:** SEV-2\n\n**Timeline:**\n- 14:02 alert fired\n- 14:30 cache restarted\n\n## Root cause\n\nThe cache ran out of memory.\n';
    assert.deepEqual(roleParts(text, 'summary'), []);
    assert.deepEqual(roleParts(text, 'timeline'), ['10-12']);
    const missing = lintText(text).filter((f) => f.ruleId === 'RW001').map((f) => f.message);
    assert.ok(missing.some((m) => m.includes('"Summary"')), missing.join('; '));
  });

  it('does not place the summary on a label that names no role ("Báo cáo tiến độ:"), nor on a label that opens one (Vietnamese)', () => {
    const text = '---\nkind: status\nlang: vi\n---\n# Báo cáo tuần 2\n\nMục tiêu: rà soát vai trò và phân công.\n\nBáo cáo tiến độ:\n- Dựng kho mã nguồn\n- Soạn bản nháp API\n';
    assert.deepEqual(roleParts(text, 'summary'), []);
    const withRole = '---\nkind: post-mortem\nlang: vi\n---\n# Sự cố bộ nhớ đệm\n\n**Ngày:** 12/3/2024\n\n**Diễn biến:**\n- 14:02 cảnh báo\n- 14:30 khởi động lại\n\n## Nguyên nhân\n\nBộ nhớ đệm bị đầy.\n';
    assert.deepEqual(roleParts(withRole, 'summary'), []);
    assert.ok(lintText(withRole).some((f) => f.ruleId === 'RW001' && f.message.includes('"Tóm tắt"')));
  });

  it('still takes the first paragraph of prose after the metadata for the summary', () => {
    const text = '---\nkind: post-mortem\nlang: vi\n---\n# Sự cố bộ nhớ đệm\n\n**Ngày:** 12/3/2024\n\nBộ nhớ đệm đầy lúc 14:02, khách hàng gặp lỗi trong 28 phút.\n\n## Nguyên nhân\n\nBộ nhớ đệm bị đầy.\n';
    assert.deepEqual(roleParts(text, 'summary'), ['9-9']);
  });

  it('reads "Next Week Focus" and "Trọng tâm tuần tới" as the priorities, ending the results before them', () => {
    const text = '---\nkind: status\nlang: en\n---\n# Weekly Status Report\n\n**Key Accomplishments This Week:**\n- Shipped the importer\n\n**Next Week Focus:** the exporter, then:\n- HTML output\n- Word output\n\n**Blockers:** none\n';
    assert.deepEqual(roleParts(text, 'results'), ['7-8']);
    assert.deepEqual(roleParts(text, 'priorities'), ['10-12']);
    const vi = '---\nkind: status\nlang: vi\n---\n# Báo cáo tuần 23\n\n**Kết quả tuần này:**\n- Hoàn thành bộ nhập dữ liệu\n\n**Trọng tâm tuần tới:** bộ xuất dữ liệu, gồm:\n- Xuất HTML\n- Xuất Word\n';
    assert.deepEqual(roleParts(vi, 'results'), ['7-8']);
    assert.deepEqual(roleParts(vi, 'priorities'), ['10-12']);
  });
});

describe('model: a label block takes the table right after it', () => {
  const MINUTES = [
    '---',
    'kind: minutes',
    'lang: vi',
    '---',
    '# Biên bản họp nhóm',
    '',
    '**Thời gian:** 9 giờ, ngày 14/10/2025',
    '',
    'Nhóm bàn kế hoạch sprint 3.',
    '',
    '**Action Points from the Meeting:**',
    '',
    '| Việc | Người phụ trách | Hạn |',
    '|---|---|---|',
    '| Thiết kế bảng khung giờ | Kiều Anh Tuấn | 17/10/2025 |',
    '| Viết API đặt cọc | Đỗ Minh Thư | 20/10/2025 |',
    '',
  ].join('\n');
  const actions = (text: string) => parseReport(text).parts.filter((p) => p.role === 'action-items').map((p) => `${p.startLine + 1}-${p.endLine + 1}`);

  it('runs over a table that ends the report', () => {
    assert.deepEqual(actions(MINUTES), ['11-16']);
  });

  it('runs over the table and stops where the next label starts', () => {
    const text = MINUTES + '\n**Kết luận:**\n\nNhóm thống nhất lịch demo.\n';
    assert.deepEqual(actions(text), ['11-16']);
    const conclusion = parseReport(text).parts.find((p) => p.role === 'conclusion' || p.role === 'decisions');
    assert.ok(conclusion && conclusion.startLine + 1 === 18, 'the next label opens its own part');
  });

  it('does not take a table that a paragraph or a heading separates from it', () => {
    const afterHeading = MINUTES.replace('**Action Points from the Meeting:**\n', '**Action Points from the Meeting:**\n\n## Phụ lục\n');
    assert.deepEqual(actions(afterHeading), ['11-11']);
  });

  it('does not take a table quoted in a block quote', () => {
    const quoted = MINUTES.replace(/^\|/gm, '> |');
    assert.deepEqual(actions(quoted), ['11-11']);
  });

  it('reads the real sprint minutes whose action table came after its label', function () {
    const file = require('node:path').join(__dirname, '..', '..', 'real', 'vi-20-bien-ban-hop-nhom-sprint.md');
    const text = require('node:fs').readFileSync(file, 'utf8');
    const doc = parseReport(text, { detectKind: true });
    const part = doc.parts.find((p) => p.role === 'action-items');
    assert.ok(part, 'action items found');
    // The label on line 26, the table on lines 28–33.
    assert.deepEqual([part.startLine + 1, part.endLine + 1], [26, 33]);
  });
});

describe('model: a label that names no role ends the label block before it', () => {

  it('ends "Decisions:" at "Questions:" and leaves the questions in no part (English)', () => {
    const text = '---\nkind: minutes\n---\n# Weekly sync\n\nDecisions:\n\n- Ship version 2 on Friday.\n- Freeze the API.\n\nQuestions:\n\n- Who owns the migration?\n\nAction items:\n\n- Lan: write the plan.\n';
    assert.deepEqual(parts(text), ['decisions:6-9', 'action-items:15-17']);
  });

  it('ends "**Kết luận:**" at "**Ý kiến khác:**" (Vietnamese)', () => {
    const text = '---\nkind: minutes\n---\n# Biên bản họp giao ban\n\n**Kết luận:**\n\n- Phát hành phiên bản 2 vào thứ Sáu.\n\n**Ý kiến khác:**\n\n- Anh Minh đề nghị hoãn chuyển đổi dữ liệu.\n\n**Phân công:**\n\n- Anh Lan: viết kế hoạch.\n';
    assert.deepEqual(parts(text), ['conclusion:6-8', 'action-items:14-16']);
  });

  it('goes on over a label that repeats its role\'s name ("Other attendees:", "Thành phần khác:")', () => {
    const en = '---\nkind: minutes\n---\n# Sync\n\nAttendees:\n\n- Lan\n\nOther attendees:\n\n- Minh\n\nIssue:\n\n- A link\n';
    assert.deepEqual(parts(en), ['participants:6-12']);
    const vi = '---\nkind: minutes\n---\n# Họp\n\nThành phần:\n\n- Anh Lan\n\nThành phần khác:\n\n- Chị Hoa\n\nGhi chú:\n\n- Họp trực tuyến.\n';
    assert.deepEqual(parts(vi), ['participants:6-12']);
  });

  it('goes on over a sentence ending in a colon, a label with its value, and a label inside a list', () => {
    const text = '---\nkind: minutes\n---\n# Sync\n\nDecisions:\n\n- Ship version 2.\n\nThe team also agreed on the following points:\n\n- Freeze the API.\n\nNote: the date may move.\n\n- Questions:\n  - none\n';
    assert.deepEqual(parts(text), ['decisions:6-17']);
  });
});

describe('model: labels that divide or carry on a label block do not end it', () => {
  const report = (kind: string, body: string[]) => `---\nkind: ${kind}\n---\n# Title\n\n${body.join('\n')}\n`;

  it('keeps the labels that divide a block right after its label ("Backend:", "a) Về kinh tế:")', () => {
    assert.deepEqual(parts(report('status', ['Completed this week:', '', 'Backend:', '- api done', '', 'Frontend:', '- ui done', '', 'Next week:', '- more'])), ['results:6-12', 'priorities:14-15']);
    assert.deepEqual(parts(report('review', ['Kết quả đạt được:', '', 'a) Về kinh tế:', '- Tăng trưởng.', '', 'b) Về xã hội:', '- Ổn định.', '', 'Phương hướng năm tới:', '- Tiếp tục.'])), ['results:6-12', 'priorities:14-15']);
  });

  it('goes on over words that carry the part on ("In addition:", "**Cụ thể như sau:**", "We also agreed:")', () => {
    assert.deepEqual(parts(report('status', ['Accomplishments:', '- One.', '', 'In addition:', '- Two.', '', 'Next week:', '- Three.'])), ['results:6-10', 'priorities:12-13']);
    assert.deepEqual(parts(report('minutes', ['**Kết luận:**', '- Một.', '', '**Cụ thể như sau:**', '- Hai.', '', '**Phân công:**', '- Ba.'])), ['conclusion:6-10', 'action-items:12-13']);
    assert.deepEqual(parts(report('minutes', ['Decisions:', '- Ship.', '', 'We also agreed:', '- Freeze.', '', 'Action items:', '- Lan.'])), ['decisions:6-10', 'action-items:12-13']);
  });

  it('goes on over a label naming the same role by another of its names ("Thành phần khác:" after "Thành phần tham dự:")', () => {
    assert.deepEqual(parts(report('minutes', ['Thành phần tham dự:', '- Anh Lan', '', 'Thành phần khác:', '- Chị Hoa', '', 'Nội dung thảo luận:', '- Bàn kế hoạch.'])), ['participants:6-10', 'discussion:12-13']);
  });

  it('goes on over a label that qualifies its role ("Open action items:", "Outstanding risks:")', () => {
    assert.deepEqual(parts(report('minutes', ['Action items:', '- Lan: plan.', '', 'Open action items:', '- Minh: review.', '', 'Decisions:', '- Ship.'])), ['action-items:6-10', 'decisions:12-13']);
  });

  it('ends a block at a label that negates its role ("Not done:" after "Done:", "Thành viên vắng mặt:")', () => {
    assert.deepEqual(parts(report('status', ['Done:', '- One.', '', 'Not done:', '- Two.', '', 'Next week:', '- Three.'])), ['results:6-7', 'priorities:12-13']);
    assert.deepEqual(parts(report('minutes', ['Thành viên:', '- Anh Lan', '', 'Thành viên vắng mặt:', '- Chị Hoa', '', 'Kết luận:', '- Xong.'])), ['participants:6-7', 'conclusion:12-13']);
    // With the names on the label's line too: "Apologies: Mark Jones", "Vắng mặt: Anh Hùng (có lý do)".
    assert.deepEqual(parts(report('minutes', ['Attendees:', '- Sarah Chen', '', 'Apologies: Mark Jones', '', 'Regrets: Ann', '', 'Decisions:', '- Ship.'])), ['participants:6-7', 'decisions:13-14']);
    assert.deepEqual(parts(report('minutes', ['Thành phần tham dự:', '- Anh Minh', '', 'Vắng mặt: Anh Hùng (có lý do)', '', 'Kết luận:', '- Xong.'])), ['participants:6-7', 'conclusion:11-12']);
  });

  it('reads labels with a full-width colon ("Kết luận：")', () => {
    assert.deepEqual(parts(report('minutes', ['Kết luận：', '- Một.', '', 'Câu hỏi：', '- Ai?', '', 'Phân công：', '- Ba.'])), ['conclusion:6-7', 'action-items:12-13']);
  });

  it('ends a label\'s part where the next role\'s label starts inside one paragraph (a form typed without blank lines)', () => {
    // Scraped minutes: every field on a line of one paragraph, the labels in italics.
    const vi = report('minutes', ['_Địa điểm:_ phòng học lớp 6B', '_Thành phần tham dự:_', '\\- Giáo viên chủ nhiệm: cô Mai', '\\- Toàn thể học sinh lớp 6B', '_Chủ tọa:_ Lớp trưởng Bùi Quốc Bảo', '_Nội dung:_', '\\(1\\) Lớp thống nhất quyên góp sách vở.']);
    assert.deepEqual(parts(vi), ['participants:7-10', 'discussion:11-12']);
    const en = report('minutes', ['*Attendees:*', 'Alice, Bob', '*Decisions:*', 'Ship on Friday.', '*Action items:*', 'Alice: release notes.']);
    assert.deepEqual(parts(en), ['participants:6-7', 'decisions:8-9', 'action-items:10-11']);
  });

  it('reads the rows of a table of fields that name a role ("| **Thành phần tham dự** | … |", "| Attendees | … |")', () => {
    const vi = report('minutes', ['| Hạng mục | Chi tiết |', '|---|---|', '| **Ngày họp** | 01/04/2026 |', '| **Thành phần tham dự** | Nguyên, Tấn, Nhi |', '| **Chủ trì** | Nguyên |', '', '## Nội dung', '', 'Làm rõ yêu cầu.']);
    assert.deepEqual(parts(vi), ['participants:9-9']);
    const en = report('minutes', ['| Field | Value |', '| --- | --- |', '| Attendees | Ana, Bo |', '| Decisions: | Ship on Friday |']);
    assert.deepEqual(parts(en), ['participants:8-8', 'decisions:9-9']);
    // A table of three columns, or a role's name with nothing beside it, is no field.
    assert.deepEqual(parts(report('minutes', ['| Who | What | When |', '|---|---|---|', '| Attendees | Ana | Mon |'])), []);
    assert.deepEqual(parts(report('minutes', ['| a | b |', '|---|---|', '| Decisions | |'])), []);
    // A table of two columns that is no record's fields: one row's name is a role's only by chance.
    assert.deepEqual(parts(report('minutes', ['| Màn hình | Mô tả |', '|---|---|', '| **Đăng nhập** | Đăng nhập cho chủ cửa hàng |', '| **Tổng quan** | Thống kê, biểu đồ |'])), []);
  });

  it('reads labels in single emphasis like those in bold ("_Kết luận:_", "*Decisions:*")', () => {
    assert.deepEqual(parts(report('minutes', ['_Kết luận:_', '', '- Xong.'])), ['conclusion:6-8']);
    assert.deepEqual(parts(report('minutes', ['*Decisions:* ship on Friday.'])), ['decisions:6-6']);
  });

  it('ends a block at a label whose role a heading of the report has', () => {
    const text = report('minutes', ['## Notes', '', 'Decisions:', '- Ship.', '', 'Action items:', '- Lan.', '', '## Action items', '', '- Minh.']);
    assert.ok(parts(text).includes('decisions:8-9'), parts(text).join(' '));
  });
});

describe('model: the end of a meeting\'s record ends its last labelled part', () => {

  it('stops "**Kết luận:**" at "Cuộc họp kết thúc …" and leaves the signatures out (Vietnamese)', () => {
    const text = '---\nkind: minutes\n---\n# Biên bản họp tổ\n\n**Kết luận:**\n\n- Hoàn thành sprint 4.\n\nCuộc họp kết thúc lúc 16h15 cùng ngày.\n\n**Thư ký**                **Chủ trì**\n\nNguyễn Thị Hoa            Trần Văn Lan\n';
    assert.deepEqual(parts(text), ['conclusion:6-8']);
  });

  it('stops at a line of signers even without a closing sentence, and at "The meeting adjourned" (English)', () => {
    const signers = '---\nkind: minutes\n---\n# Sync\n\n**Decisions:**\n\n- Ship.\n\n**Thư ký**    **Chủ trì**\n\nHoa    Lan\n';
    assert.deepEqual(parts(signers), ['decisions:6-8']);
    const adjourned = '---\nkind: minutes\n---\n# Sync\n\nDecisions:\n\n- Ship.\n\nThe meeting adjourned at 5 pm.\n\nSecretary\n\nJane Doe\n';
    assert.deepEqual(parts(adjourned), ['decisions:6-8']);
  });

  it('goes on over decisions that speak of a meeting ending, and over a title with a name under it', () => {
    const decided = '---\nkind: minutes\n---\n# Sync\n\nDecisions:\n\n- The meeting concluded that the release moves to May.\n- The meeting ended early last week, so the review is repeated.\n\nThe meeting concluded that the budget stands.\n\nAction items:\n\n- Lan.\n';
    assert.deepEqual(parts(decided), ['decisions:6-11', 'action-items:13-15']);
    const attended = '---\nkind: minutes\n---\n# Biên bản họp\n\nThành phần tham dự:\n\nChủ trì\nÔng Nguyễn Văn An\n\nThư ký\nBà Trần Thị Bình\n\nKết luận:\n\n- Cuộc họp kết thúc phần thảo luận và thống nhất tăng ngân sách.\n- Giao phòng Kế hoạch lập dự toán.\n\nCuộc họp kết thúc lúc 11h00 cùng ngày.\n\n**Thư ký**   **Chủ trì**\n';
    assert.deepEqual(parts(attended), ['participants:6-12', 'conclusion:14-17']);
  });

  it('leaves a news report\'s closing paragraph its cues ("Hội nghị kết thúc với phát biểu kết luận …")', () => {
    const news = '---\nkind: meeting-news\n---\n# Hội nghị tổng kết năm 2025\n\nSáng 15/1, Sở Tài chính tổ chức hội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026.\n\nTham dự hội nghị có đồng chí Nguyễn Văn An, Phó Chủ tịch UBND tỉnh.\n\nTại hội nghị, Giám đốc Sở báo cáo kết quả: thu ngân sách vượt 8% dự toán.\n\nHội nghị kết thúc với phát biểu kết luận của đồng chí Nguyễn Văn An, đề nghị ngành tài chính tập trung cải cách thủ tục trong thời gian tới.\n';
    const roles = parseReport(news).parts.map((p) => p.role);
    assert.ok(roles.includes('conclusion'), roles.join(' '));
  });

  it('goes on over a sentence that only mentions the meeting\'s end', () => {
    const text = '---\nkind: minutes\n---\n# Sync\n\nDecisions:\n\n- Ship before the meeting ended next month.\n\nWe close the sprint when the demo is done.\n';
    assert.deepEqual(parts(text), ['decisions:6-10']);
  });

  it('takes a label whose value is only a date for when, not the part it names ("Retrospective: 14 January 2020")', () => {
    for (const date of ['14 January 2020', 'Jan. 14, 2020', '2020-01-14', 'ngày 14/1/2020', '**14/01/2020**']) {
      assert.deepEqual(parts(`---\nkind: review\nlang: en\n---\n# Sprint 3\n\nRetrospective: ${date}\n\n## What went well\n\nShipped.\n`), [], date);
    }
    assert.deepEqual(parts('---\nkind: review\nlang: en\n---\n# Sprint 3\n\nRetrospective: we should talk more.\n\n## What went well\n\nShipped.\n'), ['lessons:7-7']);
  });
});
