import { describeRuleFixtures } from '../helpers';

describe('RW307 legacy-encoding', () => {
  describeRuleFixtures('RW307');
});
