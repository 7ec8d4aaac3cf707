import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { findBrowser } from '../../../src/core/export';
import { readFixture } from '../helpers';

/**
 * The npm package as a CI job gets it: `npm pack`, then `npm install` of the tarball into an
 * empty folder (the registry is the only network it may use; the package has no dependencies,
 * so nothing is fetched). From there: `npx reportwright lint` and `export`, the installed size,
 * and the README's "In CI" examples: the GitLab script lines, the GitHub Action's steps with the
 * workflow's inputs, and the pre-commit hook's command.
 */
const ROOT = path.join(__dirname, '..', '..', '..');
const LIMIT_BYTES = 6 * 1024 * 1024;

interface Installed {
  tarball: string;
  folder: string;
  packageDir: string;
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env }, timeout: 120_000 });
}

/** Bytes of the files under a folder and the space they take on disk (allocated blocks). */
function sizeOf(folder: string): { files: number; bytes: number; disk: number } {
  const total = { files: 0, bytes: 0, disk: 0 };
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      const stat = fs.lstatSync(full);
      total.disk += stat.blocks * 512;
      if (entry.isDirectory()) walk(full);
      else {
        total.files++;
        total.bytes += stat.size;
      }
    }
  };
  walk(folder);
  return total;
}

/** The README's example that starts with `# name` (its first line). */
function readmeExample(name: string): string {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const block = [...readme.matchAll(/```ya?ml\n([\s\S]*?)```/g)].map((m) => m[1]).find((body) => body.startsWith(`# ${name}\n`));
  assert.ok(block, `README has an example starting with "# ${name}"`);
  return block;
}

function writeReports(folder: string): void {
  fs.mkdirSync(path.join(folder, 'reports', 'drafts'), { recursive: true });
  fs.writeFileSync(path.join(folder, 'reports', 'clean.md'), readFixture('rules', 'RW001', 'complete.md'));
  fs.writeFileSync(path.join(folder, 'reports', 'missing.md'), readFixture('rules', 'RW001', 'missing-vi.md'));
  fs.writeFileSync(path.join(folder, 'reports', 'drafts', 'typo.md'), readFixture('rules', 'RW005', 'typo.md'));
  fs.writeFileSync(path.join(folder, 'README.md'), '# Notes\n\nTODO\n');
  fs.mkdirSync(path.join(folder, 'out'));
}

