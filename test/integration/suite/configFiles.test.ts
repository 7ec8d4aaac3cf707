import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activate, closeAll, codeOf, EXTENSION_ID, open, waitFor, waitForDiagnostics, workspaceUri } from './support/helpers';

interface Api {
  cache: { effective(document: vscode.TextDocument): { config?: { uri: vscode.Uri } } };
  reportView: vscode.TreeDataProvider<unknown>;
  statusBar: { shown?: { text: string } };
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

  it('checks each file as the kind its reportFiles map names, shows where the kind comes from, follows an edit, and says a kind that does not exist', async () => {
    const folder = workspaceUri('mapped-kinds');
    const config = vscode.Uri.joinPath(folder, '.reportwright.yaml');
    const write = (uri: vscode.Uri, text: string) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    const weekly = '# Báo cáo tuần 14\n\n## Kết quả trong tuần\n\nĐã xong bộ cài đặt cho khách hàng.\n\n## Kế hoạch tuần tới\n\nBản cập nhật tự động.\n';
    await write(vscode.Uri.joinPath(folder, 'tuan-14.md'), weekly);
    await write(vscode.Uri.joinPath(folder, 'sai-1.md'), weekly);
    await write(config, 'reportFiles:\n  "tuan-*.md": minutes\n  "sai-*.md": statuss\n');
    const api = vscode.extensions.getExtension(EXTENSION_ID)!.exports as Api;
    const kindItem = async () => {
      const [first] = ((await api.reportView.getChildren()) ?? []) as unknown[];
      return first === undefined ? undefined : api.reportView.getTreeItem(first);
    };
    // The view is asked again until it shows `label` (it refreshes after the analysis).
    const viewShows = async (label: string, what: string) => {
      const deadline = Date.now() + 10_000;
      for (;;) {
        const item = await kindItem();
        if (item?.label === label) return item;
        if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}; last seen: ${JSON.stringify(item?.label)}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    };
    try {
      await open('mapped-kinds', 'tuan-14.md');
      const minutes = await viewShows('Biên bản họp', 'the kind the configuration names, in the view');
      assert.equal(minutes.tooltip, 'Loại báo cáo ghi trong mapped-kinds/.reportwright.yaml ("tuan-*.md" trong reportFiles)');
      // The writer changes the kind in the configuration: the view follows without reopening the report.
      await write(config, 'reportFiles:\n  "tuan-*.md": status\n  "sai-*.md": statuss\n');
      await viewShows('Báo cáo công việc', 'the kind after the edit');
      const wrong = await open('mapped-kinds', 'sai-1.md');
      const [rw005] = (await waitForDiagnostics(wrong.uri, (d) => d.some((x) => codeOf(x) === 'RW005'), 'RW005 for the kind that does not exist')).filter((d) => codeOf(d) === 'RW005');
      assert.equal(rw005.range.start.line, 0);
      assert.match(rw005.message, /^mapped-kinds\/\.reportwright\.yaml ghi cho tệp này \("sai-\*\.md" trong reportFiles\) loại "statuss", loại này không tồn tại; có phải ý bạn là "status"\?/);
      assert.match(String((await kindItem())?.label), /statuss/);
      // The status bar names the kind where it was written, as the view does.
      await waitFor(() => api.statusBar.shown?.text ?? '', (t) => t.includes('"statuss"'), 'the status bar to name the kind');
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
