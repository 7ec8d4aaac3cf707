import * as assert from 'node:assert/strict';
import { KindRegistry, parseReport, resolveKind, ROLE_VOCABULARY, lint } from '../../../src/core';
import { describeRuleFixtures, only } from '../helpers';

describe('RW007 section-length', () => {
  describeRuleFixtures('RW007');

  it('applies word limits a workspace kind sets, and leaves empty sections to RW003', () => {
    const kind = resolveKind(
      { id: 'brief', roles: [{ role: 'results', required: true, minWords: 5, maxWords: 12 }, { role: 'conclusion', minWords: 3 }] },
      ROLE_VOCABULARY,
    );
    const kinds = new KindRegistry().with([kind]);
    const text = '---\nkind: brief\n---\n## Results\n\nDone.\n\n## Conclusion\n\n```\ncode words do not count at all here\n```\n';
    const findings = lint(parseReport(text, { kinds }), only('RW007'));
    assert.deepEqual(findings.map((f) => [f.range.start.line, f.message]), [[3, '"Results" has 1 word; the kind "brief" expects at least 5.']]);
    const long = '---\nkind: brief\n---\n## Results\n\n' + 'word '.repeat(13) + '\n';
    assert.match(lint(parseReport(long, { kinds }), only('RW007'))[0].message, /has 13 words; the kind "brief" keeps it to 12/);
  });
});
