import * as assert from 'node:assert/strict';
import { lintText, only } from '../helpers';

const keys = (n: number) => Array.from({ length: n }, (_, i) => `k${i}: v`).join('\n');

/** Front matter with very many keys: the duplicate-key check is one pass, and a cap on size is RW006. */
describe('hostile input: front matter with many keys', () => {
  it('reports 20,000 keys (189 KB) as too long under RW006, in bounded time', () => {
    const started = Date.now();
    const findings = lintText(`---\nkind: review\n${keys(20_000)}\n---\n\n# Báo cáo\n`, {}, only('RW006'));
    assert.ok(Date.now() - started < 1500, `took ${Date.now() - started} ms`);
    assert.equal(findings.length, 1);
    assert.match(findings[0].message, /over the limit of 64 KB/);
  });

  it('finds a key written twice among 5,000 at the repeated key, in both languages', () => {
    const text = `---\nkind: review\n${keys(5000)}\nk17: again\n---\n\n# Báo cáo\n`;
    const started = Date.now();
    const [finding] = lintText(text, {}, only('RW006'));
    assert.ok(Date.now() - started < 3000, `took ${Date.now() - started} ms`);
    assert.equal(finding.range.start.line, 5002);
    assert.match(finding.message, /Map keys must be unique/);
    const [vi] = lintText(text.replace('kind: review', 'kind: review\nlang: vi'), {}, only('RW006'));
    assert.match(vi.message, /một trường được ghi hai lần/);
  });

  it('still tells 1 from "1" and lets merge keys repeat, as the YAML parser does', () => {
    assert.deepEqual(lintText('---\nkind: review\n1: a\n"1": b\n---\n\n# T\n', {}, only('RW006')), []);
    assert.deepEqual(lintText('---\nkind: review\nbase: &b {x: 1}\nother: &o {y: 2}\nm:\n  <<: *b\n  <<: *o\n---\n\n# T\n', {}, only('RW006')), []);
    assert.equal(lintText('---\nkind: review\nm:\n  a: 1\n  a: 2\n---\n\n# T\n', {}, only('RW006')).length, 1);
  });
});
