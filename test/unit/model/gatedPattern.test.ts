import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { bounded, type EdgeClasses, gated, gatedGlobal, lazyPattern } from '../../../src/core/text/gatedPattern';

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

describe('bounded patterns (letter and number edges read without Unicode classes)', () => {
  /** Each case: the core, its edges, the full pattern it stands for. */
  const cases: Array<{ core: RegExp; edges: { before?: EdgeClasses; after?: EdgeClasses } }> = [
    { core: /((?:19|20)\d{2})(?:\s*[-–—/]\s*((?:19|20)\d{2}))?/u, edges: { before: 'LN', after: 'LN' } },
    { core: /(tuần|tháng|năm|week|year)\s*(?:số\s*|no\.?\s*|#\s*)?(\d{1,4})/iu, edges: { before: 'LN', after: 'N' } },
    { core: /biên bản (?:họp|hội nghị)|biên bản|minutes|RCA/iu, edges: { before: 'L', after: 'L' } },
    { core: /^\s*(?:kế hoạch)/iu, edges: { after: 'L' } },
    { core: /(19|20|21)\d{2}/u, edges: { before: 'N', after: 'N' } },
    { core: /\d{2,4}/u, edges: { before: 'L' } },
  ];
  const full = (c: (typeof cases)[number], flags: string) =>
    new RegExp(
      `${c.edges.before ? `(?<![${c.edges.before.replace('L', '\\p{L}').replace('N', '\\p{N}')}])` : ''}(?:${c.core.source})${c.edges.after ? `(?![${c.edges.after.replace('L', '\\p{L}').replace('N', '\\p{N}')}])` : ''}`,
      flags,
    );
  // Letters and digits of Vietnamese, English and other scripts, marks, U+0345 (a mark that is a letter's case partner), astral letters and emoji.
  const pieces = ['\ud800', '\udc00', '2023', '2024', '19', '20', '21', '0', '5', '٣', '²', 'năm', 'Năm', 'NĂM', 'tuần', 'week', 'YEAR', 'biên bản', 'BIÊN BẢN', 'họp', 'minutes', 'rca', 'kế hoạch', 'đ', 'ư', 'a', 'ß', 'ǅ', 'Ω', 'ж', '\u0345', '\u0301', '𝐀', '😀', '\ud83d', ' ', '-', '–', '/', '#', 'no.', 'số', ',', '.', '\n', '*'];

  it('answers test, exec and the global matches as the pattern with lookarounds does, on any text', () => {
    for (const c of cases) {
      const pattern = bounded(c.core, c.edges);
      const once = full(c, c.core.flags);
      const all = full(c, `${c.core.flags}g`);
      assert.equal(pattern.source, once.source);
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
          const text = parts.join('');
          assert.equal(pattern.test(text), once.test(text), `test ${c.core.source} ${JSON.stringify(text)}`);
          const m = pattern.exec(text);
          const expected = once.exec(text);
          assert.deepEqual(m && [m.index, [...m]], expected && [expected.index, [...expected]], `exec ${c.core.source} ${JSON.stringify(text)}`);
          assert.deepEqual(
            [...pattern.matches(text)].map((x) => [x.index, [...x]]),
            execLoop(all, text),
            `matches ${c.core.source} ${JSON.stringify(text)}`,
          );
        }),
        { numRuns: 400 },
      );
    }
  });

  it('finds what the lookarounds find where backtracking inside the core is needed', () => {
    const period = bounded(/(năm|tuần)\s*(\d{1,4})/iu, { before: 'LN', after: 'N' });
    // "năm 20245": four digits are followed by a digit; no shorter run stands alone either.
    assert.equal(period.exec('năm 20245'), null);
    assert.deepEqual([...period.exec('trong năm 2024, tuần 5')!], ['năm 2024', 'năm', '2024']);
    // A letter before: "Chămnăm 5" is not "năm 5"; the next one is found.
    assert.deepEqual([...period.exec('Chămnăm 5 và tuần 6')!], ['tuần 6', 'tuần', '6']);
    const years = bounded(/((?:19|20)\d{2})(?:\s*[-–—/]\s*((?:19|20)\d{2}))?/u, { before: 'LN', after: 'LN' });
    // The span is followed by a letter: the year before it still stands alone.
    assert.deepEqual([...years.matches('1999/2000đ')].map((m) => m[0]), ['1999']);
    assert.deepEqual([...years.matches('giai đoạn 2021–2025, ă2024')].map((m) => m[0]), ['2021–2025']);
  });

  it('tries the code point after a lone high surrogate whose edge failed', () => {
    const nonLetter = bounded(/[^a-z]/u, { before: 'L' });
    assert.deepEqual(nonLetter.exec('a\ud800!')?.index, /(?<![\p{L}])(?:[^a-z])/u.exec('a\ud800!')?.index);
    assert.equal(nonLetter.test('a\ud800!'), true);
    const any = bounded(/./u, { before: 'L' });
    assert.deepEqual(
      [...any.matches('a\ud800b')].map((m) => m.index),
      execLoop(/(?<![\p{L}])(?:.)/gu, 'a\ud800b').map(([index]) => index),
    );
  });

  it('refuses a core without the u flag or with a state of its own', () => {
    assert.throws(() => bounded(/\d{4}/, { before: 'N' }));
    assert.throws(() => bounded(/\d{4}/gu, { before: 'N' }));
  });
});
