import * as assert from 'node:assert/strict';
import { parseReport } from '../../../src/core';

/** The parts of a report as the outline lists them: role (or "-") and title. */
const parts = (text: string) => parseReport(text).parts.map((p) => `${p.role ?? '-'}: ${p.title}`);

describe('model: the end of a meeting in its minutes', () => {
  // The conclusion of minutes is the chair's conclusions and decisions; the line that says when
  // the meeting ended closes the record (NĐ 30/2020 Phụ lục III, Mẫu 1.9: "Cuộc họp … kết thúc
  // vào … giờ …"), and is no part of it.
  it('reads "KẾT THÚC CUỘC HỌP" as no part, and the chair\'s conclusion as the conclusion (Vietnamese)', () => {
    const text =
      '---\nkind: minutes\nlang: vi\n---\n# Biên bản họp nhóm dự án\n\n## Thành phần tham dự\n\n- Anh An (chủ trì), chị Bình (thư ký)\n\n## Nội dung cuộc họp\n\nNhóm rà soát tiến độ sprint 3.\n\n## Kết luận của chủ trì\n\nGiao anh An hoàn thiện API trước ngày 20/3.\n\n## KẾT THÚC CUỘC HỌP\n\nCuộc họp kết thúc lúc 11 giờ cùng ngày.\n';
    assert.deepEqual(parts(text).slice(-4), ['participants: Thành phần tham dự', 'discussion: Nội dung cuộc họp', 'conclusion: Kết luận của chủ trì', '-: KẾT THÚC CUỘC HỌP']);
    const bare = '---\nkind: minutes\nlang: vi\n---\n# Biên bản họp\n\n## Nội dung cuộc họp\n\nRà soát tiến độ.\n\n## Kết thúc\n\nCuộc họp kết thúc lúc 11 giờ.\n';
    assert.ok(!parseReport(bare).parts.some((p) => p.role === 'conclusion'), parts(bare).join('\n'));
  });

  it('reads "Closing" with "The meeting ended at 4 pm" as no part, and "Closing remarks" as the conclusion (English)', () => {
    const minutes = (heading: string) =>
      `---\nkind: minutes\nlang: en\n---\n# Minutes of the team meeting, 2024-03-12\n\n## Attendees\n\n- Alice (chair), Bob\n\n## Discussion\n\nThe team reviewed sprint 3.\n\n## ${heading}\n\nThe meeting ended at 4 pm.\n`;
    assert.equal(parts(minutes('Closing')).at(-1), '-: Closing');
    assert.equal(parts(minutes('Closing remarks')).at(-1), 'conclusion: Closing remarks');
  });
});

describe('model: decisions and action items written as bullets of the proceedings', () => {
  it('reads "Diễn biến" as the discussion, and its "Quyết định:" and "Phân công:" bullets as the decisions and the action items (Vietnamese)', () => {
    const text =
      '---\nkind: minutes\nlang: vi\n---\n# Biên bản họp Ban điều hành\n\n## Thành phần tham dự\n\n- Ông An (chủ trì), bà Bình (thư ký)\n\n## Diễn biến\n\n- Ban điều hành rà soát dự toán năm 2025.\n- Quyết định: thông qua dự toán như dự thảo.\n- Phân công: bà Bình gửi dự toán cho Hội đồng trước ngày 20/3.\n\nCuộc họp kết thúc lúc 11 giờ cùng ngày.\n';
    const roles = parseReport(text).parts.map((p) => p.role);
    for (const role of ['participants', 'discussion', 'decisions', 'action-items']) assert.ok(roles.includes(role), `${role}: ${parts(text).join(' | ')}`);
    assert.ok(parts(text).includes('discussion: Diễn biến'));
  });

  it('reads the "Decision:" and "Action:" bullets under "Minutes" as the decisions and the action items (English)', () => {
    const text =
      '---\nkind: minutes\nlang: en\n---\n# Minutes of the board meeting, 2024-03-12\n\n## Attendees\n\n- Alice (chair), Bob, Carol\n\n## Minutes\n\n- The board reviewed the budget for 2025.\n- Decision: the board approved the budget as drafted.\n- Action: Bob sends the final budget to the council by March 20.\n\nThe meeting ended at 4 pm.\n';
    const roles = parseReport(text).parts.map((p) => p.role);
    for (const role of ['participants', 'discussion', 'decisions', 'action-items']) assert.ok(roles.includes(role), `${role}: ${parts(text).join(' | ')}`);
  });
});
