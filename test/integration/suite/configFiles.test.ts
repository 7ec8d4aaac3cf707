import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activate, closeAll, codeOf, EXTENSION_ID, open, waitFor, waitForDiagnostics, workspaceUri } from './support/helpers';

interface Api {
  cache: { effective(document: vscode.TextDocument): { config?: { uri: vscode.Uri } } };
}

describe('configuration files', () => {
  before(activate);
  afterEach(closeAll);

  it('applies the nearest .reportwright.json over the workspace settings', async () => {
    const document = await open('team', 'report.md');
    const [placeholder] = await waitForDiagnostics(document.uri, (d) => d.some((x) => codeOf(x) === 'RW306' && x.severity === vscode.DiagnosticSeverity.Error), 'RW306 as an error');
    assert.equal(codeOf(placeholder), 'RW306');
    const api = vscode.extensions.getExtension(EXTENSION_ID)!.exports as Api;
    assert.match(api.cache.effective(document).config!.uri.path, /\/team\/\.reportwright\.json$/);
  });

  it('marks a broken configuration file, and the defaults apply beside it', async () => {
    const broken = workspaceUri('broken-config', '.reportwright.yaml');
    const problems = await waitFor(() => vscode.languages.getDiagnostics(broken).filter((d) => d.source === 'reportwright'), (d) => d.length > 0, 'a diagnostic in the broken configuration');
    assert.match(problems[0].message, /\/rules\/RW306 must be one of: off, info, warning, error/);
    assert.equal(problems[0].range.start.line, 1);
    const document = await open('broken-config', 'report.md');
    const diagnostics = await waitForDiagnostics(document.uri, (d) => d.some((x) => codeOf(x) === 'RW306'), 'RW306 at its default');
    assert.equal(diagnostics.find((d) => codeOf(d) === 'RW306')!.severity, vscode.DiagnosticSeverity.Warning);
  });

  it('says a configuration saved as UTF-16 is UTF-16 and how to save it as UTF-8, and the defaults apply beside it', async () => {
    const folder = workspaceUri('utf16-config');
    const config = vscode.Uri.joinPath(folder, '.reportwright.yaml');
    const report = vscode.Uri.joinPath(folder, 'report.md');
    await vscode.workspace.fs.writeFile(report, await vscode.workspace.fs.readFile(workspaceUri('broken-config', 'report.md')));
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from('rules:\n  RW306: off\n').flatMap((c) => [c.charCodeAt(0), 0])]);
    await vscode.workspace.fs.writeFile(config, utf16);
    try {
      // The configuration is read for the report that opens under it.
      const document = await open('utf16-config', 'report.md');
      const problems = await waitFor(() => vscode.languages.getDiagnostics(config).filter((d) => d.source === 'reportwright'), (d) => d.length > 0, 'a diagnostic in the UTF-16 configuration');
      assert.match(problems[0].message, /UTF-16 LE text, not UTF-8; not read \(save it as UTF-8/);
      const diagnostics = await waitForDiagnostics(document.uri, (d) => d.some((x) => codeOf(x) === 'RW306'), 'RW306 at its default');
      assert.equal(diagnostics.find((d) => codeOf(d) === 'RW306')!.severity, vscode.DiagnosticSeverity.Warning);
    } finally {
      await closeAll();
      await vscode.workspace.fs.delete(folder, { recursive: true });
    }
  });

  it('does not read a configuration that is a symbolic link, says so in it, and the defaults apply (as the command line does)', async function () {
    if (process.platform === 'win32') this.skip();
    const folder = workspaceUri('linked-config');
    const elsewhere = workspaceUri('linked-config-target');
    await vscode.workspace.fs.createDirectory(folder);
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(elsewhere, 'settings.yaml'), new TextEncoder().encode('rules:\n  RW306: error\n'));
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'report.md'), await vscode.workspace.fs.readFile(workspaceUri('broken-config', 'report.md')));
    const link = vscode.Uri.joinPath(folder, '.reportwright.yaml');
    fs.symlinkSync(path.join('..', 'linked-config-target', 'settings.yaml'), link.fsPath);
    try {
      const document = await open('linked-config', 'report.md');
      const problems = await waitFor(() => vscode.languages.getDiagnostics(link).filter((d) => d.source === 'reportwright'), (d) => d.length > 0, 'a diagnostic on the linked configuration');
      assert.match(problems[0].message, /symbolic link/);
      const diagnostics = await waitForDiagnostics(document.uri, (d) => d.some((x) => codeOf(x) === 'RW306'), 'RW306 at its default');
      assert.equal(diagnostics.find((d) => codeOf(d) === 'RW306')!.severity, vscode.DiagnosticSeverity.Warning, 'the linked configuration (RW306: error) is not applied');
    } finally {
      await closeAll();
      await vscode.workspace.fs.delete(folder, { recursive: true });
      await vscode.workspace.fs.delete(elsewhere, { recursive: true });
    }
  });
});
