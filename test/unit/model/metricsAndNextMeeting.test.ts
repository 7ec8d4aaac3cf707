import * as assert from 'node:assert/strict';
import { parseReport } from '../../../src/core';

/**
 * A weekly report's figures ("**Tasks Completed**: 5", "**Việc đã hoàn thành:** 12") count the
 * work, they are not its results part; and what a section on the next meeting says ("**Nội
 * dung:** …", "**Agenda:** …") is of that meeting, not this one's discussion. Shapes seen in
 * weekly reports and team minutes (e.g. tranquocvy/window-shop-docs, meeting_notes/meeting_2025-10-29.md:
 * "## 7. Kế hoạch họp tiếp theo" then "**Thời gian:** …" and "**Nội dung:** …").
 */
const roles = (text: string) => parseReport(text).parts.map((p) => `${p.role ?? '-'}@${p.startLine + 1}`);

describe('model: figures under labels, and the next meeting\'s fields', () => {
  it('does not read a label with a count as the results (en, vi)', () => {
    const en = '---\nkind: status\nlang: en\n---\n\n# Weekly status, week 12\n\n## Overview\n\n**Tasks Completed**: 5\n**Tasks In Progress**: 2\n\n## Plans\n\n- Write the API docs.\n';
    const vi = '---\nkind: status\nlang: vi\n---\n\n# Báo cáo tuần 12\n\n## Tổng quan\n\n**Việc đã hoàn thành:** 12 việc\n**Số giờ:** 38 giờ\n\n## Kế hoạch tuần tới\n\n- Viết tài liệu API.\n';
    for (const text of [en, vi]) assert.deepEqual(roles(text).filter((r) => r.startsWith('results')), [], roles(text).join(' '));
  });

  it('still reads a label with the work itself as the results (en, vi)', () => {
    const en = '---\nkind: status\nlang: en\n---\n\n# Weekly status, week 12\n\n## Overview\n\n**Completed**: login module, password reset.\n\n## Plans\n\n- Write the API docs.\n';
    const vi = '---\nkind: status\nlang: vi\n---\n\n# Báo cáo tuần 12\n\n## Tổng quan\n\n**Việc đã hoàn thành:** module đăng nhập.\n\n## Kế hoạch tuần tới\n\n- Viết tài liệu API.\n';
    for (const text of [en, vi]) assert.ok(roles(text).includes('results@10'), roles(text).join(' '));
  });

  it('keeps the next meeting\'s fields in its section (vi, en)', () => {
    const vi = '---\nkind: minutes\nlang: vi\n---\n\n# Biên bản họp nhóm ngày 12/3/2026\n\n## Thành phần tham dự\n\nAn, Bình, Chi.\n\n## Kết luận\n\n- Hoàn thành module trong tuần.\n\n## Cuộc họp tiếp theo\n\n**Thời gian:** 9h00 ngày 19/3/2026\n\n**Nội dung:** rà soát kiểm thử.\n';
    const en = '---\nkind: minutes\nlang: en\n---\n\n# Team meeting notes\n\n## Attendees\n\nAna, Bo, Chen.\n\n## Decisions\n\n- Ship on Friday.\n\n## Next meeting\n\n**When:** 19 March, 9:00\n\n**Discussion:** review the test plan.\n';
    for (const text of [vi, en]) {
      const found = roles(text);
      assert.ok(found.some((r) => r.startsWith('next-meeting@')), found.join(' '));
      assert.ok(!found.some((r) => r.startsWith('discussion@')), found.join(' '));
    }
  });
});
