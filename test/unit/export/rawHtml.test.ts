import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { lint, parseReport, renderBlocks, renderHtml, type ReportDocument } from '../../../src/core';
import { exportDocx, exportHtml, exportReport, PROFILES } from '../../../src/core/export';
import { htmlPage } from '../../../src/core/export/html';
import { readHtmlBlock } from '../../../src/core/render/safeHtml';
import { noFiles } from './support';

/** A Vietnamese report opening with a centred header, as writers type it in raw HTML. */
const VI = `---
kind: review
lang: vi
---
<p align="center"><b>HỘI NGHỊ TỔNG KẾT PHÒNG KINH DOANH</b><br><b><u>Chi nhánh Đà Nẵng</u></b></p>

# Báo cáo tổng kết công tác năm 2023

## I. Kết quả đạt được

Diện tích sàn tăng 1.200 m<sup>2</sup>; chỉ tiêu CO<sub>2</sub> giảm; <u>hoàn thành</u> kế hoạch.<br>Dòng thứ hai.

## II. Phương hướng, nhiệm vụ năm 2024

Tiếp tục chuyển đổi số.
`;

/** An English report whose signature block is centred by a `<div>` around Markdown, as on GitHub. */
const EN = `---
kind: review
lang: en
---
# Annual review 2023

## Results

Revenue grew by 12%<sup>1</sup>, and <strong>H<sub>2</sub>O</strong> use fell.

## Priorities

Ship the new ledger.

<div align="center">

**Approved by the board**

*Jane Doe, Chair*

</div>

Back to normal text.
`;

async function wordXml(doc: ReportDocument): Promise<string> {
  const { data } = await exportDocx(doc, { readFile: noFiles, profile: PROFILES.nd30 });
  return strFromU8(unzipSync(data)['word/document.xml']);
}

/** The Word paragraph holding a text, with its properties and runs. */
function wordParagraph(xml: string, text: string): string {
  const found = [...xml.matchAll(/<w:p>(.*?)<\/w:p>/g)].map((m) => m[1]).find((p) => p.includes(text));
  assert.ok(found, `a Word paragraph with "${text}"`);
  return found;
}

