/**
 * npx tsx bench/official.ts: what official documents cost. The official parts found in
 * generated reports of 100 KB to 5 MB (the finder reads the first 40 and last 60 lines and the
 * code fences), the six RW6xx rules on them as official reports, and the Word and HTML export
 * of the state report example with its frame against a plain report of the same size.
 * Medians of 9 runs, after a warm-up; absolute times vary with the machine.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { lint, parseReport, RULES } from '../src/core';
import { exportDocx, exportHtml, PROFILES } from '../src/core/export';
import { findOfficialParts } from '../src/core/model/official';
import { generateReport } from './generate';

async function median(task: () => unknown): Promise<number> {
  await task();
  const times: number[] = [];
  for (let i = 0; i < 9; i++) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[4];
}

const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 0)} ms`;
const onlyOfficial = { rules: Object.fromEntries(RULES.map((r) => [r.id, r.id.startsWith('RW6') ? r.defaultSeverity : 'off'] as const)) };

async function main(): Promise<void> {
  for (const size of [100 * 1024, 1024 * 1024, 5 * 1024 * 1024]) {
    const text = generateReport(size, 'vi');
    const doc = parseReport(text, { forceKind: 'official-report' });
    const parts = await median(() => findOfficialParts(doc.lines, 0, doc.lastLine, doc.frontMatter));
    const rules = await median(() => lint(parseReport(text, { forceKind: 'official-report' }), onlyOfficial));
    const parse = await median(() => parseReport(text, { forceKind: 'official-report' }));
    console.log(`${Math.round(size / 1024)} KB: findOfficialParts ${ms(parts)}; parse + RW601–RW606 ${ms(rules)} (parse alone ${ms(parse)})`);
  }
  const root = path.join(__dirname, '..');
  const official = fs.readFileSync(path.join(root, 'examples', 'bao-cao-nd30.md'), 'utf8');
  const plain = official.replace(/^---[\s\S]*?^---\n/m, '---\nkind: review\nlang: vi\n---\n');
  const none = async () => new Uint8Array();
  for (const [name, text] of [['state report with its frame', official], ['the same body as a plain report', plain]] as const) {
    const docx = await median(() => exportDocx(parseReport(text), { readFile: none, profile: PROFILES.nd30 }));
    const html = await median(() => exportHtml(parseReport(text), { readFile: none, profile: PROFILES.nd30 }));
    console.log(`${name}: Word ${ms(docx)}, HTML ${ms(html)}`);
  }
}

void main();
