import * as assert from 'node:assert/strict';
import { lintText, only } from '../helpers';

/**
 * "cán bộ y tế" (health workers), "toàn bộ tài chính" (all the finances): "bộ" ends a word of
 * its own, no ministry's name starts there; "bộ y tế" alone is still the Ministry of Health.
 */
const findings = (lang: 'vi' | 'en', sentence: string) => lintText(`---\nkind: status\nlang: ${lang}\n---\n\n${sentence}\n`, {}, only('RW310')).map((f) => f.message);

describe('RW310 and words that end in "bộ"', () => {
  it('leaves "cán bộ y tế", "Cán bộ tài chính", "toàn bộ tài chính" alone (vi)', () => {
    for (const sentence of ['Hơn 300 cán bộ y tế đã được đào tạo lại.', 'Cán bộ tài chính các xã được tập huấn.', 'Toàn bộ tài chính của dự án đã được công khai.']) {
      assert.deepEqual(findings('vi', sentence), [], sentence);
    }
  });

  it('leaves a Vietnamese term quoted in an English report alone (en)', () => {
    assert.deepEqual(findings('en', 'More than 300 health workers ("cán bộ y tế") were retrained.'), []);
  });

  it('still asks for the capitals of the ministry\'s name (vi)', () => {
    const [message] = findings('vi', 'Theo hướng dẫn của bộ y tế, đơn vị đã triển khai.');
    assert.match(message, /"bộ y tế" phải viết là "Bộ Y tế"/);
  });
});
