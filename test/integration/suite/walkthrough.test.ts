import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, closeAll, EXTENSION_ID, open, sleep, waitFor, workspaceUri } from './support/helpers';

interface Api {
  statusBar: { shown?: { text: string } };
  reportView: { getChildren(): unknown[]; getTreeItem(node: unknown): vscode.TreeItem };
}
const api = () => vscode.extensions.getExtension(EXTENSION_ID)!.exports as Api;

/** The Report view's top-level labels. */
function viewLabels(): string[] {
  const view = api().reportView;
  return view.getChildren().map((node) => String(view.getTreeItem(node).label));
}

describe('the walkthrough beside a report', () => {
  before(activate);
  afterEach(closeAll);

  it('leaves the Report view and the status bar on the report the writer was in', async () => {
    await open('bao-cao-loi.md');
    await waitFor(() => api().statusBar.shown?.text ?? '', (t) => /Báo cáo 2\/3/.test(t), 'the status bar on the report');
    const before = viewLabels();
    assert.ok(before.includes('Báo cáo tổng kết'), JSON.stringify(before));
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${EXTENSION_ID}#firstReport`, false);
    await waitFor(
      () => vscode.window.tabGroups.activeTabGroup.activeTab?.label ?? '',
      (label) => label !== 'bao-cao-loi.md' && label !== '',
      'the walkthrough to open',
    );
    assert.equal(vscode.window.activeTextEditor, undefined, 'the walkthrough has focus');
    // Give every editor-change event its time to arrive.
    await sleep(1000);
    assert.match(api().statusBar.shown?.text ?? '(hidden)', /Báo cáo 2\/3/);
    assert.deepEqual(viewLabels(), before);
    // A click on a section in the view brings the report back, on that line.
    await vscode.commands.executeCommand('reportwright.revealSection', 9);
    const editor = await waitFor(() => vscode.window.activeTextEditor, (e) => e?.document.uri.path.endsWith('bao-cao-loi.md') === true, 'the report back on screen');
    assert.equal(editor!.selection.active.line, 9);
  });

  it("lets the report go once its tab is closed behind the walkthrough", async () => {
    // Kept open (not a preview tab), so that the walkthrough opens beside it rather than in its place.
    const document = await vscode.workspace.openTextDocument(workspaceUri('bao-cao-loi.md'));
    await vscode.window.showTextDocument(document, { preview: false });
    await waitFor(() => api().statusBar.shown?.text ?? '', (t) => /Báo cáo 2\/3/.test(t), 'the status bar on the report');
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${EXTENSION_ID}#firstReport`, false);
    await waitFor(() => vscode.window.activeTextEditor, (e) => e === undefined, 'the walkthrough to take focus');
    await sleep(500);
    assert.match(api().statusBar.shown?.text ?? '(hidden)', /Báo cáo 2\/3/);
    const tab = vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === document.uri.toString());
    assert.ok(tab, "the report's tab");
    await vscode.window.tabGroups.close(tab);
    await waitFor(() => api().statusBar.shown, (shown) => shown === undefined, 'the status bar hidden');
    assert.deepEqual(viewLabels(), []);
  });
});
