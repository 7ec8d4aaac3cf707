import { describeRuleFixtures } from '../helpers';

describe('RW002 section-order', () => {
  describeRuleFixtures('RW002');
});
