import { describeRuleFixtures } from '../helpers';

describe('RW305 spacing', () => {
  describeRuleFixtures('RW305');
});
