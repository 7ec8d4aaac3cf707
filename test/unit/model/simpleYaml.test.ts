import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { readSimpleYaml } from '../../../src/core/model/simpleYaml';

/** The fields the YAML library reads, as readSimpleYaml gives them; undefined when it finds an error or no mapping. */
function library(raw: string) {
  const doc = parseDocument(raw, { lineCounter: new LineCounter(), prettyErrors: false, uniqueKeys: false, logLevel: 'error' });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return undefined;
  return doc.contents.items.map((pair) => {
    assert.ok(isScalar(pair.key) && isScalar(pair.value), 'a simple reading has scalar keys and values');
    return {
      key: String(pair.key.value),
      value: pair.value.value,
      keyStart: pair.key.range![0],
      keyEnd: pair.key.range![1],
      valueStart: pair.value.range![0],
      valueEnd: pair.value.range![1],
    };
  });
}

describe('front matter of plain key: value lines, read without the YAML library', () => {
  it('reads what the library reads, values and places, and leaves everything else to it', () => {
    const keys = ['kind', 'lang', 'title', 'period', 'a-b', '_x', 'Kind', 'tiêu đề', 'kind', 'True', 'true', 'FALSE', 'null', 'Null', 'NULL', 'y', 'no'];
    const separators = [': ', ':  ', ':', ' : ', ':\t'];
    const values = ['-', '-  ', '- ', 'review', 'Báo cáo tổng kết năm 2024', '2023', '-0', '+12', '007', '99999999999999999999', 'true', 'False', 'TRUE', 'tRue', 'null', 'Null', '~', '',
      '1.5', '1e3', '.inf', '.NaN', '0x1F', '0o17', '1_000', 'Báo cáo: x', 'a #b', 'a#b', '"q"', "'q'", '- x', '-x', '[a]', 'a, b', '{a}', '&a', '*a', '!t', '|', '>', '%x', '@x', '`x',
      '?x', 'x:', 'x: y', 'x  ', 'Tuần 5 / 2024', '2024-01-05', '12:30', 'http://a.b/c', 'a\\b', 'x # y', 'a\tb'];
    const line = fc.oneof(
      fc.tuple(fc.constantFrom(...keys), fc.constantFrom(...separators), fc.constantFrom(...values)).map(([k, s, v]) => k + s + v),
      fc.constantFrom('', '# note', '  indented: x', '- item', 'x: y\r', '---', '  - a'),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 6 }), fc.boolean(), (lines, finalBreak) => {
        const raw = lines.join('\n') + (finalBreak ? '\n' : '');
        const simple = readSimpleYaml(raw);
        if (simple === undefined) return;
        assert.deepStrictEqual(simple, library(raw), JSON.stringify(raw));
      }),
      { numRuns: 3000 },
    );
  });

  it('takes the common front matter and leaves the rest', () => {
    const common = 'kind: review\nlang: vi\nperiod: 2024\ntitle: Báo cáo tổng kết công tác năm 2024\ndate: 2024-12-20\n';
    assert.deepStrictEqual(readSimpleYaml(common), library(common));
    for (const raw of ['owner: -\n', 'owner: -   \n', 'True: x\n', 'true: a\nTrue: b\n', 'kind: review\nkind: status\n', 'title: "Báo cáo"\n', 'tags:\n  - a\n', 'note: a: b\n', 'x: 1.5\n', 'x: null\n', 'a: b # c\n', 'a:\tb\n']) {
      assert.equal(readSimpleYaml(raw), undefined, JSON.stringify(raw));
    }
  });
});
