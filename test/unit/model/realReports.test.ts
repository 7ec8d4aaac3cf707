import * as assert from 'node:assert/strict';
import { parseReport } from '../../../src/core';
import { fixAll } from '../../../src/core/fix';
import { lintText } from '../helpers';

/**
 * How reports nobody wrote for the product are laid out, each in our own words: the patterns
 * come from the real reports in test/real (sources in its README) and the search corpus.
 */
const partsOf = (text: string, forceKind?: string) =>
  parseReport(text, forceKind ? { forceKind } : {}).parts.map((p) => `${p.role ?? '-'}@${p.startLine + 1}-${p.endLine + 1}`);

describe('model: structure of real reports', () => {
  describe('a bold line that opens the body is the title', () => {
    const news = [
      '**Hội thảo khoa học “Chuyển đổi số trong giáo dục”**',
      '',
      'Ngày 18/11/2024, tại Hội trường tỉnh, Sở Giáo dục tổ chức Hội thảo khoa học.',
      '',
      'Tham dự Hội thảo có các đồng chí lãnh đạo Sở.',
      '',
      'Tổng kết Hội thảo, đồng chí Giám đốc Sở đề nghị các trường tiếp tục đổi mới.',
      '',
      'Tin bài và ảnh: Minh Châu',
      '',
    ].join('\n');

    it('is the title, not the lead; the lead is the first paragraph after it', () => {
      const doc = parseReport(news, { forceKind: 'meeting-news' });
      assert.equal(doc.titleText, 'Hội thảo khoa học “Chuyển đổi số trong giáo dục”');
      // The chair's call to go on is next year's priorities, as in the seed article.
      assert.deepEqual(partsOf(news, 'meeting-news'), ['lead@3-3', 'participants@5-5', 'priorities@7-7', 'conclusion@7-7', 'byline@9-9']);
    });

    it('names a seminar ("hội thảo"), so the news is detected as meeting news', () => {
      const doc = parseReport(news);
      assert.equal(doc.detection.kind, 'meeting-news');
      assert.ok(doc.detection.confident, String(doc.detection.confidence));
    });

    it('a bold role line further down is a section, never the title', () => {
      const text = '---\ntitle: Hội nghị tổng kết công tác dân số\n---\n<p>Ngày 13/12/2024, Trung tâm Y tế huyện tổ chức hội nghị.</p>\n\n<p><strong>Nhiệm vụ năm 2025</strong></p>\n\n<p>Phát biểu chỉ đạo hội nghị, đồng chí Phó Chủ tịch đề nghị ngành y tế tiếp tục.</p>\n';
      const doc = parseReport(text, { forceKind: 'meeting-news' });
      assert.equal(doc.title, undefined);
      assert.deepEqual(partsOf(text, 'meeting-news'), ['lead@4-4', 'priorities@6-8', 'conclusion@8-8']);
    });
  });

  describe('the byline of news', () => {
    it('is read from an HTML paragraph of a CMS export, right-aligned or in italics', () => {
      for (const [byline, text] of [
        ['T.H', '<p style="text-align:right">T.H</p>'],
        ['Tác giả: Hoàng Mai', '<p>\n    <i>Tác giả: Hoàng Mai</i>\n</p>'],
      ]) {
        const doc = parseReport(`---\nkind: meeting-news\n---\n<p>Sáng 12/6, tại Hội trường tỉnh, HĐND tỉnh khai mạc kỳ họp.</p>\n${text}\n`);
        const part = doc.parts.find((p) => p.role === 'byline');
        assert.equal(part?.title, byline);
        assert.ok(!lintText(doc.text).some((f) => f.ruleId === 'RW502'));
      }
    });

    it('is found before an HTML comment that ends the file', () => {
      const text = '---\nkind: meeting-news\n---\n\nSáng 6/12, tại trụ sở, Hội họp Ban Chấp hành.\n\nPhương Anh\n<!-- nguồn: bản tin nội bộ\n     đã rút gọn -->\n';
      assert.deepEqual(partsOf(text).filter((p) => p.startsWith('byline')), ['byline@7-7']);
    });
  });

  describe('roles told in a sentence inside a long paragraph', () => {
    it('finds who attended and who chaired in the middle of an HTML paragraph', () => {
      const text = [
        '---',
        'kind: meeting-news',
        '---',
        '<p>',
        'Sáng 12/6, tại Hội trường tỉnh, HĐND tỉnh tiến hành Kỳ họp thứ 9. Tham dự kỳ họp có 45 đại biểu.',
        'Các đồng chí: Nguyễn Văn An - Chủ tịch HĐND tỉnh và các Phó Chủ tịch chủ trì kỳ họp.',
        '</p>',
        '<p>Tại kỳ họp, các đại biểu biểu quyết thông qua 5 nghị quyết.</p>',
      ].join('\n');
      const roles = partsOf(text);
      assert.ok(roles.includes('participants@5-7'), roles.join(' '));
      assert.ok(roles.includes('results@8-8'), roles.join(' '));
    });

    it('reads "…, Chủ trì Hội thảo gồm…" after a comma, but not a cue word that only starts a clause mid-sentence', () => {
      const yes = partsOf('---\nkind: meeting-news\n---\n\nHội thảo được tổ chức tại Đà Lạt, Chủ trì Hội thảo gồm các đồng chí lãnh đạo Trường.\n');
      assert.ok(yes.includes('participants@5-5'), yes.join(' '));
      const no = partsOf('---\nkind: meeting-news\n---\n\nHội thảo được tổ chức tại Đà Lạt, nơi tham dự đông nhất từ trước tới nay.\n');
      assert.ok(!no.some((r) => r.startsWith('participants')), no.join(' '));
    });
  });

  describe('HTML bodies laid out as a CMS or a web page has them', () => {
    it('takes the heading that opens the body as the title, whatever its level, and splits paragraphs at line breaks', () => {
      const text = [
        "<div className='news'>",
        '    <h2>Tỉnh tổng kết công tác điều tra năm 2024</h2>',
        '    <em>Sáng 18/9/2024, tại trụ sở UBND tỉnh, Ban chỉ đạo tổ chức hội nghị tổng kết.</em>',
        '    <p>',
        '        &emsp;Tham dự Hội nghị có: đồng chí Phó Tổng cục trưởng.',
        '        <br></br>',
        '        &emsp;Thay mặt Ban chỉ đạo, đồng chí Cục trưởng báo cáo kết quả điều tra.',
        '    </p>',
        '</div>',
      ].join('\n');
      const doc = parseReport(text, { forceKind: 'meeting-news' });
      assert.equal(doc.titleText, 'Tỉnh tổng kết công tác điều tra năm 2024');
      const roles = partsOf(text, 'meeting-news');
      assert.ok(roles.some((r) => r.startsWith('lead@3-')) && roles.some((r) => r.startsWith('participants@5-')) && roles.some((r) => r.startsWith('results@6-') || r.startsWith('results@7-')), roles.join(' '));
    });

    it('text rules read the text of HTML paragraphs, never their markup or entities', () => {
      const text = '---\nkind: meeting-news\nlang: vi\n---\n<p style="text-align:justify">Kết luận hội nghị, đồng chí Bí thư yêu cầu thực hiện Nghị quyết số 35- NQ/TW&nbsp;&nbsp;trong năm tới.</p>\n';
      const ids = lintText(text).map((f) => f.ruleId);
      assert.ok(ids.includes('RW401'), ids.join(' '));
      assert.ok(!ids.includes('RW305') && !ids.includes('RW311'), ids.join(' '));
    });
  });

  describe('question items of annual-report templates', () => {
    it('takes the question on the first line, with a hint under it', () => {
      const text = '# Annual report 2024\n\n1. What areas and/or subprojects does your group need the most help with?\n   Any areas with 2 or fewer OWNERs? (link to more details)\n\n   - Reviewers for the docs site.\n';
      assert.ok(partsOf(text, 'annual-report').includes('shortcomings@3-6'));
    });

    it('takes a question whose answer is not indented, when its wording names a role', () => {
      const text = '# Annual report 2023\n\n1. What work did the WG do this year that should be highlighted?\n\nWe restarted the group and ran a survey.\n';
      assert.ok(partsOf(text, 'annual-report').some((r) => r.startsWith('results@3')));
      // A question list of a README stays a list.
      const readme = '# Tool\n\n- Does it run on Windows?\n\nYes.\n';
      assert.deepEqual(partsOf(readme, 'annual-report'), []);
    });
  });

  describe('headings and paragraphs as writers word them', () => {
    it('reads numbered list items that name a role outright as its parts ("1. Ưu điểm:")', () => {
      const text = '# Bản tự nhận xét năm 2024\n\n1. Ưu điểm:\n\n- Chuyên môn vững.\n\n2. Khuyết điểm:\n\n- Đôi lúc còn nể nang.\n\n3. Đi công tác Đà Nẵng:\n\n- Ba ngày.\n';
      const roles = partsOf(text, 'review');
      assert.ok(roles.includes('results@3-4') && roles.includes('shortcomings@7-8'), roles.join(' '));
      assert.equal(roles.length, 2, roles.join(' '));
      // A name of two words may be followed by a few of the writer's.
      assert.ok(partsOf('# Nhận xét\n\n3. Chiều hướng phát triển bản thân\n\n- Học thêm.\n', 'review').includes('priorities@3-4'));
      assert.ok(!partsOf('# Nhận xét\n\n3. Kết quả xổ số kiến thiết miền Bắc\n\n- Không.\n', 'review').some((r) => r.startsWith('results')));
    });

    it('reads labels with their period or meeting after the role ("Progress during the last week:", "Action points from the meeting:")', () => {
      const status = partsOf('Hi all,\n\nProgress during the last week:\n- Wrote the parser\n\nGoals for next week(s):\n- Tests\n', 'status');
      assert.ok(status.some((r) => r.startsWith('results@3')) && status.some((r) => r.startsWith('priorities@6')), status.join(' '));
      assert.ok(status.includes('summary@1-1'), status.join(' '));
      const minutes = partsOf('# Biên bản họp nhóm\n\n**Action Points from the Meeting:**\n- Huy: viết API\n', 'minutes');
      assert.ok(minutes.some((r) => r.startsWith('action-items@3')), minutes.join(' '));
    });

    it('reads "Về các kiến nghị, đề xuất" as the recommendations', () => {
      assert.ok(partsOf('# Thông báo\n\n## 3. Về các kiến nghị, đề xuất của xã\n\nĐề nghị hỗ trợ kinh phí.\n', 'conclusion-notice').includes('recommendations@3-5'));
    });

    it('reads a goal heading with its share done as a result (review)', () => {
      const text = '# 2024 Review\n\nAt the beginning of 2024, I set some goals for myself.\n\n## Cycle to work (90%)\n\nMost days.\n\n## Learn to bake bread – 20 %\n\nA few loaves. I intend to set new goals in 2025.\n';
      const roles = partsOf(text, 'review');
      assert.ok(roles.includes('results@5-8') && roles.includes('results@9-11'), roles.join(' '));
      assert.ok(roles.includes('objectives@3-3'), roles.join(' '));
      assert.ok(roles.includes('priorities@11-11'), roles.join(' '));
      assert.ok(!lintText(`---\nkind: review\n---\n${text}`).some((f) => f.ruleId === 'RW001' && /Results|priorities/i.test(f.message)));
    });

    it('reads the opening paragraphs of a post-mortem as its summary: no false "missing summary"', () => {
      const text = '---\nkind: post-mortem\n---\n# Postmortem\nShortly after the release, the site answered every request with an error.\n\n## Root cause\nA misspelled file name.\n\n## Resolution\nFixed the name.\n\n## Action items\n- Add a check.\n';
      assert.ok(partsOf(text).includes('summary@5-5'));
      assert.ok(!lintText(text).some((f) => f.ruleId === 'RW001'), lintText(text).map((f) => f.message).join('\n'));
    });

    it('leaves an "Executive summary" heading to the summary and "Summary" at the end to the conclusion of a review', () => {
      const text = '# Year in review\n\n## Executive summary\n\nA good year.\n\n## Results\n\nDone.\n\n## Priorities\n\nMore.\n\n## Summary\n\nThanks.\n';
      assert.deepEqual(partsOf(text, 'review'), ['summary@3-6', 'results@7-10', 'priorities@11-14', 'conclusion@15-17']);
    });

    it('reads a heading that sums up by its place: the summary before the results, the conclusion after everything else', () => {
      const en = '# Year in review\n\n## Summary\n\nA good year.\n\n## Results\n\nDone.\n\n## Priorities\n\nMore.\n\n## Summary\n\nThanks.\n';
      assert.deepEqual(partsOf(en, 'review'), ['summary@3-6', 'results@7-10', 'priorities@11-14', 'conclusion@15-17']);
      // A weekly status lists "summary" for its summary: a closing one is still its conclusion.
      assert.deepEqual(partsOf(en, 'status'), ['summary@3-6', 'results@7-10', 'priorities@11-14', 'conclusion@15-17']);
      const vi = '# Báo cáo năm 2025\n\n## Tóm tắt\n\nMột năm tốt.\n\n## Kết quả đạt được\n\nXong.\n\n## Phương hướng năm 2026\n\nLàm tiếp.\n\n## Tổng kết\n\nCảm ơn.\n';
      assert.deepEqual(partsOf(vi, 'review'), ['summary@3-6', 'results@7-10', 'priorities@11-14', 'conclusion@15-17']);
      // "Tổng kết …" first is the review of the results; "Kết luận" last stays the conclusion, and the "Tổng kết" before it the results.
      assert.deepEqual(partsOf('# Báo cáo năm 2025\n\n## Tổng kết công tác năm 2025\n\nXong.\n\n## Phương hướng năm 2026\n\nLàm tiếp.\n\n## Kết luận\n\nTốt.\n', 'review'), ['results@3-6', 'priorities@7-10', 'conclusion@11-13']);
      assert.deepEqual(partsOf('# Báo cáo năm 2025\n\n## Phương hướng năm 2026\n\nLàm tiếp.\n\n## Tổng kết\n\nXong.\n\n## Kết luận\n\nTốt.\n', 'review'), ['priorities@3-6', 'results@7-10', 'conclusion@11-13']);
      for (const text of [en, vi]) assert.deepEqual(lintText(`---\nkind: review\n---\n${text}`).filter((f) => ['RW001', 'RW002', 'RW004'].includes(f.ruleId)), []);
      // Where another heading already names the conclusion, a closing "Tổng kết" keeps its results,
      // and inserting a missing part does not turn it into a second conclusion.
      assert.deepEqual(partsOf('# R\n\n## Phương hướng\n\nx\n\n## Closing thoughts\n\ny\n\n## Tổng kết\n\nz\n', 'review'), ['priorities@3-6', 'conclusion@7-10', 'results@11-13']);
      const closingFirst = '---\nkind: review\nlang: vi\n---\n\n## Closing thoughts\n\n## Tổng kết\n\nXong.\n';
      assert.deepEqual(lintText(closingFirst).filter((f) => f.ruleId === 'RW001').length, 1);
      assert.deepEqual(lintText(fixAll(closingFirst).text).filter((f) => f.ruleId === 'RW001'), []);
    });

    it('reads the lead and a "Tuy nhiên," paragraph of a conclusion notice', () => {
      const text = '# Thông báo kết luận\n\nNgày 10/3/2025, đồng chí Chủ tịch UBND huyện chủ trì buổi làm việc với xã.\n\n**1. Đánh giá chung**\n\nXã hoàn thành kế hoạch quý I.\n\nTuy nhiên, công tác giải phóng mặt bằng còn chậm.\n\n**2. Nhiệm vụ trọng tâm thời gian tới**\n\nĐẩy nhanh tiến độ.\n';
      const roles = partsOf(text, 'conclusion-notice');
      assert.deepEqual(roles, ['lead@3-3', 'results@5-10', 'shortcomings@9-9', 'priorities@11-13']);
    });

    it('reads the next meeting from its sentence in minutes, the schedule of a plan and the decisions of a status', () => {
      assert.ok(partsOf('# Biên bản họp\n\n## Kết luận\n\nCác bên thống nhất phạm vi.\n\nCuộc họp tiếp theo sẽ diễn ra vào tối thứ Bảy.\n', 'minutes').includes('next-meeting@7-7'));
      assert.ok(partsOf('# Kế hoạch\n\n**III. THỜI GIAN, ĐỊA ĐIỂM**\n\nTháng 5/2025.\n', 'plan').includes('timeline@3-5'));
      assert.ok(partsOf('# Weekly status\n\n## Notes & Decisions\n\n- Move the children’s section first\n', 'status').includes('decisions@3-5'));
    });
  });

  describe('a post-mortem is a record in any order', () => {
    it('takes "What went well" and "What went wrong" as they come, and its action items before or after them', () => {
      const text = '---\nkind: post-mortem\nlang: en\n---\n# Checkout outage\n\n## Summary\n\nCheckout failed for 40 minutes.\n\n## Timeline\n\n- 10:02 alert\n\n## Root cause\n\nAn expired certificate.\n\n## What went well\n\nThe alert fired at once.\n\n## What went wrong\n\nNobody owned the certificate.\n\n## Action items\n\n- Renew certificates automatically.\n';
      assert.deepEqual(lintText(text).map((f) => f.ruleId), []);
      // The same title twice is still a section given twice.
      const twice = text.replace('## What went wrong', '## What went well');
      assert.deepEqual(lintText(twice).map((f) => f.ruleId), ['RW004']);
    });
  });

  describe('the year a paragraph opens with', () => {
    it('reads "Năm 2025, …" in the news of a 2024 meeting as next year\'s priorities, "Năm 2024, …" as its results', () => {
      const news = (sentence: string) =>
        `---\nkind: meeting-news\nlang: vi\n---\n# Hội nghị tổng kết công tác năm 2024\n\nSáng 5/1/2025, tại Hà Nội, Sở Tư pháp tổ chức hội nghị do đồng chí Giám đốc chủ trì.\n\nTham dự hội nghị có lãnh đạo Sở.\n\n${sentence}\n\nPhát biểu kết luận, đồng chí Giám đốc ghi nhận.\n\nThảo Nguyên\n`;
      const later = parseReport(news('Năm 2025, Sở sẽ tập trung hoàn thiện thể chế.'));
      assert.deepEqual(later.missingRoles.map((r) => r.id), ['results']);
      const same = parseReport(news('Năm 2024, Sở đã hoàn thành các chỉ tiêu.'));
      assert.deepEqual(same.missingRoles.map((r) => r.id), ['priorities']);
    });
  });

  describe('what stays plain Markdown', () => {
    it('a README with an introduction, a results heading and a plan for next year is not taken for a report', () => {
      const readme = '# fastparse\n\nA fast parser for config files.\n\n## Results\n\nBenchmarks below. We plan to add streaming in 2026.\n\n## Install\n\nnpm i fastparse\n\n## Usage\n\nSee the docs.\n\n## License\n\nMIT\n';
      const doc = parseReport(readme);
      assert.ok(!doc.detection.confident, `${doc.detection.kind} ${doc.detection.confidence}`);
    });

    it('a README with "Results" and "Next steps" sections beside "Install" is not taken for a weekly status', () => {
      const doc = parseReport('# mytool\n\nA tool.\n\n## Results\n\nFast.\n\n## Next steps\n\n- more\n\n## Install\n\nnpm i\n');
      assert.ok(!doc.detection.confident, `${doc.detection.kind} ${doc.detection.confidence}`);
      // The same sections without the software ones are a status report.
      const status = parseReport('# Tuần 12\n\n## Kết quả\n\nXong.\n\n## Việc tuần tới\n\n- Viết\n');
      assert.equal(status.detection.kind, 'status');
      assert.ok(status.detection.confident);
    });

    it('an official "Kế hoạch số 15/KH… năm 2024" mentioned in an opening paragraph is not next year\'s priorities', () => {
      const text = '# Báo cáo tổng kết năm 2024\n\nThực hiện Kế hoạch số 15/KH-SVHTTDL ngày 10/01/2024 của Sở về công tác năm 2024, Trung tâm báo cáo như sau.\n\n## I. Kết quả đạt được\n\nHoàn thành.\n';
      assert.ok(!partsOf(text, 'review').some((r) => r.startsWith('priorities')));
    });
  });
});
