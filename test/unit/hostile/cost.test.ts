import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { compatibleFixes, type Finding, LineIndex, parseReport, type ReportKind } from '../../../src/core';
import { matchRole, normalizeTitle } from '../../../src/core/kinds/matchRole';
import { MAX_SYNONYM_LENGTH } from '../../../src/core/kinds/kind';
import { stripDiacritics } from '../../../src/core/text/fold';

/**
 * The rule compatibleFixes keeps, written the plain quadratic way: the reference for the fast
 * one. Two edits clash when they overlap or start at one point, unless both are insertions
 * (replacing nothing) of one rule with different texts.
 */
function reference(text: string, findings: readonly Finding[]): Finding[] {
  const lines = new LineIndex(text);
  const taken: Array<[number, number, string, string]> = [];
  const chosen: Finding[] = [];
  for (const finding of findings) {
    if (!finding.fix) continue;
    const spans = finding.fix.edits.map((e): [number, number, string] => [lines.offsetAt(e.range.start), lines.offsetAt(e.range.end), e.newText]);
    const insertions = (from: number, to: number, text: string, f: number, t: number, rule: string, other: string) => from === to && f === t && rule === finding.ruleId && text !== other;
    const clash = ([from, to, text]: [number, number, string]) => taken.some(([f, t, rule, other]) => (from < t && f < to) || (from === f && !insertions(from, to, text, f, t, rule, other)));
    if (spans.some(clash)) continue;
    taken.push(...spans.map(([from, to, text]): [number, number, string, string] => [from, to, finding.ruleId, text]));
    chosen.push(finding);
  }
  return chosen;
}

function finding(lines: LineIndex, spans: Array<[number, number]>, ruleId = 'RW000', newText = 'x'): Finding {
  return {
    ruleId,
    ruleName: 'test',
    severity: 'warning',
    message: '',
    range: { start: lines.positionAt(spans[0][0]), end: lines.positionAt(spans[0][1]) },
    fix: { title: 't', edits: spans.map(([from, to]) => ({ range: { start: lines.positionAt(from), end: lines.positionAt(to) }, newText })) },
  };
}

describe('hostile input: bounded cost of applying fixes', () => {
  it('chooses the same fixes as comparing every edit with every taken one (insertions of one rule at one point together)', () => {
    const text = 'ab\ncdef\n\nghij klmn\nopq\n'.repeat(3);
    const lines = new LineIndex(text);
    // Many empty spans (insertions), from two rules.
    const span = fc.tuple(fc.nat(text.length), fc.nat(4)).map(([from, length]): [number, number] => [from, Math.min(text.length, from + (length < 2 ? 0 : length - 1))]);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.array(span, { minLength: 1, maxLength: 3 }), fc.constantFrom('RW000', 'RW001'), fc.constantFrom('x', 'y', 'z')), { maxLength: 40 }), (fixes) => {
        const findings = fixes.map(([spans, rule, text]) => finding(lines, spans, rule, text));
        assert.deepEqual(compatibleFixes(text, findings), reference(text, findings));
      }),
      { numRuns: 500 },
    );
  });

  it('takes no insertion at a point where a taken fix both inserts and replaces (found by the property above)', () => {
    const text = 'ab\ncdef\n\nghij klmn\nopq\n'.repeat(3);
    const lines = new LineIndex(text);
    const findings = [finding(lines, [[39, 39], [39, 40]], 'RW001', 'x'), finding(lines, [[39, 39]], 'RW001', 'z')];
    assert.deepEqual(compatibleFixes(text, findings), reference(text, findings));
    assert.equal(compatibleFixes(text, findings).length, 1);
  });

  it('chooses among 60,000 fixes in well under a second', () => {
    const text = 'a b c d e f g h i j\n'.repeat(6000);
    const lines = new LineIndex(text);
    const findings = Array.from({ length: 60_000 }, (_, i) => finding(lines, [[i * 2, i * 2 + 1]]));
    const started = Date.now();
    const chosen = compatibleFixes(text, findings);
    assert.equal(chosen.length, 60_000);
    assert.ok(Date.now() - started < 1500, `took ${Date.now() - started} ms`);
  });
});

