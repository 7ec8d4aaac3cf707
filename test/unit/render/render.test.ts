import * as assert from 'node:assert/strict';
import { lint, parseReport, renderBlocks, renderHtml } from '../../../src/core';

const REPORT = [
  '---',
  'kind: review',
  'lang: vi',
  '---',
  '# Báo cáo tổng kết năm 2023',
  '',
  '## I. Kết quả đạt được',
  '',
  'Nổi bật là: (1) Một; (2) Hai; (4) Ba.',
  '',
  '- mục **đậm**',
  '- mục [liên kết][ref]',
  '',
  '## II. Phương hướng',
  '',
  'Tiếp tục.',
  '',
  '[ref]: https://example.com/a',
].join('\n');

describe('renderer', () => {
  it('renders the report from the model, with link references and heading anchors', () => {
    const html = renderHtml(parseReport(REPORT), { lang: 'vi' });
    assert.match(html, /<h1 id="báo-cáo-tổng-kết-năm-2023">Báo cáo tổng kết năm 2023<\/h1>/);
    assert.match(html, /<strong>đậm<\/strong>/);
    assert.match(html, /<a href="https:\/\/example.com\/a">liên kết<\/a>/);
    assert.doesNotMatch(html, /kind: review/, 'front matter is not body text');
    assert.doesNotMatch(html, /data-line|rw-badge/, 'the export gets neither source lines nor badges');
  });

  it('leaves inline HTML tags out of a heading\'s anchor, as GitHub does, though they show as text', () => {
    const html = renderHtml(parseReport('# Báo cáo\n\n## III. Kết luận <span class="draft">(nháp)</span>\n\nXong.\n\n## Kết quả <b>chính</b>\n\nTốt.\n'), { lang: 'vi' });
    assert.match(html, /<h2 id="iii-kết-luận-nháp">III\. Kết luận &lt;span class=&quot;draft&quot;&gt;\(nháp\)&lt;\/span&gt;<\/h2>/);
    assert.match(html, /<h2 id="kết-quả-chính">/);
  });

  it('maps blocks to source lines, relative to the block that holds them', () => {
    const blocks = renderBlocks(parseReport(REPORT), { lang: 'vi', sourceMap: true });
    assert.deepEqual(blocks.map((b) => b.line), [4, 6, 8, 10, 13, 15]);
    const list = blocks.find((b) => b.line === 10)!;
    assert.match(list.html, /<ul data-line="0">\n<li data-line="0">mục <strong>đậm<\/strong><\/li>\n<li data-line="1">/);
    // Rendering for the preview leaves the model's tokens as they were.
    assert.doesNotMatch(renderHtml(parseReport(REPORT), { lang: 'vi' }), /data-line/);
  });

  it('keeps the key of a block that only moved, and changes the key of a block that changed', () => {
    const before = renderBlocks(parseReport(REPORT), { lang: 'vi', sourceMap: true });
    const after = renderBlocks(parseReport(REPORT.replace('## I. Kết quả', 'Dòng mới.\n\n## I. Kết quả').replace('Tiếp tục.', 'Tiếp tục thực hiện.')), { lang: 'vi', sourceMap: true });
    const keys = new Set(before.map((b) => b.key));
    assert.deepEqual(after.map((b) => keys.has(b.key)), [true, false, true, true, true, true, false]);
  });

  it('annotates sections with their role and problem count, and shows missing sections as placeholders', () => {
    const doc = parseReport(REPORT);
    const findings = lint(doc);
    const html = renderHtml(doc, { lang: 'vi', annotate: true, findings });
    assert.match(html, /<h2 id="i-kết-quả-đạt-được">I. Kết quả đạt được <span class="rw-badge" data-role="results">Kết quả<\/span> <span class="rw-problems" title="1 vấn đề trong phần này">1<\/span><\/h2>/);
    assert.match(html, /<span class="rw-badge" data-role="priorities">Phương hướng, nhiệm vụ<\/span>/);
    assert.match(html, /<div class="rw-missing" data-role="conclusion">Kết luận — chưa có<\/div>\n$/);
    assert.match(renderHtml(doc, { lang: 'en', annotate: true }), /Conclusion — missing/);
  });

  it('lets no script, event handler or dangerous link through', () => {
    const hostile = [
      '---',
      'kind: status',
      '---',
      '<script>alert(1)</script>',
      '',
      '<img src=x onerror="alert(2)">',
      '',
      'Text <b onclick="alert(3)">bold</b> and <script>alert(4)</script> inline.',
      '',
      '[click](javascript:alert(5)) [data](data:text/html;base64,PHNjcmlwdD4=) [vb](vbscript:msgbox)',
      '',
      '![x](javascript:alert(6)) <a href="javascript:alert(7)">a</a>',
      '',
      '<iframe src="https://evil.example"></iframe>',
      '',
      '<svg onload="alert(8)"></svg> <style>body{display:none}</style>',
      '',
      '<!-- a note the writer keeps -->',
      '',
      '## Progress',
    ].join('\n');
    const html = renderHtml(parseReport(hostile), { lang: 'en', annotate: true });
    assert.doesNotMatch(html, /<script|<img src=x|<b onclick|<iframe|<svg|<style|href="javascript|href="vbscript|href="data:text|src="javascript/i);
    assert.doesNotMatch(html, /\son\w+="/i, 'no event handler attribute');
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/, 'raw HTML is shown as text');
    assert.doesNotMatch(html, /a note the writer keeps/);
  });

  it('resolves image sources, or drops the image when told to', () => {
    const doc = parseReport('![Ảnh hội nghị](images/hop.png "Hội nghị")\n\n![remote](https://example.com/x.png)\n');
    const html = renderHtml(doc, { lang: 'vi', resolveImage: (src) => (src.startsWith('https:') ? undefined : `webview://${src}`) });
    assert.match(html, /<img src="webview:\/\/images\/hop.png" alt="Ảnh hội nghị" title="Hội nghị" loading="lazy">/);
    assert.doesNotMatch(html, /example.com\/x.png/);
  });
});
