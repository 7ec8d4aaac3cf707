import * as assert from 'node:assert/strict';
import { findingsOnLines, lint, parseReport } from '../../src/core';

describe('lint', () => {
  it('returns findings in document order, and findingsOnLines picks those that start on a range of lines', () => {
    const text = ['---', 'kind: status', 'lang: en', '---', '## Done this week', '', 'TODO one.', '', '## Next week', '', 'TODO two. TBD.', ''].join('\n');
    const findings = lint(parseReport(text));
    const starts = findings.map((f) => [f.range.start.line, f.range.start.character]);
    assert.deepEqual(starts, [...starts].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
    const lines = (from: number, to: number) => findingsOnLines(findings, from, to).map((f) => `${f.ruleId}@${f.range.start.line}`);
    assert.deepEqual(lines(4, 7), ['RW306@6']);
    assert.deepEqual(lines(8, 11), ['RW306@10', 'RW306@10']);
    assert.deepEqual(lines(0, 3), []);
    assert.deepEqual(lines(0, 99), findings.map((f) => `${f.ruleId}@${f.range.start.line}`));
  });
});
