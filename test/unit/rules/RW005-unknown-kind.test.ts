import { describeRuleFixtures } from '../helpers';

describe('RW005 unknown-kind', () => {
  describeRuleFixtures('RW005');
});
