import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
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
    assert.match((await runCli(dir, 'export', 'bao-cao-tong-ket.md')).err, /export needs --to html\|docx\|pdf/);
    assert.match((await runCli(dir, 'export', 'bao-cao-tong-ket.md', '--to', 'odt')).err, /--to must be html, docx, pdf, not "odt"/);
    assert.match((await runCli(dir, 'export', 'bao-cao-tong-ket.md', '--to', 'pdf', '--profile', 'a5')).err, /--profile must be default or nd30/);
    assert.match((await runCli(dir, 'export', 'bao-cao-tong-ket.md', '--to', 'html', '-o', 'bao-cao-tong-ket.md', '--force')).err, /would replace the report itself/);
    assert.match((await runCli(dir, 'export', 'khong-co.md', '--to', 'html')).err, /khong-co\.md: no such file or folder/);
    assert.match((await runCli(dir, '--help')).out, /reportwright export FILE --to html\|docx\|pdf/);
  });

  it('says how to get a browser when the one given for PDF is not there', async () => {
    const r = await runCli(dir, 'export', 'bao-cao-tong-ket.md', '--to', 'pdf', '--browser', path.join(dir, 'chrome'));
    assert.equal(r.code, 2);
    assert.match(r.err, /không phải tệp chạy được/);
    assert.ok(!fs.existsSync(path.join(dir, 'bao-cao-tong-ket.pdf')));
  });
});
