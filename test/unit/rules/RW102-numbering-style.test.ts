import { describeRuleFixtures } from '../helpers';

describe('RW102 numbering-style', () => {
  describeRuleFixtures('RW102');
});
