import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { gated, gatedGlobal, lazyPattern } from '../../../src/core/text/gatedPattern';

/** The matches of an `exec` loop over the whole text, as a rule writes it. */
function execLoop(pattern: RegExp, text: string): Array<[number, string[]]> {
  const out: Array<[number, string[]]> = [];
  pattern.lastIndex = 0;
  for (let m; (m = pattern.exec(text)); ) out.push([m.index, [...m]]);
  return out;
}

describe('gated patterns (a Unicode pattern built and run only where a cheap test finds something)', () => {
  // A year, or a span of years, between non-letters: Vietnamese letters count as letters.
  const YEARS_SOURCE = '(?<![\\p{L}\\p{N}])((?:19|20)\\d{2})(?:\\s*[-–—/]\\s*((?:19|20)\\d{2}))?(?![\\p{L}\\p{N}])';

  it('gives the matches of the exec loop, in order, and builds the pattern only when the gate lets a text through', () => {
    let built = 0;
    const years = gatedGlobal(/(?:19|20)\d{2}/, () => {
      built++;
      return new RegExp(YEARS_SOURCE, 'gu');
    });
    assert.deepEqual([...years('Kết quả đạt được, phương hướng')], []);
    assert.equal(built, 0, 'no year: the pattern is not even built');
    const text = 'năm 2023, giai đoạn 2021–2025; mã ă2024 và 2024đ không phải năm; 1999/2000.';
    const seen = [...years(text)].map((m): [number, string[]] => [m.index, [...m]]);
    assert.deepEqual(seen, execLoop(new RegExp(YEARS_SOURCE, 'gu'), text));
    assert.deepEqual(
      seen.map(([, m]) => m[0]),
      ['2023', '2021–2025', '1999/2000'],
    );
    // Run again (from the start each time), built once.
    assert.equal([...years(text)].length, 3);
    assert.equal(built, 1);
  });

  it('agrees with the exec loop on any text made of letters, digits and separators', () => {
    const years = gatedGlobal(/(?:19|20)\d{2}/, () => new RegExp(YEARS_SOURCE, 'gu'));
    const plain = new RegExp(YEARS_SOURCE, 'gu');
    const piece = fc.constantFrom('2023', '19', '20', '0', '9', 'năm', 'đ', 'ư', 'a', ' ', '-', '–', '/', ',', '.');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        assert.deepEqual(
          [...years(text)].map((m) => [m.index, [...m]]),
          execLoop(plain, text),
        );
      }),
    );
  });

  it('a gated test or exec builds its pattern on the first text the gate lets through', () => {
    let built = 0;
    const archive = gated(/Lưu/i, () => {
      built++;
      return /^(?:[-+*•]\s*)?Lưu(?![\p{L}\p{N}])/iu;
    });
    assert.equal(archive.test('- VT'), false);
    assert.equal(built, 0);
    assert.equal(archive.test('- Lưu: VT'), true);
    assert.equal(archive.test('- Lưuý'), false, 'a Vietnamese letter after the word: not the word');
    assert.equal(archive.exec('Lưu VT, TH.')?.[0], 'Lưu');
    assert.equal(built, 1);
  });

  it('refuses a global gate, or a gatedGlobal pattern without the g flag', () => {
    assert.throws(() => gatedGlobal(/x/g, () => /x/g));
    const notGlobal = gatedGlobal(/x/, () => /x/);
    assert.throws(() => [...notGlobal('x')]);
    assert.throws(() => gated(/x/, () => /x/g).test('x'));
  });

  it('a lazy pattern is built once, on the first call', () => {
    let built = 0;
    const word = lazyPattern(() => {
      built++;
      return /[\p{L}\p{N}]/u;
    });
    assert.equal(built, 0);
    assert.equal(word().test('ữ'), true);
    assert.equal(word(), word());
    assert.equal(built, 1);
  });
});
