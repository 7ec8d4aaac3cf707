import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { lowerAsCaseless, stripDiacritics, VIETNAMESE_LOWER, VIETNAMESE_UPPER } from '../../../src/core/text/fold';
import { classAt, classBefore, countLetters, hasLetter, letterRuns, hasLetterOrDigit, inClasses, isLetterOrDigitChar, isLetterOrMarkChar, LETTER, MARK, NUMBER, trimToLetterOrDigit } from '../../../src/core/text/wordCharacters';

describe('letter and digit tests without Unicode classes for the common characters', () => {
  it('answer as [\\p{L}\\p{N}] and [\\p{L}\\p{M}] do for every code unit, astral letters and marks, and longer strings', () => {
    const letterOrDigit = /[\p{L}\p{N}]/u;
    const letterOrMark = /[\p{L}\p{M}]/u;
    const samples = ['', 'ab', '.a', '𝐀', '😀', '\u{1F1FB}', 'ữ\u0301', 'a\u0300'];
    for (let code = 0; code < 0x10000; code++) samples.push(String.fromCharCode(code));
    for (const char of samples) {
      assert.equal(isLetterOrDigitChar(char), letterOrDigit.test(char), `L|N ${JSON.stringify(char)}`);
      assert.equal(isLetterOrMarkChar(char), letterOrMark.test(char), `L|M ${JSON.stringify(char)}`);
    }
  });

  it('answers as the Unicode classes do, with and without the i flag, for every BMP code point and the astral blocks it settles', () => {
    const combos = [LETTER, NUMBER, MARK, LETTER | NUMBER, LETTER | MARK];
    const source = (bits: number) => `^[${bits & LETTER ? '\\p{L}' : ''}${bits & NUMBER ? '\\p{N}' : ''}${bits & MARK ? '\\p{M}' : ''}]$`;
    const codes: number[] = [];
    for (let code = 0; code < 0x10000; code++) codes.push(code);
    for (let code = 0x1f000; code < 0x1fc00; code++) codes.push(code);
    codes.push(0x1d400, 0x10400, 0x10428, 0x1d7ce, 0xe0041, 0x10ffff);
    for (const bits of combos) {
      for (const ignoreCase of [false, true]) {
        const pattern = new RegExp(source(bits), ignoreCase ? 'iu' : 'u');
        for (const code of codes) {
          assert.equal(inClasses(code, bits, ignoreCase), pattern.test(String.fromCodePoint(code)), `${source(bits)} ${ignoreCase ? 'iu' : 'u'} U+${code.toString(16)}`);
        }
      }
    }
  });

  it('counts and finds letters as /\\p{L}/gu and /\\p{L}/u do, and letters or digits as /[\\p{L}\\p{N}]/u does', () => {
    const pieces = ['a', 'Z', '1', ' ', 'đ', 'Ữ', '\u0301', 'ж', '中', '𝐀', '😀', '\ud83d', '٣', 'ª', '×', '\n', '—', '²', '𝟙', '½', '.'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        assert.equal(countLetters(text), text.match(/\p{L}/gu)?.length ?? 0, JSON.stringify(text));
        assert.equal(hasLetter(text), /\p{L}/u.test(text), JSON.stringify(text));
        assert.equal(hasLetterOrDigit(text), /[\p{L}\p{N}]/u.test(text), JSON.stringify(text));
      }),
    );
  });

  it('cuts a text into runs of letters exactly as /\\p{L}+/gu does, building the class only for a character the ranges leave open', () => {
    let made = 0;
    const pattern = () => (made++, /\p{L}+/gu);
    // Vietnamese and English prose: no class is built.
    assert.deepEqual(letterRuns('Năm 2025, Sở đã hoàn thành — “kế hoạch” ữ\u0301a; café naïve ª½', pattern), ['Năm', 'Sở', 'đã', 'hoàn', 'thành', 'kế', 'hoạch', 'ữ', 'a', 'café', 'naïve', 'ª']);
    assert.equal(made, 0, 'the ranges settle every character');
    assert.deepEqual(letterRuns('Đông Кирилл 中文', pattern), ['Đông', 'Кирилл', '中文']);
    assert.equal(made, 1, 'Cyrillic and Chinese are asked of the class');
    const pieces = ['a', 'Z', '1', ' ', 'đ', 'Ữ', 'ẞ', '\u0301', 'ж', '中', '𝐀', '😀', '\ud83d', '\udc00', '٣', 'ª', 'µ', '×', '÷', '\n', '—', '“', '²', '𝟙', '½', '.', '\u024f', '\u0250', 'ǅ', '\u1eff', '\u2071', '→', '█'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 24 }), (parts) => {
        const text = parts.join('');
        assert.deepEqual(letterRuns(text, () => /\p{L}+/gu), text.match(/\p{L}+/gu) ?? [], JSON.stringify(text));
      }),
      { numRuns: 3000 },
    );
    for (let code = 0; code < 0x10000; code++) {
      const text = `a${String.fromCharCode(code)}b`;
      assert.deepEqual(letterRuns(text, () => /\p{L}+/gu), text.match(/\p{L}+/gu) ?? [], `U+${code.toString(16)}`);
    }
  });

  it('reads the character before and at a place whole, a surrogate pair as one', () => {
    assert.equal(classBefore('a𝐀2024', 3, LETTER), true, 'the astral letter before 2024');
    assert.equal(classBefore('😀2024', 2, LETTER | NUMBER), false);
    assert.equal(classBefore('2024', 0, LETTER | NUMBER), false, 'nothing before the start');
    assert.equal(classAt('2024𝐀', 4, LETTER), true);
    assert.equal(classAt('2024', 4, LETTER), false, 'nothing at the end');
    assert.equal(classAt('năm', 1, LETTER), true, 'ă');
    assert.equal(classBefore('x\u0345', 2, LETTER, true), true, 'U+0345 is a letter to a class with the i flag');
    assert.equal(classBefore('x\u0345', 2, LETTER, false), false);
  });

  it('takes off what stands before the first letter or digit exactly as /^[^\\p{L}\\p{N}]+/u does', () => {
    const leading = /^[^\p{L}\p{N}]+/u;
    const pieces = ['đ', 'Ư', 'ổ', 'a', '1', ' ', '#', '*', '(', '–', '“', '📈', '✅', '\u0301', '\ud83d', '²', 'ß', '.'];
    const texts = ['', 'đánh giá', '1. kết quả', '📈 weekly summary', '– kết quả', '## (a)', '...', '✅ what went well'];
    for (const a of pieces) for (const b of pieces) for (const c of pieces) texts.push(a + b + c);
    for (const text of texts) assert.equal(trimToLetterOrDigit(text, () => leading), text.replace(leading, ''), JSON.stringify(text));
  });

  it('strips diacritics as NFD without \\p{M} does, by the plain path and the class path', () => {
    const marks = /\p{M}/gu;
    const old = (text: string) => text.normalize('NFD').replace(marks, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
    for (let code = 0x300; code <= 0x36f; code++) assert.ok(/\p{M}/u.test(String.fromCharCode(code)), code.toString(16));
    for (const text of ['Kết quả đạt được', 'ĐÁNH GIÁ', 'Results', 'Nhiệm vụ – 2025', 'Ωmega ῷ', 'a\u0301\u0489', 'x\u20dd', 'ǅ ǈ']) {
      assert.equal(stripDiacritics(text), old(text), text);
    }
  });
});

