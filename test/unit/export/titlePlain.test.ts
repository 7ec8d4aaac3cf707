import * as assert from 'node:assert/strict';
import { strFromU8, unzipSync } from 'fflate';
import { parseReport } from '../../../src/core';
import { exportDocx, exportHtml, PROFILES } from '../../../src/core/export';
import { cleanTitle, reportMetadata } from '../../../src/core/export/metadata';
import { noFiles } from './support';

// Inputs written for these tests, in the shapes of /work/attack2/titles (an attack on the exports).
const title = (text: string) => reportMetadata(parseReport(text)).title;

describe('export: a title is plain text as a reader sees it, whole characters, one line', () => {
  it('cuts a long lead by whole characters: an emoji is never split', async () => {
    const text = `a${'😀'.repeat(100)}\n`;
    const got = title(text);
    assert.ok(!/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(got), `no lone surrogate in ${JSON.stringify(got)}`);
    assert.equal(got, `a${'😀'.repeat(79)}…`);
    const { html } = await exportHtml(parseReport(text), { readFile: noFiles });
    assert.ok(html.includes(`<title>a${'😀'.repeat(79)}…</title>`));
    assert.ok(!html.includes('\uFFFD'));
    // A Vietnamese letter typed with combining marks (NFD) is one character, never cut from its marks.
    assert.equal(title(`${'ệ'.normalize('NFD').repeat(100)}\n`), `${'ệ'.repeat(80)}…`);
  });

  it('resolves reference links to their text, drops footnote marks, keeps autolinks as their text', () => {
    assert.equal(title('Xem [tài liệu][ref] nhé. Hai.\n\n[ref]: http://x\n'), 'Xem tài liệu nhé');
    assert.equal(title('Hội nghị tổng kết[^1] diễn ra tốt. Hai.\n\n[^1]: chú thích\n'), 'Hội nghị tổng kết diễn ra tốt');
    assert.equal(title('<http://example.com> hosts the report. More.\n'), 'http://example.com hosts the report');
    assert.equal(title('---\nkind: status\n---\n\n# Báo cáo tuần [liên kết][r] số 12[^n]\n\n## Kết quả\n\nXong.\n\n[r]: http://z\n[^n]: ghi chú\n'), 'Báo cáo tuần liên kết số 12');
    assert.equal(title('# Tuần <span>12</span> `v2` **đậm**\n\nXong.\n'), 'Tuần 12 v2 đậm');
  });

  it('never takes a metadata line for the title, and prefers the lead to a heading that only names a part', () => {
    assert.equal(title('**Thời gian:** 8 giờ ngày 18/3/2024\n**Địa điểm:** Phòng họp tầng 2\n\nCuộc họp bàn kế hoạch quý II.\n'), 'Cuộc họp bàn kế hoạch quý II');
    const postMortem = '**Date:** 2024-03-12\n**Severity:** SEV-2\n**Impact:** checkout down 20 minutes\n\nCheckout failed after the deploy. We rolled back.\n\n## Root cause\n\nA missing index.\n';
    assert.equal(title(postMortem), 'Checkout failed after the deploy');
    // A real title heading and front matter title stay first.
    assert.equal(title(`# Checkout outage, 12 March\n\n${postMortem}`), 'Checkout outage, 12 March');
    assert.equal(title(`---\ntitle: Sự cố thanh toán\n---\n${postMortem}`), 'Sự cố thanh toán');
    // A heading that names no part is still taken before the lead.
    assert.equal(title('Some words first.\n\n## Quarterly plan of the support desk\n\nText.\n'), 'Quarterly plan of the support desk');
  });

  it('folds line breaks and drops control characters and bidirectional overrides, in HTML and Word alike', async () => {
    assert.equal(cleanTitle('Line one\nLine two\r\n'), 'Line one Line two');
    assert.equal(cleanTitle('A\u0000B\u0007C\u001b[31m\u0085D\u009b'), 'ABC[31m D');
    assert.equal(cleanTitle('abc \u202Edef\u202C \u2066x\u2069'), 'abc def x');
    const multiline = '---\nkind: status\ntitle: |\n  Line one\n  Line two\n---\n\n## Progress\n\nDone.\n';
    assert.equal(title(multiline), 'Line one Line two');
    const controls = '---\nkind: status\ntitle: "A\\u0000B\\u0007C\\u001b \\u202Eabc"\n---\n\nDone.\n';
    const { html } = await exportHtml(parseReport(controls), { readFile: noFiles });
    assert.match(html, /<title>ABC abc<\/title>/);
    const { data } = await exportDocx(parseReport(multiline), { readFile: noFiles, profile: PROFILES.default });
    assert.match(strFromU8(unzipSync(data)['docProps/core.xml']), /<dc:title>Line one Line two<\/dc:title>/);
    // A title of nothing but control characters gives way to the next one.
    assert.equal(title('---\ntitle: "\\u0007"\n---\n# Real\n'), 'Real');
  });
});
