import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../helpers';

// A weekly status whose writers call next week's work "Việc cần làm tuần sau" / "Next up":
// no built-in kind knows these headings; a configuration file teaches them.
const VI = '---\nkind: status\nlang: vi\n---\n\n# Báo cáo tuần 47\n\n## Kết quả trong tuần\n\nXong 3 dịch vụ.\n\n## Việc cần làm tuần sau\n\nChuyển nốt 2 dịch vụ.\n';
const EN_NO_FRONT_MATTER = '# Weekly update, week 47\n\n## Shipped\n\n- Word export for 3 pilot customers.\n\n## Blockers\n\n- Waiting on the security review.\n\n## Next up\n\n- Finish the migration of the last 2 services.\n';

describe('command line: heading synonyms from the configuration', () => {
  let dir: string;
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  };
  const ids = (out: string) => (JSON.parse(out) as Array<{ file: string; ruleId: string }>).map((f) => `${f.file} ${f.ruleId}`);
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rw-synonyms-'));
    write('team/tuan-47.md', VI);
    write('team/week-47.md', EN_NO_FRONT_MATTER);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('lint: a taught heading is the role, and RW001 goes away (JSON and YAML)', async () => {
    const before = await runCli(dir, 'lint', '--format', 'json', 'team/tuan-47.md');
    assert.deepEqual(ids(before.out), ['team/tuan-47.md RW001']);
    write('team/.reportwright.json', '{\n  // our words\n  "synonyms": { "priorities": { "vi": ["Việc cần làm tuần sau"] } }\n}\n');
    const after = await runCli(dir, 'lint', '--format', 'json', 'team/tuan-47.md');
    assert.deepEqual([after.code, ids(after.out)], [0, []]);
    fs.rmSync(path.join(dir, 'team/.reportwright.json'));
    write('.reportwright.yaml', 'synonyms:\n  priorities:\n    vi:\n      - việc cần làm tuần sau\n');
    assert.deepEqual(ids((await runCli(dir, 'lint', '--format', 'json', 'team/tuan-47.md')).out), []);
  });

  it('outline --format json and --kind auto: the parts and the detection see the synonyms', async () => {
    const outline = async () => JSON.parse((await runCli(dir, 'outline', '--format', 'json', '--kind', 'auto', 'team/week-47.md')).out) as { kind: string; missing: string[]; parts: Array<{ title: string; role: string | null }> };
    const before = await outline();
    assert.deepEqual(before.missing, ['priorities']);
    assert.equal(before.parts.find((p) => p.title === 'Next up')?.role, null);
    write('team/.reportwright.yaml', 'synonyms:\n  priorities:\n    en: [Next up]\n');
    const after = await outline();
    assert.deepEqual([after.kind, after.missing], ['status', []]);
    assert.equal(after.parts.find((p) => p.title === 'Next up')?.role, 'priorities');
    const lint = await runCli(dir, 'lint', '--format', 'json', '--kind', 'auto', 'team/week-47.md');
    assert.deepEqual(ids(lint.out), []);
  });

  it('--config names the file whose synonyms apply; a bad entry is said where it is, and exits 2', async () => {
    write('words.json', '{ "synonyms": { "priorities": { "vi": ["Việc cần làm tuần sau"] } } }');
    assert.deepEqual(ids((await runCli(dir, 'lint', '--format', 'json', '--config', 'words.json', 'team/tuan-47.md')).out), []);
    write('team/.reportwright.json', '{ "synonyms": { "priorites": { "vi": ["Việc cần làm tuần sau"] } } }');
    const r = await runCli(dir, 'lint', '--format', 'json', 'team/tuan-47.md');
    assert.equal(r.code, 2);
    assert.match(r.err, /team\/\.reportwright\.json:1:17: this configuration is not used: There is no role "priorites"; did you mean "priorities"\?/);
    assert.deepEqual(ids(r.out), ['team/tuan-47.md RW001']);
  });
});
