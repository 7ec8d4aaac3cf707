import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BUILTIN_KINDS, buildSnippets, reportSnippet } from '../../src/core';
import { lintText } from './helpers';

/** A snippet body as the writer gets it after tabbing through without typing. */
function expand(body: string, fill?: string): string {
  return body
    .replace(/\$\{\d+:((?:[^}\\]|\\.)*)\}/g, (_, text: string) => (fill && text.includes('…') ? fill : text.replace(/\\(.)/g, '$1')))
    .replace(/\$CURRENT_YEAR/g, '2026')
    .replace(/\$CURRENT_MONTH/g, '11')
    .replace(/\$CURRENT_DATE/g, '27')
    .replace(/\$0/g, '');
}

describe('templates and snippets', () => {
  it('snippets/markdown.code-snippets is what the kinds generate (npx tsx scripts/snippets.ts)', () => {
    const committed = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'snippets', 'markdown.code-snippets'), 'utf8'));
    assert.deepEqual(committed, buildSnippets(BUILTIN_KINDS));
  });

  it('offers every report and section prefix in both languages', () => {
    const prefixes = Object.values(buildSnippets(BUILTIN_KINDS)).map((s) => s.prefix);
    for (const prefix of ['report-review', 'report-meeting', 'report-status', 'baocao-tongket', 'tin-hoinghi', 'baocao-tuan', 'results', 'ket-qua', 'priorities', 'phuong-huong', 'conclusion', 'ket-luan', 'shortcomings', 'ton-tai', 'recommendations', 'kien-nghi', 'participants', 'thanh-phan']) {
      assert.ok(prefixes.includes(prefix), prefix);
    }
  });

  for (const kind of BUILTIN_KINDS) {
    for (const lang of ['vi', 'en'] as const) {
      it(`a new ${kind.id} report (${lang}) has every required section and flags only its placeholders`, () => {
        const text = expand(reportSnippet(kind, lang));
        const findings = lintText(text);
        assert.ok(findings.length > 0);
        assert.deepEqual([...new Set(findings.map((f) => f.ruleId))].sort(), ['RW003', 'RW306'].filter((id) => findings.some((f) => f.ruleId === id)));
        assert.ok(findings.some((f) => f.ruleId === 'RW306'));
        const filled = expand(reportSnippet(kind, lang), lang === 'vi' ? 'Hoàn thành các chỉ tiêu đề ra.' : 'We met the goals we set.');
        // A news report also needs a lead that says when, where and who chaired, and a byline,
        // which one filler sentence does not give.
        const stillMissing = kind.id === 'meeting-news' ? ['RW501', 'RW502'] : [];
        assert.deepEqual(lintText(filled).map((f) => f.ruleId), stillMissing);
        assert.match(filled, new RegExp(`^kind: ${kind.id}\nlang: ${lang}\nperiod: 2026$`, 'm'));
      });
    }
  }
});
