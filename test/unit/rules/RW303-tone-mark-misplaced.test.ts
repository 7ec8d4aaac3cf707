import * as assert from 'node:assert/strict';
import { isMisplaced, parseSyllable, placementStyle, withTonePlaced } from '../../../src/core/text/vietnamese';
import { describeRuleFixtures } from '../helpers';

describe('RW303 tone-mark-misplaced', () => {
  describeRuleFixtures('RW303');

  const canonical = (word: string) => {
    const s = parseSyllable(word);
    assert.ok(s, `${word} reads as a syllable`);
    return isMisplaced(s) ? withTonePlaced(s, 'old') : word;
  };

  it('puts the mark on the vowel with a hat, breve or horn, the last of two', () => {
    assert.deepEqual(['lựơng', 'nghịêm', 'tíên', 'ngừơi', 'khuýên', 'cúôc'].map(canonical), ['lượng', 'nghiệm', 'tiến', 'người', 'khuyến', 'cuốc']);
  });

  it('puts it on the first of two open vowels, the middle of three, the last before a consonant', () => {
    assert.deepEqual(['baỏ', 'muà', 'tuí', 'ngòai', 'xóay', 'hòan', 'hùynh'].map(canonical), ['bảo', 'mùa', 'túi', 'ngoài', 'xoáy', 'hoàn', 'huỳnh']);
  });

  it('reads the u of "qu" and the i of "gi" as part of the onset', () => {
    assert.deepEqual(['qúa', 'qúy', 'gìa', 'già', 'gì', 'quốc', 'giữa'].map(canonical), ['quá', 'quý', 'già', 'già', 'gì', 'quốc', 'giữa']);
  });

  it('accepts both placements of open oa, oe, uy, and tells them apart', () => {
    for (const word of ['hòa', 'hoà', 'khỏe', 'khoẻ', 'thủy', 'thuỷ']) assert.equal(canonical(word), word);
    assert.deepEqual(['hòa', 'hoà', 'Ủy', 'Uỷ', 'quý', 'hoàn'].map((w) => placementStyle(parseSyllable(w)!)), ['old', 'new', 'old', 'new', undefined, undefined]);
    assert.equal(withTonePlaced(parseSyllable('HÒA')!, 'new'), 'HOÀ');
  });

  it('reads no syllable in words that are not Vietnamese', () => {
    for (const word of ['café', 'José', 'Chloé', 'résumé', 'Thaís', 'naïve', 'hòaa', 'bảỏ']) assert.equal(parseSyllable(word), undefined, word);
  });
});
