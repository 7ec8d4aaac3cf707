import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { expandArguments } from '../../../src/cli/files';

/**
 * The files a folder lint chooses, held to git's own choice: fast-check builds small random
 * repositories (folders and Markdown files whose names have spaces, capitals, Vietnamese letters,
 * `#`, `!`, `[`, `*`, `?`), with random `.gitignore` files in random folders (negations, anchors,
 * `**`, sets and classes, escapes, trailing spaces and slashes, CRLF, a byte order mark, lines of
 * pattern characters in any order, now and then a `.gitignore` that is a symbolic link), a random
 * `.git/info/exclude` and, in a quarter of the runs, `core.ignorecase` set; then the files a
 * folder lint chooses (`expandArguments(['.'])`, at the root and from a subfolder) must be exactly
 * the Markdown files `git ls-files --others --exclude-standard` lists there.
 *
 * RW_GITIGNORE_RUNS=N runs N repositories (the suite runs 150, about 10 s; 10,000 by hand agreed
 * with git 2.39); RW_GITIGNORE_SEED=S repeats a run.
 */

const RUNS = Number(process.env.RW_GITIGNORE_RUNS ?? 150);
const SEED = process.env.RW_GITIGNORE_SEED === undefined ? undefined : Number(process.env.RW_GITIGNORE_SEED);

const DIRS = ['a', 'b', 'A', 'ab', 'x y', 'ả', 'a.md', 'c#', '[a]', 'đ'];
const FILES = ['a.md', 'b.md', 'A.md', 'ab.md', 'x y.md', 'ả.md', '#a.md', '!a.md', '[ab].md', 'a*.md', 'q?.md', 'é.md', 'a.MD', 'a b.md', 'Ab.md', 'ba.md', '-.md', 'a.markdown'];
const SEGMENTS = [
  ...DIRS,
  ...FILES,
  '*',
  '**',
  '***',
  '?',
  '*.md',
  'a*',
  '*a*',
  '*b',
  '[ab]*',
  '[!a]*',
  '[^a].md',
  '[a-c]*',
  '[A-Z]*',
  '[[:upper:]]*',
  '[[:alpha:]]*.md',
  '[[:lower:]]*',
  '[[:digit:]]',
  '[[:nope:]]*',
  '\\*.md',
  '[]a]*',
  '[\\]]*',
  'ả*',
  '?.md',
  '??.md',
  'a?md',
  '*.MD',
  'x\\ y.md',
  'x y.md',
  '[a',
  'a**',
  '**a',
  '**.md',
  '\\a.md',
  '\\#a.md',
  '[!]*',
  'A*',
  '*.markdown',
  '[a-]*',
  '[-a]*',
  't?n.md',
  '?ả*',
];

/** A line of pattern characters in any order: unclosed sets, lone backslashes, stray stars and slashes. */
const scrambled = fc
  .array(fc.constantFrom('a', 'b', 'A', 'd', '.', 'm', '*', '*', '?', '[', ']', '!', '^', '-', ':', '\\', ' ', '/', '/', 'ả', '#', 'x', 'y'), { minLength: 1, maxLength: 9 })
  .map((chars) => chars.join(''));

const structured = fc
  .tuple(
    fc.constantFrom('', '', '', '', '!', '!', '\\!', '#', '\\#', ' '),
    fc.constantFrom('', '', '', '/', '**/'),
    fc.array(fc.constantFrom(...SEGMENTS), { minLength: 1, maxLength: 3 }),
    fc.constantFrom('', '', '', '', '/', '/', ' ', '  ', '\\ ', '/**', '/*', '\\', '/ '),
  )
  .map(([prefix, lead, segments, trailing]) => prefix + lead + segments.join('/') + trailing);

const pattern = fc.oneof({ weight: 4, arbitrary: structured }, { weight: 1, arbitrary: scrambled });

const ignoreFile = fc
  .tuple(fc.array(fc.oneof({ weight: 6, arbitrary: pattern }, { weight: 1, arbitrary: fc.constant('') }), { minLength: 0, maxLength: 6 }), fc.constantFrom('\n', '\n', '\r\n'), fc.boolean(), fc.nat(9))
  .map(([lines, eol, finalEol, bom]) => (bom === 0 ? '\ufeff' : '') + lines.join(eol) + (finalEol ? eol : ''));

const filePath = fc.tuple(fc.array(fc.constantFrom(...DIRS), { maxLength: 3 }), fc.constantFrom(...FILES)).map(([dirs, file]) => [...dirs, file].join('/'));

const repository = fc.record({
  files: fc.uniqueArray(filePath, { minLength: 1, maxLength: 14 }),
  // Where each .gitignore goes: '' the root, else a folder of the files (the first that has that many levels).
  ignores: fc.array(fc.tuple(fc.nat(3), fc.nat(13), ignoreFile, fc.nat(11)), { maxLength: 4 }),
  exclude: fc.option(ignoreFile, { freq: 3 }),
  ignoreCase: fc.nat(3).map((n) => n === 0),
  subfolder: fc.nat(20),
});

type Repository = typeof repository extends fc.Arbitrary<infer T> ? T : never;

const GIT_ENV = { GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' };

function git(cwd: string, home: string, ...args: string[]): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...GIT_ENV, HOME: home, XDG_CONFIG_HOME: path.join(home, 'xdg') } });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

const gitWorks = spawnSync('git', ['--version']).status === 0;

