import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { parseReport } from '../../../src/core';
import { exportDocx, exportHtml, PROFILES } from '../../../src/core/export';
import { EXPORT_FIXTURES, noFiles } from './support';

/** The official fixture with `title`, `author` and `toc: true` added to its front matter. */
function officialWithFrontPage() {
  const text = fs.readFileSync(path.join(EXPORT_FIXTURES, 'official/bao-cao-nd30.md'), 'utf8');
  return parseReport(text.replace(/^---\n/, '---\ntitle: Báo cáo công tác năm 2025\nauthor: Sở Nội vụ\ntoc: true\n'));
}

/**
 * An official document's frame (NĐ 30/2020) already prints its type, subject, place and date:
 * the front page adds no title block over it, and the table of contents follows the frame's header.
 */
describe('front page of an official document', () => {
  it('HTML: no title block, and the contents after the header, before the body', async () => {
    const { html } = await exportHtml(officialWithFrontPage(), { readFile: noFiles, profile: PROFILES.nd30 });
    const body = html.slice(html.indexOf('<main'));
    assert.doesNotMatch(body, /class="rw-title-block"/);
    const header = body.indexOf('<header class="rw-official');
    const toc = body.indexOf('class="rw-toc"');
    const firstSection = body.indexOf('KẾT QUẢ ĐẠT ĐƯỢC</h2>');
    assert.ok(header >= 0 && toc > header && firstSection > toc, `header ${header}, contents ${toc}, body ${firstSection}`);
  });

  it('Word: no Title, Author or Date paragraph, and a table of contents field', async () => {
    const { data } = await exportDocx(officialWithFrontPage(), { readFile: noFiles, profile: PROFILES.nd30 });
    const document = strFromU8(unzipSync(data)['word/document.xml']);
    assert.doesNotMatch(document, /<w:pStyle w:val="(?:Title|Author|Date)"\/>/);
    assert.match(document, /TOC \\h \\o &quot;1-3&quot;/);
    assert.ok(document.indexOf('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM') < document.indexOf('TOC \\h'), 'the header comes first');
  });
});
