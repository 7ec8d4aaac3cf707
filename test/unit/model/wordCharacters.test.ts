import * as assert from 'node:assert/strict';
import { stripDiacritics } from '../../../src/core/text/fold';
import { isLetterOrDigitChar, isLetterOrMarkChar, trimToLetterOrDigit } from '../../../src/core/text/wordCharacters';

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

  it('takes off what stands before the first letter or digit exactly as /^[^\\p{L}\\p{N}]+/u does', () => {
    const leading = /^[^\p{L}\p{N}]+/u;
    const pieces = ['đ', 'Ư', 'ổ', 'a', '1', ' ', '#', '*', '(', '–', '“', '📈', '✅', '\u0301', '\ud83d', '²', 'ß', '.'];
    const texts = ['', 'đánh giá', '1. kết quả', '📈 weekly summary', '– kết quả', '## (a)', '...', '✅ what went well'];
    for (const a of pieces) for (const b of pieces) for (const c of pieces) texts.push(a + b + c);
    for (const text of texts) assert.equal(trimToLetterOrDigit(text, leading), text.replace(leading, ''), JSON.stringify(text));
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
