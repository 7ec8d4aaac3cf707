import * as assert from 'node:assert/strict';
import { lintText, only, readFixture } from '../helpers';

describe('RW603 and RW401 on a legal document\'s number typed into the clerk\'s blank', () => {
  const text = readFixture('rules', 'RW603', 'legal-year-spaced-vi.md');

  it('reads the whole number, with its year, and says so once, in Vietnamese and English', () => {
    const vi = lintText(text, undefined, only('RW603', 'RW401'));
    assert.deepEqual(vi.map((f) => [f.ruleId, f.message]), [['RW603', 'Viết "64/2024/QĐ-UBND": viết liền, không có dấu cách.']]);
    const en = lintText(text, undefined, { ...only('RW603', 'RW401'), messageLang: 'en' });
    assert.deepEqual(en.map((f) => f.message), ['Write "64/2024/QĐ-UBND": no spaces inside.']);
  });

  it('shows a number of the document\'s own type when what is written is no number (en)', () => {
    const [finding] = lintText(readFixture('rules', 'RW603', 'not-a-symbol-type-vi.md'), undefined, { ...only('RW603'), messageLang: 'en' });
    assert.equal(finding?.message, '"mười lăm" is not a number and symbol: write it as "15/QĐ-UBND" (number/type-issuer).');
  });
});
