import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../helpers';

// A weekly status whose writers call next week's work "Việc cần làm tuần sau" / "On deck":
// no built-in kind knows these headings; a configuration file teaches them.
const VI = '---\nkind: status\nlang: vi\n---\n\n# Báo cáo tuần 47\n\n## Kết quả trong tuần\n\nXong 3 dịch vụ.\n\n## Việc cần làm tuần sau\n\nChuyển nốt 2 dịch vụ.\n';
const EN_NO_FRONT_MATTER = '# Weekly update, week 47\n\n## Shipped\n\n- Word export for 3 pilot customers.\n\n## Blockers\n\n- Waiting on the security review.\n\n## On deck\n\n- Finish the migration of the last 2 services.\n';

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
    assert.equal(before.parts.find((p) => p.title === 'On deck')?.role, null);
    write('team/.reportwright.yaml', 'synonyms:\n  priorities:\n    en: [On deck]\n');
    const after = await outline();
    assert.deepEqual([after.kind, after.missing], ['status', []]);
    assert.equal(after.parts.find((p) => p.title === 'On deck')?.role, 'priorities');
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

  it('teach: writes the heading into the nearest configuration (comments kept), or creates .reportwright.json; lint then agrees', async () => {
    write('team/.reportwright.yaml', '# our words\nrules:\n  RW007: warning\n');
    const taught = await runCli(path.join(dir, 'team'), 'teach', 'Việc cần làm tuần sau', 'priorities');
    assert.deepEqual([taught.code, taught.out.trim()], [0, '.reportwright.yaml: "Việc cần làm tuần sau" từ nay đánh dấu phần "Phương hướng, nhiệm vụ" (priorities, vi).']);
    assert.equal(fs.readFileSync(path.join(dir, 'team/.reportwright.yaml'), 'utf8'), '# our words\nrules:\n  RW007: warning\nsynonyms:\n  priorities:\n    vi:\n      - Việc cần làm tuần sau\n');
    assert.deepEqual(ids((await runCli(dir, 'lint', '--format', 'json', 'team/tuan-47.md')).out), []);
    assert.match((await runCli(path.join(dir, 'team'), 'teach', 'việc cần làm tuần sau', 'priorities')).out, /đã có "việc cần làm tuần sau" là priorities/);
    // No configuration up the tree: a new .reportwright.json where the command runs.
    write('solo/week.md', EN_NO_FRONT_MATTER.replace('# Weekly', '---\nkind: status\n---\n# Weekly'));
    const created = await runCli(path.join(dir, 'solo'), 'teach', 'On deck', 'priorities');
    assert.equal(created.code, 0, created.err);
    assert.deepEqual(JSON.parse(fs.readFileSync(path.join(dir, 'solo/.reportwright.json'), 'utf8')), { synonyms: { priorities: { en: ['On deck'] } } });
  });

  it('teach: an unknown role, a broken configuration and a link are refused, and nothing is written', async () => {
    const typo = await runCli(dir, 'teach', 'On deck', 'priorites');
    assert.equal(typo.code, 2);
    assert.match(typo.err, /no report kind has the role "priorites"; did you mean "priorities"\?/);
    write('team/.reportwright.json', '{ "rules": ');
    const broken = await runCli(path.join(dir, 'team'), 'teach', 'On deck', 'priorities');
    assert.equal(broken.code, 2);
    assert.match(broken.err, /\.reportwright\.json was not changed: the file has problems/);
    assert.equal(fs.readFileSync(path.join(dir, 'team/.reportwright.json'), 'utf8'), '{ "rules": ');
    write('elsewhere/real.json', '{}');
    fs.mkdirSync(path.join(dir, 'linked'));
    fs.symlinkSync(path.join(dir, 'elsewhere/real.json'), path.join(dir, 'linked/.reportwright.json'));
    const linked = await runCli(path.join(dir, 'linked'), 'teach', 'On deck', 'priorities');
    assert.equal(linked.code, 2);
    assert.match(linked.err, /symbolic link/);
    assert.equal(fs.readFileSync(path.join(dir, 'elsewhere/real.json'), 'utf8'), '{}');
  });
});
