import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { GitIgnores } from '../../../src/cli/ignores';
import { loadConfigFile } from '../../../src/core';
import { readFixture, runCli } from '../helpers';

/** Files named in the lint's text output (path:line:column …), sorted. */
function linted(out: string): string[] {
  return [...new Set(out.split('\n').flatMap((l) => l.match(/^(.+?):\d+:\d+ /)?.[1] ?? []))].sort();
}

describe('command line: whole repositories (.gitignore, ignores, node_modules)', () => {
  let dir: string;
  const report = readFixture('rules', 'RW001', 'missing-vi.md');
  const write = (file: string, text = report) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  };
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rw-repo-'));
    fs.mkdirSync(path.join(dir, '.git'));
    write('reports/2026/tuần-01.md');
    write('reports/drafts/nháp.md');
    write('reports/2026/build/copy.md');
    write('node_modules/some-package/README.md');
    write('vendor/node_modules/x/CHANGELOG.md');
    write('notes/keep.md');
    write('notes/scratch.md');
    write('.gitignore', 'build/\n*.tmp.md\n/notes/*\n!/notes/keep.md\n');
    write('reports/old.tmp.md');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('lints a folder less node_modules and what .gitignore leaves out (folders, globs, negations)', async () => {
    const r = await runCli(dir, 'lint', '.');
    assert.deepEqual(linted(r.out), ['notes/keep.md', 'reports/2026/tuần-01.md', 'reports/drafts/nháp.md']);
    assert.match(r.out, /Đã kiểm tra 3 tệp/);
    // The same through a glob, and from a subfolder (the repository's root .gitignore still applies).
    assert.deepEqual(linted((await runCli(dir, 'lint', 'reports/**/*.md')).out), ['reports/2026/tuần-01.md', 'reports/drafts/nháp.md']);
    assert.deepEqual(linted((await runCli(path.join(dir, 'reports'), 'lint', '.')).out), ['2026/tuần-01.md', 'drafts/nháp.md']);
  });

  it('applies a nested .gitignore to its own folder only', async () => {
    write('reports/.gitignore', 'drafts/\n');
    write('notes/drafts/keep-me.md');
    write('.gitignore', '');
    assert.deepEqual(linted((await runCli(dir, 'lint', '.')).out), [
      'notes/drafts/keep-me.md',
      'notes/keep.md',
      'notes/scratch.md',
      'reports/2026/build/copy.md',
      'reports/2026/tuần-01.md',
      'reports/old.tmp.md',
    ]);
  });

  it('never lets a file back from under a folder that is left out, as git never looks inside it', async () => {
    // The root list leaves reports/drafts/ out; a deeper list's negation cannot let nháp.md back.
    write('.gitignore', 'drafts/\n');
    write('reports/drafts/.gitignore', '!nháp.md\n');
    write('reports/.gitignore', '!drafts/nháp.md\n');
    const r = await runCli(dir, 'lint', 'reports');
    assert.deepEqual(linted(r.out), ['reports/2026/build/copy.md', 'reports/2026/tuần-01.md', 'reports/old.tmp.md']);
    // The repository's own list leaves a folder out, and no .gitignore below lets its files back either.
    write('.gitignore', '');
    write('.git/info/exclude', 'reports/2026/\n');
    write('reports/2026/.gitignore', '!*.md\n');
    assert.deepEqual(linted((await runCli(dir, 'lint', 'reports')).out), ['reports/drafts/nháp.md', 'reports/old.tmp.md']);
    // Leaving out a folder's contents (drafts/*), not the folder, still lets one file back, as in git.
    write('.git/info/exclude', '');
    fs.rmSync(path.join(dir, 'reports', 'drafts', '.gitignore'));
    write('reports/drafts/giữ.md');
    write('reports/.gitignore', 'drafts/*\n!drafts/giữ.md\n');
    assert.deepEqual(linted((await runCli(dir, 'lint', 'reports/drafts')).out), ['reports/drafts/giữ.md']);
  });

  it('says so when an ignore list is too large or not a file, and lints what it meant to leave out', async () => {
    write('reports/.gitignore', '# ' + 'x'.repeat(1024 * 1024) + '\ndrafts/\n');
    const r = await runCli(dir, 'lint', '--lang', 'en', 'reports');
    assert.ok(linted(r.out).includes('reports/drafts/nháp.md'));
    assert.match(r.err, /^reportwright: reports\/\.gitignore: this ignore list is not read, so what it leaves out is linted: .*1\.0 MB/m);
    const vi = await runCli(dir, 'lint', 'reports');
    assert.match(vi.err, /reports\/\.gitignore: danh sách loại trừ này không được đọc/);
    // A missing list is the usual case and is not said.
    assert.doesNotMatch((await runCli(dir, 'lint', 'notes')).err, /ignore list/);
  });

  it('still lints a file named on the command line that .gitignore leaves out, as git does', async () => {
    assert.deepEqual(linted((await runCli(dir, 'lint', 'reports/2026/build/copy.md')).out), ['reports/2026/build/copy.md']);
  });

  it('leaves out the files the configuration\'s "ignores" name, relative to its folder, even when named', async () => {
    write('.reportwright.yaml', 'ignores:\n  - reports/drafts/\n  - "**/tuần-*.md"\n  - "!notes/keep.md"\n');
    const r = await runCli(dir, 'lint', '.', 'reports/drafts/nháp.md');
    assert.deepEqual(linted(r.out), ['notes/keep.md']);
    assert.match(r.out, /1 tệp/);
    assert.equal(r.code, 0);
    // A configuration deeper down has its own list, relative to its own folder.
    write('reports/.reportwright.json', '{ "ignores": ["2026"] }');
    assert.deepEqual(linted((await runCli(dir, 'lint', '.')).out), ['notes/keep.md', 'reports/drafts/nháp.md']);
  });

  it('says where an "ignores" list is wrong, and does not use that configuration', async () => {
    const { problems } = loadConfigFile('ignores: drafts/\n', '.reportwright.yaml');
    assert.equal(problems.length, 1);
    assert.equal(problems[0].range.start.line, 0);
    assert.deepEqual(loadConfigFile('{ "ignores": ["drafts/", "!drafts/keep.md"] }', '.reportwright.json').config?.ignores, ['drafts/', '!drafts/keep.md']);
    write('.reportwright.yaml', 'ignores: [""]\n');
    const r = await runCli(dir, 'lint', '.');
    assert.equal(r.code, 2);
    assert.match(r.err, /\.reportwright\.yaml:1:\d+: this configuration is not used/);
  });

  it("leaves out what the repository's own list (.git/info/exclude) leaves out, below the .gitignore files", async () => {
    write('.git/info/exclude', '# local\nreports/drafts/\n*.private.md\n');
    write('reports/2026/plan.private.md');
    write('reports/2026/shared.private.md');
    write('.gitignore', 'build/\n*.tmp.md\n/notes/*\n!/notes/keep.md\n!shared.private.md\n');
    assert.deepEqual(linted((await runCli(dir, 'lint', '.')).out), ['notes/keep.md', 'reports/2026/shared.private.md', 'reports/2026/tuần-01.md']);
    // From a subfolder the list still reads from the repository's root.
    assert.deepEqual(linted((await runCli(path.join(dir, 'reports'), 'lint', '.')).out), ['2026/shared.private.md', '2026/tuần-01.md']);
    // Outside a repository there is no such list.
    fs.rmSync(path.join(dir, '.git'), { recursive: true });
    assert.equal(new GitIgnores(dir).ignores('reports/drafts/nháp.md'), false);
  });

  it("reads the repository's own list where a .git file points: a linked worktree's main repository, a submodule's folder", () => {
    // A linked worktree: its .git file names the main repository's worktrees/NAME, whose commondir is the main .git.
    write('main/.git/info/exclude', 'x.md\n');
    write('main/.git/worktrees/wt/commondir', '../..\n');
    write('wt/.git', 'gitdir: ../main/.git/worktrees/wt\n');
    assert.equal(new GitIgnores(path.join(dir, 'wt')).ignores('x.md'), true);
    assert.equal(new GitIgnores(path.join(dir, 'wt')).ignores('y.md'), false);
    // A submodule: its .git file names the superproject's .git/modules/NAME, which has its own list.
    write('sup/.git/modules/sub/info/exclude', 'y.md\n');
    write('sup/sub/.git', 'gitdir: ../.git/modules/sub\n');
    assert.equal(new GitIgnores(path.join(dir, 'sup', 'sub')).ignores('y.md'), true);
    // A .git file that points nowhere is no list and no failure.
    write('odd/.git', 'gitdir: ../nowhere\n');
    assert.equal(new GitIgnores(path.join(dir, 'odd')).ignores('y.md'), false);
  });

  (process.platform === 'win32' ? it.skip : it)('never waits on a FIFO in place of an ignore list', async function () {
    this.timeout(20_000);
    const { execFileSync } = await import('node:child_process');
    execFileSync('mkfifo', [path.join(dir, 'reports', '.gitignore')]);
    fs.mkdirSync(path.join(dir, '.git', 'info'), { recursive: true });
    execFileSync('mkfifo', [path.join(dir, '.git', 'info', 'exclude')]);
    const r = await runCli(dir, 'lint', '.');
    assert.deepEqual(linted(r.out), ['notes/keep.md', 'reports/2026/tuần-01.md', 'reports/drafts/nháp.md']);
  });

  it('reads .gitignore outside a repository from the working folder down, and survives an unreadable one', () => {
    fs.rmSync(path.join(dir, '.git'), { recursive: true });
    const ignores = new GitIgnores(path.join(dir, 'reports'));
    // Without .git the root .gitignore above the working folder is not read.
    assert.equal(ignores.ignores('2026/build/copy.md'), false);
    write('reports/.gitignore', 'build/\n');
    assert.equal(new GitIgnores(path.join(dir, 'reports')).ignores('2026/build/copy.md'), true);
    fs.mkdirSync(path.join(dir, 'reports', 'odd', '.gitignore'), { recursive: true });
    assert.equal(new GitIgnores(path.join(dir, 'reports')).ignores('odd/x.md'), false);
  });
});
