import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyEdits, type Finding, LineIndex, lint, parseReport, type Range } from '../../../src/core';
import { assertFixKeepsText, only } from '../helpers';
import { reportArbitrary } from './reportArbitrary';

/** Rules whose fix inserts or moves a whole section elsewhere; every other fix stays on its finding. */
const STRUCTURAL = new Set(['RW001', 'RW002']);

function offsets(lines: LineIndex, range: Range): [number, number] {
  return [lines.offsetAt(range.start), lines.offsetAt(range.end)];
}

describe('properties: each fix on random reports', function () {
  this.timeout(120_000);

  it('removes its finding, keeps the text the writer typed, and changes nothing outside its edits', () => {
    fc.assert(
      fc.property(reportArbitrary, (text) => {
        const lines = new LineIndex(text);
        const findings = lint(parseReport(text)).filter((f): f is Finding & { fix: NonNullable<Finding['fix']> } => f.fix !== undefined);
        for (const finding of findings) {
          const { fix } = finding;
          assertFixKeepsText(text, fix);
          const spans = fix.edits.map((e) => offsets(lines, e.range)).sort((a, b) => a[0] - b[0]);
          if (!STRUCTURAL.has(finding.ruleId)) {
            const [from, to] = offsets(lines, finding.range);
            for (const [start, end] of spans) assert.ok(start >= from && end <= to, `${finding.ruleId}: an edit of "${fix.title}" lies outside its finding`);
          }
          const after = applyEdits(text, fix.edits);
          // Outside the edited spans the text is the same, byte for byte.
          const first = spans[0][0];
          const last = spans[spans.length - 1][1];
          const tail = text.length - last;
          assert.equal(after.slice(0, first), text.slice(0, first));
          assert.equal(after.slice(after.length - tail), text.slice(last));
          const before = lint(parseReport(text), only(finding.ruleId)).length;
          const remaining = lint(parseReport(after), only(finding.ruleId)).length;
          assert.ok(remaining < before, `${finding.ruleId}: "${fix.title}" should remove its finding (${before} → ${remaining})`);
        }
      }),
      { numRuns: 120 },
    );
  });
});
