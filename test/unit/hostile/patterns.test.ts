import * as assert from 'node:assert/strict';
import { KindRegistry, loadKindFile, parseReport } from '../../../src/core';
import { compileWorkspacePattern, MAX_PATTERN_LENGTH, MAX_PATTERNS } from '../../../src/core/text/safePattern';
import { readFixture } from '../helpers';

/** Hostile kind files: patterns that backtrack exponentially, that are too long or too many. */
describe('hostile input: workspace patterns run in linear time', () => {
  it('matches a catastrophic-backtracking cue against a long line in milliseconds', () => {
    const { pattern } = compileWorkspacePattern('^(?:(a+)+$)', 'iu');
    assert.ok(pattern);
    const started = Date.now();
    assert.equal(pattern.test('a'.repeat(5000) + '!'), false);
    assert.equal(pattern.test('a'.repeat(50)), true);
    assert.ok(Date.now() - started < 2000, `took ${Date.now() - started} ms`);
  });

  it('matches Vietnamese case-insensitively, as the cues of the built-in kinds need', () => {
    const { pattern } = compileWorkspacePattern('^(?:tham dự)', 'iu');
    assert.equal(pattern?.test('THAM DỰ hội nghị'), true);
    assert.equal(pattern?.test('Dự tham'), false);
  });

  it('refuses back-references, lookaround and over-long patterns in words, in both languages', () => {
    for (const source of ['(a)\\1', '(?=a)b', 'x'.repeat(MAX_PATTERN_LENGTH + 1)]) {
      const { pattern, refused } = compileWorkspacePattern(source, 'i');
      assert.equal(pattern, undefined, source.slice(0, 20));
      assert.ok(refused && refused.en.length > 10 && refused.vi.length > 10);
    }
  });

  it('lints a report against a kind file whose cue is "(a+)+$" without hanging', () => {
    const loaded = loadKindFile(readFixture('hostile', 'redos-kind.json'));
    assert.deepEqual(loaded.problems, []);
    const kinds = new KindRegistry([]).with([loaded.kind!]);
    const text = '---\nkind: redos\n---\n\n' + Array.from({ length: 20 }, () => 'a'.repeat(1500) + '!').join('\n\n') + '\n';
    const started = Date.now();
    const doc = parseReport(text, { kinds });
    assert.equal(doc.kind?.id, 'redos');
    assert.deepEqual(doc.roleBlocks, []);
    assert.ok(Date.now() - started < 3000, `took ${Date.now() - started} ms`);
  });

  it('reports a refused cue at its place in the kind file, and leaves the kind out', () => {
    const text = '{\n  "id": "x",\n  "roles": [\n    { "role": "results", "cues": ["ok", "(a)\\\\1"] }\n  ]\n}\n';
    const loaded = loadKindFile(text);
    assert.equal(loaded.kind, undefined);
    assert.equal(loaded.problems.length, 1);
    assert.equal(loaded.problems[0].range.start.line, 3);
    assert.match(loaded.problems[0].message.en, /not used.*linear-time/);
    assert.match(loaded.problems[0].message.vi, /không được dùng/);
  });

  it('refuses a kind file with more cues than the limit', () => {
    const cues = Array.from({ length: MAX_PATTERNS + 5 }, (_, i) => `c${i}`);
    const loaded = loadKindFile(JSON.stringify({ id: 'many', roles: [{ role: "results", cues }] }));
    assert.equal(loaded.kind, undefined);
    assert.match(loaded.problems[0].message.en, /more than \d+ cues/);
  });
});
