import { describeRuleFixtures } from '../helpers';

describe('RW001 missing-section', () => {
  describeRuleFixtures('RW001');
});
