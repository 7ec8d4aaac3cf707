/**
 * The Word export beside pandoc's (part of `npm run bench:export`): the 1 MB benchmark report
 * exported to Word by Reportwright's command line (`node dist/cli.js export --to docx`, lint
 * and gate included) and by `pandoc -f markdown -t docx`, each in a process of its own, timed
 * end to end, with the peak memory (maximum resident set) of each process as GNU time reports
 * it. pandoc (Debian's package) is a dev and CI tool only; without it, or without GNU time,
 * the comparison says so and is left out.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Lang } from '../src/core';

const TIME = '/usr/bin/time';

interface Run {
  seconds: number;
  peakMb: number;
}

/** One run of a command under GNU time: wall-clock seconds and maximum resident set size. */
function timed(command: string, args: string[], cwd: string): Run {
  const result = spawnSync(TIME, ['-f', '%e %M', command, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr.trim().split('\n').slice(-3).join(' ')}`);
  const [seconds, kb] = result.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
  return { seconds, peakMb: kb / 1024 };
}

function medianRun(runs: number, task: () => Run): Run {
  task(); // warm-up: file caches
  const all = Array.from({ length: runs }, task);
  const mid = Math.floor(runs / 2);
  return { seconds: all.map((r) => r.seconds).sort((a, b) => a - b)[mid], peakMb: all.map((r) => r.peakMb).sort((a, b) => a - b)[mid] };
}

/** Rows for the export table's report: ours and pandoc's Word export of the same file, the ratio and the peak memory of both. */
export function compareWithPandoc(dir: string, reports: ReadonlyArray<{ lang: Lang; text: string }>, runs: number): string[] {
  const cli = path.join(__dirname, '..', 'dist', 'cli.js');
  if (!existsSync(cli)) return ['Word beside pandoc: not measured (run npm run build first: it times dist/cli.js).'];
  if (spawnSync('pandoc', ['--version']).status !== 0) return ['Word beside pandoc: not measured (pandoc is not installed: sudo apt-get install pandoc).'];
  if (!existsSync(TIME)) return ['Word beside pandoc: not measured (GNU time, /usr/bin/time, is not installed: sudo apt-get install time).'];
  const rows = [['lang', 'Reportwright s', 'pandoc s', 'pandoc / ours', 'Reportwright peak MB', 'pandoc peak MB']];
  for (const { lang, text } of reports) {
    const source = path.join(dir, `pandoc-${lang}.md`);
    writeFileSync(source, text);
    const ours = medianRun(runs, () => timed(process.execPath, [cli, 'export', source, '--to', 'docx', '--force', '-o', path.join(dir, `ours-${lang}.docx`)], dir));
    const theirs = medianRun(runs, () => timed('pandoc', ['-f', 'markdown', '-t', 'docx', '-o', path.join(dir, `pandoc-${lang}.docx`), source], dir));
    rows.push([lang, ours.seconds.toFixed(2), theirs.seconds.toFixed(2), `${(theirs.seconds / ours.seconds).toFixed(1)}×`, ours.peakMb.toFixed(0), theirs.peakMb.toFixed(0)]);
    console.error(`${lang} docx: ours ${ours.seconds} s / ${ours.peakMb.toFixed(0)} MB, pandoc ${theirs.seconds} s / ${theirs.peakMb.toFixed(0)} MB`);
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return ['', 'Word export of the 1 MB report beside pandoc (separate processes, end to end, medians; peak = maximum resident set):', ...rows.map((row) => row.map((cell, c) => cell.padStart(widths[c])).join('  '))];
}
