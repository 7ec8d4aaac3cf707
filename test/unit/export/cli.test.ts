import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runExport } from '../../../src/cli/exportCommand';
import { loadKinds } from '../../../src/cli/kinds';
import { ReportSettings } from '../../../src/cli/reportSettings';
import { EXPORT_FIXTURES } from './support';
import { runCli } from '../helpers';

describe('command line: export', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rw-cli-export-'));
    fs.cpSync(EXPORT_FIXTURES, dir, { recursive: true });
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes the export next to the report, with the image embedded', async () => {
    const r = await runCli(dir, 'export', 'bao-cao-tong-ket.md', '--to', 'html');
    assert.equal(r.code, 0, r.err);
    // The report is in Vietnamese: so is what is said about it.
    assert.match(r.out, /^bao-cao-tong-ket\.html: \d+ KB trong \d+,\d giây$/);
    assert.equal(r.err, '');
    assert.match(fs.readFileSync(path.join(dir, 'bao-cao-tong-ket.html'), 'utf8'), /<img src="data:image\/png;base64,/);
  });

  it('writes Word with the nd30 profile where -o says', async () => {
    const r = await runCli(dir, 'export', 'bao-cao-tong-ket.md', '--to', 'docx', '--profile', 'nd30', '-o', 'xuat/bao-cao.docx');
    assert.equal(r.code, 2, 'the folder does not exist');
    assert.match(r.err, /Không ghi được .*bao-cao\.docx: thư mục không tồn tại; không có tệp nào được ghi\./);
    fs.mkdirSync(path.join(dir, 'xuat'));
    assert.equal((await runCli(dir, 'export', 'bao-cao-tong-ket.md', '--to', 'docx', '--profile', 'nd30', '-o', 'xuat/bao-cao.docx')).code, 0);
    assert.equal(fs.readFileSync(path.join(dir, 'xuat', 'bao-cao.docx')).subarray(0, 2).toString(), 'PK');
  });

  it('refuses to overwrite an existing file without --force', async () => {
    fs.writeFileSync(path.join(dir, 'bao-cao-tong-ket.html'), 'kept');
    const refused = await runCli(dir, 'export', 'bao-cao-tong-ket.md', '--to', 'html');
    assert.equal(refused.code, 2);
    assert.match(refused.err, /bao-cao-tong-ket\.html đã có; tệp được giữ nguyên \(ghi đè bằng --force/);
    assert.equal(fs.readFileSync(path.join(dir, 'bao-cao-tong-ket.html'), 'utf8'), 'kept');
    assert.equal((await runCli(dir, 'export', 'bao-cao-tong-ket.md', '--to', 'html', '--force')).code, 0);
    assert.match(fs.readFileSync(path.join(dir, 'bao-cao-tong-ket.html'), 'utf8'), /^<!DOCTYPE html>/);
  });

  it('exports an unfinished report with a warning, and refuses it with --strict', async () => {
    const warned = await runCli(dir, 'export', 'annual-review-draft.md', '--to', 'html');
    assert.equal(warned.code, 0);
    assert.match(warned.err, /annual-review-draft\.md: exported although the report has 1 placeholder \(RW306\); .*--strict/);
    fs.rmSync(path.join(dir, 'annual-review-draft.html'));
    const strict = await runCli(dir, 'export', 'annual-review-draft.md', '--to', 'docx', '--strict');
    assert.equal(strict.code, 1);
    assert.match(strict.err, /Not exported: the report has 1 placeholder \(RW306\)\./);
    assert.ok(!fs.existsSync(path.join(dir, 'annual-review-draft.docx')));
  });

  it('explains what is wrong with the command', async () => {
    assert.match((await runCli(dir, 'export', 'bao-cao-tong-ket.md', '--lang', 'en')).err, /export needs --to html\|docx\|pdf/);
    assert.match((await runCli(dir, 'export', 'bao-cao-tong-ket.md', '--to', 'odt', '--lang', 'en')).err, /--to must be html, docx or pdf, not "odt"/);
    assert.match((await runCli(dir, 'export', 'bao-cao-tong-ket.md', '--to', 'pdf', '--profile', 'a5', '--lang', 'en')).err, /--profile must be default or nd30/);
    assert.match((await runCli(dir, 'export', 'bao-cao-tong-ket.md', '--to', 'html', '-o', 'bao-cao-tong-ket.md', '--force', '--lang', 'en')).err, /would replace the report itself/);
    assert.match((await runCli(dir, 'export', 'khong-co.md', '--to', 'html')).err, /khong-co\.md: no such file or folder/);
    assert.match((await runCli(dir, '--help')).out, /reportwright export FILE\|FOLDER\|GLOB\.\.\. --to html\|docx\|pdf/);
  });

  it('explains it in the report’s language when --lang is not given: Vietnamese for a Vietnamese report', async () => {
    const told = async (...args: string[]) => (await runCli(dir, 'export', 'bao-cao-tong-ket.md', ...args)).err;
    assert.match(await told(), /export cần --to html\|docx\|pdf\nChạy "reportwright --help" để xem cách dùng\./);
    assert.match(await told('--to', 'odt'), /--to chỉ nhận html, docx hoặc pdf, không nhận "odt"/);
    assert.match(await told('--to', 'pdf', '--profile', 'a5'), /--profile chỉ nhận default hoặc nd30/);
    assert.match(await told('--to', 'html', '-o', 'bao-cao-tong-ket.md', '--force'), /tệp xuất sẽ thay chính báo cáo/);
    assert.match(await told('--to', 'html', '--reference-docx', 'x.docx'), /--reference-docx đặt kiểu trình bày cho tệp Word/);
  });

  it('says how to get a browser when the one given for PDF is not there', async () => {
    const r = await runCli(dir, 'export', 'bao-cao-tong-ket.md', '--to', 'pdf', '--browser', path.join(dir, 'chrome'));
    assert.equal(r.code, 2);
    assert.match(r.err, /không phải tệp chạy được/);
    assert.ok(!fs.existsSync(path.join(dir, 'bao-cao-tong-ket.pdf')));
  });
});

