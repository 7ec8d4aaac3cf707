import { describeRuleFixtures } from '../helpers';

describe('RW605 signer', () => {
  describeRuleFixtures('RW605');
});
