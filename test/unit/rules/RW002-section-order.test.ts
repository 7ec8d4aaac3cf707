import * as assert from 'node:assert/strict';
import { KindRegistry, lint, loadKindFile, parseReport } from '../../../src/core';
import { applyEdits } from '../../../src/core';
import { describeRuleFixtures, lintText, only } from '../helpers';

describe('RW002 section-order', () => {
  describeRuleFixtures('RW002');

  it('names what a section must follow when it already stands before its target', () => {
    const text = '---\nkind: review\nlang: vi\n---\n# Báo cáo tổng kết năm 2024\n\n## I. Kết quả đạt được\n\nXong.\n\n## II. Kiến nghị, đề xuất\n\nKhông có.\n\n## III. Phương hướng năm 2025\n\nTiếp tục.\n\n## IV. Kết luận\n\nTốt.\n';
    const [finding] = lint(parseReport(text)).filter((f) => f.ruleId === 'RW002');
    assert.equal(finding.message, '"II. Kiến nghị, đề xuất" sai thứ tự: loại "Báo cáo tổng kết" đặt phần này sau "III. Phương hướng năm 2025", trước "IV. Kết luận".');
    const en = lint(parseReport(text), { messageLang: 'en' }).find((f) => f.ruleId === 'RW002')!;
    assert.match(en.message, /puts it after "III\. Phương hướng năm 2025", before "IV\. Kết luận"\.$/);
  });

  it('judges each pair a kind file orders together on its own (two pairs in one kind)', () => {
    const file = '{"id":"kmix","roles":[{"role":"context"},{"role":"shortcomings","orderWith":"priorities"},{"role":"lessons"},{"role":"priorities"},{"role":"objectives","orderWith":"summary"},{"role":"recommendations"},{"role":"summary"}]}';
    const kind = loadKindFile(file).kind!;
    const kinds = new KindRegistry().with([kind]);
    const report = (titles: string[]) => `---\nkind: kmix\nlang: en\n---\n# R\n\n${titles.map((t) => `## ${t}\n\n- One.\n`).join('\n')}`;
    const order = (titles: string[]) => lint(parseReport(report(titles), { kinds })).filter((f) => f.ruleId === 'RW002').map((f) => f.message);
    // Shortcomings in its own place, objectives at the summary's: both pairs as their kind allows.
    assert.deepEqual(order(['Context', 'Shortcomings', 'Lessons', 'Priorities', 'Recommendations', 'Summary', 'Objectives']), []);
    assert.deepEqual(order(['Context', 'Lessons', 'Priorities', 'Shortcomings', 'Recommendations', 'Summary', 'Objectives']), []);
    assert.equal(order(['Summary', 'Context', 'Lessons']).length, 1);
  });

  // A report without a title: its first heading is a section. The period a heading there names
  // was read as the report's, and once the section first in line was moved away, the one that
  // came first instead changed how the goals read: the moved report asked for another move.
  const holds = (text: string, roles: Array<string | undefined>) => {
    const [finding] = lintText(text, {}, only('RW002'));
    assert.ok(finding, 'the lessons stand before the objectives');
    const fixed = applyEdits(text, finding.fix!.edits);
    assert.deepEqual(lintText(fixed, {}, only('RW002')), [], fixed);
    assert.deepEqual(parseReport(fixed).parts.map((p) => p.role), roles);
  };

  it('moves the lessons after the objectives once, whatever heading then comes first (Vietnamese)', () => {
    holds('---\nkind: review\nlang: vi\n---\n\n## Bài học kinh nghiệm\n\nCần lập kế hoạch sớm hơn.\n\n## Số liệu năm 2023\n\nBảng doanh thu.\n\n## Mục tiêu đề ra năm 2024\n\nTăng doanh thu.\n', [undefined, 'objectives', 'lessons']);
  });

  it('moves the lessons after the objectives once, whatever heading then comes first (English)', () => {
    holds('---\nkind: review\nlang: en\n---\n\n## Lessons learned\n\nPlan earlier.\n\n## Figures for 2023\n\nThe revenue table.\n\n## Targets for 2024\n\nGrow revenue.\n', [undefined, 'objectives', 'lessons']);
  });
});
