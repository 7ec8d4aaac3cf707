import * as assert from 'node:assert/strict';
import { buildSync } from 'esbuild';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { escapeRegexLiterals, nonAsciiOutsideRegex } from '../../../scripts/asciiBundle';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Every segment of a source map: [generated line, generated column, original line, original column]. */
function segments(mappings: string): number[][] {
  const out: number[][] = [];
  const state = [0, 0, 0, 0, 0];
  mappings.split(';').forEach((line, generatedLine) => {
    state[0] = 0;
    for (const segment of line.split(',').filter(Boolean)) {
      const values: number[] = [];
      let value = 0;
      let shift = 0;
      for (const ch of segment) {
        const digit = BASE64.indexOf(ch);
        value += (digit & 31) * 2 ** shift;
        shift += 5;
        if (!(digit & 32)) {
          values.push(value % 2 ? -(value - 1) / 2 : value / 2);
          value = 0;
          shift = 0;
        }
      }
      values.forEach((v, k) => (state[k] += v));
      out.push([generatedLine, state[0], state[2], state[3]]);
    }
  });
  return out;
}

/** The bundle esbuild makes of `source` (one minified line), with its source map. */
function bundle(source: string): { code: string; map: { mappings: string } } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rw-ascii-'));
  try {
    fs.writeFileSync(path.join(dir, 'in.ts'), source);
    const result = buildSync({ entryPoints: [path.join(dir, 'in.ts')], bundle: true, write: false, sourcemap: 'external', outdir: dir, format: 'cjs', minifyWhitespace: true });
    const text = (ext: string) => result.outputFiles.find((f) => f.path.endsWith(ext))!.text;
    return { code: text('.js'), map: JSON.parse(text('.js.map')) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('the command line bundle made ASCII (scripts/asciiBundle.ts)', () => {
  const source = [
    'export const title = /^(?:biên bản|Báo cáo)\\s+[đĐ]/iu;',
    "export const plain = /[‘’ʼ]/g;",
    "export function marker(text: string): string { for (let i = 0; i < 1; i++) /ngày|tháng/.test(text); return text.replace(plain, \"'\") + 'ký tên'; }",
    'export const emoji = /😀+/u;',
  ].join('\n');

  it('writes each letter of a pattern as \\uXXXX, and the patterns match what they matched', () => {
    const before = bundle(source);
    const after = escapeRegexLiterals(before.code, before.map);
    assert.match(after.code, /^[\x00-\x7f]*$/);
    const load = (code: string) => {
      const module = { exports: {} as Record<string, RegExp & ((t: string) => string)> };
      new Function('module', 'exports', 'require', code)(module, module.exports, require);
      return module.exports;
    };
    const [a, b] = [load(before.code), load(after.code)];
    for (const text of ['Biên Bản  đ', 'BIÊN BẢN Đ', 'bien ban d', 'báo cáo đ']) assert.equal(b.title.test(text), a.title.test(text), text);
    assert.equal(b.marker('it’s ngày ‘x’'), "it's ngày 'x'ký tên");
    assert.equal(b.emoji.exec('a😀😀b')?.[0], '😀😀', 'a pair of surrogate escapes is one code point with the u flag');
    assert.equal(b.title.flags, 'iu');
  });

  it('moves the source map with the text: each place after a pattern maps to where it came from', () => {
    const before = bundle(source);
    const after = escapeRegexLiterals(before.code, before.map);
    // The last place of `word` (after the patterns: the first are in the module's export list).
    const at = (code: string, word: string) => {
      const lines = code.split('\n');
      let line = lines.length - 1;
      while (line > 0 && !lines[line].includes(word)) line--;
      return [line, lines[line].lastIndexOf(word)];
    };
    // The original place of the segment that covers a generated place (the last one at or before it on its line).
    const original = (map: { mappings: string }, [line, column]: number[]) =>
      segments(map.mappings)
        .filter((s) => s[0] === line && s[1] <= column)
        .pop()
        ?.slice(2);
    // The names after the patterns with letters outside ASCII in them.
    const words = ['var emoji', 'function marker', 'replace(plain', '"k'];
    for (const word of words) {
      const from = original(before.map, at(before.code, word));
      assert.ok(from, `the map covers ${word}`);
      assert.deepEqual(original(after.map, at(after.code, word)), from, word);
    }
    // Without the move, the places after a pattern would map to the wrong code.
    const unmoved = { mappings: before.map.mappings };
    assert.ok(words.some((word) => JSON.stringify(original(unmoved, at(after.code, word))) !== JSON.stringify(original(before.map, at(before.code, word)))));
    assert.equal(segments(after.map.mappings).length, segments(before.map.mappings).length);
  });

  it('refuses letters outside ASCII anywhere else: escaping them would change the program', () => {
    const code = 'a=/đ/g;b="é";c=`x${"ô"}ư`;d=String.raw`ơ`;e=1/2/* ă */;if(x)/â/.test(y);f=x/2/y';
    assert.deepEqual(
      nonAsciiOutsideRegex(code).map((i) => code[i]),
      ['é', 'ô', 'ư', 'ơ'],
      'strings and templates (tagged ones too) are outside; comments, and patterns after a control head, are not',
    );
    assert.throws(() => escapeRegexLiterals('const t = String.raw`ký`;', { mappings: '' }), /outside a regular expression, at offset 22/);
    // A division after a property named like a keyword, or after a postfix ++, is no pattern.
    for (const division of ['a=o.return/2;b=String.raw`é`', 'a=i++/2;b=String.raw`é`', 'a=i--/2;b=String.raw`é`']) {
      assert.deepEqual(nonAsciiOutsideRegex(division).map((i) => division[i]), ['é'], division);
    }
  });

  it('refuses a backslash before a letter outside ASCII: the escape would then match a backslash and "u"', () => {
    assert.throws(() => escapeRegexLiterals('a=/[\\–]/', { mappings: '' }), /a backslash before a character outside ASCII/);
    const even = escapeRegexLiterals('a=/\\\\–/', { mappings: '' }).code;
    assert.equal(even, 'a=/\\\\\\u2013/', 'an escaped backslash stays, the letter is escaped');
    assert.ok(new RegExp(even.slice(3, -1)).test('\\–'));
  });
});
