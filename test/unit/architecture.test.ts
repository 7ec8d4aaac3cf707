import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

function* files(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (/\.(ts|json)$/.test(entry.name)) yield full;
  }
}

describe('architecture', () => {
  const root = path.join(__dirname, '..', '..', 'src');

  it('src/core imports nothing from vscode, the extension or the command line', () => {
    const offenders = [...files(path.join(root, 'core'))].filter((file) => {
      const text = fs.readFileSync(file, 'utf8');
      return /from\s+['"]vscode['"]|require\(\s*['"]vscode['"]\s*\)|from\s+['"]\.\.\/(?:\.\.\/)*(?:extension|cli)\//.test(text);
    });
    assert.deepEqual(offenders, []);
  });

  it('every rule is one file named after its id and name, with its own test', () => {
    const rules = fs.readdirSync(path.join(root, 'core', 'rules')).filter((f) => /^RW\d{3}-/.test(f));
    const tests = new Set(fs.readdirSync(path.join(__dirname, 'rules')));
    for (const file of rules) assert.ok(tests.has(file.replace(/\.ts$/, '.test.ts')), `${file} has no test`);
  });
});

describe('rule catalogue', () => {
  // Imported here so that the architecture checks above run even if a rule fails to load.
  const { RULES, ruleDocPath } = require('../../src/core') as typeof import('../../src/core');

  it('every rule has a unique id and name, a description in both languages and a docs page', () => {
    assert.equal(new Set(RULES.map((r) => r.id)).size, RULES.length);
    assert.equal(new Set(RULES.map((r) => r.name)).size, RULES.length);
    for (const rule of RULES) {
      assert.match(rule.id, /^RW\d{3}$/);
      assert.ok(rule.description.en && rule.description.vi, rule.id);
      const page = path.join(__dirname, '..', '..', ruleDocPath(rule));
      assert.ok(fs.existsSync(page), `${rule.id} has no page at ${ruleDocPath(rule)}`);
      assert.match(fs.readFileSync(page, 'utf8'), new RegExp(`^# ${rule.id} \`${rule.name}\``));
    }
  });
});