describe('command line: export of several reports', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rw-cli-many-'));
    fs.mkdirSync(path.join(dir, 'team', 'a'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'team', 'b'));
    fs.writeFileSync(path.join(dir, 'team', 'a', 'week.md'), '---\nkind: status\nlang: en\n---\n# Week A\n\n## Done this week\n\n- One.\n\n## Next week\n\n- Two.\n');
    fs.writeFileSync(path.join(dir, 'team', 'b', 'week.md'), '---\nkind: status\nlang: en\n---\n# Week B\n\n## Done this week\n\n- One.\n\n## Next week\n\n- Two.\n');
    fs.writeFileSync(path.join(dir, 'team', 'b', 'notes.md'), '# Notes\n\nText.\n');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('takes folders and globs as lint does, writes each next to its report, one line each and a summary', async () => {
    const r = await runCli(dir, 'export', 'team/a', 'team/b/*.md', '--to', 'html');
    assert.equal(r.code, 0, r.err);
    const lines = r.out.split('\n');
    assert.equal(lines.length, 4);
    assert.match(lines[0], /^\[1\/3\] team[\\/]a[\\/]week\.html: \d+ KB in \d+\.\d s$/);
    assert.match(lines[1], /^\[2\/3\] team[\\/]b[\\/]notes\.html: /);
    assert.match(lines[2], /^\[3\/3\] team[\\/]b[\\/]week\.html: /);
    assert.match(lines[3], /^Exported 3 of 3 reports in \d+\.\d s\.$/);
    for (const file of ['team/a/week.html', 'team/b/week.html', 'team/b/notes.html']) assert.ok(fs.existsSync(path.join(dir, file)), file);
  });

  it('writes into the folder -o names, keeping the reports’ folders apart, and goes on past a failure', async () => {
    fs.mkdirSync(path.join(dir, 'out', 'a'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'out', 'a', 'week.docx'), 'kept');
    const r = await runCli(dir, 'export', 'team', '--to', 'docx', '-o', 'out');
    assert.equal(r.code, 2, 'one file was in the way');
    assert.match(r.err, /week\.docx already exists; it was left as it is/);
    assert.equal(fs.readFileSync(path.join(dir, 'out', 'a', 'week.docx'), 'utf8'), 'kept');
    assert.ok(fs.existsSync(path.join(dir, 'out', 'b', 'week.docx')));
    assert.ok(fs.existsSync(path.join(dir, 'out', 'b', 'notes.docx')));
    assert.match(r.out, /Exported 2 of 3 reports, 1 not exported in \d+\.\d s\./);
  });

  it('makes a folder -o names with a trailing slash, even for one report', async () => {
    const r = await runCli(dir, 'export', 'team/a/week.md', '--to', 'html', '-o', 'new/');
    assert.equal(r.code, 0, r.err);
    assert.ok(fs.existsSync(path.join(dir, 'new', 'week.html')));
  });

  it('refuses -o naming a file for several reports, and --reference-docx with another format', async () => {
    fs.writeFileSync(path.join(dir, 'one.html'), '');
    assert.match((await runCli(dir, 'export', 'team', '--to', 'html', '-o', 'one.html')).err, /-o one\.html is a file: with several reports, -o names the folder/);
    assert.match((await runCli(dir, 'export', 'team', '--to', 'html', '--reference-docx', 'x.docx')).err, /--reference-docx .* use it with --to docx/);
    assert.match((await runCli(dir, 'export', 'team', '--to', 'docx', '--reference-docx', 'x.docx')).err, /--reference-docx x\.docx: no such file/);
  });
});

describe('command line: a long PDF says how far it is', function () {
  this.timeout(120_000);
  it('on stderr, every so often, naming the step (quiet before the first tick)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rw-cli-progress-'));
    try {
      fs.writeFileSync(path.join(dir, 'week.md'), '---\nkind: status\nlang: en\n---\n# Week\n\n## Done this week\n\n- One.\n\n## Next week\n\n- Two.\n');
      const err: string[] = [];
      const out: string[] = [];
      const io = { cwd: dir, out: (t: string) => out.push(t), err: (t: string) => err.push(t) };
      const { kinds } = await loadKinds(dir, []);
      const settings = new ReportSettings(io, { reportFiles: [], kinds: [] }, kinds);
      const code = await runExport(io, ['week.md'], { to: 'pdf', force: false, strict: false, settings, progressEveryMs: 100 });
      assert.equal(code, 0, err.join('\n'));
      assert.ok(err.some((line) => /^reportwright: week\.md: (starting the browser|printing)… \d+ s$/.test(line)), err.join('\n'));
      assert.match(out.join('\n'), /^week\.pdf: \d+ KB, 1 page in \d+\.\d s \(printed by .+\)$/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
