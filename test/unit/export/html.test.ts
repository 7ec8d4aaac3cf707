import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseReport, renderHtml } from '../../../src/core';
import { exportHtml, PROFILES } from '../../../src/core/export';
import { EXPORT_FIXTURES, fixtureReport, noFiles, readFixtureFile } from './support';

describe('HTML export', () => {
  it('writes one standalone page: lang, title, author and date, the report body, no script', async () => {
    const { html, notes } = await exportHtml(fixtureReport('bao-cao-tong-ket.md'), { readFile: readFixtureFile, generator: 'Reportwright test' });
    assert.deepEqual(notes, []);
    assert.match(html, /^<!DOCTYPE html>\n<html lang="vi">/);
    assert.match(html, /<title>Báo cáo tổng kết công tác năm 2023<\/title>/);
    assert.match(html, /<meta name="author" content="Văn phòng Sở Tư pháp">/);
    assert.match(html, /<meta name="date" content="2024-01-26">/);
    assert.match(html, /<meta name="generator" content="Reportwright test">/);
    assert.match(html, /<h1 id="báo-cáo-tổng-kết-công-tác-năm-2023">Báo cáo tổng kết công tác năm 2023<\/h1>/);
    assert.match(html, /<h2 id="iii-phương-hướng-nhiệm-vụ-năm-2024">III. Phương hướng, nhiệm vụ năm 2024<\/h2>/);
    assert.doesNotMatch(html, /<script|javascript:|\son[a-z]+=/i);
    assert.match(html, /Content-Security-Policy" content="default-src 'none'/, 'the browser is told no script may run');
    assert.doesNotMatch(html, /kind: review|rw-badge|data-line/, 'no front matter, no preview annotations');
  });

  it('keeps lists nested, tables aligned, quotes, code and links as the preview renders them', async () => {
    const { html } = await exportHtml(fixtureReport('bao-cao-tong-ket.md'), { readFile: readFixtureFile });
    assert.match(html, /<ol>\n<li>Công tác xây dựng văn bản:\n<ul>\n<li>thẩm định <em>28 dự thảo<\/em> nghị quyết;<\/li>\n<li>góp ý <code>12<\/code> dự thảo quyết định.<\/li>\n<\/ul>\n<\/li>/);
    assert.match(html, /<th style="text-align:right">Kế hoạch<\/th>/);
    assert.match(html, /<td>Văn bản thẩm định<\/td>\n<td style="text-align:right">25<\/td>/);
    assert.match(html, /<blockquote>\n<p>Kết quả trên vượt chỉ tiêu kế hoạch đề ra.<\/p>\n<\/blockquote>/);
    assert.match(html, /<pre><code class="language-text">Mẫu số 01\/BC-STP\n/);
    assert.match(html, /<a href="https:\/\/stp.example.gov.vn\/tin-tuc">Cổng thông tin<\/a>/);
  });

  it('embeds local images as data URIs and leaves web images where they are', async () => {
    const png = fs.readFileSync(path.join(EXPORT_FIXTURES, 'anh', 'bieu-do.png'));
    const { html } = await exportHtml(fixtureReport('bao-cao-tong-ket.md'), { readFile: readFixtureFile });
    assert.ok(html.includes(`<img src="data:image/png;base64,${png.toString('base64')}" alt="Biểu đồ kết quả theo quý">`), 'the PNG, byte for byte, without lazy loading');
    const web = await exportHtml(parseReport('# Ảnh\n\n![logo](https://example.com/logo.png)\n'), { readFile: noFiles });
    assert.match(web.html, /<img src="https:\/\/example.com\/logo.png" alt="logo">/);
  });

  it('shows the alt text of an image it cannot read, and says so', async () => {
    const { html, notes } = await exportHtml(parseReport('# Báo cáo\n\nXem ![biểu đồ quý](khong-co.png) dưới đây.\n'), { readFile: noFiles });
    assert.match(html, /<p>Xem biểu đồ quý dưới đây.<\/p>/);
    assert.doesNotMatch(html, /<img/);
    assert.equal(notes.length, 1);
    assert.match(notes[0].vi, /Không đọc được ảnh khong-co\.png/);
    assert.match(notes[0].en, /Cannot read the image khong-co\.png/);
  });

  it('refuses to embed a file that is not an image', async () => {
    const { html, notes } = await exportHtml(parseReport('# Report\n\n![secret](notes.txt)\n'), { readFile: async () => new TextEncoder().encode('password=1234') });
    assert.doesNotMatch(html, /cGFzc3dvcmQ|password/);
    assert.match(notes[0].en, /notes\.txt is not a PNG, JPEG, GIF, BMP or SVG image/);
  });

  it('takes its title from the first heading without front matter, in English, composed (NFC)', async () => {
    const decomposed = '# Ke\u0302\u0301t qua\u0309 2023\n\nDone.\n';
    const { html } = await exportHtml(parseReport(decomposed), { readFile: noFiles });
    assert.match(html, /<title>Kết quả 2023<\/title>/);
    assert.equal(html, html.normalize('NFC'));
    const english = await exportHtml(fixtureReport('annual-review-draft.md'), { readFile: noFiles });
    assert.match(english.html, /<html lang="en">/);
  });

  it('lays the page out by profile: nd30 is A4 with margins 20/15/20/30 mm, Times New Roman 13 pt, 1 cm indent', async () => {
    const { html } = await exportHtml(fixtureReport('bao-cao-tong-ket.md'), { readFile: readFixtureFile, profile: PROFILES.nd30 });
    assert.match(html, /@page \{ size: A4; margin: 20mm 15mm 20mm 30mm; \}/);
    assert.match(html, /body \{ font-family: "Times New Roman"[^;]*; font-size: 13pt;/);
    assert.match(html, /h1 \{ font-size: 14pt;/);
    assert.match(html, /p \{ margin: 0 0 6pt; text-indent: 10mm;/);
  });

  it('leaves the image sources of the model as they were, for the preview that renders it next', async () => {
    const doc = fixtureReport('bao-cao-tong-ket.md');
    await exportHtml(doc, { readFile: readFixtureFile });
    const preview = renderHtml(doc, { lang: 'vi', resolveImage: (src) => `vscode-webview://report/${src}` });
    assert.match(preview, /<img src="vscode-webview:\/\/report\/anh\/bieu-do.png"/);
  });
});
