import * as assert from 'node:assert/strict';
import { parseReport } from '../../../src/core';
import { lintText } from '../helpers';

/** The role of the one section under the title of a report of `kind` whose heading is `title`. */
const headingRole = (kind: string, title: string): string | undefined =>
  parseReport(`---\nkind: ${kind}\n---\n# Report\n\n## ${title}\n\nText.\n`).sections[0].children[0].role;

describe('model: role names with a count before them', () => {
  it('reads a count word or a number before a role\'s name as part of the name, in both languages', () => {
    const cases: Array<[string, string, string]> = [
      ['minutes', 'Bốn quyết định', 'decisions'], ['minutes', '4 quyết định', 'decisions'], ['review', 'Ba nhiệm vụ trọng tâm', 'priorities'], ['review', 'Năm kết quả nổi bật', 'results'],
      ['minutes', 'Four decisions', 'decisions'], ['minutes', '4 decisions', 'decisions'], ['status', 'Top 5 priorities', 'priorities'], ['review', 'Our three key results', 'results'],
    ];
    for (const [kind, title, role] of cases) assert.equal(headingRole(kind, title), role, `${kind}: ${title}`);
  });

  it('still leaves "Một số …" and "Some …" to the part before them, and a year stays a year', () => {
    assert.equal(headingRole('review', 'Một số kết quả nổi bật'), undefined);
    assert.equal(headingRole('review', 'Some results'), undefined);
    assert.equal(headingRole('review', 'Năm 2024 nhìn chung'), undefined);
  });

  it('reads the parts of a status whose headings count them, and RW001 is satisfied (Vietnamese and English)', () => {
    const vi = '---\nkind: status\nlang: vi\n---\n# Báo cáo tuần 4\n\n## Hai việc đã hoàn thành\n\n- Trang đăng nhập.\n\n## Ba nhiệm vụ tuần tới\n\n- Trang giỏ hàng.\n';
    const en = '---\nkind: status\nlang: en\n---\n# Week 4\n\n## Two wins\n\n- Login page.\n\n## Three priorities\n\n- Cart page.\n';
    assert.deepEqual(parseReport(vi).parts.map((p) => p.role), ['results', 'priorities']);
    assert.deepEqual(parseReport(en).parts.map((p) => p.role), ['results', 'priorities']);
    for (const text of [vi, en]) assert.deepEqual(lintText(text).filter((f) => f.ruleId === 'RW001'), []);
  });
});

describe('model: role names after who they are about', () => {
  it('reads "Staff present", "Others present", "Thành viên có mặt", "Khách mời tham dự" as the participants', () => {
    for (const title of ['Staff present', 'RTD STAFF PRESENT', 'Others present', 'Guests in attendance', 'Thành viên có mặt', 'Khách mời tham dự', 'Đại biểu dự họp']) {
      assert.equal(headingRole('minutes', title), 'participants', title);
    }
  });

  it('not when the title negates it or says more than who ("Not present", "Không có mặt", "Risks present in the new design")', () => {
    for (const title of ['Not present', 'Apologies, not present', 'Không có mặt', 'Người không tham dự', 'Risks present in the new design']) {
      assert.notEqual(headingRole('minutes', title), 'participants', title);
    }
  });

  it('reads the lines "STAFF PRESENT" and "Thành viên có mặt" above their names as the participants of minutes without headings', () => {
    const en = '---\nkind: minutes\n---\n# Board meeting\n\nSTAFF PRESENT\n- Bruce Abel\n- Martha Bembry\n\nAction items:\n- Bruce: budget.\n';
    const vi = '---\nkind: minutes\n---\n# Họp ban điều hành\n\nThành viên có mặt\n- Anh Lan\n- Chị Hoa\n\nPhân công:\n- Anh Lan: ngân sách.\n';
    for (const text of [en, vi]) assert.ok(parseReport(text).parts.some((p) => p.role === 'participants' && p.startLine === 5), text);
  });
});

describe('model: a proposal of what to do next is the plan', () => {
  it('reads "Đề xuất thứ tự làm tiếp theo", "Đề xuất các bước tiếp theo", "Proposed next steps", "Suggestions for next steps" as the priorities', () => {
    for (const title of ['Đề xuất thứ tự làm tiếp theo', 'Đề xuất các bước tiếp theo', 'Proposed next steps', 'Suggestions for next steps']) {
      assert.equal(headingRole('status', title), 'priorities', title);
    }
  });

  it('leaves proposals to someone else and those for a later period as recommendations', () => {
    for (const title of ['Đề xuất', 'Kiến nghị năm tới', 'Đề xuất với lãnh đạo', 'Recommendations for next year', 'Suggestions']) {
      assert.equal(headingRole('review', title), 'recommendations', title);
    }
  });
});

