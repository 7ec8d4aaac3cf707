import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'reportwright.reportwright';

export function workspaceUri(...parts: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the launcher opens the fixture workspace');
  return vscode.Uri.joinPath(folder.uri, ...parts);
}

export async function sleep(ms: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls until `read` returns a value `accept` takes; fails with what it last saw. */
export async function waitFor<T>(read: () => T, accept: (value: T) => boolean, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = read();
  while (!accept(value)) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}; last seen: ${JSON.stringify(value, null, 1)?.slice(0, 2000)}`);
    await sleep(25);
    value = read();
  }
  return value;
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'reportwright');
}

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

/** [code, line, character] of each of our diagnostics, 0-based, in order. */
export function summary(uri: vscode.Uri): Array<[string, number, number]> {
  return ours(uri)
    .map((d): [string, number, number] => [codeOf(d), d.range.start.line, d.range.start.character])
    .sort((a, b) => a[1] - b[1] || a[2] - b[2] || a[0].localeCompare(b[0]));
}

export async function waitForDiagnostics(uri: vscode.Uri, accept: (d: vscode.Diagnostic[]) => boolean, what: string, timeoutMs?: number): Promise<vscode.Diagnostic[]> {
  return waitFor(() => ours(uri), accept, what, timeoutMs);
}

export async function activate(): Promise<void> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension);
  await extension.activate();
}

let untitledCount = 0;

/**
 * An untitled Markdown document with this text, shown in an editor. Each has a name of its own
 * ("Untitled-3" is given again to the next document as soon as one is closed, so that a test could
 * read what the previous test's document left under that name before its own arrived).
 */
export async function untitled(content: string): Promise<vscode.TextDocument> {
  const uri = vscode.Uri.from({ scheme: 'untitled', path: `report-${process.pid}-${++untitledCount}.md` });
  let document = await vscode.workspace.openTextDocument(uri);
  if (document.languageId !== 'markdown') document = await vscode.languages.setTextDocumentLanguage(document, 'markdown');
  const edit = new vscode.WorkspaceEdit();
  edit.insert(uri, new vscode.Position(0, 0), content);
  await vscode.workspace.applyEdit(edit);
  await vscode.window.showTextDocument(document);
  return document;
}

export async function open(...parts: string[]): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(...parts));
  await vscode.window.showTextDocument(document);
  return document;
}

export async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Sets a Reportwright setting for the test workspace; returns a function that restores it. */
export async function withSetting(key: string, value: unknown): Promise<() => Promise<void>> {
  // null: any resource, so that reading a resource-scoped setting here raises no warning in the log.
  const config = vscode.workspace.getConfiguration('reportwright', null);
  const before = config.inspect(key)?.workspaceValue;
  await config.update(key, value, vscode.ConfigurationTarget.Workspace);
  return async () => {
    await vscode.workspace.getConfiguration('reportwright', null).update(key, before, vscode.ConfigurationTarget.Workspace);
  };
}
