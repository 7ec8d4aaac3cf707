import { describeRuleFixtures } from '../helpers';

describe('RW502 byline', () => {
  describeRuleFixtures('RW502');
});
