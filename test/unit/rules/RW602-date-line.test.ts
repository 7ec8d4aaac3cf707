import { describeRuleFixtures } from '../helpers';

describe('RW602 date-line', () => {
  describeRuleFixtures('RW602');
});
