import * as assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { lint, parseReport } from '../../src/core';
import { exportHtml } from '../../src/core/export';
import { generateReport } from '../../bench/generate';

/** Lints as a report of kind review (so every rule runs) and returns the time it took. */
function timedLint(text: string): number {
  const start = performance.now();
  const doc = parseReport(text, { forceKind: 'review' });
  lint(doc);
  return performance.now() - start;
}

// These inputs are built to make a parser or a regular expression blow up. The bound is a
// guard against a hang (the figures are in bench/), generous for a loaded CI machine: 2 s, and
// 2 s a megabyte for larger inputs (a quadratic step on 5 MB takes minutes, not seconds).
const limitMs = (text: string) => Math.max(2000, (2000 * text.length) / (1024 * 1024));

describe('pathological input: linted in under 2 s (2 s a megabyte past 1 MB), no crash', () => {
  const cases: Array<[string, () => string]> = [
    ['10,000 nested blockquotes', () => '>'.repeat(10_000) + ' # deep\n'],
    ['1,000 nested lists (1 MB of indentation)', () => Array.from({ length: 1000 }, (_, i) => ' '.repeat(i * 2) + '- (1) x').join('\n')],
    ['a 100,000-character line', () => '## Kết quả\n' + 'lorem ipsum (1) dolor (3) TODO '.repeat(3_300)],
    ['50,000 unclosed *', () => '*a '.repeat(50_000)],
    ['50,000 unclosed backticks and comment openers', () => '`x <!-- '.repeat(50_000)],
    ['a 5 MB report', () => generateReport(5 * 1024 * 1024, 'vi')],
    ['20,000 numbered headings', () => Array.from({ length: 20_000 }, (_, i) => `## ${i + 1}. Kết quả ${i}`).join('\n')],
    ['binary noise', () => Array.from({ length: 200_000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('')],
    ['NUL bytes and lone surrogates', () => '# a\0b\n\ud800\udc00\udfff (1) (1)\n'.repeat(10_000)],
    ['60,000 no-break spaces after a weekday', () => '## Kết quả\n\nHọp thứ Hai' + '\u00a0'.repeat(60_000) + 'x, ngày 1/1/2025.\n'],
    ['a labelled part, then 300 sign-off lines padded with spaces', () => '## Kết quả\n\n**Thành phần tham dự:**\n\n' + ('Cảm ơn' + ' '.repeat(1990) + 'x\n\n').repeat(300)],
    ['20,000 bold numbered lines glued in one paragraph', () => '## Kết quả\n\nMở đầu.\n' + Array.from({ length: 20_000 }, (_, i) => `**${i + 1}. Mục ${i}**\nNội dung.`).join('\n') + '\n'],
  ];
  for (const [name, make] of cases) {
    it(name, function () {
      this.timeout(30_000);
      const text = make();
      const ms = timedLint(text);
      assert.ok(ms < limitMs(text), `${name}: ${ms.toFixed(0)} ms`);
    });
  }
});

describe('a list nested past the parser\'s depth limit', () => {
  const deep = (depth: number) =>
    '---\nkind: status\nlang: en\n---\n# Week 9\n\n## Done this week\n\n' +
    Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n') +
    '\n\n## Next week\n\n- Publish the notes.\n';

  it('loses only the too-deep lines: the sections after it are read, linted and exported', async () => {
    for (const depth of [60, 200]) {
      const doc = parseReport(deep(depth));
      assert.deepEqual(doc.headings.map((h) => h.title), ['Week 9', 'Done this week', 'Next week'], `depth ${depth}`);
      assert.ok(doc.roleSections.some((s) => s.role === 'priorities'), 'next week is there');
      assert.deepEqual(lint(doc).filter((f) => f.ruleId === 'RW001'), []);
      const { html } = await exportHtml(doc, { readFile: async () => { throw new Error('no files'); } });
      assert.match(html, /Publish the notes\./);
      assert.match(html, /item 0/, 'the list itself is exported down to the limit');
    }
  });

  it('stays linear on a list nested thousands of levels deep', () => {
    const start = performance.now();
    const doc = parseReport(deep(5000));
    assert.ok(doc.headings.some((h) => h.title === 'Next week'));
    assert.ok(performance.now() - start < 2000, `${performance.now() - start} ms`);
  });
});
