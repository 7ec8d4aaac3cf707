import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Finding } from '../../../src/core';
import { toCodeQuality } from '../../../src/cli/codequality';
import { toJunit } from '../../../src/cli/junit';
import { main } from '../../../src/cli/main';
import { colorLine, summaryLine, totals, wantsColor } from '../../../src/cli/summary';
import { readFixture, runCli } from '../helpers';

const ROOT = path.join(__dirname, '..', '..', '..');

/**
 * The shape GitLab reads from `artifacts:reports:codequality` (its Code Quality docs, "Code
 * Quality report format"): an array of issues with description, check_name, fingerprint,
 * severity (info, minor, major, critical, blocker) and a location with a path and a begin line.
 */
const GITLAB_CODE_QUALITY = {
  type: 'array',
  items: {
    type: 'object',
    required: ['description', 'check_name', 'fingerprint', 'severity', 'location'],
    properties: {
      description: { type: 'string', minLength: 1 },
      check_name: { type: 'string', minLength: 1 },
      fingerprint: { type: 'string', minLength: 1 },
      severity: { enum: ['info', 'minor', 'major', 'critical', 'blocker'] },
      location: {
        type: 'object',
        required: ['path'],
        properties: {
          path: { type: 'string', pattern: '^(?!/)(?!\\./)[^\\\\]+$' },
          lines: { type: 'object', required: ['begin'], properties: { begin: { type: 'integer', minimum: 1 }, end: { type: 'integer', minimum: 1 } } },
          positions: {
            type: 'object',
            required: ['begin'],
            properties: { begin: { type: 'object', required: ['line'], properties: { line: { type: 'integer', minimum: 1 }, column: { type: 'integer', minimum: 1 } } } },
          },
        },
        anyOf: [{ required: ['lines'] }, { required: ['positions'] }],
      },
    },
  },
};

function finding(message: string, severity: Finding['severity'] = 'warning', line = 0): Finding {
  return { ruleId: 'RW306', ruleName: 'placeholder', severity, message, range: { start: { line, character: 2 }, end: { line, character: 5 } } };
}

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name, _path, _leaf, attribute) => !attribute && ['testsuite', 'testcase', 'failure', 'error', 'skipped'].includes(name) });

interface JunitCase {
  classname: string;
  name: string;
  failure?: Array<{ type: string; message: string; '#text': string }>;
  error?: Array<{ type: string; message: string; '#text': string }>;
  skipped?: Array<{ message: string }>;
}
interface JunitSuite {
  name: string;
  tests: string;
  failures: string;
  errors: string;
  skipped: string;
  testcase: JunitCase[];
}

/** The structure JUnit readers expect (Jenkins' junit-10.xsd): testsuites > testsuite > testcase > failure, with counts that add up. */
function checkJunit(text: string): JunitSuite[] {
  const valid = XMLValidator.validate(text);
  assert.equal(valid, true, JSON.stringify(valid));
  const doc = xml.parse(text);
  const root = doc.testsuites;
  assert.ok(root, 'the root element is <testsuites>');
  const suites: JunitSuite[] = root.testsuite ?? [];
  let tests = 0;
  let failures = 0;
  let errors = 0;
  for (const suite of suites) {
    assert.ok(suite.name, 'every testsuite has a name');
    assert.ok(suite.testcase.length > 0, 'every testsuite has a testcase');
    assert.equal(Number(suite.tests), suite.testcase.length);
    const failed = suite.testcase.filter((c) => c.failure).length;
    assert.equal(Number(suite.failures), failed);
    const inError = suite.testcase.filter((c) => c.error).length;
    assert.equal(Number(suite.errors), inError);
    const skipped = suite.testcase.filter((c) => c.skipped).length;
    assert.equal(Number(suite.skipped), skipped);
    for (const c of suite.testcase) assert.ok([c.failure, c.error, c.skipped].filter(Boolean).length <= 1, 'a case fails, errs, is skipped or passes');
    errors += inError;
    for (const c of suite.testcase) {
      assert.ok(c.classname && c.name, 'every testcase has a classname and a name');
      for (const f of c.failure ?? []) assert.match(f.type, /^(error|warning|info)$/);
    }
    tests += suite.testcase.length;
    failures += failed;
  }
  assert.equal(Number(root.tests), tests);
  assert.equal(Number(root.failures), failures);
  assert.equal(Number(root.errors), errors);
  return suites;
}

