import { describeRuleFixtures } from '../helpers';

describe('RW311 paired-punctuation', () => {
  describeRuleFixtures('RW311');
});
