import * as assert from 'node:assert/strict';
import { displayTitle, parseReport, type Section } from '../../../src/core';
import { fixAll } from '../../../src/core/fix';
import { lintText } from '../helpers';

const shape = (sections: Section[]): unknown[] =>
  sections.map((s) => [s.heading.text, s.startLine + 1, s.endLine + 1, s.role ?? '-', ...(s.children.length ? [shape(s.children)] : [])]);

describe('model: sections and roles', () => {
  it('nests sections and gives each its line range, trailing lines included', () => {
    const doc = parseReport(
      ['---', 'kind: review', 'lang: vi', '---', '# Báo cáo năm 2023', '', '## I. Kết quả đạt được', 'a', '### 1. Chi tiết', 'b', '', '## II. Phương hướng', 'c', '## III. Kết luận', 'd', ''].join('\n'),
    );
    assert.deepEqual(shape(doc.sections), [
      ['Báo cáo năm 2023', 5, 15, '-', [
        ['I. Kết quả đạt được', 7, 11, 'results', [['1. Chi tiết', 9, 11, '-']]],
        ['II. Phương hướng', 12, 13, 'priorities'],
        ['III. Kết luận', 14, 15, 'conclusion'],
      ]],
    ]);
    assert.ok(doc.title?.isTitle);
  });

  it('reads a bold line that is all a section holds as its answer, not a heading ("**N/A**", "**Không có**")', () => {
    for (const [answer, lang] of [['**N/A**', 'en'], ['__NONE__', 'en'], ['`N/A`', 'en'], ['**Không có**', 'vi'], ['**KHÔNG CÓ**', 'vi']] as const) {
      const text = `---\nkind: status\nlang: ${lang}\n---\n# Week 9\n\n## Done this week\n\n- Fixed login.\n\n## Blockers\n\n${answer}\n\n## Next week\n\n- Ship search.\n`;
      const doc = parseReport(text);
      assert.deepEqual(doc.headings.map((h) => h.text), ['Week 9', 'Done this week', 'Blockers', 'Next week'], answer);
      assert.deepEqual(lintText(text).filter((f) => f.ruleId === 'RW003' || f.ruleId === 'RW008'), [], answer);
      assert.equal(fixAll(text).text, text, `${answer}: --fix leaves the answer as typed`);
    }
    // A bold line with text after it in its section still heads that text.
    const numbered = parseReport('---\nlang: vi\n---\n# Báo cáo\n\n## I. Kết quả\n\n**1. Công tác tổ chức**\n\nĐã kiện toàn bộ máy.\n\n## II. Phương hướng\n\nTiếp tục.\n');
    assert.ok(numbered.headings.some((h) => h.pseudo && h.title === 'Công tác tổ chức'));
    // A bold line before subsections heads them.
    const group = parseReport('# Awesome\n\n## Projects\n\n**AI & ML**\n\n### AI and Agents\n\n- a library\n');
    assert.ok(group.headings.some((h) => h.pseudo && h.title === 'AI & ML'));
    // Under the title alone, a bold line is a section of its own (the report has no other headings).
    const underTitle = parseReport('---\nlang: vi\n---\n# Báo cáo\n\nMở đầu.\n\n**KẾT LUẬN**\n');
    assert.ok(underTitle.headings.some((h) => h.pseudo && h.title === 'KẾT LUẬN'));
  });

  it('knows the headings real reports use for their parts, in both languages', () => {
    const cases: Array<[string, string, string]> = [
      ['status', 'What we shipped', 'results'], ['status', 'Deliverables', 'results'], ['review', 'Outcomes', 'results'], ['review', '2025 accomplishments', 'results'],
      ['review', 'Summary of activities', 'results'], ['review', 'Thành tích năm 2025', 'results'], ['status', 'Việc tuần này', 'results'], ['review', 'Công việc đã triển khai', 'results'],
      ['review', 'Limitations', 'shortcomings'], ['review', 'Những điểm còn tồn tại', 'shortcomings'], ['status', 'Các lỗi gặp phải', 'shortcomings'], ['status', 'Các hạng mục chưa hoàn thành', 'shortcomings'],
      ['status', 'Plan for next week', 'priorities'], ['status', 'Going forward', 'priorities'], ['status', 'The week ahead', 'priorities'], ['status', 'Tuần sau', 'priorities'], ['review', 'Việc cần làm năm tới', 'priorities'],
      ['review', 'Final thoughts', 'conclusion'], ['review', 'Concluding remarks', 'conclusion'], ['review', 'Lời kết', 'conclusion'],
      ['minutes', 'Upcoming meetings', 'next-meeting'], ['minutes', 'Cuộc họp sắp tới', 'next-meeting'],
      ['post-mortem', 'What happened', 'summary'], ['post-mortem', 'Five whys', 'root-cause'], ['post-mortem', 'Action taken', 'resolution'], ['post-mortem', 'Future measures', 'action-items'], ['post-mortem', 'Hành động tiếp theo', 'action-items'], ['post-mortem', 'Next actions', 'action-items'],
      // A word that qualifies the role's name before it, in either language.
      ['annual-report', 'Latest Achievements', 'results'], ['post-mortem', 'User-visible impact', 'impact'], ['status', 'Tổng hợp kết quả nghiệm thu Đợt 1', 'results'], ['review', 'Báo cáo kết quả', 'results'],
      ['status', 'Status Update', 'results'], ['status', 'Những thay đổi đáng chú ý', 'results'], ['status', 'Plan', 'priorities'], ['review', 'What needs to be improved', 'shortcomings'], ['review', 'Những điểm cần cải thiện', 'shortcomings'],
      ['minutes', 'Proceedings', 'discussion'], ['minutes', 'Updates', 'discussion'], ['minutes', 'Các ý chính', 'discussion'], ['minutes', 'Đã chốt', 'decisions'], ['minutes', 'Việc tiếp theo', 'action-items'], ['minutes', 'Action tiếp theo', 'action-items'],
      ['annual-report', 'Maintainers', 'participants'], ['annual-report', 'Convener(s):', 'participants'],
      // What the real reports of a third round called their parts.
      ['status', 'Mô tả các nhiệm vụ đã thực hiện', 'results'], ['status', 'Nhiệm vụ đã thực hiện', 'results'], ['status', 'What Was Delivered', 'results'],
      ['status', 'Goals from Last Week', 'objectives'], ['status', 'Kế hoạch tuần trước', 'objectives'], ['review', "What didn't go so well", 'shortcomings'], ['post-mortem', 'What didn’t go so well?', 'lessons'],
      ['post-mortem', 'Symptoms', 'summary'], ['post-mortem', 'Đề xuất hướng khắc phục', 'action-items'], ['post-mortem', 'Hướng khắc phục', 'resolution'],
      ['minutes', 'Action Plan:', 'action-items'], ['minutes', 'Các nội dung đã thống nhất', 'decisions'], ['minutes', 'Mục đích', 'objectives'],
      // An official review starts by describing the situation ("I. KHÁI QUÁT TÌNH HÌNH", an official report among a Vietnamese text checker's test fixtures; the search index showed no repository, read_file id 65741417161).
      ['official-report', 'I. KHÁI QUÁT TÌNH HÌNH', 'context'], ['review', 'General overview', 'context'],
      // A title in two languages: either half names the role.
      ['minutes', 'HÀNH ĐỘNG CẢI TIẾN (ACTION ITEMS)', 'action-items'], ['post-mortem', 'Mô tả triệu chứng (Symptoms)', 'summary'], ['post-mortem', 'Phân tích nguyên nhân gốc rễ (Root Cause)', 'root-cause'],
    ];
    for (const [kind, title, role] of cases) {
      const doc = parseReport(`---\nkind: ${kind}\n---\n# Report\n\n## ${title}\n\nText.\n`);
      assert.equal(doc.sections[0].children[0].role, role, `${kind}: ${title}`);
    }
    // Words in parentheses that are no translation of the role's name, and a last period that is not the whole rest.
    const notRoles: Array<[string, string, string | undefined]> = [
      ['status', 'Appendix (results of the user survey)', undefined], ['status', 'Budget (plan vs actual)', undefined], ['status', 'Chi phí (kế hoạch)', undefined],
      ['post-mortem', 'Phụ lục (diễn biến chi tiết)', undefined], ['status', 'Goals for next week (carried over from last week)', 'priorities'],
      ['status', 'Kế hoạch tuần 48 (chuyển từ tuần trước)', 'priorities'], ['status', 'Kế hoạch tuần trước Tết', 'priorities'], ['review', 'Mục tiêu năm 2026 (tăng 15% so với năm trước)', 'objectives'],
      ['minutes', 'Action items', 'action-items'], ['status', 'Action items', undefined],
    ];
    for (const [kind, title, role] of notRoles) {
      const doc = parseReport(`---\nkind: ${kind}\n---\n# Report\n\n## ${title}\n\nText.\n`);
      assert.equal(doc.sections[0].children[0].role, role, `${kind}: ${title}`);
    }
    // "Other …", "Một số …" are more of a part the report has: no second part, no RW004.
    for (const title of ['Other blockers', 'Additional results', 'Một số kết quả nổi bật']) {
      assert.equal(parseReport(`---\nkind: status\n---\n# Report\n\n## ${title}\n\nText.\n`).sections[0].children[0].role, undefined, title);
    }
  });

  it('recognises a heading with a pasted invisible character or a look-alike letter, which RW301/RW302 report, without adding a second section', () => {
    for (const title of ['Кết quả đạt được', 'Kết quả đạt được\u200b', 'Kết\u00adquả đạt được'.replace('\u00ad', ' \u00ad'), 'Kết quả đạt đ\u200dược', 'Κết quả đạt được']) {
      const text = `---\nkind: review\nlang: vi\n---\n# Báo cáo năm 2025\n\n## ${title}\n\nXong mười việc.\n\n## Phương hướng, nhiệm vụ\n\nLàm tiếp.\n\n## Kết luận\n\nTốt.\n`;
      assert.equal(parseReport(text).sections[0].children[0].role, 'results', JSON.stringify(title));
      // What a reader sees, in the outline and in messages: no invisible characters.
      assert.doesNotMatch(displayTitle(parseReport(text).sections[0].children[0].heading), /[\u00ad\u200b-\u200d]/u);
      assert.deepEqual(lintText(text).filter((f) => f.ruleId === 'RW001'), [], JSON.stringify(title));
      const fixed = fixAll(text).text;
      assert.equal(fixed.split('\n').filter((l) => l.startsWith('## ')).length, 3, `${JSON.stringify(title)}: no section added`);
    }
  });

  it('gives a subsection of a part its own role when its title is the role\'s name with a period or "được", "tiếp theo" after it', () => {
    const doc = parseReport('---\nkind: review\n---\n# R\n\n## 5. Conclusion\n\n### 5.1 Team accomplishments in 2024\n\nx\n\n## 7. Kết luận\n\n### 7.1. Những việc đã làm được\n\na\n\n### 7.3. Định hướng tiếp theo\n\nb\n\n### 7.4. Nhiệm vụ được giao trong năm\n\nc\n');
    const roles = doc.sections[0].children.flatMap((s) => s.children.map((c) => c.role ?? '-'));
    assert.deepEqual(roles, ['results', 'results', 'priorities', '-']);
  });

  it('gives a subsection its own role when it names another role clearly: joined to a further role, or with who gave it', () => {
    // Minutes: the chair's conclusions and assignments under the discussion are a part of their own.
    const vi = parseReport('---\nkind: minutes\nlang: vi\n---\n# Biên bản họp tổ\n\n## II. Nội dung cuộc họp\n\n### 1. Ý kiến thảo luận của các thành viên\n\nNhất trí.\n\n### 2. Kết luận và phân công của Tổ trưởng Lê Văn Bình:\n\n- Tổ thống nhất kế hoạch.\n\n### 3. Kết luận của chủ tọa\n\nThông qua.\n\n## III. Kết thúc cuộc họp\n\nCuộc họp kết thúc lúc 16 giờ.\n');
    const roles = (doc: ReturnType<typeof parseReport>) => doc.sections[0].children.flatMap((s) => [s.role ?? '-', ...s.children.map((c) => c.role ?? '-')]);
    assert.deepEqual(roles(vi), ['discussion', '-', 'conclusion', 'conclusion', '-']);
    const en = parseReport('---\nkind: minutes\nlang: en\n---\n# Board meeting\n\n## Discussion\n\n### Open questions and discussion\n\nThe budget.\n\n### Decisions and action items\n\n- Approve the budget.\n\n### Decisions of the board\n\nApproved.\n');
    assert.deepEqual(roles(en), ['discussion', '-', 'decisions', 'decisions']);
    // Every view reads the same parts: the outline lists the sub-part with its role.
    assert.ok(vi.parts.some((p) => p.role === 'conclusion' && p.title.startsWith('2. Kết luận và phân công')));
  });

  it('keeps an ordinary subsection inside its part: a role word with more after it, or the part\'s own role again', () => {
    const vi = parseReport('---\nkind: review\nlang: vi\n---\n# Báo cáo tổng kết năm 2025\n\n## I. Kết quả đạt được\n\n### 1. Kết quả công tác tuyên truyền\n\na\n\n### 2. Kết quả và hạn chế của tổ văn phòng\n\nb\n\n### 3. Kết luận thanh tra số 12 về tài chính\n\nc\n\n### 4. Nhiệm vụ được giao trong năm\n\nd\n\n## II. Phương hướng năm 2026\n\ne\n\n## III. Kết luận\n\nf\n\n### Kết luận và kiến nghị của Ban\n\ng\n');
    const roles = vi.sections[0].children.map((s) => [s.role ?? '-', ...s.children.map((c) => c.role ?? '-')]);
    assert.deepEqual(roles, [['results', '-', '-', '-', '-'], ['priorities'], ['conclusion', '-']]);
    const en = parseReport('---\nkind: review\nlang: en\n---\n# Review 2025\n\n## Results\n\n### Results and shortcomings of the support desk\n\na\n\n### Conclusions of the audit report we received\n\nb\n\n## Priorities\n\nc\n\n## Conclusion\n\nd\n');
    assert.deepEqual(en.sections[0].children.map((s) => [s.role ?? '-', ...s.children.map((c) => c.role ?? '-')]), [['results', '-', '-'], ['priorities'], ['conclusion']]);
    // Nothing is repeated or out of order for it.
    for (const doc of [vi, en]) assert.deepEqual(lintText(doc.text).filter((f) => ['RW001', 'RW002', 'RW004'].includes(f.ruleId)), []);
  });

  it('reads goals and plans for a later period as priorities, for the report\'s own period as objectives', () => {
    const roleOf = (title: string, heading: string) => parseReport(`---\nkind: review\n---\n# ${title}\n\n## Kết quả\n\nXong.\n\n## ${heading}\n\nLàm B.\n`).sections[0].children[1].role;
    assert.equal(roleOf('Báo cáo tổng kết năm 2024', 'Mục tiêu năm 2025'), 'priorities');
    assert.equal(roleOf('Báo cáo tổng kết năm 2024', 'Mục tiêu năm 2024'), 'objectives');
    assert.equal(roleOf('Báo cáo tổng kết năm 2024', 'Mục tiêu năm tới'), 'priorities');
    assert.equal(roleOf('Báo cáo tháng 3/2025', 'Kế hoạch tháng 3'), 'objectives');
    assert.equal(roleOf('Báo cáo tháng 3/2025', 'Kế hoạch tháng 4'), 'priorities');
    assert.equal(roleOf('Annual review 2024', 'Goals for 2025'), 'priorities');
    // The name says next; the period after it is what the plans finish.
    assert.equal(roleOf('Báo cáo tiến độ tuần 03', '5. Kế hoạch tiếp theo (Hoàn tất 100% Challenge Tuần 03)'), 'priorities');
    assert.equal(roleOf('Status, week 3', 'Next steps (finish week 3)'), 'priorities');
  });

  it('matches Vietnamese upper-case headings and strips numbering and punctuation', () => {
    const doc = parseReport('---\nkind: review\n---\n## PHẦN I. KẾT QUẢ ĐẠT ĐƯỢC:\n\n## III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024.\n\n## **Kết luận**\n');
    assert.deepEqual(doc.roleSections.map((s) => s.role), ['results', 'priorities', 'conclusion']);
  });

  it('lets the longest synonym win', () => {
    const doc = parseReport('---\nkind: review\n---\n## Kết quả thực hiện nhiệm vụ\n\n## Nhiệm vụ, giải pháp\n');
    assert.deepEqual(doc.roleSections.map((s) => [s.role, s.roleMatch?.synonym]), [
      ['results', 'kết quả thực hiện nhiệm vụ'],
      ['priorities', 'nhiệm vụ, giải pháp'],
    ]);
  });

  it('falls back to a match without diacritics', () => {
    const doc = parseReport('---\nkind: review\n---\n## Ket qua\n\n## Phuong huong\n\n## Results\n');
    assert.deepEqual(doc.roleSections.map((s) => [s.role, s.roleMatch?.fuzzy]), [
      ['results', true],
      ['priorities', true],
      ['results', false],
    ]);
  });

  it('matches synonyms as whole words only', () => {
    const doc = parseReport('---\nkind: status\n---\n## Progressive rollout\n\n## Issues\n');
    assert.deepEqual(doc.roleSections.map((s) => s.role), ['shortcomings']);
  });

  it('gives roles to the outermost sections only', () => {
    const doc = parseReport('---\nkind: review\n---\n## Kết quả\n### Thực hiện nhiệm vụ chuyên môn\n');
    assert.deepEqual(doc.roleSections.map((s) => s.heading.text), ['Kết quả']);
  });

  it('does not give the title a role, but does when there are several level-1 headings', () => {
    const single = parseReport('---\nkind: review\n---\n# Kết quả công tác năm 2023\n## Kết quả\n');
    assert.deepEqual(single.roleSections.map((s) => s.heading.line), [4]);
    const several = parseReport('---\nkind: review\n---\n# Kết quả\n# Kết luận\n');
    assert.deepEqual(several.roleSections.map((s) => s.role), ['results', 'conclusion']);
  });
});
