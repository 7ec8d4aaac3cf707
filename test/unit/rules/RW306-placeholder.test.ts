import { describeRuleFixtures } from '../helpers';

describe('RW306 placeholder', () => {
  describeRuleFixtures('RW306');
});
