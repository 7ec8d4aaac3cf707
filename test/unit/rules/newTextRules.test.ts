import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findRule, ruleDocPath } from '../../../src/core';
import { toSarif } from '../../../src/cli/sarif';
import { FIXTURES, lintText } from '../helpers';

/** The text rules added for real reports, each with a fixture where it fires. */
const NEW_RULES: Array<[string, string]> = [
  ['RW308', 'RW308/repeats-vi.md'],
  ['RW309', 'RW309/misspelt-vi.md'],
  ['RW310', 'RW310/wrong-case-vi.md'],
  ['RW311', 'RW311/unpaired-vi.md'],
  ['RW404', 'RW404/mismatch-vi.md'],
  ['RW405', 'RW405/english-style-vi.md'],
];
const ROOT = path.join(__dirname, '..', '..', '..');

describe('new text rules: settings, pages, SARIF', () => {
  for (const [id, fixture] of NEW_RULES) {
    const rule = findRule(id)!;
    const text = fs.readFileSync(path.join(FIXTURES, 'rules', fixture), 'utf8');

    it(`${id} (${rule.name}) is turned off by its id or its name, and on by default`, () => {
      assert.ok(lintText(text).some((f) => f.ruleId === id));
      assert.equal(lintText(text, {}, { rules: { [id]: 'off' } }).filter((f) => f.ruleId === id).length, 0);
      assert.equal(lintText(text, {}, { rules: { [rule.name]: 'off' } }).filter((f) => f.ruleId === id).length, 0);
    });

    it(`${id} has its page in English and in Vietnamese, and messages in both languages`, () => {
      assert.ok(fs.existsSync(path.join(ROOT, ruleDocPath(rule))));
      assert.ok(fs.existsSync(path.join(ROOT, 'docs', 'rules', 'vi', `${rule.id}-${rule.name}.md`)));
      assert.notEqual(rule.description.en, rule.description.vi);
      const en = lintText(text, {}, { messageLang: 'en' }).find((f) => f.ruleId === id)!;
      const vi = lintText(text, {}, { messageLang: 'vi' }).find((f) => f.ruleId === id)!;
      assert.notEqual(en.message, vi.message);
    });

    it(`${id} is described in SARIF with its page and default level`, () => {
      const findings = lintText(text).filter((f) => f.ruleId === id);
      const log = JSON.parse(JSON.stringify(toSarif([{ file: 'report.md', findings }])));
      const driverRule = log.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === id);
      assert.equal(driverRule.name, rule.name);
      assert.ok(driverRule.helpUri.endsWith(ruleDocPath(rule)));
      assert.equal(driverRule.defaultConfiguration.level, 'warning');
      assert.equal(log.runs[0].results.length, findings.length);
    });
  }
});
