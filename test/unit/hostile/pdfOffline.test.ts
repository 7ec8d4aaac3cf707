import * as assert from 'node:assert/strict';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseReport } from '../../../src/core';
import { exportHtml, exportPdf } from '../../../src/core/export';
import { wantsSandbox } from '../../../src/core/export/pdf';

/** The printer fetches nothing: a web image in a PDF export is a link, and the page's requests are refused. */
describe('hostile input: PDF export makes no network request', function () {
  this.timeout(120_000);
  let server: http.Server;
  let requests: string[];
  let port: number;
  before(async () => {
    requests = [];
    // An image server that never answers: a fetch would block the export until its timeout.
    server = http.createServer((req) => requests.push(req.url ?? ''));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });

  const report = () => parseReport(`# Report\n\n![chart](http://127.0.0.1:${port}/x.png)\n\n![tracker](//127.0.0.1:${port}/y.png)\n`);

  it('prints a report with web images without requesting them, the image a link under its alt text', async () => {
    const started = Date.now();
    const { data } = await exportPdf(report(), { readFile: () => Promise.reject(new Error('no file')), timeoutMs: 60_000 });
    assert.equal(Buffer.from(data.subarray(0, 5)).toString(), '%PDF-');
    assert.deepEqual(requests, []);
    assert.ok(Date.now() - started < 60_000);
    assert.match(Buffer.from(data).toString('latin1'), new RegExp(`/URI \\(http://127\\.0\\.0\\.1:${port}/x\\.png\\)`));
  });

  it('keeps web images in the HTML export, but never a protocol-relative one', async () => {
    const { html } = await exportHtml(report(), { readFile: () => Promise.reject(new Error('no file')) });
    assert.match(html, new RegExp(`<img src="http://127\\.0\\.0\\.1:${port}/x\\.png"`));
    assert.doesNotMatch(html, /src="\/\/127/);
  });

  it('keeps the browser sandbox on, except for root on Linux', () => {
    assert.equal(wantsSandbox('linux', 1000), true);
    assert.equal(wantsSandbox('darwin', 0), true);
    assert.equal(wantsSandbox('win32', undefined), true);
    assert.equal(wantsSandbox('linux', 0), false);
  });
});
