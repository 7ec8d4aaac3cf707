import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../helpers';

describe('command line: reportwright init', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rw-init-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  };

  it('names the files that confidently look like reports, with their kinds, leaves the rest out, and never replaces a configuration', async () => {
    write('status/week-12.md', '# Weekly status, week 12\n\n## Done this week\n\n- Shipped the installer.\n\n## Blockers\n\n- None.\n\n## Next week\n\n- The updater.\n');
    write('notes/bien-ban.md', '# Biên bản họp nhóm lần 2\n\n**Ngày họp:** 03/11/2025.\n\n## Nội dung thảo luận\n\nChốt tính năng.\n\n## Phân công thực hiện\n\n- Lan: sơ đồ.\n');
    write('README.md', '# Tool\n\n## Install\n\nnpm i tool\n\n## Usage\n\nRun it.\n\n## License\n\nMIT\n');
    write('review.md', '---\nkind: review\n---\n# Review\n\n## Results\n\nDone.\n');
    write('node_modules/pkg/status.md', '# Weekly status\n\n## Done this week\n\n- x\n\n## Next week\n\n- y\n');
    const run = await runCli(dir, 'init');
    assert.equal(run.code, 0, run.err);
    const yaml = fs.readFileSync(path.join(dir, '.reportwright.yaml'), 'utf8');
    assert.match(yaml, /^  "status\/week-12\.md": status +# looks like Status report \(status\), \d+%$/m);
    // A mixed folder: the header speaks English, and the Vietnamese file's line speaks Vietnamese.
    assert.match(yaml, /^# Written by "reportwright init"/);
    assert.match(yaml, /^  "notes\/bien-ban\.md": minutes +# trông giống Biên bản họp \(minutes\), \d+%$/m);
    assert.doesNotMatch(yaml, /Meeting minutes/);
    assert.doesNotMatch(yaml, /README\.md|node_modules/);
    assert.match(yaml, /#   "review\.md": Periodic review report \(review\)/);
    // The configuration it wrote makes the files reports, checked as the kinds it names.
    const outline = JSON.parse((await runCli(dir, 'outline', '--format', 'json', 'status/week-12.md')).out);
    assert.deepEqual([outline.isReport, outline.kind], [true, 'status']);
    // The lint that follows names no file the configuration leaves out: the README is no report by the team's choice.
    const linted = await runCli(dir, 'lint', '.');
    assert.doesNotMatch(linted.out, /Note:|README/);
    assert.match((await runCli(dir, 'lint', '--format', 'junit', '.')).out, /README\.md[\s\S]*<skipped message="not checked as a report/);
    const again = await runCli(dir, 'init');
    assert.equal(again.code, 2);
    assert.match(again.err, /exists; nothing written/);
    assert.equal(fs.readFileSync(path.join(dir, '.reportwright.yaml'), 'utf8'), yaml);
  });

  it('the kinds it writes are what the files are checked as: the writer changes one, and the lint follows', async () => {
    write('status/week-12.md', '# Weekly status, week 12\n\n## Done this week\n\n- Shipped the installer.\n\n## Blockers\n\n- None.\n\n## Next week\n\n- The updater.\n');
    write('dated.md', '---\nkind: review\n---\n# Weekly status, week 13\n\n## Done this week\n\n- Tests.\n');
    assert.equal((await runCli(dir, 'init')).code, 0);
    const file = path.join(dir, '.reportwright.yaml');
    const kindOf = async (report: string) => {
      const outline = JSON.parse((await runCli(dir, 'outline', '--format', 'json', report)).out);
      return `${outline.kind}/${outline.kindSource}`;
    };
    assert.equal(await kindOf('status/week-12.md'), 'status/config');
    // The writer decides the file is minutes: it is checked as minutes, whatever its text looks like.
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('"status/week-12.md": status', '"status/week-12.md": minutes'));
    assert.equal(await kindOf('status/week-12.md'), 'minutes/config');
    // "auto" leaves the kind to the text; front matter's kind: comes before the configuration's.
    fs.writeFileSync(file, 'reportFiles:\n  "status/*.md": auto\n  "*.md": minutes\n');
    assert.equal(await kindOf('status/week-12.md'), 'status/inferred');
    assert.equal(await kindOf('dated.md'), 'review/front-matter');
    // A kind that does not exist is RW005 on the report, naming the configuration and the kind meant.
    fs.writeFileSync(file, 'reportFiles:\n  "status/*.md": statuss\n');
    const lint = await runCli(dir, 'lint', '--format', 'json', 'status/week-12.md');
    const findings: Array<{ ruleId: string; message: string; line: number }> = JSON.parse(lint.out);
    assert.deepEqual(findings.filter((f) => f.ruleId === 'RW005').map((f) => f.line), [1]);
    assert.match(findings.find((f) => f.ruleId === 'RW005')!.message, /^\.reportwright\.yaml gives this file \("status\/\*\.md" in reportFiles\) the kind "statuss", which does not exist; did you mean "status"\?/);
    assert.equal(lint.code, 1);
    // A value that is no kind id at all is the configuration's own problem, located in it.
    fs.writeFileSync(file, 'reportFiles:\n  "status/*.md": Weekly Status\n');
    const broken = await runCli(dir, 'lint', 'status/week-12.md');
    assert.equal(broken.code, 2);
    assert.match(broken.err, /\.reportwright\.yaml:2:\d+: this configuration is not used/);
    // The outline says so too, by its status as well as in words.
    const outlined = await runCli(dir, 'outline', 'status/week-12.md');
    assert.deepEqual([outlined.code, /this configuration is not used/.test(outlined.err)], [2, true]);
  });

  it('writes each name as a glob that matches that file alone, and refuses --force where a .reportwright.json would still be read', async () => {
    const weekly = '# Weekly status, week 12\n\n## Done this week\n\n- Shipped the installer.\n\n## Blockers\n\n- None.\n\n## Next week\n\n- The updater.\n';
    write('[draft].md', weekly);
    write('d.md', '# Notes\n\nA plain note.\n');
    write('star*.md', weekly);
    write('starry.md', '# Notes\n\nAnother note.\n');
    write('dự án[1]/tuần 12.md', weekly);
    write('declared.md', `---\nkind: status\n---\n${weekly}`);
    assert.equal((await runCli(dir, 'init')).code, 0);
    const yaml = fs.readFileSync(path.join(dir, '.reportwright.yaml'), 'utf8');
    assert.match(yaml, /^  "\\\\\[draft\\\\\]\.md": status/m);
    const outline = async (file: string) => JSON.parse((await runCli(dir, 'outline', '--format', 'json', file)).out);
    for (const file of ['[draft].md', 'star*.md', 'dự án[1]/tuần 12.md']) assert.deepEqual([(await outline(file)).kind, (await outline(file)).kindSource], ['status', 'config'], file);
    for (const file of ['d.md', 'starry.md']) assert.equal((await outline(file)).isReport, false, file);
    assert.match(yaml, /^#   "declared\.md": Status report/m);
    fs.writeFileSync(path.join(dir, '.reportwright.json'), '{}\n');
    const forced = await runCli(dir, 'init', '--force', '--lang', 'en');
    assert.equal(forced.code, 2);
    assert.match(forced.err, /\.reportwright\.json exists, and beside it one of the two configurations would be ignored; nothing written/);
    fs.rmSync(path.join(dir, '.reportwright.json'));
    fs.writeFileSync(path.join(dir, '.reportwright.yml'), 'rules: { RW003: off }\n');
    assert.equal((await runCli(dir, 'init', '--force')).code, 2, 'a .reportwright.yml would be hidden by the .yaml written');
    assert.equal(fs.readFileSync(path.join(dir, '.reportwright.yaml'), 'utf8'), yaml);
  });

  (process.platform === 'win32' ? it.skip : it)('writes .reportwright.yaml whole and never through a link planted in its place', async () => {
    write('status/week-12.md', '# Weekly status, week 12\n\n## Done this week\n\n- Shipped the installer.\n\n## Blockers\n\n- None.\n\n## Next week\n\n- The updater.\n');
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'rw-outside-'));
    try {
      const victim = path.join(outside, 'victim.yaml');
      fs.writeFileSync(victim, 'precious: true\n');
      fs.symlinkSync(victim, path.join(dir, '.reportwright.yaml'));
      // A link counts as a configuration there: refused without --force, and nothing written.
      const refused = await runCli(dir, 'init', '--lang', 'en');
      assert.equal(refused.code, 2);
      assert.match(refused.err, /\.reportwright\.yaml exists; nothing written/);
      // With --force the link itself is replaced by the new file; what it pointed to is left alone.
      const forced = await runCli(dir, 'init', '--force', '--lang', 'en');
      assert.equal(forced.code, 0, forced.err);
      assert.equal(fs.readFileSync(victim, 'utf8'), 'precious: true\n');
      assert.ok(fs.lstatSync(path.join(dir, '.reportwright.yaml')).isFile());
      assert.match(fs.readFileSync(path.join(dir, '.reportwright.yaml'), 'utf8'), /^  "status\/week-12\.md": status/m);
      // A dangling link in its place is refused too (it is there), and no temporary file is left.
      fs.rmSync(path.join(dir, '.reportwright.yaml'));
      fs.symlinkSync(path.join(outside, 'new.yaml'), path.join(dir, '.reportwright.yaml'));
      assert.equal((await runCli(dir, 'init')).code, 2);
      assert.equal((await runCli(dir, 'init', '--force')).code, 0);
      assert.equal(fs.existsSync(path.join(outside, 'new.yaml')), false, 'nothing created through the link');
      assert.deepEqual(fs.readdirSync(dir).filter((f) => f.includes('tmp')), []);
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  it('writes its comments and the kinds\' names in Vietnamese for a folder of Vietnamese reports', async () => {
    write('bao-cao-tuan.md', '# Báo cáo tuần 12\n\n## Kết quả trong tuần\n\n- Xong bộ cài.\n\n## Kế hoạch tuần tới\n\n- Bản cập nhật.\n');
    const run = await runCli(dir, 'init');
    assert.equal(run.code, 0, run.err);
    const yaml = fs.readFileSync(path.join(dir, '.reportwright.yaml'), 'utf8');
    assert.match(yaml, /^# Tệp này do "reportwright init" ghi ngày/);
    assert.match(yaml, /^  "bao-cao-tuan\.md": status +# trông giống Báo cáo công việc \(status\), \d+%$/m);
    assert.doesNotMatch(yaml, /looks like|Written by/);
    assert.deepEqual(JSON.parse((await runCli(dir, 'outline', '--format', 'json', 'bao-cao-tuan.md')).out).kind, 'status');
  });

  describe('a folder that cannot be set up is refused in words, and nothing is written', () => {
    const noConfig = (folder: string) => assert.deepEqual(fs.readdirSync(folder).filter((f) => f.startsWith('.reportwright')), []);

    it('a missing folder: its name, no stack trace, exit 2', async () => {
      const run = await runCli(dir, 'init', 'missing/x');
      assert.equal(run.code, 2);
      assert.match(run.err, /^reportwright: missing\/x: no such folder; nothing written/);
      assert.doesNotMatch(run.err, /internal error|ENOENT|\n\s+at /);
      assert.equal(fs.existsSync(path.join(dir, 'missing')), false);
      assert.match((await runCli(dir, 'init', 'missing/x', '--lang', 'vi')).err, /missing\/x: không có thư mục này; không ghi gì/);
    });

    it('a file: says it takes a folder, in the file’s language', async () => {
      write('bao-cao.md', '# Báo cáo tổng kết công tác năm 2024\n\n## I. Kết quả đạt được\n\nĐơn vị đã hoàn thành các chỉ tiêu.\n');
      write('notes.md', '# Notes\n\nThe meeting went well and we agreed on the plan.\n');
      const run = await runCli(dir, 'init', 'notes.md');
      assert.equal(run.code, 2);
      assert.match(run.err, /^reportwright: notes\.md is a file, not a folder; nothing written/);
      assert.doesNotMatch(run.err, /internal error|ENOTDIR/);
      assert.match((await runCli(dir, 'init', 'bao-cao.md')).err, /bao-cao\.md là một tệp, không phải thư mục; không ghi gì/);
      noConfig(dir);
    });

    it('a folder without Markdown: no configuration written, exit 2', async () => {
      write('src/index.ts', 'export {};\n');
      const run = await runCli(dir, 'init');
      assert.equal(run.code, 2);
      assert.match(run.err, /^reportwright: \.: no Markdown file in this folder; nothing written/);
      assert.equal(run.out, '');
      noConfig(dir);
      const empty = await runCli(dir, 'init', 'src', '--lang', 'vi');
      assert.match(empty.err, /src: thư mục này không có tệp Markdown nào; không ghi gì/);
      noConfig(path.join(dir, 'src'));
    });
  });
});
