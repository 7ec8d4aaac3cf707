import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { exportPdf, PROFILES } from '../../../src/core/export';
import { fixtureReport, noFiles } from './support';

/** The PDF's text laid out as on the page (poppler's pdftotext -layout; .ci/run installs poppler-utils). */
function layoutText(file: string): string[] {
  try {
    return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).normalize('NFC').split('\n');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') assert.fail('pdftotext is missing: install poppler-utils');
    throw error;
  }
}

// Printed by the machine's Chromium (CI installs Debian's), as the PDF export tests do.
describe('PDF export of an official document', function () {
  this.timeout(120_000);
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rw-official-pdf-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const cases = [
    { name: 'a state report (nd30)', file: 'official/bao-cao-nd30.md', profile: 'nd30', issuer: 'ỦY BAN NHÂN DÂN', national: 'CỘNG HÒA XÃ HỘI', authority: 'KT. GIÁM ĐỐC', signer: 'Trần Thị Bình' },
    { name: 'a Party notice (hd36)', file: 'official/thong-bao-hd36.md', profile: 'hd36', issuer: 'ĐẢNG BỘ TỈNH BẮC NINH', national: 'ĐẢNG CỘNG SẢN VIỆT NAM', authority: 'T/M BAN THƯỜNG VỤ', signer: 'Lê Văn Cường' },
  ] as const;
  for (const c of cases) {
    it(`prints ${c.name}: issuer and national header on the first line, "Nơi nhận" beside the signer near the end`, async () => {
      const { data } = await exportPdf(fixtureReport(c.file), { readFile: noFiles, profile: PROFILES[c.profile] });
      const file = path.join(dir, `${c.profile}.pdf`);
      fs.writeFileSync(file, data);
      const lines = layoutText(file);
      const text = lines.filter((l) => l.trim());
      assert.ok(text[0].includes(c.issuer) && text[0].includes(c.national), `first line: ${JSON.stringify(text[0])}`);
      assert.ok(text[0].indexOf(c.issuer) < text[0].indexOf(c.national), 'the issuer on the left, the national header on the right');
      const closing = text.findIndex((l) => l.includes('Nơi nhận:'));
      assert.ok(closing > 0, 'the PDF has "Nơi nhận:"');
      assert.ok(text[closing].includes(c.authority), `"Nơi nhận" and the signer share a line: ${JSON.stringify(text[closing])}`);
      assert.ok(text[closing].indexOf('Nơi nhận:') < text[closing].indexOf(c.authority), '"Nơi nhận" on the left, the signer on the right');
      assert.ok(closing >= text.length - 10, 'near the end');
      assert.ok(text.at(-1)!.includes(c.signer), 'the name closes the document');
      assert.ok(text.some((l) => /ngày \d{2} tháng \d{2} năm 2026/.test(l)), 'the place and date line');
    });
  }
});
