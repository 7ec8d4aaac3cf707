import { describeRuleFixtures } from '../helpers';

describe('RW603 symbol-form', () => {
  describeRuleFixtures('RW603');
});
