import * as assert from 'node:assert/strict';
import { describeRuleFixtures, lintText, only } from '../helpers';

describe('RW501 news-lead', () => {
  describeRuleFixtures('RW501');

  it('takes a month written first, as English news writes dates ("On March 28"), for the when', () => {
    const lead = (sentence: string) =>
      lintText(`---\nkind: meeting-news\nlang: en\n---\n# Regional health conference\n\n${sentence}\n\nThe conference reviewed the first quarter.\n\nBy Hoai Thu\n`, {}, only('RW501')).map((f) => f.message);
    for (const when of ['On March 28', 'On March 28, 2026', 'On the morning of March 28', 'On Feb. 3', 'On 28 March']) {
      assert.deepEqual(lead(`${when}, in Da Nang, Deputy Minister Tran Binh chaired the conference.`), [], when);
    }
    // "may" and "march" in lower case are verbs, not a date.
    const [finding] = lead('Delegates may march to the hall in Da Nang, where Deputy Minister Tran Binh chaired the conference.');
    assert.match(finding ?? '', /does not say when/);
  });
});
