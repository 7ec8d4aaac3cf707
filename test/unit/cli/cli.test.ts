import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readFixture, runCli } from '../helpers';

describe('command line', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rw-cli-'));
    fs.writeFileSync(path.join(dir, 'missing.md'), readFixture('rules', 'RW001', 'missing-vi.md'));
    fs.writeFileSync(path.join(dir, 'clean.md'), readFixture('rules', 'RW001', 'complete.md'));
    fs.writeFileSync(path.join(dir, 'readme.md'), '# Tool\n\nTODO write docs\n');
    fs.writeFileSync(path.join(dir, 'unknown.md'), readFixture('rules', 'RW005', 'typo.md'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints path:line:column severity RW001/missing-section message', async () => {
    const r = await runCli(dir, 'lint', 'missing.md');
    assert.equal(r.code, 0);
    assert.match(r.out, /^missing\.md:7:1 warning RW001\/missing-section Báo cáo thiếu phần "Phương hướng, nhiệm vụ"/m);
  });

  it('prints JSON with 1-based positions and fixable flags', async () => {
    const r = await runCli(dir, 'lint', '--format', 'json', 'missing.md', 'clean.md');
    const findings = JSON.parse(r.out);
    assert.equal(findings.length, 2);
    assert.deepEqual(Object.keys(findings[0]).sort(), ['column', 'endColumn', 'endLine', 'file', 'fixable', 'line', 'message', 'ruleId', 'ruleName', 'severity']);
    assert.deepEqual([findings[0].file, findings[0].line, findings[0].column, findings[0].ruleId, findings[0].fixable], ['missing.md', 7, 1, 'RW001', true]);
  });

  it('exits 1 when a finding is an error, 0 when none is', async () => {
    assert.equal((await runCli(dir, 'lint', 'unknown.md')).code, 1);
    assert.equal((await runCli(dir, 'lint', 'clean.md', 'readme.md')).code, 0);
  });

  it('gives plain Markdown no findings', async () => {
    const r = await runCli(dir, 'lint', 'readme.md');
    assert.equal(r.code, 0);
    assert.match(r.out, /\nChecked 1 file \(not as a report\): 0 errors, 0 warnings\.$/);
  });

  it('exits 2 on a missing file, says so on stderr, and still lints the others', async () => {
    const r = await runCli(dir, 'lint', 'nope.md', 'unknown.md');
    assert.equal(r.code, 2);
    // unknown.md is Vietnamese: so is the run's word about the missing file.
    assert.match(r.err, /nope\.md: không có tệp hay thư mục này/);
    assert.match((await runCli(dir, 'lint', 'nope.md', 'readme.md')).err, /nope\.md: no such file or folder/);
    assert.match(r.out, /unknown\.md:2:7 error RW005\/unknown-kind/);
  });

  it('refuses binary and non-UTF-8 files in words', async () => {
    fs.writeFileSync(path.join(dir, 'image.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
    fs.writeFileSync(path.join(dir, 'latin1.md'), Buffer.from('Caf\xe9 \xe0 Hu\xe9\n', 'latin1'));
    const r = await runCli(dir, 'lint', 'image.md', 'latin1.md', 'clean.md');
    assert.equal(r.code, 2);
    assert.match(r.err, /image\.md: binary file/);
    assert.match(r.err, /latin1\.md: not UTF-8 text/);
  });

  it('exits 2 on usage errors', async () => {
    assert.equal((await runCli(dir, 'lint')).code, 2);
    assert.equal((await runCli(dir, 'lint', '--format', 'xml', 'clean.md')).code, 2);
    const novel = await runCli(dir, 'lint', '--kind', 'novel', 'clean.md');
    assert.deepEqual([novel.code, /did you mean/.test(novel.err)], [2, false], 'no far-fetched suggestion');
    const typo = await runCli(dir, 'lint', '--kind', 'revew', 'clean.md');
    assert.equal(typo.code, 2);
    assert.match(typo.err, /unknown kind "revew"; did you mean "review"\? Known kinds: review, meeting-news, status, annual-report, minutes, post-mortem, retrospective, official-report, plan, conclusion-notice\./);
    assert.equal((await runCli(dir, 'lint', '--bogus', 'clean.md')).code, 2);
    assert.equal((await runCli(dir, 'frobnicate')).code, 2);
  });

  it('reports bad front matter as a finding, not a crash', async () => {
    fs.writeFileSync(path.join(dir, 'broken.md'), readFixture('rules', 'RW006', 'broken-yaml.md'));
    const r = await runCli(dir, 'lint', 'broken.md');
    assert.equal(r.code, 1);
    assert.match(r.out, /broken\.md:3:1 error RW006\/front-matter Front matter không phải YAML hợp lệ/);
  });

  it('expands folders and globs', async () => {
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.writeFileSync(path.join(dir, 'sub', 'deep.md'), readFixture('rules', 'RW005', 'typo.md'));
    const folder = JSON.parse((await runCli(dir, 'lint', '--format', 'json', '.')).out);
    assert.ok(folder.some((f: { file: string }) => f.file === 'sub/deep.md'));
    const globbed = JSON.parse((await runCli(dir, 'lint', '--format', 'json', '**/deep.md')).out);
    assert.deepEqual([...new Set(globbed.map((f: { file: string }) => f.file))], ['sub/deep.md']);
    assert.equal((await runCli(dir, 'lint', 'nothing/**/*.md')).code, 2);
  });

  it('--kind treats every file as a report of that kind', async () => {
    const r = await runCli(dir, 'lint', '--kind', 'status', '--format', 'json', 'readme.md');
    const ids = JSON.parse(r.out).map((f: { ruleId: string }) => f.ruleId);
    assert.ok(ids.includes('RW001') && ids.includes('RW306'));
  });

  it('--kind auto on a folder checks only the files that confidently look like reports', async () => {
    const root = path.join(__dirname, '..', '..', '..');
    const repo = path.join(dir, 'repo');
    // Reports without front matter (the examples, their "kind:" taken off), beside Markdown that is no report.
    fs.mkdirSync(path.join(repo, 'reports'), { recursive: true });
    const reports = fs.readdirSync(path.join(root, 'examples')).filter((f) => f.endsWith('.md'));
    for (const file of reports) fs.writeFileSync(path.join(repo, 'reports', file), fs.readFileSync(path.join(root, 'examples', file), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''));
    fs.mkdirSync(path.join(repo, 'docs'));
    const pages = fs.readdirSync(path.join(root, 'docs', 'rules')).filter((f) => /^RW00[1-5]|^RW30[1-3]/.test(f));
    for (const file of pages) fs.copyFileSync(path.join(root, 'docs', 'rules', file), path.join(repo, 'docs', file));
    fs.writeFileSync(path.join(repo, 'CHANGELOG.md'), '# Changelog\n\n## 0.2.0\n\n- Fixed the installer.\n\n## 0.1.0\n\n- First release.\n');
    fs.writeFileSync(path.join(repo, 'CONTRIBUTING.md'), '# Contributing\n\n## Setup\n\nnpm ci\n\n## Tests\n\nnpm test\n');
    fs.writeFileSync(path.join(repo, 'ghi-chep.md'), '# Ghi chép\n\nHôm nay họp nhóm, mọi việc ổn.\n');
    const others = pages.length + 3;
    const text = await runCli(repo, 'lint', '--kind', 'auto', '--lang', 'en', '.');
    assert.match(text.out, new RegExp(`\\nChecked ${reports.length + others} files \\(${reports.length} as reports\\): `));
    assert.match(text.out, new RegExp(`^Note: ${others} files were not checked as reports \\(CHANGELOG\\.md, CONTRIBUTING\\.md, docs/RW001-missing-section\\.md and ${others - 3} more\\): --kind auto is not sure`, 'm'));
    const findings: Array<{ file: string }> = JSON.parse((await runCli(repo, 'lint', '--kind', 'auto', '--format', 'json', '.')).out);
    assert.ok(findings.length > 0);
    assert.deepEqual([...new Set(findings.map((f) => f.file.split('/')[0]))], ['reports'], 'only the reports have findings');
  });

  it('--report-files makes matching files reports', async () => {
    const r = await runCli(dir, 'lint', '--report-files', 'read*.md', '--format', 'json', 'readme.md');
    assert.ok(JSON.parse(r.out).length > 0);
  });

  it('--fix writes the fixes and prints what is left', async () => {
    const r = await runCli(dir, 'lint', '--fix', '--format', 'json', 'missing.md', 'unknown.md');
    assert.equal(r.code, 0);
    assert.equal(fs.readFileSync(path.join(dir, 'missing.md'), 'utf8'), readFixture('rules', 'RW001', 'missing-vi.fixed.md'));
    assert.match(fs.readFileSync(path.join(dir, 'unknown.md'), 'utf8'), /^kind: "review"$/m);
    const left = JSON.parse(r.out).map((f: { ruleId: string }) => f.ruleId);
    assert.ok(left.every((id: string) => id === 'RW003'), `only the new empty sections are left: ${left}`);
    assert.deepEqual(fs.readdirSync(dir).filter((f) => f.includes('tmp')), []);
  });

  it('--fix says it fixed as many problems as the lint said it would, in the report\'s language', async () => {
    // A monthly report with a section number skipped and no conclusion: putting the conclusion in
    // and renumbering take the fixes more passes than the three problems the writer was shown.
    const text = ['---', 'kind: review', 'lang: vi', 'period: 10/2026', '---', '', '# Báo cáo công tác tháng 10 năm 2026', '', '## I. Kết quả đạt được', '', 'Xử lý 146 yêu cầu hỗ trợ.', '',
      '## II. Tồn tại, hạn chế', '', 'Sao lưu còn thủ công.', '', '## IV. Phương hướng, nhiệm vụ tháng 11', '', 'Sao lưu tự động.', '', '## V. Kiến nghị, đề xuất', '', 'Bố trí kinh phí.', ''].join('\n');
    fs.writeFileSync(path.join(dir, 'thang-10.md'), text);
    const shown = await runCli(dir, 'lint', 'thang-10.md');
    assert.match(shown.out, /\(3 vấn đề sửa được bằng --fix\)/);
    const fixed = await runCli(dir, 'lint', '--fix', 'thang-10.md');
    assert.match(fixed.err, /thang-10\.md: đã sửa 3 vấn đề$/m);
    fs.rmSync(path.join(dir, 'thang-10.md'));
  });

  it('--fix keeps a byte order mark and CRLF line breaks', async () => {
    const crlf = '\ufeff' + readFixture('rules', 'RW005', 'typo.md').replace(/\n/g, '\r\n');
    fs.writeFileSync(path.join(dir, 'crlf.md'), crlf);
    await runCli(dir, 'lint', '--fix', 'crlf.md');
    const fixed = fs.readFileSync(path.join(dir, 'crlf.md'), 'utf8');
    assert.ok(fixed.startsWith('\ufeff---\r\nkind: "review"\r\n'));
    assert.ok(!/[^\r]\n/.test(fixed));
  });

  it('reads the kinds in the report\'s nearest .reportwright/kinds, from any folder, and says in words when one is broken', async () => {
    fs.mkdirSync(path.join(dir, '.reportwright', 'kinds'), { recursive: true });
    fs.writeFileSync(path.join(dir, '.reportwright', 'kinds', 'okr.json'), '{"id": "okr", "roles": [{"role": "results", "required": true}, {"role": "risks", "required": true, "synonyms": {"en": ["risks"]}}]}');
    fs.writeFileSync(path.join(dir, 'okr.md'), '---\nkind: okr\n---\n## Results\n\nKR1 at 60%.\n');
    const good = await runCli(dir, 'lint', '--format', 'json', 'okr.md');
    assert.equal(good.code, 0);
    assert.deepEqual(JSON.parse(good.out).map((f: { ruleId: string; message: string }) => [f.ruleId, f.message.includes('"Risks"')]), [['RW001', true]]);
    // CliRun from elsewhere, the report's own project still supplies its kinds.
    const fromParent = await runCli(path.dirname(dir), 'lint', '--format', 'json', path.join(path.basename(dir), 'okr.md'));
    assert.deepEqual([fromParent.code, JSON.parse(fromParent.out).map((f: { ruleId: string }) => f.ruleId)], [0, ['RW001']]);
    fs.writeFileSync(path.join(dir, '.reportwright', 'kinds', 'broken.json'), '{"id": "broken", "roles": [{"role": "results", "requird": true}]}');
    const broken = await runCli(dir, 'lint', 'okr.md', 'clean.md');
    assert.equal(broken.code, 2);
    assert.match(broken.err, /\.reportwright\/kinds\/broken\.json:1:\d+: this report kind is not used: \/roles\/0: "requird" is not a property of a kind\./);
  });

  it('notes a folder or a glob that finds nothing among others, and exits 2 only when nothing at all is found', async () => {
    fs.mkdirSync(path.join(dir, 'empty-minutes'));
    const some = await runCli(dir, 'lint', 'clean.md', 'minutes/**/*.md', 'empty-minutes');
    assert.equal(some.code, 0, some.err);
    assert.match(some.err, /^reportwright: minutes\/\*\*\/\*\.md: no file matches this pattern$/m);
    assert.match(some.err, /^reportwright: empty-minutes: no Markdown file in this folder$/m);
    const none = await runCli(dir, 'lint', 'minutes/**/*.md');
    assert.equal(none.code, 2);
    assert.equal(none.out, '', 'no "Checked 0 files" summary when nothing was found');
    assert.match(none.err, /minutes\/\*\*\/\*\.md: no file matches this pattern/);
    const missing = await runCli(dir, 'lint', 'nope/');
    assert.deepEqual([missing.code, missing.out], [2, '']);
    assert.match(missing.err, /^reportwright: nope\/: no such file or folder$/m);
    assert.equal((await runCli(dir, 'lint', 'clean.md', 'no-such-file.md')).code, 2, 'a path that does not exist is a slip');
    // A folder whose files .gitignore leaves out says so.
    fs.mkdirSync(path.join(dir, 'drafts'));
    fs.writeFileSync(path.join(dir, 'drafts', 'draft.md'), '# Draft\n');
    fs.writeFileSync(path.join(dir, '.gitignore'), 'drafts/\n');
    const ignored = await runCli(dir, 'lint', 'clean.md', 'drafts');
    assert.match(ignored.err, /^reportwright: drafts: its Markdown file is left out by \.gitignore \(name a file to lint it anyway\)$/m);
    fs.rmSync(path.join(dir, '.gitignore'));
  });

  it('refuses a --kinds that names no file, and never turns an unknown kind into a far one', async () => {
    fs.writeFileSync(path.join(dir, 'q4.md'), '---\nkind: okr\n---\n## Results\n\nKR1 at 60%.\n');
    const slip = await runCli(dir, 'lint', '--kinds', 'nope/*.json', 'q4.md');
    assert.equal(slip.code, 2);
    assert.match(slip.err, /--kinds nope\/\*\.json: no kind file matches this pattern/);
    // Without its kind file, "okr" is an unknown kind with no near one: reported, not rewritten.
    const fixed = await runCli(dir, 'lint', '--fix', 'q4.md');
    assert.equal(fixed.code, 1);
    assert.match(fixed.out, /RW005\/unknown-kind Unknown report kind "okr"\. Known kinds:/);
    assert.equal(fs.readFileSync(path.join(dir, 'q4.md'), 'utf8'), '---\nkind: okr\n---\n## Results\n\nKR1 at 60%.\n');
    fs.mkdirSync(path.join(dir, 'team-kinds'));
    fs.writeFileSync(path.join(dir, 'team-kinds', 'okr.json'), '{"id": "okr", "roles": [{"role": "results", "required": true}]}');
    assert.equal((await runCli(dir, 'lint', '--kinds', 'team-kinds/*.json', 'q4.md')).code, 0);
    // An absolute glob names its files too.
    assert.equal((await runCli(dir, 'lint', '--kinds', path.join(dir, 'team-kinds', '*.json'), 'q4.md')).code, 0);
    // Names of their own are not typos of a known kind: reported, never rewritten.
    for (const name of ['state', 'preview', 'meeting-minutes', 'annual-review']) {
      fs.writeFileSync(path.join(dir, 'named.md'), `---\nkind: ${name}\n---\n## Results\n\nDone.\n`);
      await runCli(dir, 'lint', '--fix', 'named.md');
      assert.match(fs.readFileSync(path.join(dir, 'named.md'), 'utf8'), new RegExp(`^---\nkind: ${name}\n`), name);
    }
  });

  it('outline --format json prints the section tree with roles and 1-based line ranges', async () => {
    const r = await runCli(dir, 'outline', '--format', 'json', 'missing.md');
    const outline = JSON.parse(r.out);
    assert.equal(outline.kind, 'review');
    const [title] = outline.sections;
    assert.deepEqual([title.text, title.startLine, title.endLine], ['Báo cáo tổng kết công tác năm 2023', 7, 19]);
    assert.deepEqual(title.children.map((c: { role?: string; startLine: number }) => [c.role ?? null, c.startLine]), [
      ['results', 9],
      ['shortcomings', 13],
      [null, 17],
    ]);
  });

  it('runs as a built executable with the documented exit codes', function () {
    const cli = path.join(__dirname, '..', '..', '..', 'dist', 'cli.js');
    if (!fs.existsSync(cli)) execFileSync('npm', ['run', 'build'], { cwd: path.join(__dirname, '..', '..', '..') });
    const ok = spawnSync(process.execPath, [cli, 'lint', 'clean.md'], { cwd: dir, encoding: 'utf8' });
    assert.equal(ok.status, 0);
    const bad = spawnSync(process.execPath, [cli, 'lint', 'unknown.md'], { cwd: dir, encoding: 'utf8' });
    assert.equal(bad.status, 1);
    assert.match(bad.stdout, /RW005\/unknown-kind/);
    const usage = spawnSync(process.execPath, [cli, 'lint', '--format', 'xml', 'x.md'], { cwd: dir, encoding: 'utf8' });
    assert.equal(usage.status, 2);
    assert.match(usage.stderr, /--format must be text, json, sarif, junit, codequality or github/);
  });
});
