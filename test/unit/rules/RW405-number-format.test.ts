import { describeRuleFixtures } from '../helpers';

describe('RW405 number-format', () => {
  describeRuleFixtures('RW405');
});
