import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../helpers';

const REPORT = '---\nkind: status\nlang: en\n---\n## Done this week\n\nTODO\n\n## Next week\n\nShip hoà and hòa.\n';

describe('command line: configuration files', () => {
  let dir: string;
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  };
  const ids = (out: string) => (JSON.parse(out) as Array<{ file: string; ruleId: string; severity: string }>).map((f) => `${f.file} ${f.ruleId} ${f.severity}`);
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rw-config-'));
    write('team/report.md', REPORT);
    write('team/weekly/w1.md', '## Done this week\n\nTODO\n\n## Next week\n\nMore.\n');
    write('other/report.md', REPORT);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('applies the nearest .reportwright.json up the folder tree, over the defaults', async () => {
    write('team/.reportwright.json', '{ "rules": { "placeholder": "error" }, "toneMarks": "old", "reportFiles": ["weekly/*.md"] }');
    const r = await runCli(dir, 'lint', '--format', 'json', 'team', 'other');
    assert.equal(r.code, 1);
    assert.deepEqual(ids(r.out).sort(), [
      'other/report.md RW304 warning',
      'other/report.md RW306 warning',
      'team/report.md RW304 warning',
      'team/report.md RW306 error',
      'team/weekly/w1.md RW306 error',
    ]);
    const tone = JSON.parse(r.out).find((f: { file: string; ruleId: string }) => f.file === 'team/report.md' && f.ruleId === 'RW304');
    assert.match(tone.message, /hoà/, 'with toneMarks: old, the new placement is the one reported');
  });

  it('reads .reportwright.yaml, and --config names one file for every report', async () => {
    write('team/.reportwright.yaml', 'rules:\n  RW306: off\n');
    assert.ok(!ids((await runCli(dir, 'lint', '--format', 'json', 'team/report.md')).out).some((x) => x.includes('RW306')));
    write('strict.json', '{ "rules": { "RW304": "off", "RW306": "error" } }');
    const r = await runCli(dir, 'lint', '--format', 'json', '--config', 'strict.json', 'team/report.md', 'other/report.md');
    assert.deepEqual(ids(r.out), ['team/report.md RW306 error', 'other/report.md RW306 error']);
  });

  it('says where a configuration is broken, keeps the defaults and exits 2', async () => {
    write('team/.reportwright.json', '{ "rules": { "RW306": "loud" } }');
    const r = await runCli(dir, 'lint', '--format', 'json', 'team/report.md');
    assert.equal(r.code, 2);
    assert.match(r.err, /team\/\.reportwright\.json:1:23: this configuration is not used: \/rules\/RW306 must be one of: off, info, warning, error\./);
    assert.ok(ids(r.out).includes('team/report.md RW306 warning'));
    assert.equal((await runCli(dir, 'lint', '--config', 'nope.json', 'team/report.md')).code, 2);
  });

  it('gives the columns an editor shows when the configuration or a kind file starts with a byte order mark', async () => {
    // Notepad saves UTF-8 with a mark; no editor shows it, so it is no column of line 1.
    write('team/.reportwright.json', '\ufeff{ "rules": { "RW306": "loud" } }');
    const config = await runCli(dir, 'lint', 'team/report.md');
    assert.match(config.err, /team\/\.reportwright\.json:1:23: this configuration is not used/);
    write('team/.reportwright/kinds/okr.json', '\ufeff{"id": "okr", "roles": [{"role": "results", "requird": true}]}');
    const kind = await runCli(dir, 'lint', 'team/report.md');
    assert.match(kind.err, /\.reportwright\/kinds\/okr\.json:1:45: this report kind is not used/);
  });
});
