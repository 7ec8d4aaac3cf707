import * as assert from 'node:assert/strict';
import { KindRegistry, lint, loadKindFile, parseReport } from '../../../src/core';
import { describeRuleFixtures } from '../helpers';

describe('RW002 section-order', () => {
  describeRuleFixtures('RW002');

  it('judges each pair a kind file orders together on its own (two pairs in one kind)', () => {
    const file = '{"id":"kmix","roles":[{"role":"context"},{"role":"shortcomings","orderWith":"priorities"},{"role":"lessons"},{"role":"priorities"},{"role":"objectives","orderWith":"summary"},{"role":"recommendations"},{"role":"summary"}]}';
    const kind = loadKindFile(file).kind!;
    const kinds = new KindRegistry().with([kind]);
    const report = (titles: string[]) => `---\nkind: kmix\nlang: en\n---\n# R\n\n${titles.map((t) => `## ${t}\n\n- One.\n`).join('\n')}`;
    const order = (titles: string[]) => lint(parseReport(report(titles), { kinds })).filter((f) => f.ruleId === 'RW002').map((f) => f.message);
    // Shortcomings in its own place, objectives at the summary's: both pairs as their kind allows.
    assert.deepEqual(order(['Context', 'Shortcomings', 'Lessons', 'Priorities', 'Recommendations', 'Summary', 'Objectives']), []);
    assert.deepEqual(order(['Context', 'Lessons', 'Priorities', 'Shortcomings', 'Recommendations', 'Summary', 'Objectives']), []);
    assert.equal(order(['Summary', 'Context', 'Lessons']).length, 1);
  });
});
