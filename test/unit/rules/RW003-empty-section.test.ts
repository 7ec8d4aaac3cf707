import { describeRuleFixtures } from '../helpers';

describe('RW003 empty-section', () => {
  describeRuleFixtures('RW003');
});
