import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { transformSync } from 'esbuild';
import * as os from 'node:os';
import * as path from 'node:path';

const OUTPUT = path.join(__dirname, '..', '..', '..', 'src', 'cli', 'output.ts');
/** A child that writes `lines` numbered lines to its standard output through output(1), then "done" to its standard error. */
const writer = (lines: number) =>
  `const { output } = require(${JSON.stringify(OUTPUT)}); const out = output(1); for (let i = 0; i < ${lines}; i++) out.write('dòng ' + i + '\\n'); output(2).write('done\\n');`;

describe('the command line writes its output to the descriptors directly', () => {
  it('writes every line, in order, to a file and to a pipe', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'rw-output-'));
    try {
      const file = path.join(dir, 'out.txt');
      const shell = spawnSync('sh', ['-c', `"${process.execPath}" -r tsx/cjs -e "$0" > "${file}"`, writer(3000)], { encoding: 'utf8' });
      assert.equal(shell.status, 0, shell.stderr);
      const lines = readFileSync(file, 'utf8').split('\n');
      assert.equal(lines.length, 3001);
      assert.equal(lines[2999], 'dòng 2999');
      const piped = spawnSync(process.execPath, ['-r', 'tsx/cjs', '-e', writer(20000)], { encoding: 'utf8', maxBuffer: 1 << 24 });
      assert.equal(piped.status, 0);
      assert.equal(piped.stdout.split('\n')[19999], 'dòng 19999');
      assert.equal(piped.stderr, 'done\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stops quietly when the reader goes away (reportwright lint | head)', async () => {
    const child = spawn(process.execPath, ['-r', 'tsx/cjs', '-e', writer(200000)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(code, 0, stderr);
    assert.equal(stderr, 'done\n', 'no error, and the run went on to its end');
  });

  it('says in one line that the output could not be written (a full disk) and exits 2', function () {
    if (!require('node:fs').existsSync('/dev/full')) this.skip();
    // The command as built (npm test builds before the unit tests).
    const cli = path.join(__dirname, '..', '..', '..', 'dist', 'cli.js');
    const report = path.join(__dirname, '..', '..', 'real', 'vi-20-bien-ban-hop-nhom-sprint.md');
    const run = spawnSync('sh', ['-c', `"${process.execPath}" "${cli}" lint --kind auto "${report}" > /dev/full`], { encoding: 'utf8' });
    assert.equal(run.status, 2);
    assert.equal(run.stderr, 'reportwright: cannot write the standard output: ENOSPC\n');
  });
});

describe('the command line asks whether its output is a terminal', () => {
  let dir: string;
  let asker: string;
  before(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'rw-terminal-'));
    // output.ts compiled alone and run by plain Node: the TypeScript loader the other tests use loads the tty module itself.
    const compiled = path.join(dir, 'output.js');
    writeFileSync(compiled, transformSync(readFileSync(OUTPUT, 'utf8'), { loader: 'ts', format: 'cjs', platform: 'node' }).code);
    // Prints to standard error whether output(1) is a terminal and whether Node's tty module was loaded to tell.
    asker = `const { output } = require(${JSON.stringify(compiled)}); const t = output(1).isTTY; require('fs').writeSync(2, JSON.stringify({ terminal: t, tty: process.moduleLoadList.includes('NativeModule tty') }));`;
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const ask = (redirect: string) => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" -e "$0" ${redirect}`, asker], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    return JSON.parse(r.stderr) as { terminal: boolean; tty: boolean };
  };

  it('tells a pipe, a file and /dev/null from a terminal without loading the tty module', () => {
    assert.deepEqual(ask('| cat'), { terminal: false, tty: false });
    assert.deepEqual(ask(`> "${path.join(dir, 'out.txt')}"`), { terminal: false, tty: false });
    assert.deepEqual(ask('> /dev/null'), { terminal: false, tty: false });
  });

  it('knows a terminal (a pseudo-terminal from script(1)) for one', function () {
    if (spawnSync('script', ['--version']).error) this.skip();
    const r = spawnSync('script', ['-qec', `"${process.execPath}" -e "$ASKER" 2>&1`, '/dev/null'], { encoding: 'utf8', env: { ...process.env, ASKER: asker } });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout.slice(r.stdout.indexOf('{'))), { terminal: true, tty: true });
  });
});