describe('the npm package, installed from its tarball, and the CI examples', function () {
  this.timeout(300_000);
  let scratch: string;
  let installed: Installed;

  before(function () {
    if (!fs.existsSync(path.join(ROOT, 'dist', 'cli-main.js'))) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'rw-package-'));
    // The build is the one the tests run on; `npm pack` alone would build again (prepack).
    const packed = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', scratch], ROOT);
    assert.equal(packed.status, 0, packed.stderr);
    const [{ filename }] = JSON.parse(packed.stdout);
    const folder = path.join(scratch, 'ci-job');
    fs.mkdirSync(folder);
    const tarball = path.join(scratch, filename);
    const install = run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', tarball], folder);
    assert.equal(install.status, 0, install.stderr);
    installed = { tarball, folder, packageDir: path.join(folder, 'node_modules', 'reportwright') };
    writeReports(folder);
  });
  after(() => fs.rmSync(scratch, { recursive: true, force: true }));

  it('carries only what runs and installs nothing else, under 6 MB on disk', () => {
    const listing = execFileSync('tar', ['-tzf', installed.tarball], { encoding: 'utf8' }).split('\n').filter(Boolean).map((f) => f.replace(/^package\//, ''));
    // dist/paged*.js: the page layout the PDF export runs in the page it prints (footnotes at the foot of their pages).
    for (const file of ['dist/cli.js', 'dist/cli-main.js', 'dist/vendor/docx.js', 'dist/vendor/yaml.js', 'dist/playwright-core/lib/index.js', 'dist/playwright-core/package.json', 'dist/paged.js', 'dist/pagedParts.js', 'schemas/config.schema.json', 'README.md', 'LICENSE', 'package.json']) {
      assert.ok(listing.includes(file), `the package has ${file}`);
    }
    assert.ok(listing.some((f) => /^docs\/rules\/RW001-.*\.md$/.test(f)), 'the rule pages');
    const strays = listing.filter((f) => /^(src|test|bench|scripts|examples|media|\.ci)\//.test(f) || /\.map$/.test(f) || f === 'dist/extension.js');
    assert.deepEqual(strays, [], 'no sources, tests, source maps or the extension bundle');
    assert.deepEqual(fs.readdirSync(path.join(installed.folder, 'node_modules')).filter((n) => !n.startsWith('.')), ['reportwright'], 'no dependency is installed');
    const size = sizeOf(path.join(installed.folder, 'node_modules'));
    console.log(`      installed: ${listing.length} files in the tarball (${(fs.statSync(installed.tarball).size / 1048576).toFixed(2)} MB); node_modules ${(size.bytes / 1048576).toFixed(2)} MB in ${size.files} files, ${(size.disk / 1048576).toFixed(2)} MB on disk`);
    assert.ok(size.disk < LIMIT_BYTES, `${size.disk} bytes on disk`);
  });

  it('runs `npx reportwright lint` and `export --to html` from the folder it is installed in', () => {
    const version = run('npx', ['--no', '--', 'reportwright', '--version'], installed.folder);
    assert.equal(version.stdout.trim(), JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
    const lint = run('npx', ['--no', '--', 'reportwright', 'lint', 'reports'], installed.folder);
    assert.equal(lint.status, 1, lint.stderr);
    assert.match(lint.stdout, /^reports\/drafts\/typo\.md:2:7 error RW005\/unknown-kind/m);
    assert.match(lint.stdout, /\nChecked 3 files: 1 error, 2 warnings \(3 fixable with --fix\)\.\n$/);
    const html = run('npx', ['--no', '--', 'reportwright', 'export', 'reports/clean.md', '--to', 'html', '-o', 'out/clean.html'], installed.folder);
    assert.equal(html.status, 0, html.stderr);
    const page = fs.readFileSync(path.join(installed.folder, 'out', 'clean.html'), 'utf8');
    assert.match(page, /^<!DOCTYPE html>/i);
    assert.match(page, /<h1[^>]*>/);
  });

  it("keeps its compiled code in the user's cache folder on this Node, and a later run reads it", function () {
    if (typeof process.getuid !== 'function') this.skip();
    const cacheHome = path.join(scratch, 'xdg-cache');
    const bin = path.join(installed.packageDir, 'dist', 'cli.js');
    const lint = (env: NodeJS.ProcessEnv) => run(process.execPath, [bin, 'lint', '--format', 'json', 'reports/missing.md'], installed.folder, { XDG_CACHE_HOME: cacheHome, ...env });
    const first = lint({});
    assert.equal(first.status, 0, first.stderr);
    const folder = path.join(cacheHome, 'reportwright');
    const caches = fs.readdirSync(folder).filter((f) => f.startsWith('cli-main.js-') && f.endsWith('.cache'));
    assert.equal(caches.length, 1, `one cache of the bundle, on ${process.version}: ${fs.readdirSync(folder)}`);
    const cache = path.join(folder, caches[0]);
    const written = fs.statSync(cache);
    // The cache is made when the run ends, with the functions the lint compiled: far more than the bundle's top level.
    assert.ok(written.size > 300_000, `${written.size} bytes`);
    const second = lint({});
    assert.equal(second.stdout, first.stdout);
    assert.equal(fs.statSync(cache).mtimeMs, written.mtimeMs, 'a run of a purpose the cache has seen reads it and leaves it');
    fs.rmSync(folder, { recursive: true });
    assert.equal(lint({ NODE_DISABLE_COMPILE_CACHE: '1' }).stdout, first.stdout);
    assert.ok(!fs.existsSync(folder), 'NODE_DISABLE_COMPILE_CACHE: no cache');
  });

  it('lints and prints its help without the Word writer and the libraries a plain report does not need', () => {
    // The Word writer, the linear-time pattern engine (workspace patterns) and the HTML parser (HTML bodies).
    const libraries = ['docx.js', 're2js.js', 'htmlparser2.js'].map((f) => path.join(installed.packageDir, 'dist', 'vendor', f));
    for (const file of libraries) fs.renameSync(file, `${file}.aside`);
    try {
      const lint = run('npx', ['--no', '--', 'reportwright', 'lint', '--format', 'json', 'reports/missing.md'], installed.folder);
      assert.equal(lint.status, 0, lint.stderr);
      assert.equal(JSON.parse(lint.stdout)[0].ruleId, 'RW001');
      assert.equal(run('npx', ['--no', '--', 'reportwright', '--help'], installed.folder).status, 0);
      const exported = run('npx', ['--no', '--', 'reportwright', 'export', 'reports/clean.md', '--to', 'html', '-o', 'out/x.html'], installed.folder);
      assert.notEqual(exported.status, 0, 'without the Word writer, export cannot run: so lint did not need it');
    } finally {
      for (const file of libraries) fs.renameSync(`${file}.aside`, file);
    }
  });

  it('exports a PDF with the playwright-core it carries', function () {
    try {
      findBrowser(undefined);
    } catch {
      this.skip(); // no Chromium, Chrome or Edge on this machine (CI installs Debian's chromium)
    }
    const pdf = run('npx', ['--no', '--', 'reportwright', 'export', 'reports/clean.md', '--to', 'pdf', '-o', 'out/clean.pdf'], installed.folder);
    assert.equal(pdf.status, 0, pdf.stderr);
    assert.equal(fs.readFileSync(path.join(installed.folder, 'out', 'clean.pdf')).subarray(0, 5).toString(), '%PDF-');
    // The page layout it carries (dist/paged*.js) ran: no note that the PDF was printed as the page flows.
    assert.doesNotMatch(pdf.stdout + pdf.stderr, /as the page flows|in liền mạch/);
  });

  it("runs the README's GitLab CI script lines and writes valid report files", () => {
    const job = parseYaml(readmeExample('.gitlab-ci.yml')).reportwright;
    const lines: string[] = job.script;
    assert.match(lines[0], /^npm install .*\breportwright$/);
    // The install line with the tarball in the package's place: the job's other lines run as written.
    const install = run('bash', ['-c', lines[0].replace(/\breportwright$/, JSON.stringify(installed.tarball))], installed.folder);
    assert.equal(install.status, 0, install.stderr);
    const statuses = lines.slice(1).map((line) => run('bash', ['-c', line], installed.folder));
    for (const s of statuses.slice(0, -1)) assert.equal(s.status, 0, s.stderr);
    assert.equal(statuses.at(-1)!.status, 1, 'the last line fails the job on the error finding');
    assert.match(statuses.at(-1)!.stdout, /Checked 4 files \(3 as reports\): 1 error/);
    const quality = JSON.parse(fs.readFileSync(path.join(installed.folder, job.artifacts.reports.codequality), 'utf8'));
    assert.ok(quality.some((issue: { check_name: string; location: { path: string } }) => issue.check_name.endsWith('unknown-kind') && issue.location.path === 'reports/drafts/typo.md'));
    const junit = fs.readFileSync(path.join(installed.folder, job.artifacts.reports.junit), 'utf8');
    assert.match(junit, /^<\?xml[^>]*>\n<testsuites name="Reportwright" tests="\d+" failures="3"/);
  });

  describe('the GitHub Action, with the inputs of the README workflow', () => {
    interface Step {
      name: string;
      id?: string;
      if?: string;
      uses?: string;
      run?: string;
      env?: Record<string, string>;
      with?: Record<string, string>;
    }
    const action = parseYaml(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8'));
    const steps: Step[] = action.runs.steps;

    /**
     * Runs the action's shell steps as a runner would: `${{ inputs.X }}` from the given inputs
     * over the defaults, `${{ steps.ID.outputs.X }}` from what earlier steps wrote to GITHUB_OUTPUT;
     * a `uses:` step is not run, only returned with its inputs resolved.
     */
    function runAction(inputs: Record<string, string>, cwd: string) {
      const values: Record<string, string> = {};
      for (const [name, spec] of Object.entries<{ default?: string }>(action.inputs)) values[name] = inputs[name] ?? spec.default ?? '';
      for (const name of Object.keys(inputs)) assert.ok(name in action.inputs, `"${name}" is an input of the action`);
      const outputs: Record<string, Record<string, string>> = {};
      const runner = fs.mkdtempSync(path.join(scratch, 'runner-'));
      const expand = (text: string) =>
        text.replace(/\$\{\{\s*(.+?)\s*\}\}/g, (_, expression: string) => {
          let m = /^inputs\.([\w-]+)$/.exec(expression);
          if (m) return values[m[1]];
          m = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expression);
          if (m) return outputs[m[1]]?.[m[2]] ?? '';
          m = /^inputs\.([\w-]+) == '(\w+)'$/.exec(expression);
          if (m) return String(values[m[1]] === m[2]);
          throw new Error(`expression the test does not know: ${expression}`);
        });
      const results: Array<{ step: Step; status: number | null; stdout: string; stderr: string; with?: Record<string, string> }> = [];
      for (const step of steps) {
        if (step.if !== undefined && expand(step.if) !== 'true') continue;
        if (step.uses) {
          results.push({ step, status: null, stdout: '', stderr: '', with: Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, expand(String(v))])) });
          continue;
        }
        const outputFile = path.join(runner, `${step.id ?? 'step'}.out`);
        fs.writeFileSync(outputFile, '');
        const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(String(v))]));
        const r = run('bash', ['--noprofile', '--norc', '-e', '-o', 'pipefail', '-c', step.run!], cwd, { ...env, GITHUB_ACTION_PATH: ROOT, RUNNER_TEMP: runner, GITHUB_OUTPUT: outputFile });
        if (step.id) outputs[step.id] = Object.fromEntries(fs.readFileSync(outputFile, 'utf8').split('\n').filter(Boolean).map((l) => l.split(/=(.*)/s).slice(0, 2) as [string, string]));
        results.push({ step, status: r.status, stdout: r.stdout, stderr: r.stderr });
        if (r.status !== 0) break;
      }
      return { results, outputs };
    }

    function workflowInputs(): Record<string, string> {
      const workflow = parseYaml(readmeExample('.github/workflows/reports.yml'));
      const step = workflow.jobs.lint.steps.find((s: Step) => s.uses?.startsWith('reportwright/reportwright@'));
      assert.ok(step, 'the workflow uses the action');
      assert.equal(workflow.permissions['security-events'], 'write', 'SARIF upload needs security-events: write');
      return Object.fromEntries(Object.entries<unknown>(step.with).map(([k, v]) => [k, String(v)]));
    }

    it('lints the globs, writes SARIF for the upload step, and fails the job on an error finding', () => {
      const repo = fs.mkdtempSync(path.join(scratch, 'repo-'));
      writeReports(repo);
      fs.mkdirSync(path.join(repo, 'minutes', '2026'), { recursive: true });
      fs.writeFileSync(path.join(repo, 'minutes', '2026', 'họp-01.md'), readFixture('rules', 'RW001', 'missing-vi.md'));
      const { results, outputs } = runAction({ ...workflowInputs(), package: installed.tarball }, repo);
      const [install, lint, upload, fail] = results;
      assert.equal(install.status, 0, install.stderr);
      assert.equal(lint.status, 0, lint.stderr);
      assert.match(lint.stdout, /^minutes\/2026\/họp-01\.md:7:1 warning RW001/m);
      assert.match(lint.stdout, /^reports\/drafts\/typo\.md:2:7 error RW005/m);
      assert.match(lint.stdout, /Checked 4 files: 1 error, 4 warnings/);
      // The same findings as annotations on the pull request's lines, after the text.
      assert.match(lint.stdout, /Checked 4 files[^]*^::error file=reports\/drafts\/typo\.md,line=2,col=7,[^\n]*title=RW005\/unknown-kind::/m);
      assert.equal(lint.stdout.match(/^::warning file=/gm)?.length, 4);
      const shouted = runAction({ ...workflowInputs(), annotations: 'TRUE', sarif: 'false', package: installed.tarball }, repo);
      assert.equal(shouted.results[1].stdout.match(/^::warning file=/gm)?.length, 4, 'TRUE is true');
      assert.equal(outputs.lint['exit-code'], '1');
      assert.equal(upload.step.uses, 'github/codeql-action/upload-sarif@v3');
      const sarif = JSON.parse(fs.readFileSync(path.join(repo, upload.with!.sarif_file), 'utf8'));
      assert.equal(sarif.version, '2.1.0');
      assert.equal(sarif.runs[0].results.length, 5);
      assert.equal(fail.status, 1, 'the job fails on the error finding');
    });

    (process.platform === 'win32' ? it.skip : it)('writes the SARIF file whole, never through a link the repository plants under its name', () => {
      const repo = fs.mkdtempSync(path.join(scratch, 'repo-'));
      writeReports(repo);
      // A pull request plants reportwright.sarif as a link to a file outside the workspace.
      const outside = fs.mkdtempSync(path.join(scratch, 'outside-'));
      const victim = path.join(outside, 'victim.txt');
      fs.writeFileSync(victim, 'precious\n');
      fs.symlinkSync(victim, path.join(repo, 'reportwright.sarif'));
      const { results } = runAction({ ...workflowInputs(), package: installed.tarball }, repo);
      const [install, lint, upload] = results;
      assert.equal(install.status, 0, install.stderr);
      assert.equal(lint.status, 0, lint.stderr);
      assert.equal(fs.readFileSync(victim, 'utf8'), 'precious\n', 'the link was not written through');
      const sarifFile = path.join(repo, upload.with!.sarif_file);
      assert.ok(fs.lstatSync(sarifFile).isFile(), 'the link was replaced by the SARIF file');
      const sarif = JSON.parse(fs.readFileSync(sarifFile, 'utf8'));
      assert.equal(sarif.version, '2.1.0');
      assert.ok(sarif.runs[0].results.some((r: { ruleId: string }) => r.ruleId === 'RW005'));
      assert.deepEqual(fs.readdirSync(repo).filter((f) => f.includes('reportwright-tmp')), [], 'no temporary file left');
      // A sarif-file whose folder is a planted link leading out of the workspace is not written at all.
      fs.symlinkSync(outside, path.join(repo, 'results'));
      const led = runAction({ ...workflowInputs(), 'sarif-file': 'results/reportwright.sarif', package: installed.tarball }, repo);
      assert.match(led.results[1].stderr, /-o results\/reportwright\.sarif: its folder is a symbolic link that leads out of the working folder; nothing written/);
      assert.deepEqual(fs.readdirSync(outside), ['victim.txt']);
    });

    it('passes a clean run, and fails one with more warnings than max-warnings', () => {
      const repo = fs.mkdtempSync(path.join(scratch, 'repo-'));
      writeReports(repo);
      const clean = runAction({ files: 'reports/clean.md', package: installed.tarball }, repo);
      assert.deepEqual(clean.results.map((r) => r.status), [0, 0, 0], 'installed, linted, passed; no upload without sarif');
      const strict = runAction({ files: 'reports/missing.md\n  reports/clean.md  \n', 'max-warnings': '1', package: installed.tarball }, repo);
      assert.equal(strict.outputs.lint['exit-code'], '1');
      assert.equal(strict.results[1].stderr.match(/2 warnings, more than --max-warnings 1/g)?.length, 1, 'said once, by the text run');
      const missing = runAction({ files: 'reports/none.md', annotations: 'True', package: installed.tarball }, repo);
      assert.equal(missing.results[1].stderr.match(/none\.md: no such file or folder/g)?.length, 1, 'said once, by the text run');
      assert.equal(missing.outputs.lint['exit-code'], '2');
      const plain = runAction({ files: 'reports/missing.md', annotations: 'false', package: installed.tarball }, repo);
      assert.doesNotMatch(plain.results[1].stdout, /^::/m);
      assert.match(plain.results[1].stdout, /reports\/missing\.md:\d+:\d+ warning RW001/);
      assert.equal(strict.results.at(-1)!.status, 1);
      const args = runAction({ files: 'reports', args: '--lang en --format json', package: installed.tarball }, repo);
      assert.equal(JSON.parse(args.results[1].stdout).length, 3);
      // A quoted value reaches the command line as one word, its quotes taken off and its glob left to reportwright.
      fs.mkdirSync(path.join(repo, 'team kinds'));
      fs.writeFileSync(path.join(repo, 'team kinds', 'okr.json'), '{"id": "okr", "roles": [{"role": "results", "required": true}]}');
      fs.writeFileSync(path.join(repo, 'reports', 'q4.md'), '---\nkind: okr\n---\n## Results\n\nKR1 at 60%.\n');
      const quoted = runAction({ files: 'reports/q4.md', args: `--kinds "team kinds/*.json" --lang 'en'`, package: installed.tarball }, repo);
      assert.deepEqual(quoted.results.map((r) => r.status), [0, 0, 0], quoted.results[1].stdout + quoted.results[1].stderr);
      const unclosed = runAction({ files: 'reports/q4.md', args: '--kinds "team kinds/*.json', package: installed.tarball }, repo);
      assert.equal(unclosed.results[1].status, 2);
      assert.match(unclosed.results[1].stdout, /::error title=Reportwright::args: a quote is not closed/);
      // What the args hold is data: a line break in them cannot start a workflow command of its own.
      const planted = runAction({ files: 'reports/q4.md', args: '--lang "en\n::warning::planted 100%', package: installed.tarball }, repo);
      assert.equal(planted.results[1].status, 2);
      assert.match(planted.results[1].stdout, /^::error title=Reportwright::args: a quote is not closed: --lang "en%0A::warning::planted 100%25$/m);
      assert.doesNotMatch(planted.results[1].stdout, /^::warning/m);
    });
  });

  it('installs and runs as a pre-commit hook through pre-commit itself, from a repository of this tree', function () {
    // pre-commit installs a node hook with `npm install`, `npm pack` (whose stdout must be the
    // tarball's name alone: .npmrc) and `npm install -g` of that tarball. CI installs pre-commit.
    if (run('pre-commit', ['--version'], ROOT).status !== 0) this.skip();
    this.timeout(900_000);
    const git = (cwd: string, ...args: string[]) => {
      const done = run('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], cwd);
      assert.equal(done.status, 0, done.stderr);
      return done.stdout.trim();
    };
    // The hook repository: this tree as it would be committed (tracked and new files, not ignored ones).
    const hookRepo = path.join(scratch, 'hook-repo');
    const files = git(ROOT, 'ls-files', '-z', '--cached', '--others', '--exclude-standard').split('\0').filter(Boolean);
    for (const file of files) {
      const from = path.join(ROOT, file);
      if (!fs.existsSync(from) || !fs.lstatSync(from).isFile()) continue;
      fs.mkdirSync(path.dirname(path.join(hookRepo, file)), { recursive: true });
      fs.copyFileSync(from, path.join(hookRepo, file));
    }
    git(hookRepo, 'init', '-q');
    git(hookRepo, 'add', '-A');
    git(hookRepo, 'commit', '-q', '-m', 'hook repository');
    const rev = git(hookRepo, 'rev-parse', 'HEAD');
    // A team's repository with the README's configuration, pointed at that commit.
    const team = path.join(scratch, 'team');
    writeReports(team);
    fs.rmSync(path.join(team, 'reports', 'drafts'), { recursive: true });
    const config = parseYaml(readmeExample('.pre-commit-config.yaml'));
    Object.assign(config.repos[0], { repo: hookRepo, rev });
    fs.writeFileSync(path.join(team, '.pre-commit-config.yaml'), JSON.stringify(config));
    git(team, 'init', '-q');
    git(team, 'add', '-A');
    const env = { PRE_COMMIT_HOME: path.join(scratch, 'pre-commit-home'), PRE_COMMIT_COLOR: 'never' };
    const failing = spawnSync('pre-commit', ['run', '--all-files'], { cwd: team, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env }, timeout: 840_000 });
    const said = `${failing.stdout}${failing.stderr}`;
    assert.doesNotMatch(said, /An unexpected error|ENOENT/, said);
    assert.equal(failing.status, 1, said);
    assert.match(said, /^Reportwright\.+Failed$/m);
    assert.match(said, /^reports\/missing\.md:\d+:\d+ warning RW001\/missing-section /m);
    // One run for the commit's files: one summary line, and --max-warnings counts them all.
    assert.equal(said.match(/^(?:Checked|Đã kiểm tra) /gm)?.length, 1, said);
    git(team, 'rm', '-q', '-f', 'reports/missing.md');
    const passing = spawnSync('pre-commit', ['run', '--all-files'], { cwd: team, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env }, timeout: 300_000 });
    assert.equal(passing.status, 0, passing.stdout + passing.stderr);
    assert.match(passing.stdout, /^Reportwright\.+Passed$/m);
  });

  it("runs the pre-commit hook's command on a commit's files, with the README's arguments", () => {
    const hooks: Array<{ id: string; entry: string; language: string; types: string[] }> = parseYaml(fs.readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8'));
    const config = parseYaml(readmeExample('.pre-commit-config.yaml'));
    const used = config.repos[0].hooks[0];
    const hook = hooks.find((h) => h.id === used.id);
    assert.ok(hook, `the hook "${used.id}" is defined`);
    assert.equal(hook.language, 'node');
    assert.deepEqual(hook.types, ['markdown']);
    // pre-commit runs entry + args + the commit's files, with the package's bin on PATH.
    const [command, ...entryArgs] = hook.entry.split(' ');
    const bin = path.join(installed.folder, 'node_modules', '.bin');
    const env = { PATH: `${bin}${path.delimiter}${process.env.PATH}` };
    const commit = run(command, [...entryArgs, ...used.args, 'README.md', 'reports/clean.md'], installed.folder, env);
    assert.equal(commit.status, 0, commit.stderr + commit.stdout);
    const bad = run(command, [...entryArgs, ...used.args, 'reports/missing.md'], installed.folder, env);
    assert.equal(bad.status, 1, 'warnings over --max-warnings 0 stop the commit');
    const fix = hooks.find((h) => h.id === 'reportwright-fix')!;
    const copy = path.join(installed.folder, 'fix-me.md');
    fs.writeFileSync(copy, readFixture('rules', 'RW001', 'missing-vi.md'));
    const [fixCommand, ...fixArgs] = fix.entry.split(' ');
    assert.equal(run(fixCommand, [...fixArgs, 'fix-me.md'], installed.folder, env).status, 0);
    assert.equal(fs.readFileSync(copy, 'utf8'), readFixture('rules', 'RW001', 'missing-vi.fixed.md'));
  });
});
