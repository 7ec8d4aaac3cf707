import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadConfigFile, loadKindFile } from '../../../src/core';
import { readFixture, runCli } from '../helpers';

const BOMB = 'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nrules: [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n';
const DEEP = '['.repeat(100_000) + ']'.repeat(100_000);

/** A broken configuration or kind file is reported and left out, never a crash; the rest goes on. */
describe('hostile input: broken configuration and kind files', () => {
  it('reports an unresolved alias, an alias bomb and deep nesting as broken files, in both languages', () => {
    for (const [text, name, words] of [
      [readFixture('hostile', 'alias.yaml'), 'c.yaml', /Unresolved alias/],
      [BOMB, 'c.yaml', /alias/i],
      [DEEP, 'c.json', /Maximum call stack|not valid JSON/],
    ] as const) {
      const { config, problems } = loadConfigFile(text, name);
      assert.equal(config, undefined, name);
      assert.match(problems[0].message.en, words);
      assert.match(problems[0].message.vi, /Không đọc được|không phải JSON|không phải YAML/);
    }
    assert.match(loadKindFile(DEEP).problems[0].message.en, /cannot be read as a kind|not valid JSON/);
  });

  it('reads configuration and kind files that start with a byte order mark', () => {
    assert.deepEqual(loadConfigFile('\ufeff{"rules":{"RW003":"off"}}', 'c.json').config, { rules: { RW003: 'off' } });
    assert.deepEqual(loadConfigFile('\ufeffrules:\n  RW003: off\n', 'c.yaml').config, { rules: { RW003: 'off' } });
    assert.equal(loadKindFile('\ufeff{"id":"x","roles":[{"role":"results"}]}').kind?.id, 'x');
  });

  it('takes a role named "constructor" or "__proto__" as a new role, never the prototype', () => {
    assert.match(loadKindFile('{"id":"x","roles":[{"role":"constructor"}]}').problems[0].message.en, /"constructor" is not a known role and has no synonyms/);
    const kind = loadKindFile('{"id":"x","roles":[{"role":"constructor","synonyms":{"en":["Builder"]}}]}').kind;
    assert.deepEqual(kind?.roles[0].synonyms.en, ['Builder']);
  });

  it('finds a duplicate among 20,000 YAML configuration keys in one pass', () => {
    const text = `rules: {}\n${Array.from({ length: 20_000 }, (_, i) => `k${i}: v`).join('\n')}\nk5: again\n`;
    const started = Date.now();
    const { problems } = loadConfigFile(text, 'c.yaml');
    assert.ok(Date.now() - started < 5000, `took ${Date.now() - started} ms`);
    assert.match(problems[0].message.en, /Map keys must be unique/);
    assert.equal(problems[0].range.start.line, 20_001);
  });

  it('lints every report when a configuration in one folder is broken, and exits 2', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rw-data-'));
    try {
      fs.mkdirSync(path.join(dir, 'bad'));
      fs.mkdirSync(path.join(dir, 'good'));
      fs.writeFileSync(path.join(dir, 'bad', '.reportwright.yaml'), 'rules: *nope\n');
      const report = '---\nkind: review\nlang: en\n---\n\n# Review\n\n## Results\n\nDone.\n';
      fs.writeFileSync(path.join(dir, 'bad', 'r.md'), report);
      fs.writeFileSync(path.join(dir, 'good', 'r.md'), report);
      const run = await runCli(dir, 'lint', 'bad/r.md', 'good/r.md');
      assert.match(run.err, /\.reportwright\.yaml:1:1: this configuration is not used: This file cannot be read as a configuration \(Unresolved alias/);
      assert.doesNotMatch(run.err, /internal error|at .*\.ts:\d+/);
      assert.match(run.out, /bad\/r\.md:.*RW001/);
      assert.match(run.out, /good\/r\.md:.*RW001/);
      assert.equal(run.code, 2);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
