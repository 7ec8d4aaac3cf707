import { describeRuleFixtures } from '../helpers';

describe('RW006 front-matter', () => {
  describeRuleFixtures('RW006');
});