(gitWorks && process.platform !== 'win32' ? describe : describe.skip)('command line: .gitignore read as git reads it (random repositories against git ls-files)', function () {
  this.timeout(600_000);
  let scratch: string;
  let repo: string;
  before(() => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'rw-gitignore-'));
    repo = path.join(scratch, 'repo');
    fs.mkdirSync(repo);
    git(repo, scratch, 'init', '-q');
  });
  after(() => fs.rmSync(scratch, { recursive: true, force: true }));

  /** Lays the repository out on disk (what a file and a folder of one name would share, the first keeps). */
  function layOut(r: Repository): { written: string[]; folders: string[] } {
    for (const entry of fs.readdirSync(repo)) if (entry !== '.git') fs.rmSync(path.join(repo, entry), { recursive: true, force: true });
    const written: string[] = [];
    const folders = new Set<string>();
    for (const file of r.files) {
      try {
        fs.mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
        fs.writeFileSync(path.join(repo, file), '# Ghi chép\n');
        written.push(file);
        for (let dir = path.posix.dirname(file); dir !== '.'; dir = path.posix.dirname(dir)) folders.add(dir);
      } catch {
        // A file where a folder of that name is, or the reverse: left out of this repository.
      }
    }
    const folderList = ['', ...[...folders].sort()];
    for (const [depth, pick, text, link] of r.ignores) {
      const candidates = folderList.filter((f) => (f ? f.split('/').length : 0) === depth);
      const folder = candidates.length ? candidates[pick % candidates.length] : '';
      const target = path.join(repo, folder, '.gitignore');
      fs.rmSync(target, { force: true });
      if (link === 0) {
        // A .gitignore that is a link: git does not read it, and neither does the lint.
        const real = path.join(repo, folder, `ignore-source-${depth}-${pick}.txt`);
        fs.writeFileSync(real, text);
        fs.symlinkSync(path.basename(real), target);
      } else {
        fs.writeFileSync(target, text);
      }
    }
    fs.mkdirSync(path.join(repo, '.git', 'info'), { recursive: true });
    fs.writeFileSync(path.join(repo, '.git', 'info', 'exclude'), r.exclude ?? '');
    const config = '[core]\n\trepositoryformatversion = 0\n\tfilemode = true\n\tbare = false\n' + (r.ignoreCase ? '\tignorecase = true\n' : '');
    fs.writeFileSync(path.join(repo, '.git', 'config'), config);
    return { written, folders: [...folders].sort() };
  }

  const markdown = (file: string) => /\.(?:md|markdown)$/.test(file);

  async function compare(r: Repository): Promise<void> {
    const { folders } = layOut(r);
    const where = [''];
    if (folders.length) where.push(folders[r.subfolder % folders.length]);
    for (const folder of where) {
      const cwd = path.join(repo, folder);
      const expected = git(cwd, scratch, 'ls-files', '-z', '--others', '--exclude-standard').split('\0').filter(Boolean).filter(markdown).sort();
      const { files } = await expandArguments(['.'], cwd);
      const actual = files.map((f) => f.split(path.sep).join('/')).sort();
      if (JSON.stringify(actual) !== JSON.stringify(expected)) {
        const lists = fs
          .readdirSync(repo, { recursive: true, encoding: 'utf8' })
          .filter((f) => f.endsWith('.gitignore'))
          .map((f) => `${f}${fs.lstatSync(path.join(repo, f)).isSymbolicLink() ? ' (link)' : ''}: ${JSON.stringify(fs.readFileSync(path.join(repo, f), 'utf8'))}`);
        assert.deepEqual(actual, expected, `from ${folder || 'the root'}; ignorecase ${r.ignoreCase}; exclude ${JSON.stringify(r.exclude)}\n${lists.join('\n')}`);
      }
    }
  }

  it(`chooses the files git chooses, in ${RUNS} random repositories`, async () => {
    await fc.assert(
      fc.asyncProperty(repository, async (r) => compare(r)),
      { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) },
    );
  });

  it('agrees with git on the cases the rules of gitignore(5) spell out', async () => {
    const cases: Array<[string, Repository['ignores'][number][2], boolean?]> = [
      // A folder left out keeps its files out, whatever a deeper negation says.
      ['a', 'a/\n!a/b.md\n'],
      // Its contents left out, one file back.
      ['a', 'a/*\n!a/b.md\n'],
      // `!a/` after `a/**` lets the folder back but not its files.
      ['a', 'a/**\n!a/\n'],
      ['a', '**/b.md\n!a/**/b.md\n'],
      // A pattern with a slash is anchored; without one it matches at any depth.
      ['a', 'a/b.md\n'],
      ['a', 'b.md\n'],
      ['a', '/b.md\n'],
      // Escapes, trailing spaces.
      ['a', '\\#a.md\n\\!a.md\nx\\ y.md\nb.md   \n'],
      // Case: exact unless core.ignorecase.
      ['a', 'A.MD\na/B.md\n', false],
      ['a', 'A.MD\na/B.md\n', true],
      // With core.ignorecase, an escaped letter and a letter in a set still match only exactly (git compares them unfolded).
      ['a', '\\A.md\n[B].md\n[a-c]/b.md\n', true],
      // `a**/` after its plain beginning reads as `**/`: it reaches a/a/b.md.
      ['a', 'a**/b.md\n'],
      // A set left open, or naming no class, and a lone backslash at the end match nothing.
      ['a', '[a.md\n[[:nope:]].md\nb.md\\\n'],
    ];
    for (const [, text, ignoreCase] of cases) {
      await compare({ files: ['a/b.md', 'a/a/b.md', 'b.md', 'A.md', 'B.md', 'a/A.md', '#a.md', '!a.md', 'x y.md', 'ab/b.md', 'a.md'], ignores: [[0, 0, text, 1]], exclude: null, ignoreCase: ignoreCase ?? false, subfolder: 0 });
    }
  });
});
