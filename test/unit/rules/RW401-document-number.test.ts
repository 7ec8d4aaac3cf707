import { describeRuleFixtures } from '../helpers';

describe('RW401 document-number', () => {
  describeRuleFixtures('RW401');
});
