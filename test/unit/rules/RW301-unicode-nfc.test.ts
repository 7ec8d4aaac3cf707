import { describeRuleFixtures } from '../helpers';

describe('RW301 unicode-nfc', () => {
  describeRuleFixtures('RW301');
});
