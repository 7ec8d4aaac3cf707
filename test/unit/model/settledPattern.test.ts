import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
// Every module with settled patterns, loaded so that all of them are declared.
import '../../../src/core/index';
import { SETTLED_CLASSES, settledPattern, settledPatternMakers, twinOf, twinSource } from '../../../src/core/text/settledPattern';

/** The code points the settled ranges cover (see wordCharacters.ts). */
function settledCodes(): number[] {
  const codes: number[] = [];
  for (const [a, b] of [
    [0, 0x24f],
    [0x300, 0x36f],
    [0x1e00, 0x1eff],
    [0x2000, 0x206f],
    [0x2190, 0x23ff],
    [0x2500, 0x27bf],
  ]) {
    for (let c = a; c <= b; c++) codes.push(c);
  }
  return codes;
}

/** What a pattern finds in a text: every match of a global one, else its one match, with groups and indexes. */
function findings(pattern: RegExp, text: string): unknown {
  const shown = (m: RegExpExecArray | RegExpMatchArray | null) => (m ? { index: m.index, groups: [...m], named: m.groups ? { ...m.groups } : undefined } : null);
  if (pattern.global || pattern.sticky) {
    pattern.lastIndex = 0;
    const all = [];
    for (let m; (m = pattern.exec(text)); ) {
      all.push(shown(m));
      if (m[0] === '') pattern.lastIndex++;
      if (!pattern.global) break;
    }
    pattern.lastIndex = 0;
    return all;
  }
  return shown(pattern.exec(text));
}

/** Lines of the repository's own reports and fixtures: real text for the patterns to meet. */
function fixtureLines(): string[] {
  const lines = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (name.endsWith('.md') && statSync(file).size < 400_000) for (const line of readFileSync(file, 'utf8').split('\n')) lines.add(line);
    }
  };
  for (const dir of ['test/fixtures', 'examples', 'docs']) {
    try {
      walk(dir);
    } catch {
      // A folder the checkout does not have.
    }
  }
  return [...lines];
}

/** The product's settled patterns (the tests below declare more). */
const product = [...settledPatternMakers()];

