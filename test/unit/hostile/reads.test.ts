import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseReport } from '../../../src/core';
import { exportReport } from '../../../src/core/export/exportReport';
import { loadImages } from '../../../src/core/export/images';
import { runCli } from '../helpers';
import { utf16Encoding } from '../../../src/core/text/encoding';

const POSIX = process.platform !== 'win32';
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5d1a1f90000000049454e44ae426082', 'hex');
const REPORT = (image: string) => `---\nkind: review\nlang: en\n---\n\n# Review 2024\n\n![chart](${image})\n\n## Results\n\nDone.\n\n## Priorities\n\nMore.\n`;

/** Devices, FIFOs, links out of the folder and network paths: nothing is read that should not be, and the refusal is said. */
describe('hostile input: what the command line reads', function () {
  this.timeout(30_000);
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rw-hostile-'));
    fs.mkdirSync(path.join(dir, 'report'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const exportHtml = async (image: string) => {
    fs.writeFileSync(path.join(dir, 'report', 'r.md'), REPORT(image));
    const run = await runCli(path.join(dir, 'report'), 'export', 'r.md', '--to', 'html', '--force');
    const html = fs.existsSync(path.join(dir, 'report', 'r.html')) ? fs.readFileSync(path.join(dir, 'report', 'r.html'), 'utf8') : '';
    return { ...run, html };
  };

  (POSIX ? it : it.skip)('refuses /dev/zero as an image, in words, without reading it', async () => {
    const started = Date.now();
    const run = await exportHtml('/dev/zero');
    assert.ok(Date.now() - started < 10_000);
    assert.match(run.err, /absolute path/);
    assert.ok(run.html.length < 100_000);
  });

  (POSIX ? it : it.skip)('refuses a link to /dev/zero and a FIFO as images, without hanging', async () => {
    fs.symlinkSync('/dev/zero', path.join(dir, 'report', 'zero.png'));
    execFileSync('mkfifo', [path.join(dir, 'report', 'fifo.png')]);
    let run = await exportHtml('zero.png');
    assert.match(run.err, /outside the report's folder|a device/);
    run = await exportHtml('fifo.png');
    assert.match(run.err, /named pipe \(FIFO\), not a regular file/);
    assert.ok(run.html.includes('chart'));
  });

  (POSIX ? it : it.skip)('lints a folder holding a link to /dev/zero: that file is refused in words, the others linted', async () => {
    fs.writeFileSync(path.join(dir, 'report', 'good.md'), REPORT('a.png'));
    fs.symlinkSync('/dev/zero', path.join(dir, 'report', 'evil.md'));
    const run = await runCli(dir, 'lint', 'report');
    assert.match(run.err, /evil\.md: it is a device, not a regular file; not read/);
    assert.equal(run.code, 2);
  });

  (POSIX ? it : it.skip)('refuses --config /dev/zero and a FIFO configuration in words', async () => {
    fs.writeFileSync(path.join(dir, 'report', 'r.md'), REPORT('a.png'));
    let run = await runCli(path.join(dir, 'report'), 'lint', '--config', '/dev/zero', 'r.md');
    assert.match(run.err, /cannot read the configuration: it is a device/);
    assert.equal(run.code, 2);
    execFileSync('mkfifo', [path.join(dir, 'report', '.reportwright.json')]);
    run = await runCli(path.join(dir, 'report'), 'lint', 'r.md');
    assert.match(run.err, /named pipe/);
  });

  it('refuses a configuration file over the size limit after reading at most the limit', async () => {
    fs.writeFileSync(path.join(dir, 'report', 'r.md'), REPORT('a.png'));
    fs.writeFileSync(path.join(dir, 'report', '.reportwright.json'), `{"rules":{}${' '.repeat(2 * 1024 * 1024)}}`);
    const run = await runCli(path.join(dir, 'report'), 'lint', 'r.md');
    assert.match(run.err, /larger than 1\.0 MB/);
  });

  it('never reads UNC or protocol-relative image paths, encoded or not', async () => {
    for (const src of ['//evil.example/share/x.png', '%5C%5Chost%5Cshare%5Cx.png', '\\\\\\\\host\\\\share\\\\x.png']) {
      const read: string[] = [];
      const set = await loadImages([src], async (p) => {
        read.push(p);
        return new Uint8Array(PNG);
      });
      assert.deepEqual(read, [], src);
      assert.equal(set.local.size, 0);
    }
  });

  it('embeds an image inside the report folder, and refuses ../, %2e%2e/ and absolute paths', async () => {
    fs.mkdirSync(path.join(dir, 'report', 'img'));
    fs.writeFileSync(path.join(dir, 'report', 'img', 'a.png'), PNG);
    fs.writeFileSync(path.join(dir, 'secret.png'), PNG);
    let run = await exportHtml('img/a.png');
    assert.match(run.html, /src="data:image\/png;base64,/);
    for (const src of ['../secret.png', '%2e%2e/secret.png', path.join(dir, 'secret.png')]) {
      run = await exportHtml(src);
      assert.doesNotMatch(run.html, /data:image\/png/, src);
      assert.match(run.err, /outside the report's folder|absolute path/, src);
    }
  });

  (POSIX ? it : it.skip)('refuses an image that is a symbolic link out of the report folder', async () => {
    fs.writeFileSync(path.join(dir, 'secret.png'), PNG);
    fs.symlinkSync(path.join(dir, 'secret.png'), path.join(dir, 'report', 'link.png'));
    const run = await exportHtml('link.png');
    assert.doesNotMatch(run.html, /data:image\/png/);
    assert.match(run.err, /outside the report's folder/);
  });

  (POSIX ? it : it.skip)('refuses to export over its own source through a folder link', async () => {
    fs.writeFileSync(path.join(dir, 'report', 'r.md'), REPORT('a.png'));
    fs.symlinkSync('.', path.join(dir, 'report', 'selfdir'));
    const run = await runCli(path.join(dir, 'report'), 'export', 'r.md', '--to', 'html', '-o', 'selfdir/r.md', '--force');
    assert.equal(run.code, 2);
    assert.match(run.err, /replace the report itself/);
    assert.equal(fs.readFileSync(path.join(dir, 'report', 'r.md'), 'utf8'), REPORT('a.png'));
  });

  it('says a UTF-16 report is UTF-16 and how to save it as UTF-8', async () => {
    const text = REPORT('a.png');
    fs.writeFileSync(path.join(dir, 'report', 'le.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    fs.writeFileSync(path.join(dir, 'report', 'nobom.md'), Buffer.from(text, 'utf16le'));
    const run = await runCli(path.join(dir, 'report'), 'lint', 'le.md', 'nobom.md');
    assert.match(run.err, /le\.md: UTF-16 LE text, not UTF-8; not read \(save it as UTF-8/);
    assert.match(run.err, /nobom\.md: UTF-16 LE text/);
    assert.doesNotMatch(run.err, /binary/);
  });

  it('says a UTF-16 configuration or kind file is UTF-16 and how to save it as UTF-8, and lints on without it', async () => {
    fs.writeFileSync(path.join(dir, 'report', 'r.md'), REPORT('a.png'));
    fs.writeFileSync(path.join(dir, 'report', '.reportwright.yaml'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('rules:\n  RW003: off\n', 'utf16le')]));
    fs.writeFileSync(path.join(dir, 'report', 'okr.json'), Buffer.from('{"id": "okr", "roles": [{"role": "results"}]}', 'utf16le').swap16());
    const run = await runCli(path.join(dir, 'report'), 'lint', '--kinds', 'okr.json', 'r.md');
    assert.match(run.err, /\.reportwright\.yaml: cannot read the configuration: UTF-16 LE text, not UTF-8; not read \(save it as UTF-8/);
    assert.match(run.err, /okr\.json: cannot read: UTF-16 BE text, not UTF-8/);
    assert.doesNotMatch(run.err, /must be an object|not valid JSON/);
    assert.match(run.out, /1 file/);
  });

  it('knows UTF-16 without a mark holding decomposed Vietnamese, and UTF-32 by its mark', () => {
    assert.equal(utf16Encoding(Buffer.from('# Cấu hình\nrules:\n  RW003: off\n'.normalize('NFD'), 'utf16le')), 'UTF-16 LE');
    assert.equal(utf16Encoding(Buffer.from('# Cấu hình\nrules:\n  RW003: off\n'.normalize('NFD'), 'utf16le').swap16()), 'UTF-16 BE');
    assert.equal(utf16Encoding(Buffer.from([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0])), 'UTF-32 LE');
    assert.equal(utf16Encoding(Buffer.from([0, 0, 0xfe, 0xff, 0, 0, 0, 0x7b])), 'UTF-32 BE');
    // UTF-8, Vietnamese or not, with a mark or not, is never taken for either.
    for (const text of ['rules:\n  RW003: off\n', '\ufeff# Cấu hình\n', '# Cấu hình'.normalize('NFD'), '{}', '']) assert.equal(utf16Encoding(Buffer.from(text, 'utf8')), undefined, text);
  });
});

describe('hostile input: symbolic link loops in a linted folder', () => {
  (POSIX ? it : it.skip)('lints each file once, by its real path', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rw-loop-'));
    try {
      fs.mkdirSync(path.join(dir, 'r'));
      fs.writeFileSync(path.join(dir, 'r', 'a.md'), '---\nkind: review\n---\n\n# Báo cáo\n');
      fs.symlinkSync('.', path.join(dir, 'r', 'loop'));
      fs.symlinkSync('..', path.join(dir, 'r', 'up'));
      const run = await runCli(dir, 'lint', '--format', 'json', 'r');
      const files = new Set((JSON.parse(run.out) as Array<{ file: string }>).map((f) => f.file));
      assert.deepEqual([...files], ['r/a.md']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('hostile input: a device named on the command line', () => {
  (POSIX ? it : it.skip)('says /dev/zero is a device, not a regular file', async () => {
    const run = await runCli(os.tmpdir(), 'lint', '/dev/zero');
    assert.match(run.err, /\/dev\/zero: it is a device, not a regular file; not read/);
    assert.equal(run.code, 2);
  });
});

describe('hostile input: an export over its own source', () => {
  (POSIX ? it : it.skip)('is refused by the export itself, through a folder link or a hard link, even when forced', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rw-self-'));
    try {
      const source = path.join(dir, 'r.md');
      fs.writeFileSync(source, '# Report\n');
      fs.symlinkSync('.', path.join(dir, 'selfdir'));
      fs.linkSync(source, path.join(dir, 'hard.md'));
      for (const outPath of [path.join(dir, 'selfdir', 'r.md'), path.join(dir, 'hard.md')]) {
        await assert.rejects(
          exportReport({ doc: parseReport('# Report\n'), findings: [], format: 'html', outPath, readFile: () => Promise.reject(new Error()), force: true, sourcePath: source }),
          /the report itself/,
        );
      }
      assert.equal(fs.readFileSync(source, 'utf8'), '# Report\n');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
