import * as assert from 'node:assert/strict';
import { dayOfWeek } from '../../../src/core/rules/RW404-weekday-date';
import { describeRuleFixtures } from '../helpers';

describe('RW404 weekday-date', () => {
  describeRuleFixtures('RW404');

  it('counts days of the week in the Gregorian calendar and knows dates that do not exist', () => {
    assert.equal(dayOfWeek(7, 12, 2025), 0);
    assert.equal(dayOfWeek(29, 2, 2024), 4);
    assert.equal(dayOfWeek(29, 2, 2025), undefined);
    assert.equal(dayOfWeek(31, 11, 2025), undefined);
  });
});