describe('raw HTML in a report: the formatting tags a writer types are rendered, safely', () => {
  it('renders the centred header of a Vietnamese report, bold and underlined, with its line break (preview, HTML and PDF)', () => {
    const html = renderHtml(parseReport(VI), { lang: 'vi' });
    assert.match(html, /<p class="rw-html rw-align-center"><strong>HỘI NGHỊ TỔNG KẾT PHÒNG KINH DOANH<\/strong><br>\n<strong><u>Chi nhánh Đà Nẵng<\/u><\/strong><\/p>/);
    assert.match(html, /1\.200 m<sup>2<\/sup>; chỉ tiêu CO<sub>2<\/sub> giảm; <u>hoàn thành<\/u> kế hoạch\.<br>\nDòng thứ hai\./);
    assert.doesNotMatch(html, /&lt;|rw-raw-html/, 'nothing is shown as code');
  });

  it('centres the Markdown between <div align="center"> and </div>, each block on its own, and nothing after', () => {
    const blocks = renderBlocks(parseReport(EN), { lang: 'en' });
    const html = blocks.map((b) => b.html).join('');
    assert.match(html, /<p class="rw-align-center"><strong>Approved by the board<\/strong><\/p>/);
    assert.match(html, /<p class="rw-align-center"><em>Jane Doe, Chair<\/em><\/p>/);
    assert.match(html, /<p>Back to normal text\.<\/p>/);
    assert.match(html, /Revenue grew by 12%<sup>1<\/sup>, and <strong>H<sub>2<\/sub>O<\/strong> use fell\./);
    // The preview replaces blocks one by one: the <div> lines are no blocks of their own.
    assert.ok(blocks.every((b) => !/<div|<\/div>/.test(b.html)), 'no unbalanced <div> in any block');
    // With the preview's source lines, the class joins the block's own attributes.
    const mapped = renderBlocks(parseReport(EN), { lang: 'en', sourceMap: true }).map((b) => b.html).join('');
    assert.match(mapped, /<p class="rw-align-center" data-line="0"><strong>Approved by the board/);
  });

  it('passes no attribute, script, handler or address through: other HTML is shown as the text it is, with why in a tooltip', () => {
    const doc = parseReport(
      '# Report\n\nA <span style="color:red" onclick="x()">red</span> word, <img src="http://example.com/t.png" onerror="alert(1)">, <a href="javascript:alert(1)">link</a>, <u onmouseover="x()">under</u>.\n\n<script>alert(1)</script>\n\n<p align="center" onclick="steal()" style="background:url(http://example.com/x)">Centre</p>\n\n<div align="center"><iframe src="https://example.com"></iframe></div>\n',
    );
    const html = renderHtml(doc, { lang: 'en' });
    assert.doesNotMatch(html, /<(?:span|img|a|script|iframe)[\s>]/, 'none of those tags is rendered');
    assert.doesNotMatch(html, /\son[a-z]+="|style="|src="|href="/, 'no attribute of the writer\'s');
    assert.match(html, /A &lt;span style=&quot;color:red&quot; onclick=&quot;x\(\)&quot;&gt;red&lt;\/span&gt; word/);
    assert.match(html, /<u>under<\/u>/, 'a formatting tag loses its attributes, keeps its meaning');
    assert.match(html, /<p class="rw-html rw-align-center">Centre<\/p>/);
    assert.match(html, /<pre class="rw-raw-html" title="This HTML block is shown as written because of &lt;script&gt;: only &lt;br&gt;, [^"]*">&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.match(html, /title="This HTML block is shown as written because of &lt;iframe&gt;/);
    const vi = renderHtml(parseReport('---\nlang: vi\n---\n# Báo cáo\n\n<script>alert(1)</script>\n'), { lang: 'vi' });
    assert.match(vi, /title="Khối HTML này được giữ nguyên dạng chữ vì có &lt;script&gt;: chỉ hiển thị &lt;br&gt;/);
  });

  it('shows as text a formatting tag left open or closed alone, without it running on into the next paragraph', () => {
    const html = renderHtml(parseReport('# R\n\nOpen <u>never closed.\n\nNext paragraph</u> here; <b>bold <i>half</b> done.\n'), { lang: 'en' });
    assert.match(html, /<p>Open &lt;u&gt;never closed\.<\/p>/);
    assert.match(html, /<p>Next paragraph&lt;\/u&gt; here; <strong>bold &lt;i&gt;half<\/strong> done\.<\/p>/);
  });

  it('reads an HTML block for what it is: an opening <div> alone, a closing one alone, formatting, or other HTML', () => {
    assert.deepEqual(readHtmlBlock('<div align="center">\n'), { type: 'open', aligns: ['center'] });
    assert.deepEqual(readHtmlBlock('<center>\n<div>\n'), { type: 'open', aligns: ['center', undefined] });
    assert.deepEqual(readHtmlBlock('</div>\n</center>\n'), { type: 'close', count: 2 });
    assert.deepEqual(readHtmlBlock('<p style="text-align: right">Hà Nội, ngày 05 tháng 01 năm 2024</p>\n'), {
      type: 'paragraphs',
      paragraphs: [{ align: 'right', runs: [{ text: 'Hà Nội, ngày 05 tháng 01 năm 2024', marks: [] }] }],
    });
    assert.deepEqual(readHtmlBlock('<div align="center">\n  <b>A</b>\n  <br/>\n  B &amp; C\n</div>\n'), {
      type: 'paragraphs',
      paragraphs: [{ align: 'center', runs: [{ text: 'A', marks: ['bold'] }, { br: true }, { text: 'B & C', marks: [] }] }],
    });
    assert.deepEqual(readHtmlBlock('<table><tr><td>x</td></tr></table>\n'), { type: 'raw', tags: ['table', 'tr', 'td'] });
  });

  it('draws the same formatting in Word: centred paragraphs, bold, underline, superscript, subscript and line breaks', async () => {
    const xml = await wordXml(parseReport(VI));
    const header = wordParagraph(xml, 'HỘI NGHỊ TỔNG KẾT PHÒNG KINH DOANH');
    assert.match(header, /<w:jc w:val="center"\/>/);
    assert.match(header, /<w:ind w:firstLine="0"\/>/, 'no first-line indent in the nd30 body style');
    assert.match(header, /<w:b\/>.*?HỘI NGHỊ TỔNG KẾT PHÒNG KINH DOANH.*?<w:br\/>.*?<w:b\/>.*?<w:u w:val="single"\/>.*?Chi nhánh Đà Nẵng/);
    assert.doesNotMatch(xml, /&lt;p align|&lt;b&gt;|&lt;sup&gt;/, 'no tag written out as text');
    const results = wordParagraph(xml, 'Diện tích sàn');
    assert.match(results, /<w:vertAlign w:val="superscript"\/><\/w:rPr><w:t[^>]*>2<\/w:t>/);
    assert.match(results, /<w:vertAlign w:val="subscript"\/><\/w:rPr><w:t[^>]*>2<\/w:t>/);
    assert.match(results, /<w:u w:val="single"\/><\/w:rPr><w:t[^>]*>hoàn thành<\/w:t>/);
    assert.match(results, /<w:br\/>.*Dòng thứ hai\./);
  });

  it('centres in Word the Markdown a <div align="center"> holds, and only that', async () => {
    const xml = await wordXml(parseReport(EN));
    assert.match(wordParagraph(xml, 'Approved by the board'), /<w:jc w:val="center"\/>/);
    assert.match(wordParagraph(xml, 'Jane Doe, Chair'), /<w:jc w:val="center"\/>/);
    assert.doesNotMatch(wordParagraph(xml, 'Back to normal text.'), /<w:jc w:val="center"\/>/);
    assert.doesNotMatch(wordParagraph(xml, 'Ship the new ledger.'), /<w:jc /);
    assert.match(wordParagraph(xml, 'use fell'), /<w:b\/>.*?<w:t[^>]*>H<\/w:t>.*?<w:vertAlign w:val="subscript"\/>/);
  });

  it('prints the PDF from the same page: the header centred by the export\'s own stylesheet, over the profile\'s justified, indented text', () => {
    const doc = parseReport(VI);
    const page = htmlPage(doc, { local: new Map(), notes: [] } as never, { profile: PROFILES.nd30, offline: true });
    assert.match(page, /\.rw-align-center, \.rw-align-center \* \{ text-align: center !important; text-indent: 0 !important; \}/);
    assert.match(page, /<p class="rw-html rw-align-center"><strong>HỘI NGHỊ TỔNG KẾT/);
    assert.match(page, /content="default-src 'none'; img-src data:; style-src 'unsafe-inline'"/, 'the page still runs nothing and fetches nothing');
  });

  it('says in a note, in both languages, what was shown as written, for every export format', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rw-raw-html-'));
    try {
      const doc = parseReport('---\nlang: vi\n---\n# Báo cáo\n\nChữ <span style="color:red">đỏ</span>.\n\n<table><tr><td>1</td></tr></table>\n');
      for (const format of ['html', 'docx'] as const) {
        const outcome = await exportReport({ doc, findings: lint(doc), format, outPath: path.join(dir, `out.${format}`), readFile: noFiles });
        const note = outcome.notes.find((n) => n.en.startsWith('Raw HTML'));
        assert.ok(note, `${format}: ${JSON.stringify(outcome.notes)}`);
        assert.match(note.en, /^Raw HTML is shown as written from line 6: <span>, <table>, <tr>, <td> are not rendered \(only <br>, .*\)\. Nothing in it is run or fetched\.$/);
        assert.match(note.vi, /^HTML được giữ nguyên dạng chữ từ dòng 6: không hiển thị <span>, <table>, <tr>, <td> \(chỉ hiển thị <br>, .*\)\. Không chạy hay tải gì từ HTML\.$/);
      }
      // A formatting tag left open is named as such, not as a tag that is never rendered.
      const open = parseReport('---\nlang: en\n---\n# Report\n\nOpen <u>never closed.\n');
      const said = (await exportReport({ doc: open, findings: lint(open), format: 'html', outPath: path.join(dir, 'open.html'), readFile: noFiles })).notes.find((n) => n.en.startsWith('Raw HTML'));
      assert.equal(said?.en, 'Raw HTML is shown as written from line 6: <u> is not closed in its paragraph. Nothing in it is run or fetched.');
      assert.equal(said?.vi, 'HTML được giữ nguyên dạng chữ từ dòng 6: <u> không được đóng trong cùng đoạn. Không chạy hay tải gì từ HTML.');
      // Rendered formatting needs no note.
      const clean = parseReport(VI);
      const outcome = await exportReport({ doc: clean, findings: lint(clean), format: 'html', outPath: path.join(dir, 'clean.html'), readFile: noFiles });
      assert.ok(!outcome.notes.some((n) => n.en.startsWith('Raw HTML')), JSON.stringify(outcome.notes));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('draws the national header typed in raw HTML as the official header it is, in HTML and in Word, never as code', async () => {
    const doc = parseReport(VI.replace(/<p align="center">.*<\/p>/, '<p align="center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b><u>Độc lập - Tự do - Hạnh phúc</u></b></p>'));
    const { html } = await exportHtml(doc, { readFile: noFiles });
    assert.match(html, /<p class="rw-o-national[^"]*">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<\/p><p class="rw-o-national[^"]*"><span class="rw-o-ruled">Độc lập - Tự do - Hạnh phúc<\/span>/);
    assert.doesNotMatch(html, /&lt;|rw-raw-html/);
    const xml = await wordXml(doc);
    assert.match(wordParagraph(xml, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'), /<w:jc w:val="center"\/>/);
    assert.doesNotMatch(xml, /&lt;p align|&lt;b&gt;/);
  });
});
