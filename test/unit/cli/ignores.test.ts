import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { coreIgnoreCase, GitIgnores } from '../../../src/cli/ignores';
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

  (process.platform === 'win32' ? it.skip : it)('never reads a .gitignore that is a symbolic link, as git does not, and says why in the run\'s language', async () => {
    // A link planted in the repository in place of an ignore list: what it points to is not read.
    write('elsewhere/patterns.txt', 'drafts/\n2026/\n');
    fs.symlinkSync(path.join(dir, 'elsewhere', 'patterns.txt'), path.join(dir, 'reports', '.gitignore'));
    const r = await runCli(dir, 'lint', '--lang', 'en', 'reports');
    assert.ok(linted(r.out).includes('reports/drafts/nháp.md'), 'what the linked list names is linted');
    assert.match(r.err, /^reportwright: reports\/\.gitignore: this ignore list is not read, so what it leaves out is linted: it is a symbolic link, not a regular file/m);
    assert.equal(r.code, 0, 'a note, not a failure');
    // Said in Vietnamese when the reports are, as every word of the run.
    assert.match((await runCli(dir, 'lint', 'reports')).err, /reports\/\.gitignore: danh sách loại trừ này không được đọc, nên các tệp nó loại ra vẫn được kiểm tra: đó là liên kết tượng trưng/);
    // A link that points nowhere is said too; a folder's list that is simply missing is not.
    fs.rmSync(path.join(dir, 'reports', '.gitignore'));
    fs.symlinkSync(path.join(dir, 'nowhere'), path.join(dir, 'reports', '.gitignore'));
    assert.match((await runCli(dir, 'lint', '--lang', 'en', 'reports')).err, /reports\/\.gitignore: this ignore list is not read.*symbolic link/);
    // init says it too.
    assert.match((await runCli(dir, 'init', 'reports', '--lang', 'en')).err, /reports\/\.gitignore: this ignore list is not read/);
  });

  (process.platform === 'win32' ? it.skip : it)('never reads a configuration file that is a symbolic link (its "ignores" neither), unless --config names it', async () => {
    write('elsewhere/config.yaml', 'ignores:\n  - reports/\n');
    fs.symlinkSync(path.join(dir, 'elsewhere', 'config.yaml'), path.join(dir, '.reportwright.yaml'));
    const r = await runCli(dir, 'lint', '--lang', 'en', 'reports');
    assert.equal(r.code, 2, 'a configuration not used fails the run, as a broken one does');
    assert.match(r.err, /^reportwright: \.reportwright\.yaml: cannot read the configuration: it is a symbolic link, not a regular file.*; not read \(to use it, name it: --config \.reportwright\.yaml\)$/m);
    assert.ok(linted(r.out).includes('reports/drafts/nháp.md'), 'its ignores do not apply');
    assert.match((await runCli(dir, 'lint', '--lang', 'vi', 'reports')).err, /\.reportwright\.yaml: không đọc được cấu hình: đó là liên kết tượng trưng/);
    // Named on the command line, the link is the writer's own choice: followed.
    const named = await runCli(dir, 'lint', '--config', '.reportwright.yaml', '.');
    assert.deepEqual(linted(named.out), ['notes/keep.md']);
    assert.equal(named.err, '');
  });

  it('reads each ignore list once, and asks each folder once, however many files are under it', async () => {
    for (let folder = 0; folder < 8; folder++) {
      for (let file = 0; file < 25; file++) write(`many/f${folder}/r${file}.md`, '# x\n');
      write(`many/f${folder}/.gitignore`, 'r1*.md\n');
    }
    const ignores = new GitIgnores(dir);
    const files = fs.readdirSync(path.join(dir, 'many'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'));
    const kept = files.filter((f) => !ignores.ignores(path.join('many', f)));
    // r1.md and r10–r19.md in each folder are left out.
    assert.equal(kept.length, 8 * (25 - 11));
    // 8 folders' lists, the root's (reports/ lists were not asked: no file there) and the repository's own list, at most.
    assert.ok(ignores.opened <= 10, `${ignores.opened} lists opened for ${files.length} files`);
    for (const f of files) ignores.ignores(path.join('many', f));
    assert.ok(ignores.opened <= 10, 'asking again opens nothing');
  });

  it('compares names with case as git does: exactly, unless the repository sets core.ignorecase', async () => {
    write('.gitignore', 'NOTES/\n*.MD\n');
    write('reports/2026/BIG.md');
    write('reports/2026/other.MD');
    // Exactly: notes/ is not NOTES/, .md is not .MD (other.MD is no Markdown file to a folder lint either).
    assert.deepEqual(linted((await runCli(dir, 'lint', '.')).out), ['notes/keep.md', 'notes/scratch.md', 'reports/2026/BIG.md', 'reports/2026/build/copy.md', 'reports/2026/tuần-01.md', 'reports/drafts/nháp.md', 'reports/old.tmp.md']);
    write('.git/config', '[core]\n\trepositoryformatversion = 0\n\tignorecase = true\n');
    assert.deepEqual(linted((await runCli(dir, 'lint', '.')).out), []);
    assert.match((await runCli(dir, 'lint', '--lang', 'en', '.')).err, /\.: its 7 Markdown files are left out by \.gitignore/);
  });

  it('reads core.ignorecase as git reads a boolean', async () => {
    assert.equal(coreIgnoreCase('[core]\n\tbare = false\n'), undefined);
    assert.equal(coreIgnoreCase('[core]\n\tignorecase = true\n'), true);
    assert.equal(coreIgnoreCase('[Core]\n\tIgnoreCase = Yes ; a comment\n'), true);
    assert.equal(coreIgnoreCase('[core]\n\tignorecase\n'), true);
    assert.equal(coreIgnoreCase('[core]\n\tignorecase = true\n[core]\nignorecase = off\n'), false);
    assert.equal(coreIgnoreCase('[core "x"]\n\tignorecase = true\n'), undefined);
    assert.equal(coreIgnoreCase('[user]\n\tignorecase = true\n'), undefined);
    assert.equal(coreIgnoreCase('[core] ignorecase = 1\n'), true);
  });

  (process.platform === 'win32' ? it.skip : it)('never enters a linked folder in a folder walk or a glob, as git keeps a link as a link', async () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'rw-outside-'));
    try {
      fs.mkdirSync(path.join(outside, 'deep'));
      fs.writeFileSync(path.join(outside, 'deep', 'secret.md'), report);
      fs.writeFileSync(path.join(outside, 'page.md'), report);
      // A link planted to a folder outside (to / it would be the whole disk), and one to a file, as git lists it.
      fs.symlinkSync(outside, path.join(dir, 'reports', 'linked'));
      fs.symlinkSync(path.join(outside, 'page.md'), path.join(dir, 'reports', 'page.md'));
      assert.deepEqual(linted((await runCli(dir, 'lint', 'reports')).out), ['reports/2026/tuần-01.md', 'reports/drafts/nháp.md', 'reports/page.md']);
      // A glob enters no linked folder and matches no link.
      assert.deepEqual(linted((await runCli(dir, 'lint', 'reports/**/*.md')).out), ['reports/2026/tuần-01.md', 'reports/drafts/nháp.md']);
      // Named, a link is the writer's own choice: a linked folder is walked.
      assert.deepEqual(linted((await runCli(dir, 'lint', 'reports/linked')).out), ['reports/linked/deep/secret.md', 'reports/linked/page.md']);
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
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
