import { describeRuleFixtures } from '../helpers';

describe('RW310 capitalisation', () => {
  describeRuleFixtures('RW310');
});
