import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
const read = (...parts: string[]) => fs.readFileSync(path.join(ROOT, ...parts), 'utf8');

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(full);
    else if (entry.name.endsWith('.ts')) yield full;
  }
}

describe('every user-facing string in English and Vietnamese', () => {
  const en = JSON.parse(read('package.nls.json'));
  const vi = JSON.parse(read('package.nls.vi.json'));

  it('package.json uses only keys that package.nls.json defines', () => {
    const used = [...read('package.json').matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
    assert.ok(used.length > 20);
    assert.deepEqual(used.filter((key) => !(key in en)), []);
  });

  it('package.nls.vi.json translates every key of package.nls.json', () => {
    assert.deepEqual(Object.keys(en).filter((key) => !(key in vi)), []);
    assert.deepEqual(Object.keys(vi).filter((key) => !(key in en)), [], 'no stale translations');
  });

  it('the l10n bundle translates every string the extension says', () => {
    const bundle = JSON.parse(read('l10n', 'bundle.l10n.vi.json'));
    const said = new Set<string>();
    for (const file of sourceFiles(path.join(ROOT, 'src', 'extension'))) {
      const text = fs.readFileSync(file, 'utf8');
      // t('…') and inLang(lang, '…'), including the two strings of a `n === 1 ? '…' : '…'` choice.
      for (const m of text.matchAll(/\b(?:t|inLang)\(\s*(?:[\w.[\]]+(?:\(\))?,\s*)?((?:[^()'"]*\?\s*)?'(?:[^'\\]|\\.)*'(?:\s*:\s*'(?:[^'\\]|\\.)*')?)/g)) {
        for (const literal of m[1].matchAll(/'((?:[^'\\]|\\.)*)'/g)) said.add(literal[1].replace(/\\'/g, "'"));
      }
    }
    assert.ok(said.size > 30, `found ${said.size} strings`);
    assert.deepEqual([...said].filter((s) => !(s in bundle)), []);
    assert.deepEqual(Object.keys(bundle).filter((s) => !said.has(s)), [], 'no stale translations');
  });

  it('every rule describes itself in both languages', () => {
    const { RULES } = require('../../src/core') as typeof import('../../src/core');
    for (const rule of RULES) assert.ok(rule.description.en.length > 10 && rule.description.vi.length > 10, rule.id);
  });
});

describe('a kind\'s name inside a sentence', () => {
  it('takes the English article it needs, none for plural names, and keeps acronyms; Vietnamese only lower-cases its first letter', () => {
    const { kindInSentence, DEFAULT_KINDS } = require('../../src/core') as typeof import('../../src/core');
    const en = (id: string) => kindInSentence(DEFAULT_KINDS.get(id)!.name.en, 'en');
    assert.equal(en('status'), 'a status report');
    assert.equal(en('annual-report'), 'an annual report');
    assert.equal(en('minutes'), 'meeting minutes');
    assert.match(en('official-report'), /^an official report \(NĐ 30 \/ HD 36\)$/);
    assert.equal(kindInSentence('Báo cáo tuần', 'vi'), 'báo cáo tuần');
    assert.match(kindInSentence('NĐ 30 notice', 'en'), / NĐ 30 notice$/);
    // By the first sound, for the names of a workspace's kinds.
    assert.deepEqual(['User story', 'NDA summary', 'Hourly log', 'One-pager', 'UN report', 'Incident log'].map((n) => kindInSentence(n, 'en')), [
      'a user story', 'an NDA summary', 'an hourly log', 'a one-pager', 'a UN report', 'an incident log',
    ]);
  });
});
