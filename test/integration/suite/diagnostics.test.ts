import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, closeAll, codeOf, open, ours, sleep, summary, untitled, waitForDiagnostics, withSetting } from './support/helpers';

describe('diagnostics', () => {
  before(activate);
  afterEach(closeAll);

  it('reports the findings of a Vietnamese report, with codes, ranges, severities and rule pages', async () => {
    const document = await open('bao-cao-loi.md');
    await waitForDiagnostics(document.uri, (d) => d.length === 5, 'five diagnostics');
    assert.deepEqual(summary(document.uri), [
      ['RW001', 6, 0],
      ['RW101', 10, 74],
      ['RW002', 12, 0],
      ['RW306', 14, 0],
      ['RW101', 16, 3],
    ]);
    const enumeration = ours(document.uri).find((d) => d.range.start.line === 10)!;
    assert.equal(enumeration.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(document.getText(enumeration.range), '(4)');
    assert.match(enumeration.message, /Dãy liệt kê \(1\), \(2\), \(4\) bị nhảy cóc/);
    const code = enumeration.code as { value: string; target: vscode.Uri };
    assert.equal(code.value, 'RW101');
    // The rule's page, read-only, in the report's language (see rulePages.test.ts).
    assert.equal(code.target.toString(), 'reportwright-rule:/vi/RW101-numbering-sequence.md');
  });

  it('reports the findings of an English report in English', async () => {
    const document = await open('status-en.md');
    const diagnostics = await waitForDiagnostics(document.uri, (d) => d.length === 2, 'two diagnostics');
    assert.deepEqual(summary(document.uri), [
      ['RW002', 7, 0],
      ['RW003', 15, 0],
    ]);
    assert.match(diagnostics.find((d) => codeOf(d) === 'RW003')!.message, /^The section "Blockers" is empty\.$/);
  });

  it('maps an error finding to an Error diagnostic', async () => {
    const document = await untitled('---\nkind: revew\n---\n# x\n');
    const [d] = await waitForDiagnostics(document.uri, (list) => list.length === 1, 'RW005');
    assert.equal(codeOf(d), 'RW005');
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
  });

  it('gives plain Markdown no diagnostics, and a file matched by reportwright.reportFiles some', async () => {
    const readme = await open('README.md');
    const weekly = await open('reports', 'weekly.md');
    await waitForDiagnostics(weekly.uri, (d) => d.some((x) => codeOf(x) === 'RW306'), 'the placeholder in reports/weekly.md');
    assert.deepEqual(ours(readme.uri), []);
  });

  it('updates after an edit and clears on close', async () => {
    const document = await untitled('---\nkind: status\n---\n## Done this week\n\nShipped it.\n\n## Next week\n\nShip more.\n');
    await sleep(400);
    assert.deepEqual(ours(document.uri), []);
    const editor = vscode.window.activeTextEditor!;
    await editor.edit((e) => e.insert(new vscode.Position(5, 0), 'TBD '));
    const [d] = await waitForDiagnostics(document.uri, (list) => list.length === 1, 'the new placeholder');
    assert.deepEqual([codeOf(d), d.range.start.line, d.range.start.character, d.range.end.character], ['RW306', 5, 0, 3]);
    await editor.edit((e) => e.delete(new vscode.Range(5, 0, 5, 4)));
    await waitForDiagnostics(document.uri, (list) => list.length === 0, 'the placeholder to go');
    await editor.edit((e) => e.insert(new vscode.Position(5, 0), 'FIXME '));
    await waitForDiagnostics(document.uri, (list) => list.length === 1, 'another placeholder');
    const uri = document.uri;
    await closeAll();
    await waitForDiagnostics(uri, (list) => list.length === 0, 'diagnostics cleared on close');
  });

  it('reports malformed front matter in words and keeps running', async () => {
    // In the language the report is written in (no lang: can be read from broken front matter).
    const document = await untitled('---\nkind: review\ntitle: "open\n---\n# Báo cáo tổng kết\n');
    const [d] = await waitForDiagnostics(document.uri, (list) => list.some((x) => codeOf(x) === 'RW006'), 'RW006');
    assert.match(d.message, /không phải YAML hợp lệ/);
    const english = await untitled('---\nkind: review\ntitle: "open\n---\n# Annual review of the team\n');
    const [e] = await waitForDiagnostics(english.uri, (list) => list.some((x) => codeOf(x) === 'RW006'), 'RW006 (en)');
    assert.match(e.message, /not valid YAML/);
    const next = await untitled('---\nkind: status\n---\n## Progress\n\nTODO\n');
    await waitForDiagnostics(next.uri, (list) => list.some((x) => codeOf(x) === 'RW306'), 'the next report still checked');
  });

  it('takes a month or a quarter as the period, and names what a period may be when it is neither', async () => {
    // A monthly report: no RW006, and December's priorities are for next year (RW201 with the month in words).
    const monthly = await untitled('---\nkind: status\nlang: vi\nperiod: tháng 12/2026\n---\n# Báo cáo công tác tháng 12\n\n## Kết quả tháng 12/2026\n\n- Xong.\n\n## Nhiệm vụ tháng 01/2026\n\n- Tổng kết năm.\n');
    const [d] = await waitForDiagnostics(monthly.uri, (list) => list.some((x) => codeOf(x) === 'RW201'), 'RW201 on next month');
    assert.match(d.message, /báo cáo cho tháng 12\/2026 nên phương hướng là cho tháng 1\/2027/);
    assert.deepEqual(ours(monthly.uri).filter((x) => codeOf(x) === 'RW006'), []);
    const slip = await untitled('---\nkind: status\nlang: en\nperiod: Q3\n---\n# Quarterly status\n\n## Done\n\n- Shipped.\n');
    const [e] = await waitForDiagnostics(slip.uri, (list) => list.some((x) => codeOf(x) === 'RW006'), 'RW006 on a quarter without its year');
    assert.match(e.message, /"period" must be a year \(2024\).*a quarter \(2026-Q3\).*not "Q3"/);
  });

  it('does not check a file over reportwright.lint.maxFileSizeMB', async () => {
    const restore = await withSetting('lint.maxFileSizeMB', 0.01);
    try {
      const big = await untitled('---\nkind: review\n---\n' + 'TODO text\n\n'.repeat(2000));
      await sleep(600);
      assert.deepEqual(ours(big.uri), []);
    } finally {
      await restore();
    }
  });
});
