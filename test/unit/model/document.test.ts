import * as assert from 'node:assert/strict';
import { KindRegistry, parseReport, resolveKind, ROLE_VOCABULARY } from '../../../src/core';

describe('model: front matter, kind and language', () => {
  it('reads kind, lang, period, title, author and date', () => {
    const doc = parseReport('---\nkind: review\nlang: vi\nperiod: 2023\ntitle: Báo cáo\nauthor: Thảo Nguyên\ndate: 2024-01-26\n---\n');
    assert.equal(doc.kind?.id, 'review');
    assert.equal(doc.lang, 'vi');
    assert.deepEqual(doc.period, { year: 2023, written: '2023' });
    const fields = doc.frontMatter!.fields;
    assert.equal(fields.get('title')?.value, 'Báo cáo');
    assert.equal(fields.get('author')?.value, 'Thảo Nguyên');
    assert.equal(String(fields.get('date')?.value), '2024-01-26');
    assert.equal(doc.isReport, true);
  });

  it('takes a language tag with a region or in capitals, and the language\'s name, for "lang"', () => {
    for (const [value, lang] of [['vi-VN', 'vi'], ['VI', 'vi'], ['vi_VN', 'vi'], ['Tiếng Việt', 'vi'], ['Vietnamese', 'vi'], ['en-GB', 'en'], ['EN', 'en'], ['English', 'en']] as const) {
      // An English text, so that a Vietnamese verdict comes from the tag and not the words.
      const doc = parseReport(`---\nkind: status\nlang: ${value}\n---\n# Weekly status\n\n## Done\n\nShipped the release.\n`);
      assert.equal(doc.lang, lang, value);
      assert.deepEqual(doc.frontMatterProblems.filter((p) => p.kind === 'field'), [], value);
    }
    const french = parseReport('---\nlang: fr-FR\n---\n# Rapport\n');
    assert.equal(french.frontMatterProblems.filter((p) => p.kind === 'field').length, 1, 'a language this tool does not speak is still a problem');
  });

  it('never throws on malformed front matter and remembers that it named a kind', () => {
    for (const text of ['---\nkind: [\n---\n', '---\n: : :\n---\n', '---\nkind: review\n\tbad\n---\n', '---\n"\n---\n']) {
      const doc = parseReport(text);
      assert.ok(doc.frontMatter);
    }
    const broken = parseReport('---\nkind: review\ntitle: "open\n---\n');
    assert.equal(broken.isReport, true);
    assert.equal(broken.frontMatter?.malformed, true);
  });

  it('is not a report without kind, unless a glob or a forced kind says so', () => {
    assert.equal(parseReport('# README\n\n## Results\n').isReport, false);
    const globbed = parseReport('## Kết quả\n\n## Phương hướng\n\n## Kết luận\n', { relativePath: 'reports/2023.md', reportFiles: ['reports/**/*.md'] });
    assert.equal(globbed.isReport, true);
    assert.equal(globbed.kind?.id, 'review');
    assert.equal(globbed.kindSource, 'inferred');
    assert.equal(parseReport('# x\n', { relativePath: 'docs/x.md', reportFiles: ['reports/**'] }).isReport, false);
    assert.equal(parseReport('# x\n', { forceKind: 'status' }).kind?.id, 'status');
  });

  it('infers the kind that fits the headings best', () => {
    const infer = (text: string) => parseReport(text, { relativePath: 'r.md', reportFiles: ['*.md'] }).kind?.id;
    assert.equal(infer('## Thành phần tham dự\n## Kết quả\n## Phương hướng\n## Kết luận\n'), 'meeting-news');
    assert.equal(infer('## Done this week\n## Next week\n'), 'status');
    assert.equal(infer('## Results\n## Priorities\n## Conclusion\n'), 'review');
  });

  it('reads the kind a title names in the words real reports use', () => {
    const titled = (title: string) => parseReport(`# ${title}\n\nSome text.\n`).detection.kind;
    assert.equal(titled('Update on the October 15, 2018 incident on crates.io'), 'post-mortem');
    assert.equal(titled('Scrum Retrospective - Sprint 2'), 'retrospective');
    // A sprint's own report (JackXuRepo/quiry, sprints/sprint3/README.md: "Sprint 4 Summary", its burndown and task board).
    assert.deepEqual(['Sprint 4 Summary', 'Sprint 12: Report', 'Báo cáo Sprint 4', 'Sprint status'].map(titled), ['status', 'status', 'status', 'status']);
    assert.deepEqual(['Tổng kết Sprint 4', 'Sprint 4 Retrospective'].map(titled), ['review', 'retrospective']);
    assert.equal(titled('Tổng kết 2020 và mục tiêu cho 2021'), 'review');
    assert.equal(titled('Activity Report 2023 - Projects and Community'), 'annual-report');
    assert.equal(titled('Báo cáo hoạt động năm 2024'), 'annual-report');
    assert.equal(titled('GSoC: Week9'), 'status');
    assert.equal(titled('Nhìn lại 2023'), 'review');
    // Words of a kind that name something else stay out.
    assert.notEqual(titled('Incident response playbook'), 'post-mortem');
    assert.notEqual(titled('Weekly'), 'status');
  });

  it('reads the kind a site generator\'s front matter names when the heading names none (title, categories, tags)', () => {
    const page = (fields: string, body: string) => parseReport(`---\n${fields}\n---\n${body}`, { detectKind: true });
    const weekly = page('layout: post\ntitle: weekly update 2015-04-24\ncategories: [weekly]', '# Phát hành io.js 1.8.1\n\nTuần này có một bản phát hành.\n\n## Các thay đổi đáng chú ý\n\n- Sửa lỗi.\n');
    assert.equal(weekly.detection.kind, 'status');
    assert.equal(weekly.kind?.id, 'status');
    const minutes = page('date: 2020-09-15\ncategories:\n  - steering group minutes', '## Action items\n\n- Ana: post the notes.\n');
    assert.equal(minutes.detection.kind, 'minutes');
    assert.ok(minutes.detection.confident);
    // A heading that names a kind comes first; a page whose fields name none is unchanged.
    assert.equal(page('title: weekly update', '# Biên bản họp tổ\n\n## Thành phần\n\n- Lan\n').detection.kind, 'minutes');
    assert.equal(page('title: Release notes\ntags: [release]', '# v1.8.1\n\nFixes.\n').detection.kind, undefined);
    // A tag or a category with a number names no kind: "10 minutes", "Week 3".
    assert.notEqual(page('title: My home lab\ntags: [homelab, linux, 10 minutes]', '## Hardware\n\nA NUC.\n\n## Action items\n\n- Buy disks.\n').detection.kind, 'minutes');
    assert.equal(page('title: Learning Go\ncategories: [Week 3]', 'This week I learned about interfaces.\n\n## Next steps\n\nRead about generics.\n').isReport, false);
  });

  it('counts the labels of a report whose title names its kind, as it counts headings (a weekly status sent as a letter)', () => {
    const vi = 'BÁO CÁO TUẦN\n\nKính gửi: Anh Tuấn – Trưởng phòng\n\n**Công việc đã làm:**\n\n1. Sửa lỗi đăng nhập.\n2. Viết API xuất báo cáo.\n\n**Vướng mắc:** Chưa có tài khoản thử nghiệm.\n\n**Kế hoạch tuần tới:**\n\n1. Hoàn thiện API.\n\nEm xin cảm ơn!\n';
    const doc = parseReport(vi, { detectKind: true });
    assert.equal(doc.kind?.id, 'status');
    assert.equal(doc.titleText, 'BÁO CÁO TUẦN');
    // The sign-off is no part of next week's plan.
    assert.deepEqual(doc.parts.filter((p) => p.role === 'priorities').map((p) => [p.startLine + 1, p.endLine + 1]), [[12, 14]]);
    const en = '# Weekly status\n\n**Done:**\n\n1. Fixed the login bug.\n\n**Blockers:** No test account yet.\n\n**Next week:**\n\n1. Finish the export API.\n\nThanks!\n';
    assert.equal(parseReport(en, { detectKind: true }).kind?.id, 'status');
    // Without a title that names the kind, labels alone say too little: notes stay notes; nor do
    // labels that give only some of the parts the kind requires ("# Week 3: Recursion", "**Next steps:**").
    assert.equal(parseReport(en.replace('# Weekly status', '# Notes'), { detectKind: true }).isReport, false);
    assert.equal(parseReport('# Week 3: Recursion\n\n**Goals:**\n\n- Base cases.\n\n**Next steps:**\n\n- Trees.\n', { detectKind: true }).isReport, false);
    // A line in capitals above the report's own title is a banner, not its title.
    const banner = parseReport('INTERNAL DRAFT\n\n# Weekly status – week 12\n\n## Done this week\n\n- Shipped.\n\n## Next week\n\n- More.\n', { detectKind: true });
    assert.equal(banner.titleText, 'Weekly status – week 12');
    assert.deepEqual(banner.parts.filter((p) => p.part === 'pseudo-heading'), []);
  });

  it('detects the language when lang is absent', () => {
    assert.equal(parseReport('---\nkind: review\n---\n## Kết quả đạt được\nĐã hoàn thành.\n').lang, 'vi');
    assert.equal(parseReport('---\nkind: review\n---\n## Results\nDone.\n').lang, 'en');
  });

  it('says which language the text is written in, before it is a report, and none for a file without letters', () => {
    // What the editor speaks about a file that names no kind or lang: its preview's title, its outline's roles.
    const vi = parseReport('# Tin hội nghị\n\nSáng 12-3, Sở tổ chức hội nghị tổng kết công tác năm 2023.\n');
    assert.deepEqual([vi.isReport, vi.declaredLang, vi.writtenLang, vi.lang], [false, undefined, 'vi', 'vi']);
    const en = parseReport('---\nlang: vi\n---\n# Weekly status\n\nShipped the release.\n');
    assert.deepEqual([en.declaredLang, en.writtenLang, en.lang], ['vi', 'en', 'vi'], 'the front matter decides; the text is still read');
    for (const text of ['', '\n\n', '# \n\n- \n', '1. 2.\n']) {
      const empty = parseReport(text);
      assert.deepEqual([empty.writtenLang, empty.lang], [undefined, 'en'], JSON.stringify(text));
    }
  });

  it('uses workspace kinds, which may override a built-in', () => {
    const custom = resolveKind(
      { id: 'okr', roles: [{ role: 'results', required: true }, { role: 'risks', required: true, synonyms: { en: ['risks'], vi: ['rủi ro'] } }] },
      ROLE_VOCABULARY,
    );
    const kinds = new KindRegistry().with([custom]);
    const doc = parseReport('---\nkind: okr\n---\n## Results\n## Rủi ro\n', { kinds });
    assert.deepEqual(doc.roleSections.map((s) => s.role), ['results', 'risks']);
  });
});

describe('model: paragraphs and inline enumerations', () => {
  it('finds (1) … (n) with exact positions, across soft line breaks', () => {
    const doc = parseReport('---\nkind: review\n---\nNổi bật là: (1) Một; (2) Hai;\n(3) Ba.\n\nKhông phải (2) và (3).\n');
    const [first, second] = doc.paragraphs;
    assert.deepEqual(first.enumeration, [
      { value: 1, line: 3, start: 12, end: 15 },
      { value: 2, line: 3, start: 21, end: 24 },
      { value: 3, line: 4, start: 0, end: 3 },
    ]);
    assert.equal(second.enumeration, undefined);
    assert.deepEqual([first.startLine, first.endLine], [3, 4]);
  });

  it('ignores markers inside code spans', () => {
    const doc = parseReport('---\nkind: review\n---\nSee `(1) (2)` and (1) alone.\n');
    assert.equal(doc.paragraphs[0].enumeration, undefined);
  });
});
