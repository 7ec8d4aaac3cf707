import * as assert from 'node:assert/strict';
import { BUILTIN_KINDS, reportSnippet } from '../../../src/core';
import { officialSnippet } from '../../../src/core/officialTemplates';
import { lintText } from '../helpers';

/** A snippet body as the writer gets it, every stop with a "…" to fill (a section, the opening sentence's blanks) filled with a sentence, the others left as they are. */
function expand(body: string, fill?: string): string {
  return body
    .replace(/\$\{\d+:((?:[^}\\]|\\.)*)\}/g, (_, text: string) => (fill && text.includes('…') ? fill : text.replace(/\\(.)/g, '$1')))
    .replace(/\$CURRENT_YEAR/g, '2026')
    .replace(/\$CURRENT_MONTH/g, '01')
    .replace(/\$CURRENT_DATE/g, '05')
    .replace(/\$0/g, '');
}

const OFFICIAL = ['official-report', 'plan', 'conclusion-notice'];

describe('official skeletons (NĐ 30, HD 36)', () => {
  for (const id of OFFICIAL) {
    for (const profile of ['nd30', 'hd36'] as const) {
      it(`a new ${id} in ${profile} form gets no RW6xx finding, and none at all once its sections are written`, () => {
        const kind = BUILTIN_KINDS.find((k) => k.id === id)!;
        const body = reportSnippet(kind, 'vi', profile);
        assert.match(body, new RegExp(`^profile: ${profile}$`, 'm'));
        const blank = lintText(expand(body));
        assert.deepEqual(blank.filter((f) => f.ruleId.startsWith('RW6')), []);
        assert.ok(blank.some((f) => f.ruleId === 'RW306'), 'the sections to write are placeholders');
        assert.deepEqual(lintText(expand(body, 'Hoàn thành các chỉ tiêu đề ra.')).map((f) => `${f.ruleId} ${f.message}`), []);
      });
    }
  }

  it('every RW6xx rule fires once the skeleton is spoiled', () => {
    const kind = BUILTIN_KINDS.find((k) => k.id === 'official-report')!;
    const good = expand(reportSnippet(kind, 'vi'), 'Hoàn thành các chỉ tiêu đề ra.');
    const spoiled = good
      .replace(/^issuer:\n(?: {2}- .*\n)+/m, '')
      .replace('date: 2026-01-05', 'date: 2026-13-05')
      .replace('number: 01/BC-SNV', 'number: 1/TB-SNV')
      .replace(/^ {2}- "Lưu: VT, VP"\n/m, '')
      .replace('authority: KT. GIÁM ĐỐC', 'authority: K/T GIÁM ĐỐC')
      .replace('năm 2026./.', 'năm 2026');
    const ids = new Set(lintText(spoiled).map((f) => f.ruleId));
    for (const id of ['RW601', 'RW602', 'RW603', 'RW604', 'RW605', 'RW606']) assert.ok(ids.has(id), `${id} in ${[...ids].join(', ')}`);
  });

  it('keeps English reports of an official kind in the plain form, and the official form Vietnamese', () => {
    const kind = BUILTIN_KINDS.find((k) => k.id === 'plan')!;
    assert.equal(officialSnippet(kind, 'en'), undefined);
    assert.doesNotMatch(reportSnippet(kind, 'en'), /profile:/);
    assert.match(reportSnippet(kind, 'vi', 'hd36'), /^number: \$\{\d+:01\}-KH\/\$\{\d+:HU\}$/m);
  });

  it('leaves alone a report whose kind was only guessed from its headings', () => {
    const text = '## I. Kết quả đạt được\n\nTốt.\n\n## II. Tồn tại, hạn chế\n\nCòn chậm.\n\n## III. Phương hướng, nhiệm vụ\n\nTiếp tục.\n';
    const findings = lintText(text, { relativePath: 'r.md', reportFiles: ['*.md'] });
    assert.deepEqual(findings.filter((f) => f.ruleId.startsWith('RW6')), []);
  });

  it("answers quickly on a front matter value built to make a pattern backtrack (under the 64 KB front matter cap)", () => {
    const start = Date.now();
    const findings = lintText(`---\nkind: official-report\nlang: vi\nnumber: "${' '.repeat(20_000)}x"\nplace: "${'a '.repeat(10_000)}"\n---\n\nNội dung./.\n`);
    assert.ok(Date.now() - start < 3000, `${Date.now() - start} ms`);
    assert.ok(findings.some((f) => f.ruleId === 'RW603'));
  });
});
