import { describeRuleFixtures } from '../helpers';

describe('RW004 duplicate-section', () => {
  describeRuleFixtures('RW004');
});
