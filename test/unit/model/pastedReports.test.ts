import * as assert from 'node:assert/strict';
import { parseReport } from '../../../src/core';
import { procedureSteps } from '../../../src/core/model/minutesCues';
import { lintText } from '../helpers';

/**
 * Shapes of real reports found in public repositories (written here in our own words): a
 * weekly progress report pasted from a chat assistant, with an icon before each part's number
 * (lethanh199/CN-DX22TT5-…, progress-report/week7.md); a personal annual review that asks itself
 * questions (JackEdwardLyons/jacklyons-me-beta, my-annual-2023-review.md); student meeting
 * notes in the TU Delft style, chair and note taker as fields (alexlungu28/software-project,
 * docs/agendas/agenda_TA_week_6.md); Vietnamese sprint minutes with bold labels
 * (dath-241/grade-portal-be-java, meeting_minute_report_10_03_24.md).
 */
const detected = (text: string) => {
  const doc = parseReport(text, { detectKind: true });
  return { kind: doc.detection.kind, confident: doc.detection.confident, roles: doc.roleSections.map((s) => `${s.heading.title} → ${s.role}`) };
};

describe('reports as real writers paste them', () => {
  it('reads a bold part title with an icon before its number as a heading (Vietnamese and English)', () => {
    const vi = '# Báo cáo tiến độ tuần 6\n\n**🎯 4. Kết quả đạt được**\n\nQuyển báo cáo hoàn chỉnh.\n\n**⚠️ 5. Khó khăn**\n\nSlide còn nhiều chữ.\n\n**🧭 6. Kế hoạch tiếp theo**\n\nChỉnh slide, tập thuyết trình.\n';
    assert.deepEqual(detected(vi), { kind: 'status', confident: true, roles: ['Kết quả đạt được → results', 'Khó khăn → shortcomings', 'Kế hoạch tiếp theo → priorities'] });
    const en = '# Weekly report week 6\n\n**🎯 1. Accomplishments**\n\nShipped the report.\n\n**🧭 2. Next week**\n\nRehearse the talk.\n';
    assert.deepEqual(detected(en), { kind: 'status', confident: true, roles: ['Accomplishments → results', 'Next week → priorities'] });
    // The numbers stay the writer's: RW101 reads them after the icon, as for a "## 🎯 4." heading.
    assert.ok(lintText(`---\nkind: status\nlang: vi\n---\n${vi}`).every((f) => f.ruleId !== 'RW001'), 'no part is missing');
  });

  it('reads plain lines with an icon and a number as the parts of a pasted draft, but not a checklist of such lines', () => {
    const pasted = [
      '🗓️ Báo cáo tiến độ Tuần 6', 'Thời gian: 10/11/2025 – 16/11/2025', '',
      '✅ 1. Mục tiêu tuần 6', 'Hoàn thiện quyển báo cáo đồ án.', '',
      '📁 2. Cập nhật kho mã nguồn', 'Đưa tài liệu vào thư mục thesis/.', '',
      '🎯 3. Kết quả đạt được', 'Quyển báo cáo hoàn chỉnh.', '',
      '⚠️ 4. Khó khăn & hướng xử lý', 'Slide ban đầu quá nhiều chữ: rút gọn.', '',
      '🧭 5. Kế hoạch tiếp theo', 'Nhận góp ý của giảng viên.', '',
    ].join('\n');
    const read = detected(pasted);
    assert.equal(read.kind, 'status');
    assert.deepEqual(read.roles, ['Mục tiêu tuần 6 → objectives', 'Kết quả đạt được → results', 'Khó khăn & hướng xử lý → shortcomings', 'Kế hoạch tiếp theo → priorities']);
    // Every numbered part is a heading, so the numbers run on and RW101 has nothing to renumber.
    assert.deepEqual(lintText(pasted, { detectKind: true }).filter((f) => f.ruleId === 'RW101'), []);
    for (const gap of ['\n', '\n\n']) {
      const checklist = `---\nkind: status\nlang: vi\n---\n# Báo cáo tuần 5\n\n## Kết quả\n\n✅ 1. Xong module A${gap}✅ 2. Xong module B\n\n## Kế hoạch tuần tới\n\n- Kiểm thử.\n`;
      assert.deepEqual(parseReport(checklist).roleSections.map((s) => s.heading.title), ['Kết quả', 'Kế hoạch tuần tới'], 'a checklist of icon lines heads nothing');
    }
  });

  it('takes "What am I working towards?" for the priorities of a personal annual review', () => {
    const text = '---\nkind: annual-report\nlang: en\n---\n# My 2024 Annual Review\n\n### 1. What went well this year?\n\nShipped the comparison tool.\n\n### 2. What didn\'t go so well this year?\n\nThe build broke twice.\n\n### 3. What am I working towards?\n\nIn 2025 I want to learn full-stack work.\n';
    assert.deepEqual(parseReport(text).roleSections.map((s) => s.role), ['results', 'shortcomings', 'priorities']);
    assert.ok(lintText(text).every((f) => f.ruleId !== 'RW001'), 'no false "missing priorities", so --fix adds no section');
  });

  it('reads meeting notes with a chair, a note taker and the agenda approved as minutes, not a week\'s status', () => {
    const text = '## Agenda TA meeting week 4\n\nDate: 12-11-2024\\\nChair: Iris de Boer\\\nNote taker: Jonas Peeters\n\n# Opening\n\nLena Vos\\\nMilan Smit\n\n# Approval of the agenda\n\nEveryone agreed.\n\n# Action points for this week\n\n- Start testing\n\n# Closing\n\nNext meeting on Tuesday.\n';
    assert.equal(detected(text).kind, 'minutes');
    assert.equal(procedureSteps(['Opening', 'Approval of the agenda', 'Closing'], [{ content: 'Chair: Iris de Boer\nNote taker: Jonas Peeters' }]), 3);
    assert.ok(lintText(text, { detectKind: true }).every((f) => f.ruleId !== 'RW001'), 'no "missing Results" of a status report it is not');
  });

  it('takes "Nội dung bàn luận" for the discussion of Vietnamese minutes', () => {
    const text = '---\nkind: minutes\nlang: vi\n---\n# Biên bản họp nhóm ngày 12/10/2025\n\n**Người tham dự**:\n\n- Toàn bộ thành viên\n\n**Nội dung bàn luận**:\n\n1. Thống nhất cách đặt tên biến.\n\n**Nhiệm vụ:**\n\n- Vẽ sơ đồ ERD.\n';
    const roles = parseReport(text).parts.map((p) => p.role);
    assert.ok(roles.includes('discussion'), `roles read: ${roles}`);
  });
});

