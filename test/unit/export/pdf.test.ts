import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseReport } from '../../../src/core';
import { exportPdf, ExportError, PROFILES } from '../../../src/core/export';
import { fixtureReport, readFixtureFile } from './support';

/** Runs a poppler tool (Debian's poppler-utils, which .ci/run installs). */
function poppler(tool: string, ...args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') assert.fail(`${tool} is missing: install poppler-utils (sudo apt-get install poppler-utils)`);
    throw error;
  }
}

/** The titles of the PDF's outline entries (bookmarks), which Chromium writes as UTF-16 hex strings. */
function outlineTitles(pdf: Uint8Array): string[] {
  const text = Buffer.from(pdf).toString('latin1');
  return [...text.matchAll(/\/Title\s*<FEFF([0-9A-F]*)>/gi)].map((m) => Buffer.from(m[1], 'hex').swap16().toString('utf16le'));
}

// A real PDF, printed by the machine's Chromium (CI installs Debian's), read back with poppler's pdftotext.
describe('PDF export', function () {
  this.timeout(120_000);
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rw-pdf-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints the report on A4 with its headings, its Vietnamese text and an outline', async () => {
    const { data, browser } = await exportPdf(fixtureReport('bao-cao-tong-ket.md'), { readFile: readFixtureFile, profile: PROFILES.nd30 });
    assert.ok(fs.existsSync(browser));
    const file = path.join(dir, 'bao-cao.pdf');
    fs.writeFileSync(file, data);
    assert.equal(Buffer.from(data.subarray(0, 5)).toString(), '%PDF-');
    const text = poppler('pdftotext', '-enc', 'UTF-8', file, '-').normalize('NFC');
    for (const heading of ['Báo cáo tổng kết công tác năm 2023', 'I. Kết quả đạt được', 'III. Phương hướng, nhiệm vụ năm 2024', 'IV. Kết luận']) {
      assert.ok(text.includes(heading), `the PDF has "${heading}"`);
    }
    assert.match(text, /Phối hợp giữa các phòng có lúc chưa chặt chẽ\./);
    assert.match(text, /Văn bản thẩm định/);
    assert.match(text, /Kỳ báo cáo: Quý I\/2024/);
    assert.doesNotMatch(text, /^1\s*$/m, 'nd30: no number on the first page');
    const info = poppler('pdfinfo', file);
    assert.match(info, /Page size:\s+595\.\d+ x 842\.\d+ pts \(A4\)/);
    assert.match(info, /Title:\s+Báo cáo tổng kết công tác năm 2023/);
    assert.match(info, /Tagged:\s+yes/);
    assert.deepEqual(outlineTitles(data).slice(0, 5), ['Báo cáo tổng kết công tác năm 2023', 'I. Kết quả đạt được', 'II. Tồn tại, hạn chế', 'III. Phương hướng, nhiệm vụ năm 2024', 'IV. Kết luận']);
  });

  it('numbers pages where the profile says: nd30 centred at the top from page 2 on, default in the footer of every page', async () => {
    const paragraphs = Array.from({ length: 90 }, (_, i) => `Đoạn ${i + 1}: các cơ quan đã chủ động đề xuất chủ trương, biện pháp giải quyết các vấn đề phát sinh.`).join('\n\n');
    const report = parseReport(`---\nkind: review\nlang: vi\n---\n# Báo cáo\n\n## Kết quả\n\n${paragraphs}\n`);
    const pages = async (profile: 'nd30' | 'default') => {
      const file = path.join(dir, `pages-${profile}.pdf`);
      fs.writeFileSync(file, (await exportPdf(report, { readFile: readFixtureFile, profile: PROFILES[profile] })).data);
      const count = Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', file))![1]);
      return Array.from({ length: count }, (_, i) => poppler('pdftotext', '-f', String(i + 1), '-l', String(i + 1), '-enc', 'UTF-8', file, '-').split('\n').map((line) => line.trim()).filter(Boolean));
    };
    const nd30 = await pages('nd30');
    assert.ok(nd30.length >= 3, `a report of ${nd30.length} pages`);
    assert.equal(nd30[0][0], 'Báo cáo', 'page 1 starts with its title, no number above it');
    assert.ok(!nd30[0].includes('1'), 'page 1 carries no number');
    nd30.slice(1).forEach((lines, i) => assert.equal(lines[0], String(i + 2), `page ${i + 2} starts with its number`));
    const plain = await pages('default');
    plain.forEach((lines, i) => assert.equal(lines[lines.length - 1], String(i + 1), `page ${i + 1} ends with its number`));
  });

  it('prints what raw HTML formats: a centred block centred on the page, no tag written out, in English and Vietnamese', async () => {
    const report = (lang: string, centred: string, body: string) =>
      parseReport(`---\nkind: review\nlang: ${lang}\n---\n# Report\n\n${body}\n\n<div align="center">\n\n**${centred}**\n\n</div>\n\n<p align="center"><b>${centred} 2</b><br><u>x<sup>2</sup></u></p>\n`);
    for (const [lang, centred, body] of [
      ['en', 'Approved by the board', 'Ship the new ledger.'],
      ['vi', 'Đã được hội đồng thông qua', 'Tiếp tục chuyển đổi số.'],
    ]) {
      const file = path.join(dir, `raw-html-${lang}.pdf`);
      fs.writeFileSync(file, (await exportPdf(report(lang, centred, body), { readFile: readFixtureFile, profile: PROFILES.default })).data);
      const text = poppler('pdftotext', '-enc', 'UTF-8', file, '-').normalize('NFC');
      assert.doesNotMatch(text, /<|&lt;|align=/, `${lang}: no tag in the printed text`);
      // Where each line starts: the body at the left margin, the centred lines well inside it.
      const boxes = poppler('pdftotext', '-bbox-layout', '-enc', 'UTF-8', file, '-').normalize('NFC');
      const lineStart = (words: string) => {
        const line = [...boxes.matchAll(/<line xMin="([\d.]+)"[^>]*>([\s\S]*?)<\/line>/g)].find((m) => [...m[2].matchAll(/>([^<]+)<\/word>/g)].map((w) => w[1]).join(' ') === words);
        assert.ok(line, `${lang}: a printed line "${words}"`);
        return Number(line[1]);
      };
      const left = lineStart(body);
      assert.ok(lineStart(centred) > left + 60, `${lang}: "${centred}" (Markdown inside <div align="center">) is centred`);
      assert.ok(lineStart(`${centred} 2`) > left + 60, `${lang}: "${centred} 2" (<p align="center">) is centred`);
    }
  });

  it('says in words when the browser set for it is not there', async () => {
    await assert.rejects(
      exportPdf(fixtureReport('annual-review-draft.md'), { readFile: readFixtureFile, browserPath: path.join(dir, 'no-such-chrome') }),
      (error: unknown) => error instanceof ExportError && error.code === 'no-browser' && /is not an executable file/.test(error.message) && /reportwright\.export\.browserPath/.test(error.message),
    );
  });
});
