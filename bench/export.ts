/**
 * npm run bench:export (and the second half of npm run bench): how long exporting the 1 MB benchmark report takes, to each format,
 * end to end as the command line does it (parse, render, write through a temporary file), in
 * one process. The PDF is printed by the machine's Chromium, Chrome or Edge, started each time
 * as an export does. Medians; absolute times vary with the machine.
 */
import MarkdownIt from 'markdown-it';
import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { type Lang, parseReport } from '../src/core';
import { type ExportFormat, exportReport, findBrowser, type ProfileId } from '../src/core/export';
import { generateReport } from './generate';
import { compareWithPandoc } from './pandoc';

const BYTES = 1024 * 1024;
const RUNS: Record<ExportFormat, number> = { html: 7, docx: 5, pdf: 3 };
const quick = process.argv.includes('--quick');
/** `--format pdf` (or html, docx): time that format alone. */
const onlyFormat = process.argv[process.argv.indexOf('--format') + 1] as ExportFormat | undefined;
const noImages = async (src: string): Promise<Uint8Array> => {
  throw new Error(`the benchmark report has no image ${src}`);
};

async function median(runs: number, task: () => Promise<void>): Promise<number> {
  await task(); // warm-up: compile, caches, the browser's first start
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rw-bench-export-'));
  const rows = [['lang', 'size', 'format', 'profile', 'median ms', '/ markdown-it render', 'output']];
  const markdownIt = new MarkdownIt();
  const formats: ExportFormat[] = ['html', 'docx'];
  try {
    findBrowser(undefined);
    formats.push('pdf');
  } catch (error) {
    console.error(`PDF not timed: ${(error as Error).message}`);
  }
  if (process.argv.includes('--format')) formats.splice(0, formats.length, ...formats.filter((f) => f === onlyFormat));
  let pandocRows: string[] = [];
  try {
    for (const lang of ['vi', 'en'] as Lang[]) {
      const text = generateReport(BYTES, lang);
      // The yardstick, timed in the same run: markdown-it turning the same text into HTML in memory.
      const render = await median(7, async () => {
        markdownIt.render(text);
      });
      for (const format of formats) {
        const profile: ProfileId = lang === 'vi' ? 'nd30' : 'default';
        const outPath = path.join(dir, `report-${lang}.${format}`);
        let bytes = 0;
        const ms = await median(quick ? 1 : RUNS[format], async () => {
          // A fresh model each time: the export's inline pass is part of its cost.
          const outcome = await exportReport({ doc: parseReport(text), findings: [], format, outPath, profile, force: true, readFile: noImages });
          bytes = outcome.bytes;
        });
        rows.push([lang, `${(Buffer.byteLength(text) / 1048576).toFixed(1)} MB`, format, profile, ms.toFixed(0), `${(ms / render).toFixed(1)}×`, `${(bytes / 1048576).toFixed(2)} MB`]);
        console.error(`${lang} ${format}: ${ms.toFixed(0)} ms`);
      }
    }
    if (!process.argv.includes('--format')) pandocRows = compareWithPandoc(dir, (['vi', 'en'] as Lang[]).map((lang) => ({ lang, text: generateReport(BYTES, lang) })), quick ? 1 : 3);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  console.log('\nExport of the 1 MB benchmark report, end to end, medians:');
  for (const row of rows) console.log(row.map((cell, c) => cell.padStart(widths[c])).join('  '));
  for (const line of pandocRows) console.log(line);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
