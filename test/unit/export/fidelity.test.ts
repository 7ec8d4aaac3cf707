import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { strFromU8, unzipSync, zipSync, strToU8 } from 'fflate';
import { parseReport, renderHtml } from '../../../src/core';
import { exportDocx, exportHtml, ExportError, PROFILES } from '../../../src/core/export';
import { displayDate } from '../../../src/core/export/frontPage';
import { mergeStyles } from '../../../src/core/export/docxReference';
import { noFiles } from './support';

const CASES = path.join(__dirname, '..', '..', '..', '..', 'shared', 'cases', 'export');

/** The Word document's XML parts. */
async function wordParts(text: string, options: Partial<Parameters<typeof exportDocx>[1]> = {}): Promise<Record<string, string>> {
  const { data } = await exportDocx(parseReport(text), { readFile: noFiles, ...options });
  return Object.fromEntries(Object.entries(unzipSync(data)).filter(([name]) => name.endsWith('.xml') || name.endsWith('.rels')).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

/** Each numbered paragraph of the body: its level and the number format and text of that level. */
function wordListItems(parts: Record<string, string>): Array<{ level: number; numId: string; text: string }> {
  return [...parts['word/document.xml'].matchAll(/<w:p>(.*?)<\/w:p>/g)]
    .map((m) => ({ numbering: /<w:ilvl w:val="(\d)"\/><w:numId w:val="(\d+)"\/>/.exec(m[1]), text: [...m[1].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('') }))
    .filter((p) => p.numbering)
    .map((p) => ({ level: Number(p.numbering![1]), numId: p.numbering![2], text: p.text }));
}

/** The number Word shows for each numbered paragraph, computed from numbering.xml as Word counts (decimal lists). */
function wordNumbers(parts: Record<string, string>): string[] {
  const numbering = parts['word/numbering.xml'];
  const abstract = new Map<string, Map<number, { start: number; format: string; text: string }>>();
  for (const m of numbering.matchAll(/<w:abstractNum w:abstractNumId="(\d+)"[^>]*>(.*?)<\/w:abstractNum>/g)) {
    const levels = new Map<number, { start: number; format: string; text: string }>();
    for (const l of m[2].matchAll(/<w:lvl w:ilvl="(\d)"[^>]*>(.*?)<\/w:lvl>/g)) {
      levels.set(Number(l[1]), { start: Number(/<w:start w:val="(\d+)"/.exec(l[2])?.[1] ?? 0), format: /<w:numFmt w:val="(\w+)"/.exec(l[2])![1], text: /<w:lvlText w:val="([^"]*)"/.exec(l[2])![1] });
    }
    abstract.set(m[1], levels);
  }
  const nums = new Map<string, { abstract: string; overrides: Map<number, number> }>();
  for (const m of numbering.matchAll(/<w:num w:numId="(\d+)"[^>]*><w:abstractNumId w:val="(\d+)"\/>(.*?)<\/w:num>/g)) {
    nums.set(m[1], { abstract: m[2], overrides: new Map([...m[3].matchAll(/<w:lvlOverride w:ilvl="(\d)"><w:startOverride w:val="(\d+)"\/>/g)].map((o) => [Number(o[1]), Number(o[2])])) });
  }
  const counters = new Map<string, number>();
  return wordListItems(parts).map(({ level, numId }) => {
    const num = nums.get(numId)!;
    const def = abstract.get(num.abstract)!.get(level)!;
    if (def.format === 'bullet') return def.text;
    const key = `${numId}/${level}`;
    const value = counters.has(key) ? counters.get(key)! + 1 : (num.overrides.get(level) ?? def.start);
    counters.set(key, value);
    assert.equal(def.format, 'decimal', 'numbers as a browser shows a nested <ol>');
    return def.text.replace(`%${level + 1}`, String(value));
  });
}

describe('export fidelity', () => {
  describe('comments never reach an export', () => {
    const text = '---\nkind: status\nlang: en\n---\n# Team <!-- draft -->\n\n## Done this week\n\n- Shipped the installer. <!-- ask Lan before sending -->\n- Closed 12 tickets.\n\n<!--\nInternal note.\n\nCheck with finance.\n-->\n\nA line <!-- one\nover two lines --> ends here. And `<!-- code -->` stays.\n';

    it('in HTML (and so in PDF, which prints it), with no space left before a comment at the end of a line', async () => {
      const { html } = await exportHtml(parseReport(text), { readFile: noFiles });
      assert.doesNotMatch(html, /ask Lan|Internal note|finance|draft|over two lines|&lt;!--(?! code)/);
      assert.match(html, /<li>Shipped the installer\.<\/li>/);
      assert.match(html, /<h1 id="team">Team<\/h1>/);
      assert.match(html, /A line  ends here\./);
      assert.match(html, /<code>&lt;!-- code --&gt;<\/code>/, 'a comment in code is code');
    });

    it('in Word', async () => {
      const body = (await wordParts(text))['word/document.xml'];
      assert.doesNotMatch(body, /ask Lan|Internal note|finance|draft|over two lines|&lt;!--(?! code)/);
      assert.match(body, />Shipped the installer\.</);
    });

    it('an unclosed comment opener is the writer’s text, kept', () => {
      assert.match(renderHtml(parseReport('# A\n\nKeep <!-- this\n'), { lang: 'en' }), /Keep &lt;!-- this/);
    });

    it('the case of ../shared/cases/export/inline-comments-en.md', async function () {
      if (!fs.existsSync(CASES)) this.skip();
      const doc = parseReport(fs.readFileSync(path.join(CASES, 'inline-comments-en.md'), 'utf8'));
      const { html } = await exportHtml(doc, { readFile: noFiles });
      const body = (await wordParts(fs.readFileSync(path.join(CASES, 'inline-comments-en.md'), 'utf8')))['word/document.xml'];
      for (const out of [html, body]) assert.doesNotMatch(out, /ask Lan|not final|finance|Friday|&lt;!--/);
      assert.match(body, />Publish the report\.</);
    });
  });

  describe('Word numbers lists as the HTML shows them', () => {
    it('nested "1." lists read 1. 2. at every level, as a browser numbers nested <ol>s', async () => {
      const parts = await wordParts('# Plan\n\n1. Billing\n   1. Migrated invoices.\n   2. Closed the old API.\n2. Support\n   1. Answered 40 tickets.\n   2. Wrote two guides.\n');
      assert.deepEqual(wordListItems(parts).map((i) => [i.level, i.text]), [
        [0, 'Billing'],
        [1, 'Migrated invoices.'],
        [1, 'Closed the old API.'],
        [0, 'Support'],
        [1, 'Answered 40 tickets.'],
        [1, 'Wrote two guides.'],
      ]);
      assert.deepEqual(wordNumbers(parts), ['1.', '1.', '2.', '2.', '1.', '2.']);
    });

    it('start numbers at any level, and each list restarts', async () => {
      // A list not starting at 1 cannot interrupt a paragraph (CommonMark): blank lines before the nested ones.
      const parts = await wordParts('# Plan\n\n3. three\n\n   7. seven\n   8. eight\n4. four\n   1. one\n\nText.\n\n1. again\n2. two\n\n- bullet\n\n  5. five\n');
      assert.deepEqual(wordNumbers(parts), ['3.', '7.', '8.', '4.', '1.', '1.', '2.', '•', '5.']);
      // The HTML says the same.
      const html = renderHtml(parseReport('# Plan\n\n3. three\n\n   7. seven\n'), { lang: 'en' });
      assert.match(html, /<ol start="3">[\s\S]*<ol start="7">/);
    });

    it('the case of ../shared/cases/export/nested-ordered-lists-en.md', async function () {
      if (!fs.existsSync(CASES)) this.skip();
      const parts = await wordParts(fs.readFileSync(path.join(CASES, 'nested-ordered-lists-en.md'), 'utf8'));
      assert.deepEqual(wordNumbers(parts), ['1.', '1.', '2.', '2.', '1.', '2.', '•']);
      assert.doesNotMatch(parts['word/numbering.xml'], /lowerLetter|lowerRoman/);
    });
  });

  describe('footnotes', () => {
    const text = '# Report\n\nSales grew[^growth] and costs fell.^[Inline note.]\n\n[^growth]: By **12 %** over the year.\n\nMore text.\n';

    it('are Word footnotes: a reference mark in the text, the note in footnotes.xml', async () => {
      const parts = await wordParts(text);
      const body = parts['word/document.xml'];
      assert.match(body, /Sales grew<\/w:t><\/w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"\/><\/w:rPr><w:footnoteReference w:id="1"\/>/);
      assert.match(body, /<w:footnoteReference w:id="2"\/>/);
      assert.doesNotMatch(body, /By |Inline note/, 'the notes are not in the body');
      const notes = parts['word/footnotes.xml'];
      assert.match(notes, /<w:footnote w:id="1">.*By .*<w:b\/>.*12 %.*over the year\./);
      assert.match(notes, /<w:footnote w:id="2">.*Inline note\./);
      assert.match(notes, /<w:pStyle w:val="FootnoteText"\/>/);
    });

    it('are numbered notes after the text in HTML (and PDF), linked both ways', async () => {
      const { html } = await exportHtml(parseReport(text), { readFile: noFiles });
      assert.match(html, /Sales grew<sup class="footnote-ref"><a href="#fn1" id="fnref1">\[1\]<\/a><\/sup>/);
      assert.match(html, /<section class="footnotes">[\s\S]*<li id="fn1" class="footnote-item"><p>By <strong>12 %<\/strong> over the year\. <a href="#fnref1"/);
      assert.ok(html.indexOf('More text.') < html.indexOf('class="footnotes"'), 'the notes come after the text');
    });
  });

  describe('front matter on the page', () => {
    const text = '---\nkind: status\nlang: vi\ntitle: Báo cáo tuần 5\nauthor: Nguyễn Thị Lan\ndate: 2024-01-26\ntoc: true\n---\n\n## I. Kết quả **chính**\n\nXong.\n\n### 1. Việc `cũ` <!-- nháp -->\n\nXong.\n';

    it('HTML: the title block, then the contents with the headings’ plain text and anchors', async () => {
      const { html } = await exportHtml(parseReport(text), { readFile: noFiles, profile: PROFILES.nd30 });
      assert.match(html, /<header class="rw-title-block">\n<h1 class="rw-title">Báo cáo tuần 5<\/h1>\n<p class="rw-author">Nguyễn Thị Lan<\/p>\n<p class="rw-date">ngày 26 tháng 01 năm 2024<\/p>\n<\/header>/);
      assert.match(html, /<p class="rw-toc-title">Mục lục<\/p>/);
      assert.match(html, /<a href="#i-k%E1%BA%BFt-qu%E1%BA%A3-ch%C3%ADnh"><span class="rw-toc-text">I\. Kết quả chính<\/span><\/a>/);
      assert.match(html, /<span class="rw-toc-text">1\. Việc cũ<\/span>/);
      assert.match(html, /<h3 id="1-việc-cũ">1\. Việc <code>cũ<\/code><\/h3>/);
      assert.match(html, /\.rw-title-block \.rw-author, \.rw-title-block \.rw-date \{[^}]*text-align: right;/, 'nd30 puts author and date at the right');
    });

    it('a report that opens with its title heading gets author and date under it, not a second title', async () => {
      const { html } = await exportHtml(parseReport('---\ntitle: Week 5\nauthor: Lan\n---\n# Week 5\n\nText.\n'), { readFile: noFiles });
      assert.match(html, /<h1 id="week-5">Week 5<\/h1>\n<header class="rw-title-block">\n<p class="rw-author">Lan<\/p>\n<\/header>/);
      assert.doesNotMatch(html, /rw-title"/);
    });

    it('Word: Title, Author and Date paragraphs, and a real TOC field Word fills on opening', async () => {
      const parts = await wordParts(text);
      const body = parts['word/document.xml'];
      assert.match(body, /<w:pStyle w:val="Title"\/><\/w:pPr><w:r><w:t xml:space="preserve">Báo cáo tuần 5<\/w:t>/);
      assert.match(body, /<w:pStyle w:val="Author"\/><\/w:pPr><w:r><w:t xml:space="preserve">Nguyễn Thị Lan<\/w:t>/);
      assert.match(body, /<w:pStyle w:val="Date"\/><\/w:pPr><w:r><w:t xml:space="preserve">ngày 26 tháng 01 năm 2024<\/w:t>/);
      assert.match(body, /<w:instrText xml:space="preserve">TOC \\h \\o &quot;1-3&quot;<\/w:instrText>/);
      assert.ok(body.indexOf('TOC \\h') < body.indexOf('I. Kết quả'), 'the contents come before the body');
      assert.match(parts['word/settings.xml'], /<w:updateFields\/>|<w:updateFields w:val="true"\/>/);
      // The headings' bookmarks carry their plain text's heading; no markup, no comment.
      assert.match(body, /<w:bookmarkStart w:name="_rw_heading_2" w:id="\d+"\/><w:r><w:t xml:space="preserve">1\. Việc <\/w:t><\/w:r><w:r><w:rPr><w:rStyle w:val="VerbatimChar"\/><\/w:rPr><w:t xml:space="preserve">cũ<\/w:t><\/w:r><w:bookmarkEnd/);
    });

    it('dates are written as a reader of the language writes them', () => {
      assert.equal(displayDate('2024-01-26', 'en'), '26 January 2024');
      assert.equal(displayDate('2024-03-05', 'vi'), 'ngày 05 tháng 3 năm 2024');
      assert.equal(displayDate('2024-02-15', 'vi'), 'ngày 15 tháng 02 năm 2024');
      assert.equal(displayDate('Tuần 5', 'vi'), 'Tuần 5');
      assert.equal(displayDate('2024-13-01', 'en'), '2024-13-01');
    });
  });

  describe('a reference Word file gives the export its house style', () => {
    const reference = () => {
      const styles = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Cambria" w:hAnsi="Cambria"/><w:sz w:val="26"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:rPr><w:rFonts w:ascii="Georgia" w:hAnsi="Georgia"/><w:color w:val="1F4E79"/><w:sz w:val="40"/></w:rPr></w:style></w:styles>';
      return zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/styles.xml': strToU8(styles), 'word/theme/theme1.xml': strToU8('<a:theme name="House"/>') });
    };

    it('takes the reference’s styles and defaults, keeps the export’s own where the reference has none', async () => {
      const parts = await wordParts('# Báo cáo\n\nĐoạn văn.\n', { referenceDocx: { data: reference(), name: 'house.docx' } });
      const styles = parts['word/styles.xml'];
      assert.match(styles, /w:styleId="Heading1"><w:name w:val="heading 1"\/><w:rPr><w:rFonts w:ascii="Georgia"/, 'the reference’s Heading 1');
      assert.equal(styles.match(/w:styleId="Heading1"/g)!.length, 1, 'once');
      assert.match(styles, /<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Cambria"/);
      assert.match(styles, /w:styleId="ReportBody"/, 'the export’s body style, which the reference lacks');
      assert.match(styles, /w:styleId="Heading2"/, 'the export’s Heading 2, which the reference lacks');
      assert.match(parts['word/theme/theme1.xml'], /name="House"/);
      assert.match(parts['word/_rels/document.xml.rels'], /relationships\/theme" Target="theme\/theme1\.xml"/);
      assert.match(parts['[Content_Types].xml'], /PartName="\/word\/theme\/theme1\.xml"/);
    });

    it('refuses a file that is not a Word document, in words', async () => {
      await assert.rejects(
        exportDocx(parseReport('# A\n'), { readFile: noFiles, referenceDocx: { data: strToU8('not a zip'), name: 'notes.txt' } }),
        (error: unknown) => error instanceof ExportError && /The reference Word file notes\.txt is not a Word \(\.docx\) file/.test(error.in('en')),
      );
      await assert.rejects(
        exportDocx(parseReport('# A\n'), { readFile: noFiles, referenceDocx: { data: zipSync({ 'a.txt': strToU8('x') }), name: 'a.zip' } }),
        (error: unknown) => error instanceof ExportError && /không có kiểu định dạng/.test(error.in('vi')),
      );
    });

    it('mergeStyles adds the export’s document defaults only when the reference has none', () => {
      const ours = '<w:styles x="1"><w:docDefaults>D</w:docDefaults><w:style w:styleId="A">a</w:style></w:styles>';
      assert.equal(mergeStyles(ours, '<w:styles><w:style w:styleId="B">b</w:style></w:styles>'), '<w:styles><w:docDefaults>D</w:docDefaults><w:style w:styleId="B">b</w:style><w:style w:styleId="A">a</w:style></w:styles>');
    });
  });
});

describe('SVG images in Word', function () {
  this.timeout(120_000);
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="160" height="90" viewBox="0 0 160 90"><rect width="160" height="90" fill="#1f4e79"/><text x="12" y="52" fill="#fff" font-size="24">Quý I</text></svg>';
  const readSvg = async (src: string) => {
    if (src !== 'so-do.svg') throw new Error(`no file ${src}`);
    return strToU8(svg);
  };
  const report = '# Báo cáo\n\n![Sơ đồ tổ chức](so-do.svg)\n';

  it('reach Word as SVG with a PNG stand-in drawn by the browser that prints PDFs', async () => {
    const { data, notes } = await exportDocx(parseReport(report), { readFile: readSvg });
    assert.deepEqual(notes, []);
    const files = unzipSync(data);
    const media = Object.keys(files).filter((name) => name.startsWith('word/media/')).sort();
    assert.equal(media.length, 2, media.join(', '));
    const png = files[media.find((name) => name.endsWith('.png'))!];
    assert.deepEqual([...png.subarray(1, 4)], [0x50, 0x4e, 0x47], 'a PNG');
    // Drawn at twice its size, for print: 320×180 pixels.
    const view = new DataView(png.buffer, png.byteOffset);
    assert.deepEqual([view.getUint32(16), view.getUint32(20)], [320, 180]);
    assert.equal(strFromU8(files[media.find((name) => name.endsWith('.svg'))!]), svg);
    const body = strFromU8(files['word/document.xml']);
    assert.match(body, /<asvg:svgBlip [^>]*r:embed=/);
    // 160×90 pixels at 96 an inch.
    assert.match(body, /<wp:extent cx="1524000" cy="857250"\/>/);
  });

  it('without a browser: the alt text, and a note that says why and what to do', async () => {
    const { data, notes } = await exportDocx(parseReport(report), { readFile: readSvg, browserPath: path.join(__dirname, 'no-such-browser') });
    assert.equal(notes.length, 1);
    assert.match(notes[0].en, /The SVG image so-do\.svg is not in the Word file: .*none was found \(set reportwright\.export\.browserPath or --browser\)/);
    assert.match(notes[0].vi, /Ảnh SVG so-do\.svg không có trong tệp Word/);
    assert.match(strFromU8(unzipSync(data)['word/document.xml']), />Sơ đồ tổ chức</);
  });
});
