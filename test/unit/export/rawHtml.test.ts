import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { lint, parseReport, renderBlocks, renderHtml, type ReportDocument } from '../../../src/core';
import { exportDocx, exportHtml, exportReport, PROFILES } from '../../../src/core/export';
import { htmlPage } from '../../../src/core/export/html';
import { inlineTokens } from '../../../src/core/render/report';
import { refusedHtmlNote } from '../../../src/core/render/htmlNotes';
import { readHtmlBlock, withoutComments } from '../../../src/core/render/safeHtml';
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

/** The English note on raw HTML an export gives for a report. */
function refusedNote(doc: ReportDocument): string | undefined {
  return refusedHtmlNote(inlineTokens(doc))?.en;
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
  it('reads a long tag and a block of unclosed comments in time that grows with their length, not its square', () => {
    const timed = (source: string) => {
      const start = performance.now();
      const html = renderHtml(parseReport(source), { lang: 'vi' });
      return { html, ms: performance.now() - start };
    };
    // A tag 200 KB long that is no tag (a `>` in its attribute): shown as the text it is.
    const tag = timed(`# Báo cáo\n\nChữ x <b${' '.repeat(200_000)}a=">">y cuối\n`);
    assert.ok(tag.ms < 1500, `a 200 KB tag took ${tag.ms.toFixed(0)} ms`);
    assert.match(tag.html, /Chữ x &lt;b {10}/);
    assert.match(tag.html, /a=&quot;&gt;&quot;&gt;y cuối/);
    // 47,000 comments opened and never closed in one centred paragraph (188 KB): shown as written.
    const comments = timed(`# Report\n\n<p align=center>Hà Nội, keep me ${'<!--'.repeat(47_000)}\n`);
    assert.ok(comments.ms < 1500, `188 KB of unclosed comments took ${comments.ms.toFixed(0)} ms`);
    assert.match(comments.html, /<pre class="rw-raw-html"[^>]*>&lt;p align=center&gt;Hà Nội, keep me &lt;!--/);
    // Comments are still the writer's notes, closed by `-->`, `--!>`, or at once by `<!-->` and `<!--->`.
    assert.equal(withoutComments('a<!-- ghi chú -->b<!-->c<!--->d<!-- x --!>e<!-- open'), 'abcde<!-- open');
    const start = performance.now();
    assert.equal(withoutComments(`x${'<!--'.repeat(100_000)}-->y`), 'xy');
    assert.equal(withoutComments(`x${'<!--->'.repeat(50_000)}y`), 'xy');
    assert.ok(performance.now() - start < 1000);
  });

  it('never loses a word the writer typed: what the formatting would hide is shown as written, with the note', async () => {
    const cases = [
      '<![CDATA[ giữ lại keep me ]]>',
      '<?php echo "giữ lại keep me"; ?>',
      '<!DOCTYPE giữ lại keep me>',
      '<p>Em </3 anh, I </3 you, keep me</p>',
      '<p>một, one <!-- unfinished note, ghi chú dở</p>',
      '<p>a <! bogus giữ X> b</p>',
    ];
    for (const block of cases) {
      const doc = parseReport(`---\nlang: vi\n---\n# Báo cáo\n\n${block}\n\nĐoạn sau.\n`);
      const html = renderHtml(doc, { lang: 'vi' });
      const pre = /<pre class="rw-raw-html"[^>]*>([\s\S]*?)<\/pre>/.exec(html)?.[1];
      assert.ok(pre, `${block} is shown as written: ${html}`);
      assert.equal(pre.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&').trim(), block);
      const outcome = await exportHtml(doc, { readFile: noFiles });
      for (const word of block.match(/giữ|keep|anh|you|ghi chú|bogus/g) ?? []) assert.ok(outcome.html.includes(word), `${word} in the HTML export of ${block}`);
      const xml = await wordXml(doc);
      for (const word of block.match(/giữ|keep|anh|you|ghi chú|bogus/g) ?? []) assert.ok(xml.includes(word), `${word} in Word for ${block}`);
      const note = refusedNote(doc);
      assert.match(note ?? '', /^Raw HTML is shown as written from line 6/, block);
    }
    // A comment a browser ends at `--!>`: the words after it are shown, not taken for the comment.
    const ended = renderHtml(parseReport('# R\n\n<p>a <!-- x --!> X b --> c, Việt Nam</p>\n'), { lang: 'en' });
    assert.match(ended, /<p class="rw-html">a X b --&gt; c, Việt Nam<\/p>/);
  });

  it('keeps every word of any mix of tags and text (property)', () => {
    const pieces = ['<b>', '</b>', '<i>', '</i>', '<u>', '</u>', '<p align="center">', '</p>', '<div align=center>', '</div>', '<center>', '</center>', '<br>', '<br/>', '<!--', '<![CDATA[', ']]>', '<?', '?>', '<!', '</', '<', '>', '"', '&amp;', '&lt;', '<span>', '<script>', '</script>', '<textarea>', '<style>', '<x-y>', '</3', '<sup>', '</sup>', '&#86;', '\n', '\n\n', ' ', ' ', 'Việt', 'Hà', 'keep', 'Lan'];
    // A comment closed (`-->`) is the writer's note, left out on purpose: such mixes are skipped.
    const words = ['Việt', 'Hà', 'keep', 'Lan'];
    const count = (text: string, word: string) => text.split(word).length - 1;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 24 }), (parts) => {
        const source = parts.join('');
        if (source.includes('-->')) return;
        const html = renderHtml(parseReport(`# R\n\n${source}\n`), { lang: 'en' });
        const text = html.replace(/<[^>]*>/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
        for (const word of words) assert.ok(count(text, word) >= count(source, word), `${word} lost from ${JSON.stringify(source)}: ${html}`);
      }),
      { numRuns: 500 },
    );
  });

  it('closes the centring at "</div> and some text", and shows the text after it unaligned (HTML and Word)', async () => {
    const source = '---\nlang: vi\n---\n# Báo cáo\n\n<div align="center">\n\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n\n</div> Hết phần đầu, end of header\n\nNội dung chính, body text.\n';
    const html = renderHtml(parseReport(source), { lang: 'vi' });
    assert.match(html, /<p class="rw-align-center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<\/strong><\/p>/);
    assert.match(html, /<p class="rw-html">Hết phần đầu, end of header<\/p>/);
    assert.match(html, /<p>Nội dung chính, body text\.<\/p>/);
    const xml = await wordXml(parseReport(source));
    assert.match(wordParagraph(xml, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'), /<w:jc w:val="center"\/>/);
    assert.doesNotMatch(wordParagraph(xml, 'Hết phần đầu'), /<w:jc w:val="center"\/>/);
    assert.doesNotMatch(wordParagraph(xml, 'Nội dung chính'), /<w:jc w:val="center"\/>/);
    // `</div><div align="right">` on one line: the centring ends, the right alignment begins.
    const swapped = renderHtml(parseReport(source.replace('</div> Hết phần đầu, end of header', '</div><div align="right">\n\nHà Nội, ngày 02 tháng 12 năm 2026\n\n</div>')), { lang: 'vi' });
    assert.match(swapped, /<p class="rw-align-right">Hà Nội, ngày 02 tháng 12 năm 2026<\/p>/);
    assert.match(swapped, /<p>Nội dung chính, body text\.<\/p>/);
  });

  it('shows <b> alone on a line and </b> alone on another as the text they are, with the note, in HTML and Word', async () => {
    const doc = parseReport('---\nlang: en\n---\n# Report\n\n<b>\n\nĐậm, bold paragraph.\n\n</b>\n');
    const html = renderHtml(doc, { lang: 'en' });
    assert.match(html, /<pre class="rw-raw-html"[^>]*>&lt;b&gt;\n<\/pre>/);
    assert.match(html, /<pre class="rw-raw-html"[^>]*>&lt;\/b&gt;\n<\/pre>/);
    assert.match(html, /<p>Đậm, bold paragraph\.<\/p>/);
    assert.equal(refusedNote(doc), 'Raw HTML is shown as written from line 6: <b> is not closed in its paragraph. Nothing in it is run or fetched.');
    assert.match(await wordXml(doc), /&lt;b&gt;.*Đậm, bold paragraph\..*&lt;\/b&gt;/);
  });

  it('keeps no old version of a long report alive through the HTML blocks it has read', () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const filler = 'Đoạn văn bản dài của báo cáo, a long report paragraph. '.repeat(20_000); // ~1 MB, 2 MB in memory
    const render = (k: number) => renderHtml(parseReport(`# Báo cáo\n\n<p align="center"><b>Bản ${k}</b></p>\n\n${filler}${k}\n`), { lang: 'vi' });
    render(-1);
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let k = 0; k < 20; k++) render(k);
    gc();
    const grown = (process.memoryUsage().heapUsed - before) / 1e6;
    assert.ok(grown < 16, `20 versions of a 1 MB report kept ${grown.toFixed(0)} MB`);
  });
});
