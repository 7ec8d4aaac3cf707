import { describeRuleFixtures } from '../helpers';

describe('RW101 numbering-sequence', () => {
  describeRuleFixtures('RW101');
});
