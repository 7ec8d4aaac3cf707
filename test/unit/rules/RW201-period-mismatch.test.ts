import { describeRuleFixtures } from '../helpers';

describe('RW201 period-mismatch', () => {
  describeRuleFixtures('RW201');
});
