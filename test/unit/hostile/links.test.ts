import * as assert from 'node:assert/strict';
import { strFromU8, unzipSync } from 'fflate';
import { parseReport } from '../../../src/core';
import { exportDocx, exportHtml } from '../../../src/core/export';
import { isAllowedLink, safeDecode } from '../../../src/core/render/linkPolicy';
import { renderHtml } from '../../../src/core/render/report';
import { readFixture } from '../helpers';

const noFiles = () => Promise.reject(new Error('no file'));
const HOSTILE = ['ms-msdt:/id PCWDiagnostic', 'search-ms:query=x', 'smb://host/share', 'command:workbench.action.terminal.new', 'vscode:extension/x', 'file:///etc/passwd', 'java\tscript:alert(1)', '//evil.example/x', '%5C%5Chost%5Cshare'];

/** One allow-list of link schemes for the preview, HTML, PDF and Word. */
describe('hostile input: link schemes and malformed escapes', () => {
  it('allows web, mail, anchors and relative links only', () => {
    for (const href of ['https://example.vn', 'http://a.b', 'mailto:a@b.vn', '#kết-quả', 'other.md', 'ảnh/x.png']) assert.equal(isAllowedLink(href), true, href);
    for (const href of HOSTILE) assert.equal(isAllowedLink(href), false, href);
  });

  it('keeps the text of a refused link in HTML, without its target, and says why in the report language', async () => {
    const text = HOSTILE.map((href, i) => `[link ${i}](${href.replace(/\t/g, '%09')})`).join('\n\n') + '\n\n[ok](https://example.vn)\n';
    const { html } = await exportHtml(parseReport(`---\nlang: vi\n---\n\n${text}`), { readFile: noFiles });
    for (let i = 0; i < HOSTILE.length; i++) assert.match(html, new RegExp(`link ${i}`));
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    assert.deepEqual(hrefs.filter((href) => !isAllowedLink(href) || /script:/i.test(href.replace(/%09/g, ''))), []);
    assert.doesNotMatch(html, /href="[^"]*(?:ms-msdt|search-ms|smb:|command:|vscode:|evil\.example|%5C%5C)/i);
    assert.match(html, /href="https:\/\/example\.vn"/);
    assert.match(html, /title="không giữ liên kết/);
    assert.match(renderHtml(parseReport('[x](ms-msdt:a)\n'), { lang: 'en' }), /title="links of the scheme &quot;ms-msdt:&quot; are not kept/);
  });

  it('keeps no refused link in a Word export', async () => {
    const text = HOSTILE.map((href, i) => `[link ${i}](${href.replace(/\t/g, '%09')})`).join('\n\n') + '\n';
    const { data } = await exportDocx(parseReport(text), { readFile: noFiles });
    const rels = strFromU8(unzipSync(data)['word/_rels/document.xml.rels']);
    assert.doesNotMatch(rels, /ms-msdt|search-ms|smb:|command:|vscode:|file:|evil/i);
  });

  it('keeps only the https and relative links of the hostile fixture, and exports it without failing', async () => {
    const { html, notes } = await exportHtml(parseReport(readFixture('hostile', 'links.md')), { readFile: noFiles });
    assert.deepEqual([...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]), ['https://example.vn', '%FF.md']);
    assert.equal(notes.length, 1);
  });

  it('decodes malformed escapes without throwing', () => {
    assert.equal(safeDecode('%FF.png'), '%FF.png');
    assert.equal(safeDecode('%E1%BA%A3nh%FF'), 'ảnh%FF');
    assert.equal(safeDecode('a%'), 'a%');
    assert.equal(safeDecode('%2e%2e/x'), '../x');
  });

  it('exports a report with an image named %FF.png and a link to %FF.md', async () => {
    const { html, notes } = await exportHtml(parseReport('# R\n\n![x](%FF.png) [y](%FF.md)\n'), { readFile: noFiles });
    assert.match(html, /x/);
    assert.equal(notes.length, 1);
  });
});
