import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fixAll } from '../../../src/core';
import { runCli } from '../helpers';

const POSIX = process.platform !== 'win32';
// Missing its conclusion, which a fix inserts.
const REPORT = '---\nkind: review\nlang: en\n---\n\n# Review 2024\n\n## Results\n\nDone.\n\n## Priorities\n\nMore.\n';
const FIXED = fixAll(REPORT).text;

/** `--fix` writes only the report it was given, where it really is, and refuses what it cannot fix safely. */
describe('hostile input: where --fix writes', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rw-fixwrite-'))));
  afterEach(() => {
    for (const f of fs.readdirSync(dir)) fs.chmodSync(path.join(dir, f), 0o644);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('fixes the report, as a check that the input is fixable', async () => {
    assert.notEqual(FIXED, REPORT);
    fs.writeFileSync(path.join(dir, 'r.md'), REPORT);
    await runCli(dir, 'lint', '--fix', 'r.md');
    assert.equal(fs.readFileSync(path.join(dir, 'r.md'), 'utf8'), FIXED);
  });

  (POSIX ? it : it.skip)('never writes through a link planted at a predictable temporary name', async () => {
    fs.writeFileSync(path.join(dir, 'r.md'), REPORT);
    fs.writeFileSync(path.join(dir, 'victim.txt'), 'precious');
    for (let pid = process.pid - 2; pid <= process.pid + 2; pid++) fs.symlinkSync(path.join(dir, 'victim.txt'), path.join(dir, `.r.md.${pid}.reportwright-tmp`));
    const run = await runCli(dir, 'lint', '--fix', 'r.md');
    assert.equal(fs.readFileSync(path.join(dir, 'victim.txt'), 'utf8'), 'precious');
    assert.equal(fs.readFileSync(path.join(dir, 'r.md'), 'utf8'), FIXED, run.err);
  });

  it('fixes a report whose name is 245 bytes long', async () => {
    const name = 'b'.repeat(242) + '.md';
    fs.writeFileSync(path.join(dir, name), REPORT);
    const run = await runCli(dir, 'lint', '--fix', name);
    assert.equal(fs.readFileSync(path.join(dir, name), 'utf8'), FIXED, run.err);
  });

  (POSIX ? it : it.skip)('fixes the file a symbolic link points to, and the link stays a link', async () => {
    fs.mkdirSync(path.join(dir, 'real'));
    fs.writeFileSync(path.join(dir, 'real', 'r.md'), REPORT);
    fs.symlinkSync(path.join('real', 'r.md'), path.join(dir, 'link.md'));
    await runCli(dir, 'lint', '--fix', 'link.md');
    assert.ok(fs.lstatSync(path.join(dir, 'link.md')).isSymbolicLink());
    assert.equal(fs.readFileSync(path.join(dir, 'real', 'r.md'), 'utf8'), FIXED);
  });

  (POSIX ? it : it.skip)('refuses in words to fix a file with another hard link, leaving both as they were', async () => {
    fs.writeFileSync(path.join(dir, 'r.md'), REPORT);
    fs.linkSync(path.join(dir, 'r.md'), path.join(dir, 'other.md'));
    const run = await runCli(dir, 'lint', '--fix', 'r.md');
    assert.equal(run.code, 2);
    assert.match(run.err, /2 hard links/);
    assert.equal(fs.statSync(path.join(dir, 'r.md')).ino, fs.statSync(path.join(dir, 'other.md')).ino);
    assert.equal(fs.readFileSync(path.join(dir, 'r.md'), 'utf8'), REPORT);
  });

  (POSIX ? it : it.skip)('refuses to fix a read-only report, saying "read-only", exit 2', async () => {
    fs.writeFileSync(path.join(dir, 'r.md'), REPORT);
    fs.chmodSync(path.join(dir, 'r.md'), 0o444);
    const run = await runCli(dir, 'lint', '--fix', 'r.md');
    assert.equal(run.code, 2);
    assert.match(run.err, /read-only/);
    assert.equal(fs.readFileSync(path.join(dir, 'r.md'), 'utf8'), REPORT);
  });
});
