import * as assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { addSynonym as add, fixAll, parseReport } from '../../../src/core';
import { lintText } from '../helpers';

/** HTML bodies and a workspace's own configuration, as hostile or odd as writers' files get. */
/** What adding a synonym gave: the file's new text, or why it was refused. */
const addSynonym = (...args: Parameters<typeof add>) => add(...args) as { text?: string; problem?: { en: string; vi: string }; already?: true };

describe('model: HTML bodies and taught headings, odd and hostile', () => {
  const FRONT = '---\nkind: review\nlang: vi\n---\n';

  it('takes an HTML body\'s first heading for a part, not the title, when it names one (the title in the front matter)', () => {
    for (const [lang, results] of [['en', 'Results'], ['vi', 'Kết quả đạt được']]) {
      const text = `---\nkind: review\nlang: ${lang}\ntitle: Team report 2024\n---\n<h2>${results}</h2>\n<p>Launched the job board.</p>\n<h2>${lang === 'en' ? 'Priorities' : 'Phương hướng'}</h2>\n<p>Finish it.</p>\n<h2>${lang === 'en' ? 'Conclusion' : 'Kết luận'}</h2>\n<p>A good year.</p>\n`;
      const doc = parseReport(text);
      assert.equal(doc.title, undefined, lang);
      assert.deepEqual(doc.roleSections.map((s) => s.role), ['results', 'priorities', 'conclusion'], lang);
      assert.deepEqual(lintText(text).filter((f) => f.ruleId === 'RW001'), [], lang);
    }
    // A first heading that names no part is still the body's title.
    assert.equal(parseReport('<h2>Hội nghị tổng kết năm 2024</h2>\n<p>Sáng nay…</p>\n<h3>Kết quả</h3>\n<p>Tốt.</p>\n').title?.heading.title, 'Hội nghị tổng kết năm 2024');
  });

  it('never rewrites an HTML line to make a heading of its bold paragraph: the text after it stays', () => {
    const text = `${FRONT}<div><p><strong>I. KẾT QUẢ ĐẠT ĐƯỢC</strong></p><p>Năm nay làm được nhiều việc.</p><p><b>II. PHƯƠNG HƯỚNG</b></p><p>Tiếp tục.</p></div>\n`;
    const fixed = fixAll(text).text;
    assert.ok(fixed.includes('<p>Năm nay làm được nhiều việc.</p><p><b>II. PHƯƠNG HƯỚNG</b></p><p>Tiếp tục.</p></div>'), fixed);
    // Its sections still span their line, in order, and are not called empty.
    const parts = parseReport(text).parts.map((p) => `${p.role}@${p.startLine + 1}-${p.endLine + 1}`);
    assert.deepEqual(parts, ['results@5-5', 'priorities@5-5']);
    assert.ok(!lintText(text).some((f) => f.ruleId === 'RW003'));
  });

  it('reads a bold paragraph of an HTML body as a heading, but never the bold text of a table cell', () => {
    const text = `${FRONT}# Báo cáo năm 2025\n\n<div><p><strong>I. KẾT QUẢ ĐẠT ĐƯỢC</strong></p><p>Hoàn thành kế hoạch.</p></div>\n\n<table>\n<tr><th><strong>Việc</strong></th><th><strong>Trạng thái</strong></th></tr>\n<tr><td>Sửa máy chủ.</td><td><strong>Xong</strong></td></tr>\n<tr><td><p>Viết tài liệu</p></td><td><p><b>II. PHƯƠNG HƯỚNG</b></p></td></tr>\n</table>\n`;
    const doc = parseReport(text);
    assert.deepEqual(doc.parts.map((p) => `${p.part}:${p.title}:${p.role ?? '-'}`), ['pseudo-heading:I. KẾT QUẢ ĐẠT ĐƯỢC:results']);
    assert.deepEqual(lintText(text).filter((f) => f.ruleId === 'RW008').map((f) => f.range.start.line + 1), [7]);
  });

  it('inserts a missing role into HTML news once, as a paragraph of its own', () => {
    const text = [
      '---',
      'kind: meeting-news',
      'lang: vi',
      '---',
      '<h2>Hội nghị sơ kết công tác quý III</h2>',
      '<p>Sáng ngày 20/9/2024, tại Hà Nội, Sở Tư pháp tổ chức Hội nghị sơ kết. Đồng chí Giám đốc Sở chủ trì Hội nghị.</p>',
      '<p>Tham dự Hội nghị có các đồng chí lãnh đạo Sở và các phòng.</p>',
      '<p>Quý IV, Sở sẽ tập trung hoàn thành nhiệm vụ trọng tâm thời gian tới.</p>',
      '<p>Phát biểu kết luận, đồng chí Giám đốc yêu cầu các phòng tiếp tục cố gắng.</p>',
      '<p style="text-align:right">T.H</p>',
      '',
    ].join('\n');
    const fixed = fixAll(text).text;
    const starters = fixed.split('\n').filter((l) => /^Tại hội nghị/.test(l));
    assert.equal(starters.length, 1, fixed);
    assert.match(fixed, /<\/p>\n\nTại hội nghị,[^\n]*\n\n<p>/);
  });

  it('never inserts a missing role above the lead of news pasted as one block', () => {
    const text = '---\nkind: meeting-news\nlang: vi\n---\nSáng 15/7/2026, tại Quy Nhơn, Sở tổ chức hội nghị sơ kết do đồng chí Giám đốc chủ trì. Tham dự hội nghị có lãnh đạo tỉnh. Phát biểu kết luận hội nghị, đồng chí Phó Chủ tịch yêu cầu Sở tập trung đẩy nhanh tiến độ trong thời gian tới.\n';
    const fixed = fixAll(text).text;
    assert.ok(fixed.startsWith(text.trimEnd()), fixed);
    assert.match(fixed, /\n\nTại hội nghị,/);
  });

  it('reads a one-line body of 1 MB with line breaks in bounded time', () => {
    const text = `${FRONT}\n<p>${'Dòng chữ ngành<br>'.repeat(60_000)}</p>\n`;
    const started = performance.now();
    lintText(text);
    assert.ok(performance.now() - started < 10_000);
  });

  it('parts paragraphs at two line breaks on one line and at lone CR line ends', () => {
    const news = (sep: string, eol: string) =>
      ['---', 'kind: meeting-news', 'lang: vi', '---', '<p>Sáng 5/1/2024, tại Hà Nội, Sở tổ chức hội nghị.' + sep + 'Tham dự hội nghị có lãnh đạo Sở.' + sep + 'Phát biểu kết luận, đồng chí Giám đốc đề nghị tiếp tục cố gắng.</p>', ''].join(eol);
    for (const [sep, eol] of [['<br /><br />', '\n'], ['<br>\r', '\r']]) {
      const roles = parseReport(news(sep, eol)).parts.map((p) => p.role);
      assert.ok(roles.includes('participants') && roles.includes('conclusion'), `${JSON.stringify(sep)}: ${roles.join(' ')}`);
    }
  });

  it('takes a short bold last line of news for its byline, not a section', () => {
    const text = '---\nkind: meeting-news\nlang: vi\n---\n\nSáng 5/1/2024, tại Hà Nội, Sở tổ chức hội nghị do đồng chí Giám đốc chủ trì.\n\n**T.H**\n';
    const ids = lintText(text).map((f) => f.ruleId);
    assert.ok(!ids.includes('RW003') && !ids.includes('RW008') && !ids.includes('RW502'), ids.join(' '));
  });

  it('never judges keyboard, sample, variable or form text, nor pairs quotes written as entities', () => {
    const text = `${FRONT}<p>Gõ <kbd>TODO</kbd> rồi xem <samp>nghành</samp> và <var>TBD</var>; <textarea>nghành</textarea> &ldquo;Đổi mới” và &#40;ghi chú).</p>\n`;
    const ids = lintText(text).map((f) => f.ruleId);
    assert.ok(!ids.includes('RW306') && !ids.includes('RW309') && !ids.includes('RW311'), ids.join(' '));
    // The fixes add the missing sections; the HTML line stays as it was.
    assert.ok(fixAll(text).text.startsWith(text.trimEnd()));
  });

  it('does not take an API page or a pull-request template for a report', () => {
    const api = parseReport('# Hàm tinh_tong(a, b)\n\n## Tham số\n\na, b\n\n## Kết quả trả về\n\nTổng.\n\n## Hạn chế\n\nChậm.\n\n## Kế hoạch phát triển\n\nThêm.\n');
    const pr = parseReport('# PR\n\n## Summary\n\nx\n\n## Results\n\ny\n\n## Next steps\n\nz\n\n## Checklist\n\n- [ ] a\n');
    assert.ok(!api.detection.confident && !pr.detection.confident, `${api.detection.confidence} ${pr.detection.confidence}`);
  });

  describe('teaching a heading', () => {
    it('refuses a JSON configuration with a key given twice, and leaves it as it is', () => {
      const text = '{\n  "synonyms": {"priorities": {"vi": ["Việc A"]}},\n  "synonyms": {"results": {"vi": ["Thành tích"]}}\n}\n';
      const result = addSynonym(text, '.reportwright.json', 'priorities', 'vi', 'Việc B');
      assert.equal(result.text, undefined);
      assert.match(result.problem?.en ?? '', /given twice/);
    });

    it('refuses control characters and line breaks, and stores a heading without its Markdown marks', () => {
      for (const bad of ['a\nb', 'a\tb', 'Việc\u202Eb', 'x\u0007']) assert.ok(addSynonym('{}', '.reportwright.json', 'priorities', 'vi', bad).problem, JSON.stringify(bad));
      const written = addSynonym('{}', '.reportwright.json', 'priorities', 'vi', '## **Kế hoạch mới**').text ?? '';
      assert.deepEqual(JSON.parse(written).synonyms.priorities.vi, ['Kế hoạch mới']);
    });
  });

  it('reads a CMS body wrapped in <div>: paragraphs parted by <br><br>, or <p> inside, with the byline before </div>', () => {
    const head = '---\nkind: meeting-news\nlang: vi\n---\n<div class="detail">\n';
    const lines = ['Sáng 12/3/2026, tại trụ sở Sở Y tế, đồng chí Phạm An chủ trì hội nghị giao ban.', 'Tại hội nghị, các đơn vị báo cáo kết quả quý I.', 'Năm 2027, Sở tập trung chuyển đổi số.', 'Phát biểu kết luận, đồng chí Giám đốc yêu cầu thực hiện Nghị quyết số 20 - NQ/TW.'];
    const withBreaks = head + lines.map((l) => `${l}<br><br>`).join('\n') + '\n<strong>Minh Hà</strong>\n</div>\n';
    assert.deepEqual(lintText(withBreaks).map((f) => f.ruleId), ['RW401']);
    const withParagraphs = head + lines.map((l) => `<p>${l}</p>`).join('\n') + '\n<p><strong>Minh Hà</strong></p>\n</div>\n';
    assert.deepEqual(lintText(withParagraphs).map((f) => f.ruleId), ['RW401']);
  });

  it('reads text standing outside any block element of an HTML page, as a PHP page lays out a Word plan, but not a dateline in italics', () => {
    const plan = [
      '<h4 style="text-align: center;"><b>Sở Văn hóa xây dựng kế hoạch tổ chức diễn đàn trực tuyến. Cụ thể như sau:</b></h4>',
      '<br>',
      '<b>I. MỤC ĐÍCH, YÊU CẦU</b> <br>',
      '- Tuyên truyền kết quả thực hiện Chương trình. <br>',
      '<b>II. NỘI DUNG</b>  <br>',
      '- Xây dựng trang diễn đàn trực tuyến. <br>',
      '',
    ].join('\n');
    const doc = parseReport(plan, { forceKind: 'plan' });
    assert.deepEqual(doc.missingRoles.map((r) => r.id), ['implementation']);
    const news = '---\nkind: meeting-news\nlang: vi\n---\n<h1>Kỳ họp thứ 9</h1>\n<i>Thứ 5, 12/06/2025 | 10:20</i>\n<p>\nSáng 12/6, tại Hội trường tỉnh, đồng chí Nguyễn Văn An chủ trì kỳ họp.\n</p>\n';
    assert.deepEqual(lintText(news).filter((f) => f.ruleId === 'RW501'), []);
  });
});
