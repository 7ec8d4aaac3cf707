import { describeRuleFixtures } from '../helpers';

describe('RW403 abbreviation', () => {
  describeRuleFixtures('RW403');
});