describe('model: the names real reports give their parts (fifth round), in both languages', () => {
  it('knows them as headings', () => {
    const cases: Array<[string, string, string]> = [
      ['review', 'Successes', 'results'], ['review', 'Những thành công', 'results'], ['review', 'Looking back at 2023', 'results'], ['review', 'Nhìn lại năm 2023', 'results'],
      ['status', 'In progress', 'results'], ['status', 'Công việc đang làm', 'results'], ['status', 'Working tasks', 'results'], ['status', 'Việc đang thực hiện', 'results'], ['status', 'Tasks in progress', 'results'],
      ['review', '2023 failures', 'shortcomings'], ['review', 'Những thất bại năm 2023', 'shortcomings'], ['review', 'What didn\'t get done', 'shortcomings'], ['review', 'Những việc chưa làm được', 'shortcomings'],
      ['status', 'Việc còn thiếu để go-live', 'priorities'], ['status', 'Remaining work before launch', 'priorities'], ['status', 'Những việc còn lại', 'priorities'], ['status', 'What\'s left', 'priorities'],
      ['review', 'Looking to 2024', 'priorities'], ['review', 'Hướng tới năm 2024', 'priorities'], ['status', 'Các bước tiếp theo', 'priorities'], ['status', 'Next steps', 'priorities'],
      ['status', 'Success criteria', 'objectives'], ['status', 'Tiêu chí thành công', 'objectives'],
      ['minutes', 'Roll call', 'participants'], ['minutes', 'Điểm danh', 'participants'],
      ['minutes', 'Nhiệm vụ', 'action-items'], ['minutes', 'Tasks', 'action-items'], ['minutes', 'Việc phát sinh từ 4 quyết định', 'action-items'], ['minutes', 'Actions arising from the decisions', 'action-items'],
      ['post-mortem', 'Nhiệm vụ', 'action-items'], ['post-mortem', 'Tasks', 'action-items'],
    ];
    for (const [kind, title, role] of cases) assert.equal(headingRole(kind, title), role, `${kind}: ${title}`);
  });

  it('knows them as labels: the outcome of each goal and the look ahead of a year\'s recap, and the tasks of minutes', () => {
    const recap = (lang: string, lines: string[]) => `---\nkind: review\nlang: ${lang}\n---\n# Recap\n\n${lines.join('\n')}\n`;
    const en = recap('en', ['#### 1. Run a 5k', '', '**Success**: finished the plan in October.', '', '#### 2. Write more', '', '**Partial success**: a few posts.', '', '**Looking to 2024**:', '', 'Keep running.', '', '## Conclusion', '', 'A good year.']);
    const vi = recap('vi', ['#### 1. Chạy 5 km', '', '**Thành công**: xong giáo án vào tháng 10.', '', '#### 2. Viết nhiều hơn', '', '**Thành công một phần**: vài bài viết.', '', '**Hướng tới năm 2024**:', '', 'Tiếp tục chạy.', '', '## Kết luận', '', 'Một năm tốt.']);
    for (const text of [en, vi]) {
      const doc = parseReport(text);
      assert.deepEqual(doc.parts.filter((p) => p.part === 'paragraphs').map((p) => `${p.role}:${p.startLine + 1}-${p.endLine + 1}`), ['results:9-9', 'results:13-13', 'priorities:15-17'], text);
      assert.deepEqual(lintText(text).filter((f) => f.ruleId === 'RW001'), [], text);
    }
    for (const [lang, label] of [['vi', '**Nhiệm vụ**:'], ['en', '**Tasks**:']]) {
      const doc = parseReport(`---\nkind: minutes\nlang: ${lang}\n---\n# Họp nhóm\n\n${label}\n\n1. PO tạo issue.\n2. Cả nhóm làm trong 7 ngày.\n`);
      assert.deepEqual(doc.parts.filter((p) => p.role !== 'lead').map((p) => `${p.role}:${p.startLine + 1}-${p.endLine + 1}`), ['action-items:7-10'], label);
    }
  });
});
