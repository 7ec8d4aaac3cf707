import { describeRuleFixtures } from '../helpers';

describe('RW604 distribution', () => {
  describeRuleFixtures('RW604');
});
