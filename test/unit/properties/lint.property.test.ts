import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { fixAll, lint, parseReport } from '../../../src/core';
import { reportArbitrary } from './reportArbitrary';

const INTERNAL_ERROR = /failed and was skipped|gặp lỗi nội bộ/;

describe('properties: linting random reports', function () {
  this.timeout(120_000);

  it('never throws, and no rule fails inside (a rule error would be reported, not thrown)', () => {
    fc.assert(
      fc.property(reportArbitrary, (text) => {
        const findings = lint(parseReport(text));
        assert.deepEqual(findings.filter((f) => INTERNAL_ERROR.test(f.message)), []);
        for (const f of findings) {
          assert.ok(f.range.start.line <= f.range.end.line, `${f.ruleId}: range ends before it starts`);
          assert.ok(f.message.length > 0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('applying every fix twice gives what applying them once gave', () => {
    fc.assert(
      fc.property(reportArbitrary, (text) => {
        const once = fixAll(text);
        const twice = fixAll(once.text);
        assert.equal(twice.text, once.text);
        assert.equal(twice.applied, 0);
      }),
      { numRuns: 150 },
    );
  });
});