describe('a template leftover reported once', () => {
  it('does not report a bracketed stand-in again inside the instruction line that holds it', () => {
    const text = '---\nkind: status\nlang: vi\n---\n# Báo cáo tuần 5\n\n## Kết quả\n\n- Xong module thanh toán.\n\nMô tả rủi ro: [Mô tả ngắn gọn rủi ro và tác động]\n\n## Kế hoạch tuần tới\n\n- Kiểm thử.\n';
    const placeholders = lintText(text).filter((f) => f.ruleId === 'RW306');
    assert.equal(placeholders.length, 1, placeholders.map((f) => f.message).join('\n'));
    // Alone on its line, the stand-in is still reported.
    const alone = text.replace('Mô tả rủi ro: ', '- Rủi ro: ');
    assert.equal(lintText(alone).filter((f) => f.ruleId === 'RW306').length, 1);
  });

  // A team's weekly report with each member's three questions (titu1994/IDS-Course-Project,
  // _posts/2018-03-16-weekly-report-6.md), and an association's annual report whose results are
  // its "Impact Highlights" (Evansgit254/NRDC, public/docs/annual-report-2024.md).
  it('reads each member\'s "What I did / What I plan to do / Blocks" as results, priorities and shortcomings, in both languages', () => {
    const member = (name: string) => `## ${name}\n\n### What I did\n\n- Cleaned the survey data.\n\n### What I plan to do next week\n\n- Fit the first model.\n\n### Blocks or impediments to the plan for next week\n\n- None so far.\n\n`;
    const english = detected(`---\ntitle: Weekly Report 4 - Feb 02 2024 - Feb 09 2024\n---\n\n${member('Anika')}${member('Bruno')}`);
    assert.deepEqual([english.kind, english.confident], ['status', true]);
    assert.deepEqual(english.roles.slice(0, 3), ['What I did → results', 'What I plan to do next week → priorities', 'Blocks or impediments to the plan for next week → shortcomings']);
    const thanhVien = (ten: string) => `## ${ten}\n\n### Những việc tôi đã làm\n\n- Làm sạch dữ liệu khảo sát.\n\n### Việc tôi sẽ làm tuần tới\n\n- Dựng mô hình đầu tiên.\n\n### Đang vướng\n\n- Chưa có.\n\n`;
    const vietnamese = detected(`# Báo cáo tuần 4\n\n${thanhVien('Ánh')}${thanhVien('Bình')}`);
    assert.equal(vietnamese.kind, 'status');
    assert.deepEqual(vietnamese.roles.slice(0, 3), ['Những việc tôi đã làm → results', 'Việc tôi sẽ làm tuần tới → priorities', 'Đang vướng → shortcomings']);
    const annual = parseReport('# Annual Report 2023\n\n## 1. Message from the Chair\n\nA good year.\n\n## 2. 2023 Impact Highlights\n\n- **Wells repaired:** 42\n\n## 3. Looking Ahead\n\nMore villages.\n', { forceKind: 'annual-report' });
    assert.deepEqual(annual.roleSections.map((x) => `${x.heading.title} → ${x.role}`), ['2023 Impact Highlights → results', 'Looking Ahead → priorities']);
  });

  // A weekly status whose writer spaces the parts with bare "######" lines (a status template
  // seen in a public search excerpt, repository not named there).
  it('takes a heading with no letter or digit for a spacer, not an empty section', () => {
    const text = '# 📌 Weekly Status Report\n\n## 🗓️ Week 8\n\n######\n\n### ✅ Accomplishments\n\n- Shipped the login page.\n\n######\n\n### 🚧 Blockers\n\n- The API keys expire.\n\n### ---\n\n### 🗺️ Plans\n\n- The profile page.\n';
    const doc = parseReport(text, { forceKind: 'status' });
    assert.deepEqual(doc.parts.map((p) => `${p.title} ${p.startLine}-${p.endLine} ${p.role ?? ''}`.trim()), [
      '🗓️ Week 8 2-20',
      '✅ Accomplishments 6-11 results',
      '🚧 Blockers 12-17 shortcomings',
      '🗺️ Plans 18-20 priorities',
    ]);
    assert.deepEqual(lintText(text, { forceKind: 'status' }).map((f) => f.ruleId), []);
    // A heading of words or digits alone is a section still, a version number too; markup alone is none.
    assert.equal(parseReport('# Report\n\n## 2026\n\nThe year.\n').sections[0].children.length, 1);
    assert.equal(parseReport('# Change log\n\n## 2.0.0\n\nFixes.\n').sections[0].children.length, 1);
    assert.equal(parseReport('# Report\n\n## Done\n\nA.\n\n## <br>\n\n## ![](icon.png)\n\nB.\n').sections[0].children.length, 1);
  });

  // An intern's weekly report whose work is under "Nội dung công việc", in HTML sections
  // (hieutrantrong21520859MMCL21/FrontEndPractice_Intern_Reports, md/week3_report.md).
  it('reads "Nội dung công việc" as the week\'s results, and the same words for a later period as the priorities', () => {
    const doc = parseReport('# Báo cáo tuần 5\n\n## Nội dung công việc\n\n<section>\n<h3>Bài tập biểu mẫu</h3>\n<ul><li>Xong bản đầu.</li></ul>\n</section>\n\n## Nội dung công việc tuần 6\n\nTrang hồ sơ.\n\n## Work carried out next month\n\nThe profile page.\n', { forceKind: 'status' });
    assert.deepEqual(doc.roleSections.map((x) => `${x.heading.title} → ${x.role}`), [
      'Nội dung công việc → results',
      'Nội dung công việc tuần 6 → priorities',
      'Work carried out next month → priorities',
    ]);
  });

  // A quarterly business review (VrushankPatel/taskstream, communications/quarterly_business_review_report.md),
  // a quarter's project status (JonRxpo/multi-agent-system, data/q4_project_status.md), sprint
  // stand-ups (ErfanYM/CourseMate, doc/sprint2/standupsS2.md), a release retrospective
  // (flutter/flutter, docs/postmortems/Retrospective-Flutter-2.8-Stable-Release.md) and a team's
  // monthly update tagged so (cardano-scaling/hydra, docs/monthly/2024-01-monthly.md).
  it('reads the quarter before a role\'s name, the stand-up\'s questions, and a monthly tag', () => {
    const roles = (kind: string, ...titles: string[]) => parseReport(`# R\n\n${titles.map((t) => `## ${t}\n\nText.\n\n`).join('')}`, { forceKind: kind }).roleSections.map((x) => x.role);
    assert.deepEqual(roles('status', 'Q2 Accomplishments', 'KEY MILESTONES COMPLETED', 'Q3 2025 Priorities', 'Strategic Priorities', 'H1 highlights'), ['results', 'results', 'priorities', 'priorities', 'results']);
    assert.deepEqual(roles('status', '1. What did you do yesterday?', '2. What do you commit to next?', '3. Any blockers?', "Today's agenda"), ['results', 'priorities', 'shortcomings']);
    assert.deepEqual(roles('status', 'Hôm qua đã làm gì?', 'Hôm nay sẽ làm gì?', 'Có vướng mắc gì không?'), ['results', 'priorities', 'shortcomings']);
    // "Action items" stay minutes' own part: as priorities they made meeting notes read as a status report.
    assert.deepEqual(roles('minutes', 'Action Items'), ['action-items']);
    // A stand-up's three questions, in the order stand-ups ask them: a status report, in no wrong order.
    const standup = parseReport('# Standup 2026-03-02\n\n## What did you do yesterday?\n\n- Finished the login page.\n\n## What will you do today?\n\n- Start the profile page.\n\n## Any blockers?\n\n- None.\n', { detectKind: true });
    assert.deepEqual([standup.kind?.id, lintText(standup.text, { detectKind: true }).map((f) => f.ruleId)], ['status', []]);
    assert.equal(detected('# [Feb 3, 2025] Sprint 3 Standup 1\n\n## Anika\n\nWorked on login.\n').kind, 'status');
    // A front matter's kind stays.
    assert.equal(parseReport('---\nkind: minutes\n---\n# Sprint 3 Standup 1\n\n## Done\n\n- Login.\n').kind?.id, 'minutes');
    const monthly = detected('---\ntitle: March 2025\ntags: [monthly]\n---\n\nThis report sums up the work since February.\n\n## Notable updates\n\n- Released 0.9.\n\n## Next month\n\n- Metrics export.\n');
    assert.deepEqual([monthly.kind, monthly.confident], ['status', true]);
  });

  // What an attack on these words found: documentation that is no report stays quiet.
  it('leaves documentation alone: an FAQ\'s questions, a blog tagged weekly, words that deny or look past the period', () => {
    const faq = '# FAQ\n\n## What did you do to fix the memory leak?\n\nWe rewrote the cache.\n\n## What will you do about Windows support?\n\nWe plan to support it in 2.0.\n\n## What\'s blocking the release?\n\nA failing test on macOS.\n';
    assert.equal(parseReport(faq, { detectKind: true }).isReport, false);
    assert.deepEqual(lintText(faq, { detectKind: true }), []);
    const blog = '---\ntitle: Ten tips for faster builds\ntags: [weekly]\n---\n\n## Use caching\n\nCache the dependencies.\n\n## What\'s next\n\nMore tips.\n';
    assert.equal(parseReport(blog, { detectKind: true }).isReport, false);
    const roles = (...titles: string[]) => parseReport(`---\nkind: status\n---\n# Weekly status, week 5\n\n${titles.map((t) => `## ${t}\n\nText.\n\n`).join('')}`).roleSections.map((x) => x.role ?? '-');
    assert.deepEqual(roles("Done this week (before next week's release)", 'Kết quả tuần này (chuẩn bị cho tuần sau)', 'Done, carried over to next week'), ['results', 'results', 'results']);
    assert.deepEqual(parseReport('---\nkind: status\n---\n# W\n\n## What I did\n\nA.\n\n## What I did not finish\n\nB.\n').roleSections.map((x) => x.heading.title), ['What I did']);
    // An event's week, or next week's tasks in a quarter's report, make no week's report.
    for (const title of ['Kết quả tổ chức Tuần lễ Áo dài', 'Report on the Road Safety Week campaign', 'Kết quả công tác quý và nhiệm vụ trọng tâm tuần tới']) {
      const doc = parseReport(`---\nkind: official-report\n---\n# ${title}\n\n## I. Kết quả đạt được\n\nTốt.\n\n## II. Nhiệm vụ thời gian tới\n\nTiếp tục.\n`);
      assert.ok(doc.missingRoles.some((r) => r.id === 'shortcomings'), title);
    }
  });
});