describe('hostile input: bounded cost of matching headings with many synonyms', () => {
  const kindWith = (synonyms: Array<[string, string]>): ReportKind => ({
    id: 'x',
    ordered: true,
    name: { vi: 'x', en: 'x' },
    templateTitle: { vi: 'x', en: 'x' },
    roles: [...new Set(synonyms.map(([role]) => role))].map((id, order) => ({
      id,
      required: false,
      order,
      rank: order,
      name: { vi: id, en: id },
      heading: { vi: id, en: id },
      synonyms: { vi: synonyms.filter(([r]) => r === id).map(([, s]) => s), en: [] },
      inTemplate: false,
    })),
  });

  /** The first-character buckets, longest first, that matchRole used before: the reference. */
  function referenceMatch(title: string, kind: ReportKind) {
    const normalized = normalizeTitle(title);
    if (!normalized) return undefined;
    const entries = (plain: boolean) =>
      kind.roles
        .flatMap((role) => [...role.synonyms.vi, ...role.synonyms.en].map((synonym) => ({ role: role.id, synonym, form: normalizeTitle(synonym) })))
        .filter((e) => e.form)
        .map((e) => (plain ? { ...e, form: stripDiacritics(e.form) } : e))
        .sort((a, b) => b.form.length - a.form.length);
    const starts = (text: string, prefix: string) => text.startsWith(prefix) && (text.length === prefix.length || !/[\p{L}\p{N}]/u.test(text[prefix.length]));
    const exact = entries(false).find((e) => starts(normalized, e.form));
    if (exact) return { role: exact.role, synonym: exact.synonym, fuzzy: false };
    const plain = stripDiacritics(normalized);
    const fallback = entries(true).find((e) => starts(plain, e.form));
    return fallback ? { role: fallback.role, synonym: fallback.synonym, fuzzy: true } : undefined;
  }

  it('matches as the bucket search did, on random Vietnamese and English titles', () => {
    const word = fc.constantFrom('kết', 'quả', 'ket', 'qua', 'đạt', 'được', 'results', 'result', 'a', 'b', 'kế', 'hoạch', '1.', '-', '*x*', 'Kết', 'KẾT');
    const phrase = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c'), phrase), { minLength: 1, maxLength: 12 }), fc.array(phrase, { maxLength: 10 }), (synonyms, titles) => {
        const kind = kindWith(synonyms);
        for (const title of titles) {
          const found = matchRole(title, kind);
          assert.deepEqual(found && { role: found.role, synonym: found.synonym, fuzzy: found.fuzzy }, referenceMatch(title, kind), title);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('matches 5,000 headings against 100,000 synonyms in bounded time', () => {
    const synonyms = Array.from({ length: 100_000 }, (_, i): [string, string] => [`r${i % 50}`, `a mục số ${i}`]);
    const kind = kindWith(synonyms);
    const started = Date.now();
    let found = 0;
    // Half match; half match nothing, which made the old search try every synonym, twice.
    for (let i = 0; i < 5000; i++) if (matchRole(i % 2 ? `A mục số ${i * 7} và thêm` : `A mục số ${i}x`, kind)) found++;
    assert.equal(found, 2500);
    assert.equal(matchRole('a mục số 99999x', kind), undefined);
    assert.ok(Date.now() - started < 4000, `took ${Date.now() - started} ms`);
  });

  it('turns between large kinds without reading their synonyms again each time', () => {
    // Three workspace kinds of 110,000 synonyms each: more together than the tables the kinds share hold.
    const kinds = [0, 1, 2].map((k) => kindWith(Array.from({ length: 110_000 }, (_, i): [string, string] => [`r${k}`, `k${k} mục ${i}`])));
    for (const kind of kinds) assert.equal(matchRole('K0 mục 5', kind)?.role, kind === kinds[0] ? 'r0' : undefined);
    const started = Date.now();
    for (let turn = 0; turn < 60; turn++) {
      const k = turn % 3;
      assert.equal(matchRole(`k${k} mục ${turn * 13} và thêm`, kinds[k])?.role, `r${k}`);
      assert.equal(matchRole(`k${(k + 1) % 3} mục ${turn}`, kinds[k]), undefined);
    }
    // Reading one such kind's synonyms takes about a second; sixty turns must not read them again.
    assert.ok(Date.now() - started < 1000, `took ${Date.now() - started} ms`);
  });

  it('matches long headings of one-letter words against synonyms of the longest length a kind file may give in bounded time', () => {
    // Every second character a word boundary: each is looked up, up to the longest synonym's length.
    const synonyms = Array.from({ length: 2000 }, (_, i): [string, string] => [`r${i % 5}`, `${'a '.repeat(95)}x${i}`.slice(0, MAX_SYNONYM_LENGTH)]);
    const kind = kindWith(synonyms);
    const started = Date.now();
    for (let i = 0; i < 200; i++) assert.equal(matchRole(`${'a '.repeat(50_000)}${i}`, kind), undefined);
    assert.ok(Date.now() - started < 4000, `took ${Date.now() - started} ms`);
  });
});


describe('hostile input: bounded cost of folded HTML', () => {
  it('reads 80,000 unmatched <details> and </blockquote> tags in well under a second', () => {
    const tags = Array.from({ length: 40_000 }, (_, i) => (i % 2 ? '<details>' : '</blockquote>')).join('\n');
    const text = `---\nkind: review\nlang: en\n---\n# Review\n\n## Results\n\nWe grew.\n\n${tags}\n\n## Priorities\n\nMore.\n\n${tags}\n\n## Conclusion\n\nDone.\n`;
    const started = performance.now();
    const doc = parseReport(text);
    const elapsed = performance.now() - started;
    assert.deepEqual(doc.parts.filter((p) => p.role).map((p) => p.role), ['results', 'priorities', 'conclusion']);
    assert.ok(elapsed < 3_000, `${elapsed.toFixed(0)} ms`);
  });
});
