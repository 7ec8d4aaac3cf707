import { describeRuleFixtures } from '../helpers';

describe('RW501 news-lead', () => {
  describeRuleFixtures('RW501');
});
