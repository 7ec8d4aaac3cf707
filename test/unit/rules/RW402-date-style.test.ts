import { describeRuleFixtures } from '../helpers';

describe('RW402 date-style', () => {
  describeRuleFixtures('RW402');
});
