import * as assert from 'node:assert/strict';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { parseReport } from '../../../src/core';
import { exportDocx, findBrowser } from '../../../src/core/export';
import { MAX_WORD_LINKS } from '../../../src/core/export/docx';

const SVG = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>');
const noFiles = () => Promise.reject(new Error('no file'));
const xml = (data: Uint8Array, part: string) => strFromU8(unzipSync(data)[part]);

/** A Word document is well-formed and says what it could not carry, whatever the report holds. */
describe('hostile input: Word export', function () {
  this.timeout(60_000);

  it('strips U+FFFE, U+FFFF, other noncharacters and lone surrogates from the text and the title', async () => {
    const { data } = await exportDocx(parseReport('---\ntitle: "T\\uFFFEx\\uFFFF"\n---\n\n# A\uFFFF b \uFDD0 c \uD800\n\ntext \uFFFE\u0008 z\n'), { readFile: noFiles });
    for (const part of ['word/document.xml', 'docProps/core.xml']) {
      assert.doesNotMatch(xml(data, part), /[\uFFFE\uFFFF\uFDD0\u0008]|[\uD800-\uDFFF]/u, part);
    }
    assert.match(xml(data, 'docProps/core.xml'), /<dc:title>Tx<\/dc:title>/);
    assert.match(xml(data, 'word/document.xml'), /text  z/);
  });

  it('without a browser to draw its PNG stand-in, says that an SVG image is not in the Word document', async () => {
    const { notes } = await exportDocx(parseReport('# R\n\n![chart](chart.svg)\n'), { readFile: async () => SVG, browserPath: path.join(__dirname, 'no-such-browser') });
    assert.equal(notes.length, 1);
    assert.match(notes[0].en, /SVG image chart\.svg is not in the Word file/);
    assert.match(notes[0].vi, /Ảnh SVG chart\.svg/);
  });

  it('draws an SVG that names web resources without requesting any of them', async function () {
    try {
      findBrowser(undefined);
    } catch {
      this.skip(); // No Chromium, Chrome or Edge here: the stand-in cannot be drawn (the case above).
    }
    const requests: string[] = [];
    // A server that never answers: a fetch would hold the export until its timeout.
    const server = http.createServer((req) => requests.push(req.url ?? ''));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="40" height="20"><style>@import url(${base}/a.css);</style><rect width="40" height="20" fill="url(${base}/p.svg#g)"/><image href="${base}/i.png" xlink:href="${base}/j.png" width="40" height="20"/></svg>`;
      const { data } = await exportDocx(parseReport('# R\n\n![chart](chart.svg)\n'), { readFile: async () => new TextEncoder().encode(svg) });
      assert.deepEqual(requests, []);
      assert.ok(Object.keys(unzipSync(data)).some((name) => /^word\/media\/.*\.png$/.test(name)), 'the PNG stand-in is in the document');
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it('writes a table wider than 63 columns as text, with a note, in bounded time', async () => {
    const cols = 2000;
    const row = (p: string) => '| ' + Array.from({ length: cols }, (_, i) => `${p}${i}`).join(' | ') + ' |\n';
    const started = Date.now();
    const { data, notes } = await exportDocx(parseReport('# T\n\n' + row('h') + '|' + '---|'.repeat(cols) + '\n' + row('c')), { readFile: noFiles });
    assert.ok(Date.now() - started < 20_000);
    const document = xml(data, 'word/document.xml');
    assert.doesNotMatch(document, /<w:tbl>/);
    assert.match(document, /h0 \| h1 \| h2/);
    assert.match(notes[0].en, /2000 columns, more than the 63 Word allows/);
  });

  it('keeps a 63-column table a table', async () => {
    const row = '| ' + Array.from({ length: 63 }, (_, i) => `c${i}`).join(' | ') + ' |\n';
    const { data, notes } = await exportDocx(parseReport('# T\n\n' + row + '|' + '---|'.repeat(63) + '\n' + row), { readFile: noFiles });
    assert.match(xml(data, 'word/document.xml'), /<w:tbl>/);
    assert.deepEqual(notes, []);
  });

  it(`makes at most ${MAX_WORD_LINKS} hyperlinks, writing the others out with their address`, async () => {
    const links = Array.from({ length: MAX_WORD_LINKS + 3 }, (_, i) => `[l${i}](https://e.vn/${i})`).join(' ');
    const { data, notes } = await exportDocx(parseReport('# T\n\n' + links + '\n'), { readFile: noFiles });
    const rels = xml(data, 'word/_rels/document.xml.rels');
    assert.equal((rels.match(/TargetMode="External"/g) ?? []).length, MAX_WORD_LINKS);
    const words = xml(data, 'word/document.xml').replace(/<[^>]+>/g, '');
    assert.ok(words.includes(`l${MAX_WORD_LINKS + 2} (https://e.vn/${MAX_WORD_LINKS + 2})`));
    assert.ok(!words.includes(`l${MAX_WORD_LINKS - 1} (`));
    assert.match(notes[0].en, /the last 3 are written as text/);
  });
});