describe('lower case as a case-insensitive pattern reads it', () => {
  const letters = `abcdefghijklmnopqrstuvwxyz${VIETNAMESE_LOWER}`;
  const anyLetter = new RegExp(`^[${letters}]$`, 'iu');

  it('gives a Latin or Vietnamese letter exactly where /iu matches it, keeps length, letters and digits, for every BMP code point', () => {
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const c = String.fromCharCode(code);
      const lower = lowerAsCaseless(c);
      const where = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
      assert.equal(lower.length, 1, where);
      assert.equal(anyLetter.test(c), letters.includes(lower), where);
      if (letters.includes(lower)) assert.ok(new RegExp(`^${lower}$`, 'iu').test(c), where);
      assert.equal(/^[\p{L}\p{N}]$/iu.test(c), /^[\p{L}\p{N}]$/u.test(lower), where);
    }
  });

  it('names the 67 letters of Vietnamese beyond a–z in NFC, each capital the lower-case letter\'s', () => {
    assert.equal([...VIETNAMESE_LOWER].length, 67);
    assert.equal(VIETNAMESE_LOWER.normalize('NFC'), VIETNAMESE_LOWER);
    assert.equal(VIETNAMESE_UPPER, VIETNAMESE_LOWER.toUpperCase());
    assert.equal(VIETNAMESE_UPPER.toLowerCase(), VIETNAMESE_LOWER);
    assert.equal(new Set(VIETNAMESE_LOWER).size, 67);
  });

  it('reads long s as s, U+0345 as a letter and İ as no i', () => {
    assert.equal(lowerAsCaseless('Poſtmortem'), 'postmortem');
    assert.equal(lowerAsCaseless('İRCA'), 'ırca');
    assert.equal(lowerAsCaseless('Biên Bản\u0345'), 'biên bản\u03b9');
    assert.equal(lowerAsCaseless('BÁO CÁO TUẦN 5'), 'báo cáo tuần 5');
  });
});
