/** Proves the mechanism: the extension is loaded from the repo and activates on Markdown. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const EXTENSION_ID = 'reportwright.reportwright';

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}

describe('Reportwright in VS Code', () => {
  it('is installed and activates when a Markdown document is opened', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not loaded in the extension host`);

    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the launcher opens the fixture workspace');
    const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, 'sample.md'));
    await vscode.window.showTextDocument(document);
    assert.equal(document.languageId, 'markdown');

    // Activation comes from "onLanguage:markdown", not from calling activate() here.
    const activated = await waitUntil(() => extension.isActive, 10_000);
    assert.ok(activated, `${EXTENSION_ID} did not activate within 10 s of opening a Markdown document`);
  });
});
