import { describeRuleFixtures } from '../helpers';

describe('RW606 end-mark', () => {
  describeRuleFixtures('RW606');
});
