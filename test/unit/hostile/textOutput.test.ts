import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { toText } from '../../../src/cli/format';
import { runCli } from '../helpers';

/** Text output is one finding per line, always: control characters are shown, never obeyed. */
describe('hostile input: control characters in text output', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rw-text-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('escapes ESC, CR and LF in a kind value quoted by a finding', async () => {
    fs.writeFileSync(path.join(dir, 'r.md'), '---\nkind: "x\\e[31m\\rr.md:1:1 error RW999/forged ok\\nmore"\n---\n\n# Report\n');
    const run = await runCli(dir, 'lint', 'r.md');
    // Every line is one finding, but the summary line that closes the text output.
    const lines = run.out.split('\n').filter((line) => !/^(?:Checked|Đã kiểm tra) /.test(line));
    assert.ok(lines.length >= 1);
    for (const line of lines) assert.match(line, /^r\.md:\d+:\d+ \w+ RW\d{3}\//, JSON.stringify(line));
    assert.doesNotMatch(run.out + run.err, /[\u0000-\u0009\u000b-\u001f\u007f]/);
    assert.match(run.out, /\\x1b\[31m\\r/);
  });

  it('escapes control characters in a file name, on stdout and stderr', async () => {
    const out = toText([{ file: 'a\nb\u001b.md', findings: [{ ruleId: 'RW001', ruleName: 'x', severity: 'error', message: 'm\u2028n\u202e', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } }] }]);
    assert.equal(out, 'a\\nb\\x1b.md:1:1 error RW001/x m\\u2028n\\u202e');
    const run = await runCli(dir, 'lint', 'no\u001b[2Jsuch.md');
    assert.match(run.err, /no\\x1b\[2Jsuch\.md: no such file or folder/);
  });
});

describe('hostile input: control characters in an outline', () => {
  it('escapes them in the text outline, and leaves JSON to its own escaping', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rw-outline-'));
    try {
      fs.writeFileSync(path.join(dir, 'r.md'), '---\nkind: review\n---\n\n# Title \u001b[2J here\n\n## Results\r\rforged\n');
      const text = await runCli(dir, 'outline', 'r.md');
      assert.doesNotMatch(text.out, /[\u0000-\u0009\u000b-\u001f]/);
      assert.match(text.out, /Title \\x1b\[2J here/);
      const json = await runCli(dir, 'outline', '--format', 'json', 'r.md');
      assert.ok(JSON.parse(json.out));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
