/**
 * npm run bench: medians of markdown-it's own parse, Reportwright's full lint and
 * markdownlint's default rules on the same generated reports, in one process and one run,
 * with the ratios between them. Absolute times vary with the machine; the ratios are the figures.
 * The linter is timed as the product ships it, bundled (bench/core.ts).
 */
import MarkdownIt from 'markdown-it';
import { lint as markdownlint } from 'markdownlint/sync';
import { performance } from 'node:perf_hooks';
import type { Lang } from '../src/core';
import { loadBundledCore } from './core';
import { generateReport } from './generate';

const { lint, parseReport, renderBlocks } = loadBundledCore();

const SIZES: Array<[string, number, number]> = [
  // label, bytes, runs
  ['10 KB', 10 * 1024, 60],
  ['100 KB', 100 * 1024, 25],
  ['1 MB', 1024 * 1024, 21],
  ['5 MB', 5 * 1024 * 1024, 7],
];
const quick = process.argv.includes('--quick');


/**
 * Medians of several tasks timed in turns (a, b, a, b, …), so that a slow spell of the machine
 * falls on all of them alike and their ratios stay meaningful.
 */
function medians(runs: number, tasks: Array<() => void>): number[] {
  for (const task of tasks) task(); // warm-up: compile, caches
  const times = tasks.map((): number[] => []);
  for (let i = 0; i < runs; i++) {
    tasks.forEach((task, t) => {
      const start = performance.now();
      task();
      times[t].push(performance.now() - start);
    });
  }
  return times.map((list) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)]);
}

const markdownIt = new MarkdownIt();
const rows: string[][] = [];
const results = new Map<string, { parse: number; lint: number; markdownlint: number }>();

for (const lang of ['vi', 'en'] as Lang[]) {
  for (const [label, bytes, runs] of SIZES) {
    const text = generateReport(bytes, lang);
    const n = quick ? Math.max(1, Math.floor(runs / 4)) : runs;
    const [parse, ours] = medians(n, [() => markdownIt.parse(text, {}), () => lint(parseReport(text))]);
    // markdownlint on its own: a lint timed right after it would pay for collecting its garbage.
    const [theirs] = medians(Math.max(1, Math.ceil(n / 3)), [() => markdownlint({ strings: { report: text } })]);
    const findings = lint(parseReport(text)).length;
    // markdownlint is compared with our lint timed in turns with it.
    results.set(`${lang} ${label}`, { parse, lint: ours, markdownlint: theirs });
    rows.push([
      lang,
      label,
      parse.toFixed(2),
      ours.toFixed(2),
      theirs.toFixed(1),
      (ours / parse).toFixed(2) + '×',
      (theirs / ours).toFixed(1) + '×',
      String(findings),
    ]);
  }
}

const header = ['lang', 'size', 'markdown-it parse ms', 'reportwright lint ms', 'markdownlint ms', 'lint / parse', 'markdownlint / lint', 'findings'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i])).join('  ');
console.log(`Node ${process.version}, medians, runs timed in turns${quick ? ' (quick run)' : ''}`);
console.log(line(header));
for (const row of rows) console.log(line(row));

console.log('\nGoals (engine issue):');
for (const lang of ['vi', 'en']) {
  const mb = results.get(`${lang} 1 MB`)!;
  const five = results.get(`${lang} 5 MB`)!;
  const check = (ok: boolean) => (ok ? 'met' : 'NOT met');
  console.log(`  ${lang}: lint 1 MB = ${(mb.lint / mb.parse).toFixed(2)}× markdown-it parse (goal ≤ 1.3×: ${check(mb.lint / mb.parse <= 1.3)})`);
  console.log(`  ${lang}: markdownlint 1 MB = ${(mb.markdownlint / mb.lint).toFixed(1)}× our lint (goal ≥ 20×: ${check(mb.markdownlint / mb.lint >= 20)})`);
  console.log(
    `  ${lang}: lint 5 MB = ${(five.lint / mb.lint).toFixed(2)}× lint 1 MB (goal ≤ 5.5×: ${check(five.lint / mb.lint <= 5.5)}; markdown-it's own parse: ${(five.parse / mb.parse).toFixed(2)}×)`,
  );
}

// The preview: after an edit, the new version is parsed once (the model the diagnostics share),
// linted for the diagnostics and the problem counts, and rendered; compared with markdown-it's
// own render of the same text.
console.log('\nPreview re-render with badges and source lines, medians:');
for (const [label, bytes, runs] of [['100 KB', 100 * 1024, 25], ['1 MB', 1024 * 1024, 11]] as const) {
  const text = generateReport(bytes, 'vi');
  const n = quick ? Math.max(1, Math.floor(runs / 4)) : runs;
  const parsed = parseReport(text);
  const parsedFindings = lint(parsed);
  const [theirs, parseRender, withLint, renderOnly] = medians(n, [
    () => markdownIt.render(text),
    () => renderBlocks(parseReport(text), { lang: 'vi', annotate: true, sourceMap: true }),
    () => {
      const doc = parseReport(text);
      renderBlocks(doc, { lang: 'vi', annotate: true, sourceMap: true, findings: lint(doc) });
    },
    () => renderBlocks(parsed, { lang: 'vi', annotate: true, sourceMap: true, findings: parsedFindings }),
  ]);
  const ratio = (ms: number) => `${ms.toFixed(1)} ms (${(ms / theirs).toFixed(2)}×)`;
  console.log(`  ${label}: markdown-it render ${theirs.toFixed(1)} ms; Reportwright parse + render ${ratio(parseRender)}, parse + lint + render ${ratio(withLint)}, render of a parsed report ${ratio(renderOnly)}`);
}
