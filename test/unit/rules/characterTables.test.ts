import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildClasses, buildLower, decodeLower, decodeRuns, encodeLower, encodeRuns, LOOKALIKE, NOT_NFC, TABLE_SIZE } from '../../../src/core/rules/characterTables';
import { CLASSES_RUNS, LOWER_RUNS, UNICODE_VERSION } from '../../../src/core/rules/characterTables.generated';
import { isLetterCode } from '../../../src/core/rules/characterScan';
import { lookalikes } from '../../../src/core/text/confusables';
import { isLetter } from '../../../src/core/rules/helpers';

/** The first code unit where two tables differ, in words, or undefined. */
function firstDifference(a: Uint16Array, b: Uint16Array): string | undefined {
  for (let code = 0; code < TABLE_SIZE; code++) {
    if (a[code] !== b[code]) return `U+${code.toString(16).toUpperCase().padStart(4, '0')}: ${a[code]} ≠ ${b[code]}`;
  }
  return undefined;
}

describe('character tables of the character walk (precomputed from Unicode data)', () => {
  it('encodes and decodes any table exactly', () => {
    const table = new Uint16Array(TABLE_SIZE);
    for (let code = 0; code < TABLE_SIZE; code++) table[code] = (code * 7919) % 5 === 0 ? code % 1024 : 0;
    assert.equal(firstDifference(decodeRuns(encodeRuns(table)), table), undefined);
    // One value throughout (a run longer than a code unit can count), and every code unit a value, surrogates too.
    for (const whole of [new Uint16Array(TABLE_SIZE), new Uint16Array(TABLE_SIZE).fill(0xd800), Uint16Array.from({ length: TABLE_SIZE }, (_, i) => i)]) {
      assert.equal(firstDifference(decodeRuns(encodeRuns(whole)), whole), undefined);
    }
    const lower = buildLower();
    assert.equal(firstDifference(decodeLower(encodeLower(lower)), lower), undefined);
  });

  it('the shipped tables are the ones the builders make (run scripts/character-tables.ts after changing them)', function () {
    // The builders read Unicode through the JavaScript engine: another Unicode version may class
    // newly assigned letters differently, which is no fault of the shipped tables.
    if (process.versions.unicode !== UNICODE_VERSION) {
      this.skip();
    }
    assert.equal(firstDifference(decodeRuns(CLASSES_RUNS), buildClasses()), undefined);
    assert.equal(firstDifference(decodeLower(LOWER_RUNS), buildLower()), undefined);
  });

  it('marks every look-alike of the confusables data, Vietnamese letters and their lower case, in any Unicode version', () => {
    const classes = decodeRuns(CLASSES_RUNS);
    const lower = decodeLower(LOWER_RUNS);
    for (const code of lookalikes().keys()) assert.ok(classes[code] & LOOKALIKE, `U+${code.toString(16)}`);
    for (const [upper, small] of [['Đ', 'đ'], ['Ư', 'ư'], ['Ộ', 'ộ'], ['Ỷ', 'ỷ'], ['A', 'a'], ['Ж', 'ж']]) {
      assert.equal(lower[upper.charCodeAt(0)], small.charCodeAt(0), upper);
    }
  });

  it('marks what may keep a text from NFC: a text without such a code unit is NFC', () => {
    const classes = decodeRuns(CLASSES_RUNS);
    // A combining acute, a Hangul vowel and final (they compose with the syllable before), the
    // Angstrom and Kelvin signs (NFC changes them), half of an emoji.
    for (const char of ['\u0301', '\u0323', '\u1161', '\u11A8', '\u212B', '\u212A', '\u0344', '\uD83D']) {
      assert.ok(classes[char.charCodeAt(0)] & NOT_NFC, `U+${char.charCodeAt(0).toString(16)}`);
    }
    for (const char of 'aĐđươếộỷ한,. \n') assert.equal(classes[char.charCodeAt(0)] & NOT_NFC, 0, char);
    // Strings of unmarked code units, near the marked ones (bases that compose, Hangul), are NFC.
    const unmarked: string[] = [];
    for (let code = 0; code < 0x3400; code++) if (!(classes[code] & NOT_NFC)) unmarked.push(String.fromCharCode(code));
    const pool = [...'aeoiuyAEOUđĐươăâêô', ...unmarked.filter((_, k) => k % 7 === 0), '\uAC00', '\uAC01', '\u1100', '\u1112'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pool), { maxLength: 12 }), (chars) => {
        const text = chars.join('');
        assert.equal(text.normalize('NFC'), text);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('letters by code unit (the shared table, Unicode above it)', () => {
  it('answers as [\\p{L}\\p{M}] does for every code unit of the basic plane', function () {
    // The table is the one of the Unicode version it was built with (see above).
    if (process.versions.unicode !== UNICODE_VERSION) this.skip();
    const letter = /[\p{L}\p{M}]/u;
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code);
      assert.equal(isLetterCode(code), letter.test(char), `U+${code.toString(16)}`);
      assert.equal(isLetter(char), letter.test(char), `U+${code.toString(16)}`);
    }
    // A letter outside the basic plane, as a whole character.
    assert.equal(isLetter('𝐀'), true);
  });
});
