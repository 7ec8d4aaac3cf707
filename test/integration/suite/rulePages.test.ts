import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, closeAll, codeOf, EXTENSION_ID, open, ours, waitFor, waitForDiagnostics } from './support/helpers';

/** The editor tabs: previews (webviews) by their title, text editors by their address. */
function tabs(): Array<{ kind: 'text' | 'webview' | 'other'; name: string }> {
  return vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .map((tab) =>
      tab.input instanceof vscode.TabInputText
        ? { kind: 'text' as const, name: tab.input.uri.toString() }
        : tab.input instanceof vscode.TabInputWebview
          ? { kind: 'webview' as const, name: `${tab.input.viewType} ${tab.label}` }
          : { kind: 'other' as const, name: tab.label },
    );
}

/** What a click on the diagnostic's rule id does: VS Code opens its `code.target`. */
async function clickRuleId(uri: vscode.Uri, rule: string): Promise<vscode.Uri> {
  const diagnostic = ours(uri).find((d) => codeOf(d) === rule);
  assert.ok(diagnostic, `a ${rule} diagnostic`);
  const target = (diagnostic.code as { target: vscode.Uri }).target;
  await vscode.commands.executeCommand('vscode.open', target);
  return target;
}

describe('rule pages: read-only, rendered, in the report language', () => {
  before(activate);
  afterEach(closeAll);

  it('a Vietnamese report links its rule ids to the Vietnamese page, shown in the Markdown preview and not as an editable file', async () => {
    const document = await open('bao-cao-loi.md');
    await waitForDiagnostics(document.uri, (d) => d.some((x) => codeOf(x) === 'RW101'), 'RW101');
    const target = await clickRuleId(document.uri, 'RW101');
    assert.equal(target.scheme, 'reportwright-rule', 'not the file in the extension folder');
    const shown = await waitFor(
      tabs,
      (t) => t.some((x) => x.kind === 'webview' && /markdown\.preview/.test(x.name) && /RW101/.test(x.name)) && !t.some((x) => x.kind === 'text' && x.name.startsWith('reportwright-rule:')),
      'the rule page in the Markdown preview, its text editor closed',
    );
    assert.ok(shown.some((x) => x.kind === 'text' && x.name === document.uri.toString()), 'the report stays open');
    // The rule page is shown once: the Markdown preview's, not as a report of its own in the Report view.
    assert.equal(shown.filter((x) => /RW101/.test(x.name)).length, 1, JSON.stringify(shown));
    const active = (vscode.extensions.getExtension(EXTENSION_ID)!.exports as { active: { document?: vscode.TextDocument } }).active;
    assert.equal(active.document?.uri.toString(), document.uri.toString(), 'the Report view and the status bar stay on the report');
    const page = await vscode.workspace.openTextDocument(target);
    assert.match(page.getText(), /^# RW101 `numbering-sequence` — /);
    assert.match(page.getText(), /## Quy tắc kiểm tra gì/, 'the Vietnamese page');
    // The page cannot be changed: the text comes from the extension's own docs, read-only.
    const edit = new vscode.WorkspaceEdit();
    edit.insert(target, new vscode.Position(0, 0), 'x');
    const applied = await vscode.workspace.applyEdit(edit).then(
      (ok) => ok,
      () => false,
    );
    assert.equal(applied && page.isDirty, false, 'the page is not edited');
  });

  it('an English report links to the English page', async () => {
    const document = await open('status-en.md');
    await waitForDiagnostics(document.uri, (d) => d.some((x) => codeOf(x) === 'RW003'), 'RW003');
    const target = await clickRuleId(document.uri, 'RW003');
    assert.equal(target.toString(), 'reportwright-rule:/RW003-empty-section.md');
    await waitFor(tabs, (t) => t.some((x) => x.kind === 'webview' && /RW003/.test(x.name)), 'the English page rendered');
    const page = await vscode.workspace.openTextDocument(target);
    assert.match(page.getText(), /## What it checks/);
  });

  it('serves only rule pages', async () => {
    const outside = await vscode.workspace.openTextDocument(vscode.Uri.parse('reportwright-rule:/vi/../../package.json'));
    assert.match(outside.getText(), /^# Không có trang quy tắc|^# No such rule page/);
    const unknown = await vscode.workspace.openTextDocument(vscode.Uri.parse('reportwright-rule:/vi/RW999-nothing.md'));
    assert.match(unknown.getText(), /^# Không có trang quy tắc/);
  });
});
