import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../helpers';
import { headingLang, kindLabel, notCheckedNote } from '../../../src/cli/words';

// Written for these tests.
const VI_STATUS = '# Báo cáo tình hình tuần 12\n\n## Việc đã làm trong tuần\n\n- Hoàn thành bộ cài đặt.\n\n## Việc tuần tới\n\n- Bản cập nhật.\n\n## Khó khăn, vướng mắc\n\n- Không có.\n';
const VI_NOTE = '# Ghi chép cá nhân\n\nHôm nay trời đẹp, tôi đi dạo quanh hồ và ghé hiệu sách.\n';

describe('command line: one language a run, and notes that suggest what would help', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rw-cli-words-'));
    fs.writeFileSync(path.join(dir, 'vi.md'), VI_STATUS);
    fs.writeFileSync(path.join(dir, 'note-vi.md'), VI_NOTE);
    fs.writeFileSync(path.join(dir, 'empty.md'), '');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('outline: the text header in --lang, else the report’s language', async () => {
    const vi = await runCli(dir, 'outline', '--lang', 'vi', '--kind', 'status', 'vi.md');
    // The kind and the roles by their Vietnamese names, each with the id one types after --kind or in the front matter.
    assert.match(vi.out.split('\n')[0], /^vi\.md: báo cáo, loại Báo cáo công việc \(status\), vi/);
    assert.match(vi.out, /\((?:Kết quả|Kết quả đạt được)[^)]* · results\)/);
    assert.doesNotMatch(vi.out, /^ {2}paragraphs:/m);
    const en = await runCli(dir, 'outline', '--lang', 'en', '--kind', 'status', 'vi.md');
    assert.match(en.out.split('\n')[0], /^vi\.md: report, kind Status report \(status\), vi/);
    assert.match((await runCli(dir, 'outline', 'note-vi.md')).out.split('\n')[0], /^note-vi\.md: không phải báo cáo, vi/);
    assert.match((await runCli(dir, 'outline', '--lang', 'en', 'note-vi.md')).out.split('\n')[0], /^note-vi\.md: not a report, vi/);
  });

  it('the note offers --kind auto only for a file that looks like a kind', async () => {
    const plain = await runCli(dir, 'lint', 'note-vi.md');
    assert.match(plain.out, /^Lưu ý: note-vi\.md: chưa được kiểm tra như một báo cáo: front matter không có "kind:"\. Để kiểm tra: --kind TÊN, "kind: TÊN" trong front matter, hoặc reportFiles trong \.reportwright\.yaml \(reportwright init ghi tệp này\)\.$/m);
    // And indeed --kind auto would not check it.
    assert.match((await runCli(dir, 'lint', '--kind', 'auto', 'note-vi.md')).out, /--kind auto không chắc/);
    assert.doesNotMatch((await runCli(dir, 'lint', 'empty.md')).out, /--kind auto/);
    assert.match((await runCli(dir, 'lint', 'vi.md')).out, /--kind auto \(văn bản giống loại Báo cáo công việc \(status\)\)/);
  });

  it('several files: --kind auto named for the ones that look like a kind', () => {
    assert.match(notCheckedNote(['a.md', 'b.md'], 'no-kind', 'en', ['status', undefined]), /To check them: --kind auto \(for the 1 that look like a kind\), --kind NAME/);
    assert.match(notCheckedNote(['a.md', 'b.md'], 'no-kind', 'vi', ['status', 'review']), /--kind auto \(loại mà mỗi tệp giống\), --kind TÊN/);
    assert.match(notCheckedNote(['a.md', 'b.md'], 'no-kind', 'en', [undefined, undefined]), /To check them: --kind NAME, "kind: NAME" in the front matter, or reportFiles in \.reportwright\.yaml \(reportwright init writes it\)\.$/);
  });

  it('one run never mixes languages: the note is in the summary’s language', async () => {
    fs.writeFileSync(path.join(dir, 'vi-report.md'), `---\nkind: status\n---\n${VI_STATUS}`);
    const r = await runCli(dir, 'lint', 'empty.md', 'vi-report.md');
    const lines = r.out.split('\n');
    assert.match(lines.find((l) => /^(Note|Lưu ý)/.test(l)) ?? '', /^Lưu ý: empty\.md: chưa được kiểm tra/);
    assert.match(lines.at(-1)!, /^Đã kiểm tra 2 tệp/);
  });

  it('--max-warnings -1 is judged like --max-warnings=-1, not "needs a value"', async () => {
    const spaced = await runCli(dir, 'lint', '--max-warnings', '-1', '--lang', 'en', 'vi.md');
    const joined = await runCli(dir, 'lint', '--max-warnings=-1', '--lang', 'en', 'vi.md');
    assert.equal(spaced.code, 2);
    assert.match(spaced.err, /--max-warnings takes a whole number of 0 or more, not "-1"/);
    assert.equal(spaced.err, joined.err);
  });

  it('names the option as typed when it lacks its value or is given one it does not take, in the run\'s language', async () => {
    const short = await runCli(dir, 'lint', 'vi.md', '-o');
    assert.equal(short.code, 2);
    assert.match(short.err, /reportwright: -o cần một giá trị\n/);
    const long = await runCli(dir, 'lint', '--lang', 'en', 'vi.md', '--kind');
    assert.match(long.err, /reportwright: --kind needs a value\n/);
    const valued = await runCli(dir, 'lint', '--lang', 'en', '--fix=1', 'vi.md');
    assert.equal(valued.code, 2);
    assert.match(valued.err, /reportwright: --fix takes no value\n/);
    const vi = await runCli(dir, 'lint', '--fix=1', 'vi.md');
    assert.match(vi.err, /reportwright: --fix không nhận giá trị\n/);
    const unknown = await runCli(dir, 'lint', '--lang', 'en', '--bogus', 'vi.md');
    assert.match(unknown.err, /reportwright: unknown option "--bogus"\n/);
  });

  it('an option another command takes is refused in words, never ignored (lint --to, init -o, teach --fix)', async () => {
    const lint = await runCli(dir, 'lint', 'vi.md', '--to', 'pdf');
    assert.equal(lint.code, 2);
    assert.match(lint.err, /lint không có tùy chọn --to \(chỉ export có tùy chọn này\)/);
    const output = await runCli(dir, 'init', '-o', 'out.txt', '--lang', 'en');
    assert.equal(output.code, 2);
    assert.match(output.err, /-o is not an option of init \(lint and export take it\)/);
    assert.equal(fs.existsSync(path.join(dir, 'out.txt')), false);
    const init = await runCli(dir, 'init', '--to', 'pdf', '--lang', 'en');
    assert.equal(init.code, 2);
    assert.match(init.err, /--to is not an option of init \(export takes it\)/);
    assert.equal(fs.existsSync(path.join(dir, '.reportwright.yaml')), false, 'nothing written');
    assert.match((await runCli(dir, 'teach', 'Kết quả', 'results', '--fix', '--lang', 'en')).err, /--fix is not an option of teach \(lint takes it\)/);
    assert.match((await runCli(dir, 'export', 'vi.md', '--to', 'html', '--format', 'json', '--lang', 'en')).err, /--format is not an option of export \(lint and outline take it\)/);
    // What each command takes still works.
    assert.equal((await runCli(dir, 'lint', '--format', 'json', '--max-warnings', '5', '--fix', '--kind', 'status', 'vi.md')).code, 0);
  });

  it('an unknown kind ends its sentence; --to lists its values with "or / hoặc"', async () => {
    assert.match((await runCli(dir, 'lint', '--kind', 'nope', '--lang', 'en', 'vi.md')).err, /unknown kind "nope"\. Known kinds: /);
    assert.match((await runCli(dir, 'lint', '--kind', 'nope', 'vi.md')).err, /không có loại báo cáo "nope"\. Các loại có: /);
    assert.match((await runCli(dir, 'export', '--to', 'rtf', '--lang', 'en', 'vi.md')).err, /--to must be html, docx or pdf, not "rtf"/);
    assert.match((await runCli(dir, 'export', '--to', 'rtf', '--lang', 'vi', 'vi.md')).err, /--to chỉ nhận html, docx hoặc pdf, không nhận "rtf"/);
  });

  it('a file name with a line break stays on the note’s one line', async () => {
    fs.writeFileSync(path.join(dir, 'a\nNote: forged.md'), VI_NOTE);
    const r = await runCli(dir, 'lint', 'a\nNote: forged.md');
    assert.equal(r.out.split('\n').length, 2, r.out);
    assert.match(r.out, /^Lưu ý: a\\nNote: forged\.md: chưa được kiểm tra/);
  });

  it('teach: a heading with French accents is filed under en, a Vietnamese one under vi', async () => {
    assert.deepEqual(['Résumé', 'Café notes', 'Übersicht', 'Việc tuần tới', 'ĐÁNH GIÁ', 'Kết quả'].map(headingLang), ['en', 'en', 'en', 'vi', 'vi', 'vi']);
    const taught = await runCli(dir, 'teach', 'Résumé', 'summary');
    assert.equal(taught.code, 0, taught.err);
    assert.deepEqual(JSON.parse(fs.readFileSync(path.join(dir, '.reportwright.json'), 'utf8')), { synonyms: { summary: { en: ['Résumé'] } } });
  });

  it('names a workspace kind on one line: control characters escaped, 80 characters at most', () => {
    assert.equal(kindLabel({ en: 'Zoo\u001b[31mRED\nFAKE LINE' }, 'kzoo', 'en'), 'Zoo\\x1b[31mRED\\nFAKE LINE (kzoo)');
    assert.equal(kindLabel({ en: 'x'.repeat(200) }, 'long', 'en').length, 80 + ' (long)'.length);
    assert.equal(kindLabel({ en: 'status' }, 'status', 'en'), 'status');
    assert.equal(kindLabel(undefined, 'review', 'vi'), 'review');
  });
});
