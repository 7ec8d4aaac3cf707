/**
 * Prints the two official examples (a state report, NĐ 30; a Party notice, HD 36) to PDF with
 * the machine's Chromium and saves a picture of each first page in docs/images/ for the README:
 *   npx tsx scripts/official-pictures.ts
 * Needs chromium and poppler-utils (pdftoppm).
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseReport } from '../src/core';
import { exportPdf, PROFILES } from '../src/core/export';

const root = path.join(__dirname, '..');
const out = path.join(root, 'docs', 'images');
const pictures = [
  { source: 'examples/bao-cao-nd30.md', profile: 'nd30', picture: 'official-nd30-page1' },
  { source: 'examples/thong-bao-hd36.md', profile: 'hd36', picture: 'official-hd36-page1' },
] as const;

async function main(): Promise<void> {
  fs.mkdirSync(out, { recursive: true });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rw-pictures-'));
  try {
    for (const { source, profile, picture } of pictures) {
      const doc = parseReport(fs.readFileSync(path.join(root, source), 'utf8'));
      const { data } = await exportPdf(doc, { readFile: async () => new Uint8Array(), profile: PROFILES[profile] });
      const pdf = path.join(dir, `${picture}.pdf`);
      fs.writeFileSync(pdf, data);
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, path.join(out, picture)]);
      console.log(`docs/images/${picture}.png`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void main();
