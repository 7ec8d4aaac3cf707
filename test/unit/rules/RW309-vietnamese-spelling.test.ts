import { describeRuleFixtures } from '../helpers';

describe('RW309 vietnamese-spelling', () => {
  describeRuleFixtures('RW309');
});
