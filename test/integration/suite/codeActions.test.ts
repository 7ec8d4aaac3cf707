import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activate, closeAll, codeOf, ours, sleep, summary, untitled, waitForDiagnostics } from './support/helpers';

const REPORT = [
  '---',
  'kind: review',
  'lang: vi',
  '---',
  '',
  '# Báo cáo tổng kết công tác năm 2023',
  '',
  '## Kết quả đạt được',
  '',
  'Nổi bật là: (1) Hoàn thiện thể chế; (2) Nắm tình hình; (4) Phòng ngừa kịp thời.',
  '',
  '## Phương hướng, nhiệm vụ năm 2024',
  '',
  'TODO',
  '',
].join('\n');

/**
 * The code actions VS Code offers for a range. The request made in the same moment the
 * diagnostics arrive can come back empty while the workbench settles, so ask until ours are there.
 */
async function actionsAt(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  // Resolve them all: "Fix all" gets its edit only when resolved, as when the writer picks it.
  const ask = async () => (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind, 20)) ?? [];
  let actions = await ask();
  for (let i = 0; i < 40 && !actions.some((a) => /RW\d{3}|reportwright/i.test(a.title + (a.kind?.value ?? ''))); i++) {
    await sleep(50);
    actions = await ask();
  }
  return actions;
}

describe('quick fixes', () => {
  before(activate);
  afterEach(closeAll);

  it('renumbers an enumeration: the diagnostic goes, the rest of the text stays', async () => {
    const document = await untitled(REPORT);
    const diagnostics = await waitForDiagnostics(document.uri, (d) => d.length === 3, 'RW001, RW101, RW306');
    const enumeration = diagnostics.find((d) => codeOf(d) === 'RW101')!;
    const actions = await actionsAt(document.uri, enumeration.range);
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Đánh lại số thành (3)') || titles.includes('Renumber as (3)'), titles.join(' | '));
    assert.ok(titles.some((t) => /RW101/.test(t)), 'offers to disable RW101 for the line');
    const fix = actions.find((a) => a.kind?.value === 'quickfix' && a.isPreferred && /\(3\)/.test(a.title))!;
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    await waitForDiagnostics(document.uri, (d) => d.length === 2 && !d.some((x) => codeOf(x) === 'RW101'), 'RW101 gone');
    assert.equal(document.getText(), REPORT.replace('(4) Phòng', '(3) Phòng'));
  });

  it('inserts a missing section where the kind puts it', async () => {
    const document = await untitled(REPORT);
    const diagnostics = await waitForDiagnostics(document.uri, (d) => d.length === 3, 'three diagnostics');
    const missing = diagnostics.find((d) => codeOf(d) === 'RW001')!;
    const fix = (await actionsAt(document.uri, missing.range)).find((a) => a.isPreferred && /Kết luận|Conclusion/.test(a.title))!;
    assert.ok(fix, 'a fix that inserts the conclusion');
    await vscode.workspace.applyEdit(fix.edit!);
    await waitForDiagnostics(document.uri, (d) => !d.some((x) => codeOf(x) === 'RW001'), 'RW001 gone');
    assert.ok(document.getText().startsWith(REPORT), 'nothing typed moved');
    assert.ok(document.getText().endsWith('TODO\n\n## Kết luận\n'));
  });

  it('offers no line comment inside the front matter, where it would break the YAML: the kind\'s own fix instead', async () => {
    const text = REPORT.replace('kind: review', 'kind: revew');
    const document = await untitled(text);
    const unknown = (await waitForDiagnostics(document.uri, (d) => d.some((x) => codeOf(x) === 'RW005'), 'RW005')).find((d) => codeOf(d) === 'RW005')!;
    const titles = (await actionsAt(document.uri, unknown.range)).map((a) => a.title);
    assert.ok(titles.some((t) => /review/.test(t)), titles.join(' | '));
    assert.ok(!titles.some((t) => /RW005/.test(t)), `no "disable RW005 for this line": ${titles.join(' | ')}`);
  });

  it('disables a rule for one line with an inline comment', async () => {
    const document = await untitled(REPORT);
    const placeholder = (await waitForDiagnostics(document.uri, (d) => d.length === 3, 'three')).find((d) => codeOf(d) === 'RW306')!;
    const disable = (await actionsAt(document.uri, placeholder.range)).find((a) => /RW306/.test(a.title))!;
    await vscode.workspace.applyEdit(disable.edit!);
    await waitForDiagnostics(document.uri, (d) => d.length === 2 && !d.some((x) => codeOf(x) === 'RW306'), 'RW306 silenced');
    assert.equal(document.lineAt(13).text, '<!-- reportwright-disable-next-line RW306 -->');
    assert.equal(document.lineAt(14).text, 'TODO');
  });

  it('fixes everything fixable with source.fixAll.reportwright', async () => {
    const document = await untitled(REPORT);
    await waitForDiagnostics(document.uri, (d) => d.length === 3, 'three');
    const [fixAll] = await actionsAt(document.uri, new vscode.Range(0, 0, document.lineCount, 0), 'source.fixAll.reportwright');
    assert.ok(fixAll, 'a fix-all action');
    assert.equal(fixAll.kind?.value, 'source.fixAll.reportwright');
    await vscode.workspace.applyEdit(fixAll.edit!);
    await waitForDiagnostics(document.uri, (d) => !d.some((x) => ['RW001', 'RW101'].includes(codeOf(x))), 'the fixable ones gone');
    assert.deepEqual(summary(document.uri).map(([code]) => code).sort(), ['RW003', 'RW306']);
  });

  it('fixes on save through editor.codeActionsOnSave', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rw-save-')), 'report.md');
    fs.writeFileSync(file, REPORT);
    const config = vscode.workspace.getConfiguration('editor', { languageId: 'markdown' });
    await config.update('codeActionsOnSave', { 'source.fixAll.reportwright': 'explicit' }, vscode.ConfigurationTarget.Global, true);
    try {
      const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
      const editor = await vscode.window.showTextDocument(document);
      await waitForDiagnostics(document.uri, (d) => d.length === 3, 'three');
      await editor.edit((e) => e.insert(new vscode.Position(document.lineCount - 1, 0), 'Thêm một dòng.\n'));
      await document.save();
      const saved = fs.readFileSync(file, 'utf8');
      assert.match(saved, /\(3\) Phòng ngừa/);
      assert.match(saved, /## Kết luận/);
      assert.match(saved, /Thêm một dòng\./);
      assert.ok(!ours(document.uri).some((d) => codeOf(d) === 'RW101'));
    } finally {
      await config.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Global, true);
    }
  });
});
