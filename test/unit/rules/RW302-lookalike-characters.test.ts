import { describeRuleFixtures } from '../helpers';

describe('RW302 lookalike-characters', () => {
  describeRuleFixtures('RW302');
});
