import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../helpers';

// Written for these tests: a Vietnamese review without front matter, an English note, a report that names its kind.
const VI_REVIEW = '# Báo cáo tổng kết công tác năm 2024\n\n## I. Kết quả đạt được\n\nNăm 2024, đơn vị đã hoàn thành các chỉ tiêu được giao.\n\n## II. Phương hướng, nhiệm vụ năm 2025\n\nTiếp tục đẩy mạnh chuyển đổi số.\n';
const VI_PLAIN = '# Ghi chép cá nhân\n\nHôm nay trời đẹp, tôi đi dạo quanh hồ và ghé hiệu sách.\n';
const EN_PLAIN = '# Tool\n\nInstall it with npm and run it in the folder of your project.\n';
const EN_REPORT = '---\nkind: status\nlang: en\n---\n# Week 12\n\n## Done this week\n\nShipped.\n\n## Next week\n\nThe updater.\n\n## Blockers\n\nNone.\n';

describe('command line: files not checked as reports are named, and every word follows the report or --lang', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rw-cli-lang-'));
    fs.writeFileSync(path.join(dir, 'bao-cao.md'), VI_REVIEW);
    fs.writeFileSync(path.join(dir, 'ghi-chep.md'), VI_PLAIN);
    fs.writeFileSync(path.join(dir, 'readme.md'), EN_PLAIN);
    fs.writeFileSync(path.join(dir, 'status.md'), EN_REPORT);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  describe('lint of a file without kind:', () => {
    it('says, in English, that an English file was not checked as a report and how to check it', async () => {
      const r = await runCli(dir, 'lint', 'readme.md');
      assert.equal(r.code, 0);
      const [note, summary] = r.out.split('\n');
      assert.match(note, /^Note: readme\.md was not checked as a report: its front matter has no "kind:"\./);
      for (const way of ['--kind NAME', '"kind: NAME" in the front matter']) assert.ok(note.includes(way), `names ${way}`);
      // A plain note looks like no kind: --kind auto would not check it either, so it is not offered.
      assert.ok(!note.includes('--kind auto'), note);
      assert.equal(summary, 'Checked 1 file (not as a report): 0 errors, 0 warnings.');
    });

    it('says it in Vietnamese for a Vietnamese file, summary included', async () => {
      const r = await runCli(dir, 'lint', 'bao-cao.md');
      assert.equal(r.code, 0);
      assert.match(r.out, /^Lưu ý: bao-cao\.md: chưa được kiểm tra như một báo cáo: front matter không có "kind:"\. Để kiểm tra: --kind auto .*--kind TÊN.*"kind: TÊN"/);
      assert.match(r.out, /\nĐã kiểm tra 1 tệp \(không tệp nào được kiểm tra như báo cáo\): 0 lỗi, 0 cảnh báo\.$/);
      // It confidently looks like a review: the note says so beside --kind auto.
      assert.match(r.out, /--kind auto \(văn bản giống loại Báo cáo tổng kết \(review\)\)/);
      assert.doesNotMatch((await runCli(dir, 'lint', 'readme.md')).out, /--kind auto/);
      assert.match((await runCli(dir, 'lint', '--lang', 'en', 'bao-cao.md')).out, /^Note: bao-cao\.md was not checked as a report/);
    });

    it('names several such files in one line, and none that is a report', async () => {
      const r = await runCli(dir, 'lint', 'readme.md', 'ghi-chep.md', 'status.md', 'bao-cao.md');
      const notes = r.out.split('\n').filter((l) => /^(Note|Lưu ý):/.test(l));
      assert.equal(notes.length, 1);
      assert.match(notes[0], /^Note: 3 files were not checked as reports \(readme\.md, ghi-chep\.md, bao-cao\.md\)/);
      assert.doesNotMatch(notes[0], /status\.md/);
      assert.doesNotMatch((await runCli(dir, 'lint', 'status.md')).out, /Note|Lưu ý/);
    });

    it('says with --kind auto which files did not look enough like a report', async () => {
      const r = await runCli(dir, 'lint', '--kind', 'auto', 'ghi-chep.md');
      assert.match(r.out, /^Lưu ý: ghi-chep\.md: chưa được kiểm tra như một báo cáo: --kind auto không chắc/);
      assert.doesNotMatch(r.out, /--kind auto \(/, 'it does not suggest the option already given');
    });

    it('keeps JSON, SARIF, JUnit and codequality output pure, and the exit status as it was', async () => {
      for (const format of ['json', 'sarif', 'codequality']) {
        const r = await runCli(dir, 'lint', '--format', format, 'readme.md', 'bao-cao.md');
        assert.equal(r.code, 0);
        assert.doesNotThrow(() => JSON.parse(r.out), format);
        assert.doesNotMatch(r.out + r.err, /not checked|chưa được kiểm tra/);
      }
      // JUnit carries no note either: the file is a skipped test case, its reason the case's message.
      const junit = await runCli(dir, 'lint', '--format', 'junit', 'readme.md');
      assert.match(junit.out, /^<\?xml/);
      assert.doesNotMatch(junit.out + junit.err, /Note:|Lưu ý:/);
      assert.match(junit.out, /<skipped message="not checked as a report: /);
      assert.equal(junit.code, 0);
    });
  });

  describe('lint --kind auto: the summary line in the report’s language', () => {
    it('is Vietnamese for a Vietnamese report, and for a Vietnamese file it left alone', async () => {
      assert.match((await runCli(dir, 'lint', '--kind', 'auto', 'bao-cao.md')).out, /\nĐã kiểm tra 1 tệp: 0 lỗi, \d+ cảnh báo/);
      assert.match((await runCli(dir, 'lint', '--kind', 'auto', 'ghi-chep.md')).out, /\nĐã kiểm tra 1 tệp \(không tệp nào được kiểm tra như báo cáo\): 0 lỗi, 0 cảnh báo\.$/);
      // A Vietnamese report beside an English file left alone: the report's language.
      assert.match((await runCli(dir, 'lint', '--kind', 'auto', 'bao-cao.md', 'readme.md')).out, /\nĐã kiểm tra 2 tệp/);
      assert.match((await runCli(dir, 'lint', '--kind', 'auto', '--lang', 'en', 'bao-cao.md')).out, /\nChecked 1 file: 0 errors/);
    });
  });

  describe('usage errors and the other commands', () => {
    it('lint: in the language of the reports named, or --lang', async () => {
      const xml = await runCli(dir, 'lint', '--format', 'xml', 'bao-cao.md');
      assert.equal(xml.code, 2);
      assert.match(xml.err, /--format chỉ nhận text, json, sarif, junit, codequality hoặc github, không nhận "xml"\nChạy "reportwright --help" để xem cách dùng\./);
      assert.match((await runCli(dir, 'lint', '--format', 'xml', 'readme.md')).err, /--format must be text, json, sarif, junit, codequality or github, not "xml"\nRun "reportwright --help"/);
      assert.match((await runCli(dir, 'lint', '--kind', 'revew', 'bao-cao.md')).err, /không có loại báo cáo "revew"; có phải "review"\?/);
      assert.match((await runCli(dir, 'lint', '--bogus', '--lang=vi', 'readme.md')).err, /không có tùy chọn "--bogus"/);
      assert.match((await runCli(dir, 'lint', '--lang', 'vi')).err, /hãy nêu ít nhất một tệp/);
      assert.match((await runCli(dir, 'lint', '--max-warnings', 'many', 'bao-cao.md')).err, /--max-warnings nhận một số nguyên/);
      assert.match((await runCli(dir, 'frobnicate', '--lang', 'vi')).err, /không có lệnh "frobnicate"/);
    });

    it('lint: a broken configuration or kind file in --lang', async () => {
      fs.writeFileSync(path.join(dir, '.reportwright.json'), '{ "rules": { "RW306": "loud" } }');
      const config = await runCli(dir, 'lint', '--lang', 'vi', 'status.md');
      assert.equal(config.code, 2);
      assert.match(config.err, /\.reportwright\.json:1:\d+: cấu hình này không được dùng: /);
      assert.match((await runCli(dir, 'lint', 'status.md')).err, /\.reportwright\.json:1:\d+: this configuration is not used: /);
      fs.rmSync(path.join(dir, '.reportwright.json'));
      fs.mkdirSync(path.join(dir, '.reportwright', 'kinds'), { recursive: true });
      fs.writeFileSync(path.join(dir, '.reportwright', 'kinds', 'broken.json'), '{ "id": "x", "roles": [{ "requird": true }] }');
      assert.match((await runCli(dir, 'lint', '--lang', 'vi', 'status.md')).err, /broken\.json:1:\d+: loại báo cáo này không được dùng: /);
    });

    it('teach: every message in --lang, else the heading’s language', async () => {
      const role = await runCli(dir, 'teach', 'Việc cần làm tuần sau', 'priorites');
      assert.equal(role.code, 2);
      assert.match(role.err, /không loại báo cáo nào có vai trò "priorites"; có phải "priorities"\?.*\nChạy "reportwright --help"/s);
      assert.match((await runCli(dir, 'teach', 'Next up', 'priorites')).err, /no report kind has the role "priorites"; did you mean "priorities"\?/);
      assert.match((await runCli(dir, 'teach', 'Next up', 'priorites', '--lang', 'vi')).err, /không loại báo cáo nào có vai trò/);
      assert.match((await runCli(dir, 'teach', 'Việc tuần tới')).err, /teach nhận một tiêu đề và một vai trò/);
      assert.match((await runCli(dir, 'teach', '--lang', 'vi')).err, /teach nhận một tiêu đề và một vai trò/);
      fs.symlinkSync(path.join(dir, 'elsewhere.json'), path.join(dir, '.reportwright.json'));
      assert.match((await runCli(dir, 'teach', 'Việc tuần tới', 'priorities')).err, /\.reportwright\.json không được thay đổi: đó là liên kết tượng trưng/);
      fs.rmSync(path.join(dir, '.reportwright.json'));
      assert.match((await runCli(dir, 'teach', '"\u0007"', 'priorities', '--lang', 'vi')).err, /không được thay đổi: .*không thể là từ đồng nghĩa/);
    });

    it('init: in --lang, else the language of the reports it found', async () => {
      fs.rmSync(path.join(dir, 'readme.md'));
      fs.rmSync(path.join(dir, 'status.md'));
      const wrote = await runCli(dir, 'init');
      assert.equal(wrote.code, 0);
      assert.match(wrote.out, /^Đã ghi \.reportwright\.yaml: 1 báo cáo ghi trong reportFiles kèm loại mà mỗi tệp trông giống/);
      assert.match((await runCli(dir, 'init', '--lang', 'vi')).err, /\.reportwright\.yaml đã có; không ghi gì/);
      // The refusal is in the reports' language too, not only the first run's words.
      assert.match((await runCli(dir, 'init')).err, /\.reportwright\.yaml đã có; không ghi gì/);
      assert.match((await runCli(dir, 'init', '--lang', 'en')).err, /\.reportwright\.yaml exists; nothing written/);
      assert.match((await runCli(dir, 'init', 'a', 'b', '--lang', 'vi')).err, /init nhận nhiều nhất một thư mục/);
    });

    it('export: in the report’s language when its front matter names none', async () => {
      const r = await runCli(dir, 'export', 'bao-cao.md', '--to', 'html');
      assert.equal(r.code, 0, r.err);
      assert.match(r.out, /^bao-cao\.html: \d+ KB trong \d+,\d giây$/);
      assert.match((await runCli(dir, 'export', 'readme.md', '--to', 'html')).out, /^readme\.html: \d+ KB in \d+\.\d s$/);
    });

    it('outline: an unreadable file in --lang', async () => {
      fs.writeFileSync(path.join(dir, 'anh.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
      assert.match((await runCli(dir, 'outline', '--lang', 'vi', 'anh.md')).err, /anh\.md: tệp nhị phân/);
      assert.match((await runCli(dir, 'outline', 'a.md', 'b.md', '--lang', 'vi')).err, /outline nhận đúng một tệp/);
    });
  });
});