describe('settled patterns: twins without Unicode property classes for Vietnamese and English text', () => {
  it('writes each class as exactly the settled characters the Unicode class holds, with and without the i flag', () => {
    const codes = settledCodes();
    for (const [name, ranges] of Object.entries(SETTLED_CLASSES)) {
      for (const flags of name === 'Lu' || name === 'Ll' ? ['u'] : ['u', 'iu']) {
        const own = new RegExp(`^\\p{${name}}$`, flags);
        const twin = new RegExp(`^[${ranges}]$`, flags);
        for (const code of codes) {
          if (flags === 'iu' && code === 0x345) continue;
          const char = String.fromCodePoint(code);
          assert.equal(twin.test(char), own.test(char), `\\p{${name}} /${flags} U+${code.toString(16)}`);
        }
      }
    }
  });

  it('rewrites classes inside and outside brackets, and refuses what it cannot write', () => {
    assert.equal(twinSource('^\\p{M}$'), '^[\\u0300-\\u036F]$');
    assert.equal(twinSource('[^\\p{M}x]'), '[^\\u0300-\\u036Fx]');
    assert.equal(twinSource('\\P{M}'), '[^\\u0300-\\u036F]');
    assert.equal(twinSource('[\\P{L}]'), undefined, '\\P inside brackets');
    assert.equal(twinSource('\\p{Lt}'), undefined, 'a class it does not give');
    assert.equal(twinSource('\\p{toString}'), undefined, 'no prototype property is a class');
    assert.equal(twinSource('\\\\p{L}'), '\\\\p{L}', 'an escaped backslash before "p{L}" is no class');
    assert.equal(twinSource('[\\]\\p{M}]'), '[\\]\\u0300-\\u036F]', 'an escaped bracket does not close the class');
    assert.equal(twinSource('\\p{Lu}', true), undefined, '\\p{Lu} under the i flag');
    assert.equal(twinSource('\\p{L}', true), `[${SETTLED_CLASSES.L}]`);
    // With its own i flag \p{Lu} would take in "ȿ", whose capital (U+2C7E) the ranges leave out.
    assert.equal(twinSource('^(?i:\\p{Lu})$'), undefined, 'a group with flags of its own');
    assert.equal(twinSource('(?<name>\\p{M})(?:x)(?=y)(?<!z)'), '(?<name>[\\u0300-\\u036F])(?:x)(?=y)(?<!z)');
  });

  it('gives the twin for settled text and the pattern itself for any other, building the pattern only then', () => {
    // Written as the bundles keep it (a literal), which the compiler of these tests would rewrite.
    const literal = new Function('return () => /(?<![\\p{L}\\p{N}])\\p{Lu}\\p{Ll}+/u')() as () => RegExp;
    assert.equal(twinOf(literal)?.source, `(?<![${SETTLED_CLASSES.L}${SETTLED_CLASSES.N}])[${SETTLED_CLASSES.Lu}][${SETTLED_CLASSES.Ll}]+`);
    assert.equal(twinOf(() => new RegExp('\\p{L}', 'u'))?.source, `[${SETTLED_CLASSES.L}]`, 'as a compiler for older engines writes it');
    const quoted = new Function(`return () => new RegExp('\\\\p{L}"\\\\xE0', "u")`)() as () => RegExp;
    assert.equal(twinOf(quoted)?.source, `[${SETTLED_CLASSES.L}]"\\xE0`, 'in single quotes, with an escape');
    assert.equal(twinOf(new Function('return (  ) =>  /\\p{N}\\/x/u')() as () => RegExp)?.source, `[${SETTLED_CLASSES.N}]\\/x`, 'spaces, an escaped slash');
    assert.equal(twinOf(new Function(`return () => new RegExp( "\\\\p{N}\\"" , "u" )`)() as () => RegExp)?.source, `[${SETTLED_CLASSES.N}]"`, 'spaces, an escaped quote');
    assert.equal(twinOf(() => /x/), null, 'no u flag');
    assert.equal(twinOf(() => new RegExp(String('\\p{L}'), 'u')), null, 'not one literal');
    let built = 0;
    const counted = settledPattern(() => (built++, /\p{L}+/gu));
    assert.equal(counted('Kết quả').source, '\\p{L}+', 'a maker of another shape: the pattern serves every text');
    assert.equal(built, 1);
    built = 0;
    const letters = settledPattern(literal);
    const twin = letters('Năm Sở');
    assert.ok(!twin.source.includes('\\p{'), 'settled text: the twin');
    assert.equal(twin.exec('năm Sở')?.[0], 'Sở');
    const own = letters('Кирилл Năm');
    assert.ok(own.source.includes('\\p{Lu}'), 'Cyrillic: the pattern itself');
    assert.equal(own.exec('Кирилл Năm')?.[0], 'Кирилл');
    assert.equal(letters('Năm'), twin, 'one twin for every settled text');
    assert.ok(letters('😀 Năm').source.includes('\\p{'), 'an emoji (a surrogate pair) is left to the pattern');
    const caseless = settledPattern(() => /^\p{L}$/iu);
    assert.ok(caseless('\u0345').source.includes('\\p{L}'), 'U+0345 under the i flag is left to the pattern');
    assert.ok(!caseless('\u0301').source.includes('\\p{L}'));
  });

  it('every settled pattern of the product has a twin, and it finds what the pattern finds in the fixtures and in random text', () => {
    const makers = product;
    assert.ok(makers.length >= 8, `settled patterns declared: ${makers.length}`);
    const lines = fixtureLines().filter((l) => !/[^\x00-\u024F\u0300-\u036F\u1E00-\u1EFF\u2000-\u206F\u2190-\u23FF\u2500-\u27BF]/u.test(l));
    assert.ok(lines.length > 1000, `settled fixture lines: ${lines.length}`);
    const pieces = ['a', 'Z', 'ắ', 'Ữ', 'đ', 'Đ', 'ß', 'ẞ', 'ǅ', 'ȿ', 'ſ', 'K', 'k', '1', '²', '½', '❶', '\u0301', '\u0345', ' ', '\t', '.', ',', ':', "'", '’', '-', '_', '*', '(', ')', '“', '—', '→', '█', 'Tin', 'By ', 'Kết quả', 'TODO', 'ngày ', 'Nguyễn', 'Văn', 'motion to ', 'roll call', 'xem thêm'];
    const random = fc.sample(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), { numRuns: 400, seed: 7 }).map((p) => p.join(''));
    for (const make of makers) {
      const twin = twinOf(make);
      assert.ok(twin, `no twin for ${Function.prototype.toString.call(make)}`);
      const own = make();
      for (const text of [...lines, ...random]) {
        if (twin.ignoreCase && text.includes('\u0345')) continue;
        assert.deepEqual(findings(twin, text), findings(own, text), `${own} on ${JSON.stringify(text)}`);
      }
    }
  });
});
