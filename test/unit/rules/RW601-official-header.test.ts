import { describeRuleFixtures } from '../helpers';

describe('RW601 official-header', () => {
  describeRuleFixtures('RW601');
});