describe('command line: CI report formats, summary line and colours', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rw-ci-'));
    fs.writeFileSync(path.join(dir, 'missing.md'), readFixture('rules', 'RW001', 'missing-vi.md'));
    fs.writeFileSync(path.join(dir, 'clean.md'), readFixture('rules', 'RW001', 'complete.md'));
    fs.writeFileSync(path.join(dir, 'unknown.md'), readFixture('rules', 'RW005', 'typo.md'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints JUnit XML: a suite per file, a failed case per finding, a passing case for a clean file', async () => {
    const r = await runCli(dir, 'lint', '--format', 'junit', 'missing.md', 'clean.md', 'unknown.md');
    assert.equal(r.code, 1);
    const suites = checkJunit(r.out);
    assert.deepEqual(suites.map((s) => s.name), ['missing.md', 'clean.md', 'unknown.md']);
    const clean = suites[1].testcase;
    assert.equal(clean.length, 1);
    assert.equal(clean[0].failure, undefined);
    const missing = suites[0].testcase.find((c) => c.name.startsWith('7:1 RW001/missing-section'));
    assert.ok(missing?.failure?.[0], 'the missing section is a failed test case');
    assert.equal(missing.failure[0].type, 'warning');
    assert.equal(new Set(suites[0].testcase.map((c) => c.name)).size, suites[0].testcase.length, 'test case names are unique in a suite');
    assert.match(missing.failure[0]['#text'], /^missing\.md:7:1 warning RW001\/missing-section Báo cáo thiếu phần/);
    assert.equal(suites[2].testcase.find((c) => c.name.startsWith('2:7 RW005'))?.failure?.[0].type, 'error');
  });

  it('lists a Markdown file not checked as a report as a skipped JUnit test case, never a passing one', async () => {
    fs.writeFileSync(path.join(dir, 'notes.md'), '# Notes\n\nThe meeting went well.\n');
    const r = await runCli(dir, 'lint', '--format', 'junit', '--lang', 'en', 'clean.md', 'notes.md');
    assert.equal(r.code, 0);
    const suites = checkJunit(r.out);
    const [clean, notes] = suites;
    assert.equal(clean.testcase[0].name, 'no problems');
    assert.equal(clean.testcase[0].skipped, undefined, 'a report without findings passes');
    assert.deepEqual([notes.name, notes.tests, notes.failures, notes.skipped], ['notes.md', '1', '0', '1']);
    assert.equal(notes.testcase[0].name, 'not checked as a report');
    assert.match(notes.testcase[0].skipped![0].message, /^not checked as a report: its front matter has no "kind:"/);
    // <skipped/> is an empty element, as GitLab's and Jenkins' readers take it, and the totals count the case.
    assert.match(r.out, /<testcase classname="notes\.md" name="not checked as a report" file="notes\.md" time="0">\n {6}<skipped message="[^"]+"\/>\n {4}<\/testcase>/);
    assert.match(r.out, /<testsuites name="Reportwright" tests="2" failures="0" errors="0"/);
    // In the run's language; with --kind auto, why auto left it.
    assert.match((await runCli(dir, 'lint', '--format', 'junit', '--lang', 'vi', 'notes.md')).out, /<skipped message="chưa được kiểm tra như một báo cáo: front matter không có &quot;kind:&quot;/);
    assert.match((await runCli(dir, 'lint', '--format', 'junit', '--kind', 'auto', '--lang', 'en', 'notes.md')).out, /<skipped message="not checked as a report: --kind auto is not sure/);
    // A forced kind makes it a report again: no skipped case.
    assert.doesNotMatch((await runCli(dir, 'lint', '--format', 'junit', '--kind', 'status', 'notes.md')).out, /<skipped/);
  });

  it('lists a file it could not read in JUnit, code quality and SARIF too, never as a clean file', async () => {
    fs.writeFileSync(path.join(dir, 'utf16.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# Báo cáo\n', 'utf16le')]));
    const junit = await runCli(dir, 'lint', '--format', 'junit', 'clean.md', 'utf16.md');
    assert.equal(junit.code, 2);
    const suites = checkJunit(junit.out);
    const unread = suites.find((s) => s.name === 'utf16.md');
    assert.ok(unread?.testcase[0].error?.[0], 'the unreadable file is a test case in error');
    assert.equal(unread.testcase[0].error[0].type, 'unreadable');
    assert.match(unread.testcase[0].error[0].message, /UTF-16 LE text, not UTF-8; not read/);
    const quality = await runCli(dir, 'lint', '--format', 'codequality', 'clean.md', 'utf16.md');
    const issues: Array<{ check_name: string; location: { path: string } }> = JSON.parse(quality.out);
    assert.deepEqual(issues.map((i) => [i.check_name, i.location.path]), [['reportwright/unreadable', 'utf16.md']]);
    const validate = new Ajv({ allErrors: true }).compile(GITLAB_CODE_QUALITY);
    assert.ok(validate(issues), JSON.stringify(validate.errors?.slice(0, 3)));
    const sarif = JSON.parse((await runCli(dir, 'lint', '--format', 'sarif', 'clean.md', 'utf16.md')).out);
    const [invocation] = sarif.runs[0].invocations;
    assert.equal(invocation.executionSuccessful, false);
    assert.match(invocation.toolExecutionNotifications[0].message.text, /^utf16\.md: UTF-16 LE text/);
    assert.equal(invocation.toolExecutionNotifications[0].locations[0].physicalLocation.artifactLocation.uri, 'utf16.md');
  });

  it("names files from the repository's root in the CI formats, wherever in it the command runs; the text from where it runs", async () => {
    fs.mkdirSync(path.join(dir, '.git'));
    fs.mkdirSync(path.join(dir, 'team', 'weekly'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'team', 'weekly', 'w47.md'), readFixture('rules', 'RW001', 'missing-vi.md'));
    const inTeam = path.join(dir, 'team');
    const quality: Array<{ location: { path: string } }> = JSON.parse((await runCli(inTeam, 'lint', '--format', 'codequality', 'weekly')).out);
    assert.deepEqual([...new Set(quality.map((i) => i.location.path))], ['team/weekly/w47.md']);
    const sarif = JSON.parse((await runCli(inTeam, 'lint', '--format', 'sarif', 'weekly')).out);
    assert.equal(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'team/weekly/w47.md');
    assert.deepEqual(checkJunit((await runCli(inTeam, 'lint', '--format', 'junit', 'weekly')).out).map((s) => s.name), ['team/weekly/w47.md']);
    assert.match((await runCli(inTeam, 'lint', 'weekly')).out, /^weekly\/w47\.md:7:1 warning RW001/m);
  });

  (process.platform === 'win32' ? it.skip : it)('writes its output to -o FILE whole, replacing a link planted there, never writing through it', async () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'rw-outside-'));
    try {
      const victim = path.join(outside, 'victim.txt');
      fs.writeFileSync(victim, 'precious\n');
      // A repository that plants its SARIF file's name as a link to a file elsewhere.
      fs.symlinkSync(victim, path.join(dir, 'reportwright.sarif'));
      const r = await runCli(dir, 'lint', '--format', 'sarif', '-o', 'reportwright.sarif', 'missing.md', 'clean.md');
      assert.equal(r.code, 0, r.err);
      assert.equal(r.out, '', 'nothing on standard output');
      assert.equal(fs.readFileSync(victim, 'utf8'), 'precious\n', 'the link was not written through');
      assert.ok(fs.lstatSync(path.join(dir, 'reportwright.sarif')).isFile(), 'the link was replaced by the file');
      assert.equal(JSON.parse(fs.readFileSync(path.join(dir, 'reportwright.sarif'), 'utf8')).version, '2.1.0');
      // Run again over its own file: replaced whole; no temporary file is left beside it.
      assert.equal((await runCli(dir, 'lint', '--format', 'junit', '--output=reportwright.sarif', 'missing.md')).code, 0);
      assert.match(fs.readFileSync(path.join(dir, 'reportwright.sarif'), 'utf8'), /^<\?xml/);
      assert.deepEqual(fs.readdirSync(dir).filter((f) => f.includes('reportwright-tmp')), []);
      // A folder link that leads out of the working folder is refused, and so is a file being linted.
      fs.symlinkSync(outside, path.join(dir, 'out'));
      const out = await runCli(dir, 'lint', '--format', 'sarif', '-o', 'out/r.sarif', '--lang', 'en', 'missing.md');
      assert.equal(out.code, 2);
      assert.match(out.err, /-o out\/r\.sarif: its folder is a symbolic link that leads out of the working folder; nothing written/);
      assert.deepEqual(fs.readdirSync(outside), ['victim.txt']);
      const self = await runCli(dir, 'lint', '-o', 'missing.md', 'missing.md');
      assert.equal(self.code, 2);
      assert.match(self.err, /-o missing\.md: đó là một tệp đang được kiểm tra/);
      assert.equal(fs.readFileSync(path.join(dir, 'missing.md'), 'utf8'), readFixture('rules', 'RW001', 'missing-vi.md'));
      // The text format goes to the file too, summary line included, without colours.
      const text = await main(['lint', '-o', 'lint.txt', 'missing.md'], { cwd: dir, out: () => assert.fail('nothing on stdout'), err: () => undefined, color: true });
      assert.equal(text, 0);
      assert.match(fs.readFileSync(path.join(dir, 'lint.txt'), 'utf8'), /^missing\.md:7:1 warning RW001[^\x1b]*\nĐã kiểm tra 1 tệp: 0 lỗi, \d+ cảnh báo[^\n]*\n$/);
      const missing = await runCli(dir, 'lint', '-o', 'no/such/folder.json', '--lang', 'en', 'missing.md');
      assert.equal(missing.code, 2);
      assert.match(missing.err, /cannot write no\/such\/folder\.json: its folder does not exist; nothing written/);
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  it('prints GitHub Actions annotations: one workflow command a finding, escaped as GitHub reads them', async () => {
    fs.writeFileSync(path.join(dir, 'utf16.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# x\n', 'utf16le')]));
    const r = await runCli(dir, 'lint', '--format', 'github', 'missing.md', 'clean.md', 'unknown.md', 'utf16.md');
    assert.equal(r.code, 2);
    const lines = r.out.trimEnd().split('\n');
    assert.ok(lines.every((l) => /^::(error|warning|notice) file=[^:,]+(,[a-zA-Z]+=[^:,]*)*::.+$/.test(l)), r.out);
    assert.match(r.out, /^::error file=utf16\.md,title=Reportwright%3A not read::UTF-16 LE text, not UTF-8; not read/m);
    assert.match(r.out, /^::warning file=missing\.md,line=7,col=1,endLine=7,endColumn=\d+,title=RW001\/missing-section::Báo cáo thiếu phần/m);
    assert.match(r.out, /^::error file=unknown\.md,line=2,col=7,endLine=2,endColumn=\d+,title=RW005\/unknown-kind::/m);
    assert.ok(!lines.some((l) => l.includes('clean.md')), 'a clean file gives no annotation');
    assert.equal((await runCli(dir, 'lint', '--format', 'github', 'clean.md')).out, '', 'nothing at all for a clean run');
  });

  it('keeps JUnit XML well-formed whatever a message holds: markup, quotes, control characters, a lone surrogate', () => {
    const out = toJunit([{ file: 'a&b <c>.md', findings: [finding('Placeholder "<TODO> & \'x\'" \u0007 \u001b[31m \ud800 end\ttab\nline')] }]);
    const suites = checkJunit(out);
    const failure = suites[0].testcase[0].failure![0];
    assert.equal(suites[0].name, 'a&b <c>.md', 'the file name read back as it was');
    assert.match(failure['#text'], /\\u0007 \\u001B\[31m \\uD800 end/);
    assert.ok(!out.includes('\u0007') && !out.includes('\u001b') && !out.includes('\ud800'));
  });

  it("prints GitLab code-quality JSON that has GitLab's shape, with fingerprints that survive moved lines and tell repeats apart", async () => {
    fs.mkdirSync(path.join(dir, 'báo cáo'));
    fs.copyFileSync(path.join(dir, 'missing.md'), path.join(dir, 'báo cáo', 'tuần 1.md'));
    const r = await runCli(dir, 'lint', '--format', 'codequality', '.');
    assert.equal(r.code, 1);
    const issues: Array<{ check_name: string; severity: string; fingerprint: string; location: { path: string } }> = JSON.parse(r.out);
    const validate = new Ajv({ allErrors: true }).compile(GITLAB_CODE_QUALITY);
    assert.ok(validate(issues), JSON.stringify(validate.errors?.slice(0, 3)));
    assert.ok(issues.length >= 3);
    assert.ok(issues.some((i) => i.location.path === 'báo cáo/tuần 1.md'));
    const unknown = issues.find((i) => i.check_name === 'reportwright/RW005/unknown-kind');
    assert.equal(unknown?.severity, 'major');
    assert.equal(new Set(issues.map((i) => i.fingerprint)).size, issues.length, 'fingerprints are unique');

    const twice = toCodeQuality([{ file: './a.md', findings: [finding('same', 'warning', 3), finding('same', 'warning', 9)] }]);
    assert.notEqual(twice[0].fingerprint, twice[1].fingerprint);
    assert.equal(twice[0].location.path, 'a.md');
    const moved = toCodeQuality([{ file: 'a.md', findings: [finding('same', 'warning', 30)] }]);
    assert.equal(moved[0].fingerprint, twice[0].fingerprint, 'a finding moved down is the same issue');
    assert.deepEqual(JSON.parse((await runCli(dir, 'lint', '--format', 'codequality', 'clean.md')).out), []);
  });

  it('ends text output with one summary line: files, errors, warnings, fixable', async () => {
    const r = await runCli(dir, 'lint', '--lang', 'en', 'missing.md', 'clean.md', 'unknown.md');
    const lines = r.out.split('\n');
    assert.equal(lines.at(-1), 'Checked 3 files: 1 error, 2 warnings (3 fixable with --fix).');
    assert.equal(lines.length, 4, 'three findings, then the summary');
    const t = totals([{ file: 'x', findings: [finding('a', 'info'), { ...finding('b', 'error'), fix: { title: 'f', edits: [] } }] }]);
    assert.deepEqual(t, { files: 1, reports: 1, errors: 1, warnings: 0, infos: 1, fixable: 1 });
    assert.equal(summaryLine(t, 'en'), 'Checked 1 file: 1 error, 0 warnings, 1 note (1 fixable with --fix).');
    assert.equal(summaryLine(t, 'vi'), 'Đã kiểm tra 1 tệp: 1 lỗi, 0 cảnh báo, 1 ghi chú (1 vấn đề sửa được bằng --fix).');
    assert.equal(summaryLine({ files: 0, reports: 0, errors: 0, warnings: 0, infos: 0, fixable: 0 }, 'en'), 'Checked 0 files: 0 errors, 0 warnings.');
  });

  it('says in the summary how many files were checked as reports, when not all were', async () => {
    const some = totals([{ file: 'a', findings: [] }, { file: 'b', findings: [], notChecked: 'no-kind' }, { file: 'c', findings: [] }]);
    assert.deepEqual([some.files, some.reports], [3, 2]);
    assert.equal(summaryLine(some, 'en'), 'Checked 3 files (2 as reports): 0 errors, 0 warnings.');
    assert.equal(summaryLine(some, 'vi'), 'Đã kiểm tra 3 tệp (2 tệp được kiểm tra như báo cáo): 0 lỗi, 0 cảnh báo.');
    assert.equal(summaryLine({ ...some, reports: 1 }, 'en'), 'Checked 3 files (1 as a report): 0 errors, 0 warnings.');
    assert.equal(summaryLine({ ...some, reports: 0 }, 'en'), 'Checked 3 files (none as reports): 0 errors, 0 warnings.');
    assert.equal(summaryLine({ ...some, reports: 0 }, 'vi'), 'Đã kiểm tra 3 tệp (không tệp nào được kiểm tra như báo cáo): 0 lỗi, 0 cảnh báo.');
    assert.equal(summaryLine({ ...some, files: 1, reports: 0 }, 'en'), 'Checked 1 file (not as a report): 0 errors, 0 warnings.');
    // From the command line: a plain note beside two reports.
    fs.writeFileSync(path.join(dir, 'notes.md'), '# Notes\n\nSome text.\n');
    const r = await runCli(dir, 'lint', '--lang', 'en', 'missing.md', 'clean.md', 'notes.md');
    assert.match(r.out, /\nChecked 3 files \(2 as reports\): 0 errors, 2 warnings/);
  });

  it('says the summary in Vietnamese when every report is Vietnamese, or with --lang vi', async () => {
    assert.match((await runCli(dir, 'lint', 'missing.md')).out, /\nĐã kiểm tra 1 tệp: 0 lỗi, 2 cảnh báo \(2 vấn đề sửa được bằng --fix\)\.$/);
    assert.match((await runCli(dir, 'lint', '--lang', 'vi', 'clean.md')).out, /^Đã kiểm tra 1 tệp: 0 lỗi, 0 cảnh báo\.$/);
    assert.match((await runCli(dir, 'lint', '--lang', 'en', 'missing.md')).out, /\nChecked 1 file: 0 errors, 2 warnings \(2 fixable with --fix\)\.$/);
  });

  it('colours text only when asked: severities and the summary, and never the JSON formats', async () => {
    const out: string[] = [];
    const code = await main(['lint', 'missing.md', 'unknown.md'], { cwd: dir, out: (t) => out.push(t), err: () => {}, color: true });
    assert.equal(code, 1);
    const text = out.join('\n');
    assert.match(text, /\x1b\[33mwarning\x1b\[0m/);
    assert.match(text, /\x1b\[31merror\x1b\[0m/);
    assert.match(text, /\x1b\[1m\x1b\[31mĐã kiểm tra 2 tệp: 1 lỗi/);
    // Without colours the same lines, byte for byte, less the escapes.
    const plain = (await runCli(dir, 'lint', 'missing.md', 'unknown.md')).out;
    assert.equal(text.replace(/\x1b\[\d+m/g, ''), plain);
    const json: string[] = [];
    await main(['lint', '--format', 'json', 'missing.md'], { cwd: dir, out: (t) => json.push(t), err: () => {}, color: true });
    assert.ok(!json.join('').includes('\x1b'));
    assert.equal(colorLine('not a finding line'), 'not a finding line');
  });

  it('wants colours on a terminal only, never with NO_COLOR or TERM=dumb, and with FORCE_COLOR in a log', () => {
    assert.equal(wantsColor({ isTTY: true }, {}), true);
    assert.equal(wantsColor({ isTTY: false }, {}), false);
    assert.equal(wantsColor({}, {}), false);
    assert.equal(wantsColor({ isTTY: true }, { NO_COLOR: '1' }), false);
    assert.equal(wantsColor({ isTTY: true }, { NO_COLOR: '1', FORCE_COLOR: '1' }), false);
    assert.equal(wantsColor({ isTTY: true }, { NO_COLOR: '' }), true, 'an empty NO_COLOR does not count (no-color.org)');
    assert.equal(wantsColor({ isTTY: true }, { TERM: 'dumb' }), false);
    assert.equal(wantsColor({ isTTY: false }, { FORCE_COLOR: '1' }), true);
    assert.equal(wantsColor({ isTTY: true }, { FORCE_COLOR: '0' }), false);
  });

  it('the built command colours with FORCE_COLOR, not with NO_COLOR, and not into a pipe', function () {
    const cli = path.join(ROOT, 'dist', 'cli.js');
    if (!fs.existsSync(cli)) spawnSync('npm', ['run', 'build'], { cwd: ROOT });
    const run = (env: Record<string, string>) => {
      const base = { ...process.env };
      delete base.NO_COLOR;
      delete base.FORCE_COLOR;
      return spawnSync(process.execPath, [cli, 'lint', 'missing.md'], { cwd: dir, encoding: 'utf8', env: { ...base, ...env } });
    };
    const piped = run({});
    assert.equal(piped.status, 0);
    assert.ok(!piped.stdout.includes('\x1b'), 'no colours into a pipe');
    assert.match(piped.stdout, /Đã kiểm tra 1 tệp: 0 lỗi, 2 cảnh báo/);
    assert.match(run({ FORCE_COLOR: '1' }).stdout, /\x1b\[33mwarning/);
    assert.ok(!run({ FORCE_COLOR: '1', NO_COLOR: '1' }).stdout.includes('\x1b'));
  });
});
