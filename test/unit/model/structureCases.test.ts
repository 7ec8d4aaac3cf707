import * as assert from 'node:assert/strict';
import { fixAll } from '../../../src/core/fix';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint, parseReport } from '../../../src/core';

/**
 * How real reports mark their structure, one kind of fault each (see ../shared/cases/structure
 * and its README). The inputs here are written for these tests; when ../shared is beside the
 * checkout, its cases are checked the same way.
 */
const CASES = path.join(__dirname, '..', '..', '..', '..', 'shared', 'cases', 'structure');
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/iu;
const roles = (text: string) => parseReport(text).parts.filter((p) => p.role).map((p) => p.role);
const rules = (text: string, options = {}) => lint(parseReport(text, options)).map((f) => f.ruleId);

const OWN: Record<string, { text: string; check: (text: string) => void }> = {
  'bold numbered lines and a |-fenced header block': {
    text: '---\nkind: review\nlang: vi\n---\n|\n**ỦY BAN NHÂN DÂN XÃ HÒA BÌNH**\n-------\n|\n\n# Thông báo kết luận\n\n**I. ĐÁNH GIÁ CHUNG**\n\nĐạt kế hoạch.\n\n**II. NHIỆM VỤ TRỌNG TÂM**\n\nĐẩy nhanh giải ngân.\n\n**III. KẾT LUẬN**\n\nThống nhất./.\n',
    check: (text) => {
      const doc = parseReport(text);
      assert.deepEqual(doc.parts.map((p) => [p.part, p.role]), [['pseudo-heading', 'results'], ['pseudo-heading', 'priorities'], ['pseudo-heading', 'conclusion']]);
      assert.ok(doc.official.header, 'the header block is the document header');
      assert.deepEqual(rules(text).filter((r) => r !== 'RW008'), []);
    },
  },
  'bulleted questions with the answer on the item\'s next line (annual-report templates)': {
    text: '---\nkind: annual-report\nlang: en\n---\n# 2024 Annual Report: Example Group\n\n- **What work did the group do this year that should be highlighted?**\n  Shipped version 2.0 of the tool.\n- **What are your goals for next year?**\n  Release version 3.0.\n- Who reviews?\n',
    check: (text) => {
      assert.deepEqual(parseReport(text).parts.filter((p) => p.part === 'question').map((p) => p.role), ['results', 'priorities']);
      assert.deepEqual(rules(text).filter((r) => r === 'RW001'), []);
    },
  },
  'bold numbered headings with their text on the next line, no blank line (pasted from Word)': {
    text: '---\nkind: review\nlang: vi\n---\n# Báo cáo tổng kết năm 2024\n\n**I. KẾT QUẢ ĐẠT ĐƯỢC**\nHoàn thành 95% kế hoạch năm.\n\n**II. PHƯƠNG HƯỚNG NĂM 2025**\nTập trung chuyển đổi số.\n\n**Lưu ý riêng**\nKhông phải tiêu đề.\n\n**III. KẾT LUẬN**\nNăm 2024 hoàn thành tốt nhiệm vụ.\n',
    check: (text) => {
      const doc = parseReport(text);
      assert.deepEqual(doc.parts.map((p) => [p.part, p.title, p.role]), [
        ['pseudo-heading', 'I. KẾT QUẢ ĐẠT ĐƯỢC', 'results'],
        ['pseudo-heading', 'II. PHƯƠNG HƯỚNG NĂM 2025', 'priorities'],
        ['pseudo-heading', 'III. KẾT LUẬN', 'conclusion'],
      ]);
      assert.deepEqual(rules(text).filter((r) => r !== 'RW008'), []);
      // RW008's fix makes each a heading; the text under it stays, word for word.
      const fixed = fixAll(text).text;
      assert.match(fixed, /\n## I\. KẾT QUẢ ĐẠT ĐƯỢC\nHoàn thành 95% kế hoạch năm\.\n/);
      assert.match(fixed, /\n\*\*Lưu ý riêng\*\*\nKhông phải tiêu đề\.\n/);
    },
  },
  'bold numbered headings in text pasted with single line breaks, inside a list item\'s paragraph': {
    text: '---\nkind: status\nlang: vi\n---\n**BÁO CÁO CÔNG VIỆC TUẦN 48**\nNgười báo cáo: Trần Văn Nam\n**1. Công việc đã thực hiện**\n1. Hoàn thành module thanh toán.\n2. Sửa 12 lỗi.\n**2. Khó khăn**\nChưa có môi trường thử nghiệm.\n**3. Kế hoạch tuần tới**\n1. Triển khai lên máy chủ thật.\n- **Ghi chú:** không phải tiêu đề\n**Ý kiến riêng của tôi**\n',
    check: (text) => {
      const doc = parseReport(text);
      assert.deepEqual(doc.parts.filter((p) => p.part === 'pseudo-heading').map((p) => [p.startLine + 1, p.title, p.role]), [
        [7, '1. Công việc đã thực hiện', 'results'],
        [10, '2. Khó khăn', 'shortcomings'],
        [12, '3. Kế hoạch tuần tới', 'priorities'],
      ]);
      // The bold line that opens the body is the report's title, though the next line is glued to it.
      assert.equal(doc.titleText, 'BÁO CÁO CÔNG VIỆC TUẦN 48');
      assert.deepEqual(doc.parts.filter((p) => p.role === 'summary'), []);
      assert.deepEqual(rules(text).filter((r) => r !== 'RW008'), []);
      assert.equal(parseReport(text.replace(/^---[\s\S]*?---\n/, ''), { detectKind: true }).kind?.id, 'status');
      // RW008 makes each a heading on its own line; no section is added, no word is lost.
      const fixed = fixAll(text).text;
      assert.match(fixed, /\n2\. Sửa 12 lỗi\.\n## 2\. Khó khăn\nChưa có môi trường thử nghiệm\.\n## 3\. Kế hoạch tuần tới\n/);
      assert.equal(fixed.replace(/^#+ /gm, '').replace(/\*\*/g, ''), text.replace(/\*\*/g, ''));
      // A bold figure in the middle of a sentence, or options after a colon, head nothing; --fix leaves them.
      for (const body of ['Tổng doanh thu cả năm đạt\n**1.250 tỷ đồng**\ntăng 12% so với năm 2024.\n', 'Nhóm thống nhất hai phương án:\n**1. Nâng cấp máy chủ**\n**2. Chuyển sang cloud**\nCả hai cần thêm ngân sách.\n']) {
        const report = `---\nkind: review\nlang: vi\n---\n# Báo cáo năm 2025\n\n## Kết quả đạt được\n\n${body}\n## Phương hướng năm 2026\n\nTiếp tục.\n\n## Kết luận\n\nXong.\n`;
        assert.deepEqual(parseReport(report).parts.filter((p) => p.part === 'pseudo-heading'), [], body);
        assert.equal(fixAll(report).text, report, body);
      }
    },
  },
  'titles in capitals in text pasted from Word with single line breaks, no front matter, in both languages': {
    text: 'BÁO CÁO TỔNG KẾT CÔNG TÁC NĂM 2025\nI. KẾT QUẢ ĐẠT ĐƯỢC\n1. Công tác chuyên môn\nHoàn thành 95% kế hoạch, tăng 5% so với năm trước.\n2. Công tác đào tạo\nTổ chức 12 lớp tập huấn.\nII. TỒN TẠI, HẠN CHẾ\nMột số việc còn chậm.\nIII. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026\n1. Hoàn thành các việc tồn đọng.\nIV. KẾT LUẬN\nNăm 2025 hoàn thành tốt nhiệm vụ.\n',
    check: (text) => {
      // Markdown reads one paragraph and a list whose items take the later lines in lazily; the
      // lines in capitals at the margin are the report's title and its parts.
      const doc = parseReport(text, { detectKind: true });
      assert.equal(doc.kind?.id, 'review');
      assert.deepEqual(doc.parts.filter((p) => p.role).map((p) => [p.startLine + 1, p.title, p.role]), [
        [2, 'I. KẾT QUẢ ĐẠT ĐƯỢC', 'results'],
        [7, 'II. TỒN TẠI, HẠN CHẾ', 'shortcomings'],
        [9, 'III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026', 'priorities'],
        [11, 'IV. KẾT LUẬN', 'conclusion'],
      ]);
      assert.deepEqual(rules(text, { detectKind: true }).filter((r) => r !== 'RW008'), []);
      // RW008's fix makes each a heading on its own line, the title too; no word is lost.
      const fixed = fixAll(text, { detectKind: true }).text;
      assert.match(fixed, /^# BÁO CÁO TỔNG KẾT CÔNG TÁC NĂM 2025\n## I\. KẾT QUẢ ĐẠT ĐƯỢC\n1\. Công tác chuyên môn\n/);
      assert.equal(fixed.replace(/^#+ /gm, ''), text);
      // English, the parts numbered "1." (a list item to Markdown, its next line taken in lazily).
      const english = 'ANNUAL REVIEW 2025\n1. RESULTS\nWe shipped four of five goals.\n2. PRIORITIES FOR 2026\nFinish the search index.\n3. CONCLUSION\nA good year.\n';
      const en = parseReport(english, { detectKind: true });
      assert.equal(en.kind?.id, 'review');
      assert.deepEqual(en.parts.filter((p) => p.role).map((p) => [p.title, p.role]), [['1. RESULTS', 'results'], ['2. PRIORITIES FOR 2026', 'priorities'], ['3. CONCLUSION', 'conclusion']]);
      assert.equal(fixAll(english, { detectKind: true }).text.replace(/^#+ /gm, ''), english);
      // A list the writer typed indents its items' next lines, and a sentence in capitals runs on: neither is a title.
      for (const body of ['1. RESULTS\n   We shipped four of five goals.\n2. PRIORITIES\n   Finish the index.\n', 'Nhóm đã làm xong:\nMỘT SỐ VIỆC LỚN\nvà nhiều việc nhỏ.\n']) {
        const report = `---\nkind: review\nlang: en\n---\n# Review 2025\n\n## Results\n\n${body}\n## Priorities\n\nMore.\n\n## Conclusion\n\nDone.\n`;
        assert.deepEqual(parseReport(report).parts.filter((p) => p.part === 'pseudo-heading'), [], body);
        assert.equal(fixAll(report).text, report, body);
      }
    },
  },
  'a label item that is also a question item is one part, in both languages': {
    text: '# Week 3 Report\n\nThis Week:\n\n- working tasks:\n    - Researched Flutter\n- blockers:\n    - Unsure how to build the back end\n\nPlan for next week:\n\n- Learn Flutter\n',
    check: (text) => {
      for (const [source, kind] of [
        [text, 'status'],
        ['# Báo cáo tuần 3\n\nTuần này:\n\n- việc đã làm:\n    - Tìm hiểu Flutter\n- khó khăn:\n    - Chưa biết dựng phần máy chủ\n\nKế hoạch tuần tới:\n\n- Học Flutter\n', 'status'],
      ]) {
        const doc = parseReport(`---\nkind: ${kind}\n---\n${source}`);
        const starts = doc.parts.map((p) => p.startLine);
        assert.equal(new Set(starts).size, starts.length, `one part per line: ${JSON.stringify(doc.parts.map((p) => [p.part, p.startLine, p.role]))}`);
        assert.ok(doc.parts.some((p) => p.role === 'shortcomings'));
      }
    },
  },
  'emphasis, code marks and comments are not part of a title': {
    text: '---\nkind: review\nlang: vi\n---\n# **Báo cáo năm 2024**\n\n## **I. KẾT QUẢ ĐẠT ĐƯỢC**\n\nXong.\n\n## II. `Phương hướng` <!-- nháp -->\n\nTiếp tục.\n\n## III. Kết luận\n\nHết.\n',
    check: (text) => {
      const doc = parseReport(text);
      assert.deepEqual(doc.headings.map((h) => h.title), ['Báo cáo năm 2024', 'KẾT QUẢ ĐẠT ĐƯỢC', 'Phương hướng', 'Kết luận']);
      assert.deepEqual(rules(text), []);
    },
  },
  'a heading in a block quote or a list item is quoted material': {
    text: '---\nkind: review\nlang: en\n---\n# Review 2024\n\n## Results\n\nLast year\'s plan said:\n\n> ## Conclusion\n>\n> Double the coverage.\n\n- # of tickets closed: 41\n\n## Priorities\n\n- Open the office.\n\n## Conclusion\n\nDone.\n',
    check: (text) => {
      assert.deepEqual(parseReport(text).headings.map((h) => h.title), ['Review 2024', 'Results', 'Priorities', 'Conclusion']);
      assert.deepEqual(rules(text), []);
    },
  },
  'roles nest': {
    text: '---\nkind: review\nlang: vi\n---\n# Đồ án\n\n## 7. Kết luận\n\n### 7.1. Kết quả đạt được\n\nChạy được.\n\n### 7.2. Hạn chế\n\nChưa có kiểm thử.\n\n### 7.3. Phương hướng\n\nThêm thanh toán.\n',
    check: (text) => {
      assert.deepEqual(roles(text), ['conclusion', 'results', 'shortcomings', 'priorities']);
      assert.deepEqual(rules(text), []);
    },
  },
  'numbered labels are not the questions of an annual-report template': {
    // A year-end self-assessment numbers its parts ("1. Ưu điểm:"); only items that ask ("What work did…?") are questions.
    text: '1. Kết quả thực hiện nhiệm vụ:\n\n- Hoàn thành kế hoạch năm.\n\n2. Ưu điểm:\n\n- Chủ động trong công việc.\n\n3. Khuyết điểm:\n\n- Đôi lúc còn chậm.\n\n4. Phương hướng năm tới:\n\n- Học thêm nghiệp vụ.\n',
    check: (text) => {
      const doc = parseReport(text, { detectKind: true });
      assert.ok(doc.parts.some((p) => p.part === 'question'), 'the numbered labels are read as items');
      assert.notEqual(doc.detection.scores[0]?.kind, 'annual-report');
      const asked = '1. What work did the team do this year that should be highlighted?\n\n- Shipped the board.\n\n2. What areas does your group need the most help with?\n\n- Reviewers.\n\n3. What are your plans for next year?\n\n- Conformance.\n';
      assert.equal(parseReport(asked, { detectKind: true }).detection.scores[0]?.kind, 'annual-report');
    },
  },
  'synonyms writers use': {
    text: '---\nkind: review\nlang: en\n---\n# Team report 2025\n\n## 📈 Team accomplishments\n\n- Launched the board.\n\n## Looking forward: 2026\n\n- Conformance.\n\n## Conclusion\n\nGood.\n',
    check: (text) => assert.deepEqual(roles(text), ['results', 'priorities', 'conclusion']),
  },
  'mirror forms of the everyday names: what is done, what comes next, what stands in the way': {
    text: '---\nkind: status\nlang: vi\n---\n# Báo cáo công việc tuần 18\n\n## Việc đã xong\n\n- Màn hình đăng nhập.\n\n## Trở ngại\n\n- Thiếu máy chủ thử.\n\n## Công việc tiếp theo\n\n- Màn hình thanh toán.\n',
    check: (text) => {
      assert.deepEqual(roles(text), ['results', 'shortcomings', 'priorities']);
      assert.deepEqual(rules(text), []);
      for (const [done, next] of [['Việc hoàn thành', 'Sẽ làm'], ['Công việc đã xong', 'Công việc sắp tới'], ['Việc đã xong', 'Việc tiếp theo']]) {
        assert.deepEqual(roles(text.replace('Việc đã xong', done).replace('Công việc tiếp theo', next)), ['results', 'shortcomings', 'priorities'], `${done} / ${next}`);
      }
      const en = text.replace('lang: vi', 'lang: en').replace('Việc đã xong', 'Things done').replace('Trở ngại', 'Obstacles');
      for (const next of ['Up next', 'Next up', 'Moving forward', 'The road ahead']) assert.deepEqual(roles(en.replace('Công việc tiếp theo', next)), ['results', 'shortcomings', 'priorities'], next);
      // In minutes and post-mortems the same words are the action items.
      const minutes = '---\nkind: minutes\nlang: vi\n---\n# Biên bản họp nhóm\n\n## Kết luận\n\nThống nhất.\n\n## Công việc tiếp theo\n\n- An: viết tài liệu.\n';
      assert.deepEqual(roles(minutes), ['conclusion', 'action-items']);
      const postMortem = '---\nkind: post-mortem\nlang: en\n---\n# Outage\n\n## Corrective and preventive measures\n\n- Alert on disk use.\n';
      assert.deepEqual(roles(postMortem), ['action-items']);
      assert.deepEqual(roles(postMortem.replace('lang: en', 'lang: vi').replace('Corrective and preventive measures', 'Biện pháp khắc phục và phòng ngừa')), ['action-items']);
    },
  },
  'a heading typed with Ð or Ɖ for Đ keeps its role': {
    text: '---\nkind: review\nlang: vi\n---\n# Báo cáo tổng kết năm 2025\n\n## I. Ðánh giá chung\n\nTốt.\n\n## II. Ɖịnh hướng năm 2026\n\nTiếp tục.\n\n## III. Kết luận\n\nXong.\n',
    check: (text) => {
      assert.deepEqual(roles(text), ['results', 'priorities', 'conclusion']);
      assert.deepEqual(rules(text).filter((id) => id === 'RW001' || id === 'RW004'), []);
      assert.deepEqual(roles(text.replace('Ðánh', 'ðánh').replace('Ɖịnh', 'ɖịnh')), ['results', 'priorities', 'conclusion']);
    },
  },
  'Markdown folded in <details> is quoted: its headings are no sections, and a fix inserts nothing into it': {
    text: '---\nkind: review\nlang: en\n---\n# Review 2025\n\n## Results\n\nWe grew.\n\n<details>\n<summary>Last year\'s plan</summary>\n\n## Conclusion\n\nWe will grow.\n\n- ## Priorities\n\n</details>\n\n## Priorities\n\nMore.\n\n## Conclusion\n\nDone.\n',
    check: (text) => {
      assert.deepEqual(roles(text), ['results', 'priorities', 'conclusion']);
      assert.deepEqual(rules(text), []);
      assert.deepEqual(roles(text.replace(/<details>\n<summary>[^\n]*\n/, '<blockquote>\n').replace('</details>', '</blockquote>')), ['results', 'priorities', 'conclusion']);
      // Without its priorities, the fix puts them after the folded block, not inside it.
      const fixed = fixAll(text.replace('## Priorities\n\nMore.\n\n', ''), {}).text;
      assert.ok(fixed.indexOf('\n## Priorities\n') > fixed.indexOf('</details>'), fixed);
      // A <details> never closed folds nothing: the report's parts stay its own.
      assert.deepEqual(roles(text.replace('</details>\n', '')), ['results', 'conclusion', 'priorities', 'conclusion']);
      // Nor does one in an HTML comment.
      const commented = '---\nkind: review\nlang: en\n---\n# Review\n\n## Results\n\nWe grew.\n\n<!-- <details> -->\n\n## Priorities\n\nMore.\n\n## Conclusion\n\nDone.\n\n<!-- </details> -->\n';
      assert.deepEqual(roles(commented), ['results', 'priorities', 'conclusion']);
      assert.deepEqual(rules(commented), []);
    },
  },
  'a level-2 title over the whole report names its kind, not a role ("## Báo cáo tiến độ tuần" over "###" parts)': {
    text: '---\nkind: status\nlang: vi\n---\n## Báo cáo tiến độ tuần\n\n### 1. Tổng quan\n\nDự án theo đúng kế hoạch.\n\n### 2. Tiến độ công việc\n\n- Coding: 95%.\n\n### 3. Kế hoạch hoàn thiện tiếp theo\n\n- Kiểm thử.\n',
    check: (text) => {
      assert.equal(parseReport(text).title?.heading.title, 'Báo cáo tiến độ tuần');
      assert.deepEqual(roles(text), ['context', 'results', 'priorities']);
      assert.deepEqual(rules(text), []);
      const en = '---\nkind: status\nlang: en\n---\n## Weekly progress report\n\n### Done\n\n- Shipped.\n\n### Next week\n\n- Ship more.\n';
      assert.deepEqual(roles(en), ['results', 'priorities']);
      // A level-2 heading that names no kind, or beside another, stays a section.
      assert.equal(parseReport(en.replace('## Weekly progress report', '## Progress')).title, undefined);
      assert.equal(parseReport(en.replace('### Done', '## Done')).title, undefined);
    },
  },
  'a role named outright with its participle is a part of its own inside another ("6.1 Results achieved" under "6. Conclusions")': {
    text: '---\nkind: review\nlang: en\n---\n# Thesis report\n\n## 6. Conclusions and future work\n\n### 6.1 Results achieved\n\nThe parser works.\n\n### 6.2 Future work\n\nMore tests.\n',
    check: (text) => {
      assert.deepEqual(roles(text), ['conclusion', 'results', 'priorities']);
      assert.deepEqual(rules(text).filter((id) => id === 'RW001'), []);
      assert.deepEqual(roles(text.replace('Results achieved', 'Results obtained')), ['conclusion', 'results', 'priorities']);
    },
  },
  'this period\'s objectives are not next period\'s priorities': {
    text: '---\nkind: status\nlang: vi\n---\n# Báo cáo tuần 7\n\n## Mục tiêu tuần 7\n\n- Viết tài liệu.\n\n## Kết quả đạt được tuần 7\n\n- Đã viết xong.\n\n## Việc tuần tới\n\n- Dịch sang tiếng Anh.\n',
    check: (text) => {
      assert.deepEqual(roles(text), ['objectives', 'results', 'priorities']);
      assert.deepEqual(rules(text), []);
    },
  },
  'this week\'s tasks are its objectives, next week\'s its priorities': {
    text: '---\nkind: status\nlang: vi\n---\n# Báo cáo tuần 12\n\n## Nhiệm vụ tuần này\n\n- Làm API đăng nhập (xong).\n\n## Kết quả\n\n- API chạy.\n\n## Nhiệm vụ tuần sau\n\n- Viết kiểm thử.\n',
    check: (text) => {
      assert.deepEqual(roles(text), ['objectives', 'results', 'priorities']);
      assert.deepEqual(roles(text.replace('lang: vi', 'lang: en').replace('Nhiệm vụ tuần này', 'Tasks this week').replace('Nhiệm vụ tuần sau', 'Tasks for next week')), ['objectives', 'results', 'priorities']);
      assert.deepEqual(rules(text), []);
    },
  },
  'next week\'s goals named with the unit in the role\'s name ("Mục tiêu tuần" + "tới", + "8") are priorities': {
    text: '---\nkind: status\nlang: vi\n---\n# Báo cáo tuần 7\n\n## Kết quả đạt được\n\n- Xong module báo cáo.\n\n## Mục tiêu tuần tới\n\n- Kiểm thử module.\n',
    check: (text) => {
      assert.deepEqual(roles(text), ['results', 'priorities']);
      assert.deepEqual(rules(text), []);
      assert.deepEqual(roles(text.replace('Mục tiêu tuần tới', 'Mục tiêu tuần sau')), ['results', 'priorities']);
      assert.deepEqual(roles(text.replace('Mục tiêu tuần tới', 'Mục tiêu tuần 8')), ['results', 'priorities']);
      assert.deepEqual(roles(text.replace('# Báo cáo tuần 7', '# BÁO CÁO TUẦN THỨ 7').replace('Mục tiêu tuần tới', 'Mục tiêu tuần 8')), ['results', 'priorities']);
      assert.deepEqual(roles(text.replace('Mục tiêu tuần tới', 'Mục tiêu tuần 7')), ['results', 'objectives'], 'the report\'s own week stays its objectives');
      assert.deepEqual(roles(text.replace('# Báo cáo tuần 7', '# Báo cáo tuần').replace('kind: status', 'kind: status\nperiod: 2026-W05').replace('Mục tiêu tuần tới', 'Mục tiêu tuần 6')), ['results', 'priorities']);
      assert.deepEqual(roles(text.replace('lang: vi', 'lang: en').replace('Kết quả đạt được', 'Results').replace('Mục tiêu tuần tới', 'Objectives for next week')), ['results', 'priorities']);
    },
  },
  'a post-mortem with "What went well" and "Next steps" is a post-mortem, though a status is as likely by its required parts': {
    text: '# Build cluster slowdown, 12 May 2026\n\nAll times UTC.\n\n## Summary\n\nBuilds took an hour instead of ten minutes.\n\n## Impact\n\nForty pull requests waited half a day.\n\n## Root cause\n\nA full disk on two nodes.\n\n## Timeline\n\n- 09:10 first alert.\n\n## Lessons learned\n\nWatch the disks as closely as the CPUs.\n\n## What went well\n\nThe alert fired at once.\n\n## Next steps\n\n- Alert on disk use at 80 %.\n',
    check: (text) => {
      const { detection } = parseReport(text, { detectKind: true });
      assert.equal(detection.kind, 'post-mortem');
      // The status is as likely by its required parts: the roles the report's parts play decide.
      const status = detection.scores.find((s) => s.kind === 'status')!;
      assert.equal(status.confidence, detection.confidence);
      // A review is less likely: the "Summary" that opens the report is its summary, not a review's conclusion.
      assert.ok(detection.scores.find((s) => s.kind === 'review')!.confidence < detection.confidence);
    },
  },
  'bold numbered questions made headings by --fix stay headings, numbered as they were': {
    text:
      '---\nkind: annual-report\nlang: en\n---\n***1. What did the working group do this year that should be highlighted?***\n\n* We moved the style guide to the new site and trained six reviewers.\n\n' +
      '***2. Are there any areas and/or subprojects that your group needs help with (e.g. fewer than 2 active reviewers)?***\n\n* The translation team needs two more reviewers.\n\n' +
      '***3. Did you have community-wide updates in 2025 (e.g. conference talks)?***\n\n* Two talks at the spring conference.\n',
    check: (text) => {
      const fixed = fixAll(text).text;
      // The heading's own number ("2. Are …") is no sentence ending inside it: it is not read as a paragraph.
      assert.deepEqual(rules(fixed).filter((r) => r === 'RW008' || r === 'RW101'), []);
      assert.deepEqual(fixed.split('\n').filter((l) => l.startsWith('#')).map((l) => /^(#+) (\d+)\./.exec(l)?.slice(1).join(' ') ?? l), ['## 1', '## 2', '## 3', '## Goals for next year']);
    },
  },
  'minutes are minutes, whatever the front matter guessed': {
    text: '---\nkind: meeting-news\nlang: vi\n---\n# Biên bản họp nhóm lần 3\n\n**Ngày họp:** 10/11/2025, phòng A1, chủ trì: Lê Hà.\n\n## Nội dung thảo luận\n\nNhóm chốt bốn tính năng.\n\n## Phân công thực hiện\n\n- Lan: vẽ sơ đồ.\n\n## Kết luận\n\nNhóm thống nhất.\n',
    check: (text) => {
      const doc = parseReport(text);
      assert.equal(doc.kind?.id, 'minutes');
      assert.deepEqual(doc.kindFromTitle, { declared: 'meeting-news', used: 'minutes' });
      assert.deepEqual(rules(text).filter((r) => r === 'RW501' || r === 'RW502' || r === 'RW001'), []);
    },
  },
  'a post-mortem': {
    text: '---\nkind: review\nlang: en\n---\n# Checkout Outage Postmortem\n# Issue Summary\nDuration: 10:00 to 10:20 UTC\nImpact: checkout failed for every user\nRoot cause and resolution\nAn expired certificate.\n# Corrective and preventative measures\nAlert on expiry a month ahead\n',
    check: (text) => {
      const doc = parseReport(text);
      assert.equal(doc.kind?.id, 'post-mortem');
      assert.deepEqual([...doc.presentRoles].sort(), ['action-items', 'impact', 'root-cause', 'summary']);
      assert.deepEqual(rules(text).filter((r) => r === 'RW001'), []);
    },
  },
  '"N/A" is an answer': {
    text: '---\nkind: review\nlang: en\n---\n# Review\n\n## Results\n\n- Shipped.\n\n## Working groups\n\n* N/A\n\n## Risks\n\nKhông có\n\n## Priorities\n\n- More.\n\n## Conclusion\n\nFine.\n',
    check: (text) => assert.deepEqual(rules(text), []),
  },
  'JSON and TOML front matter, a BOM, lone CR line breaks': {
    text: '\uFEFF+++\r kind = "status"\r lang = "en"\r +++\r \r ## Done this week\r \r - Shipped.\r \r ## Next week\r \r - More.\r ',
    check: (text) => {
      const toml = text.replace(/\r /g, '\r');
      assert.equal(parseReport(toml).kind?.id, 'status');
      assert.deepEqual(rules(toml), []);
      const json = '---json\n{ "kind": "status", "lang": "en" }\n---\n## Done this week\n\n- Shipped.\n\n## Next week\n\n- More.\n';
      assert.equal(parseReport(json).kind?.id, 'status');
      assert.deepEqual(rules(json), []);
      assert.deepEqual(rules('---json\n{ "kind": "status", \n---\n## Done\n').slice(0, 1), ['RW006']);
    },
  },
  'no lang: findings speak the detected language': {
    text: '---\nkind: meeting-news\n---\n# Hội nghị tổng kết năm 2023\n\nChiều 5/1/2024, tại hội trường xã, đồng chí Trần Hà chủ trì hội nghị.\n\nPhát biểu kết luận hội nghị, đồng chí Trần Hà yêu cầu năm tới tập trung chuyển đổi số.\n\nMinh An\n',
    check: (text) => {
      const findings = lint(parseReport(text));
      assert.ok(findings.length > 0);
      for (const f of findings) assert.match(f.message, VIETNAMESE, f.message);
    },
  },
};

describe('structure as real reports write it', () => {
  for (const [name, { text, check }] of Object.entries(OWN)) it(name, () => check(text));
});

const shared = fs.existsSync(CASES);
(shared ? describe : describe.skip)(`the structure cases of ../shared${shared ? '' : ' (not beside this checkout: skipped)'}`, () => {
  const read = (name: string) => fs.readFileSync(path.join(CASES, name), 'utf8');
  const expectations: Record<string, (text: string) => void> = {
    'answer-na-en.md': (t) => assert.deepEqual(rules(t).filter((r) => r === 'RW003'), []),
    'bold-numbered-lines-vi.md': (t) => assert.deepEqual(rules(t).filter((r) => r === 'RW001' || r === 'RW003'), []),
    'bold-wrapped-atx-headings-vi.md': (t) => assert.deepEqual(rules(t), []),
    'heading-with-code-and-comment-vi.md': (t) => assert.deepEqual(parseReport(t).headings.at(-1)?.title, 'Kết luận'),
    'heading-inside-blockquote-en.md': (t) => assert.deepEqual(rules(t).filter((r) => r === 'RW002'), []),
    'roles-in-subsections-vi.md': (t) => assert.deepEqual(rules(t).filter((r) => r === 'RW001'), []),
    'unlisted-synonyms.md': (t) => assert.deepEqual(roles(t), ['results', 'priorities', 'conclusion']),
    'question-items-annual-en.md': (t) => {
      assert.equal(parseReport(t).kind?.id, 'annual-report');
      assert.deepEqual(rules(t).filter((r) => r === 'RW001'), []);
    },
    'this-period-goals-vi.md': (t) => {
      assert.equal(roles(t)[0], 'objectives');
      assert.deepEqual(rules(t).filter((r) => r === 'RW002'), []);
    },
    'minutes-vi.md': (t) => {
      assert.equal(parseReport(t).kind?.id, 'minutes');
      assert.deepEqual(rules(t).filter((r) => r === 'RW501' || r === 'RW502'), []);
    },
    'post-mortem-en.md': (t) => {
      assert.equal(parseReport(t).kind?.id, 'post-mortem');
      assert.ok(['summary', 'root-cause', 'action-items'].every((r) => parseReport(t).presentRoles.has(r)));
    },
    'html-body-cms-export-vi.md': (t) => assert.equal(parseReport(t).frontMatter?.fields.get('title')?.value, 'Hội nghị tổng kết công tác năm 2023'),
    'scraped-teaser-heading-vi.md': (t) => {
      const found = rules(t);
      assert.ok(found.includes('RW008'));
      assert.ok(!found.includes('RW501'), 'the lead after the teaser is found');
    },
    'no-lang-vi.md': (t) => {
      const findings = lint(parseReport(t, { forceKind: 'meeting-news' }));
      for (const f of findings) assert.match(f.message, VIETNAMESE, f.message);
    },
    'cr-only-line-endings-en.md': (t) => assert.equal(parseReport(t).kind?.id, 'status'),
  };
  for (const file of shared ? fs.readdirSync(CASES).filter((f) => f.endsWith('.md')) : []) {
    it(file, () => {
      const check = expectations[file];
      assert.ok(check, `no expectation written for ${file}`);
      check(read(file));
    });
  }
});

describe('Unicode boundaries in structure reading', () => {
  it('a label naming a role before a Vietnamese period word ending in a marked letter ("Mục tiêu quý 3:") names that role', () => {
    const text = '---\nkind: minutes\nlang: vi\n---\n# Biên bản họp quý\n\n**Mục tiêu quý 3:** hoàn thành kiểm toán.\n\n**Quyết định:** thông qua kế hoạch.\n';
    assert.ok(parseReport(text).presentRoles.has('objectives'));
    assert.ok(parseReport(text).presentRoles.has('decisions'));
  });

  it('a title word like "RCAđ" names no kind', () => {
    assert.notEqual(parseReport('# RCAđ tổng hợp\n\n## Summary\n\nx\n').detection.kind, 'post-mortem');
  });
});
