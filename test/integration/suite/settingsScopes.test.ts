import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activate, closeAll, codeOf, EXTENSION_ID, open, sleep, untitled, waitFor, waitForDiagnostics, withSetting } from './support/helpers';

interface Api {
  settings: { reads: number };
  cache: { clear(): void; get(document: vscode.TextDocument): { findings: unknown[] } };
  logUri: vscode.Uri;
}
const api = () => vscode.extensions.getExtension(EXTENSION_ID)!.exports as Api;

const REPORT = '---\nkind: status\n---\n## Done this week\n\nTODO\n\n## Next week\n';

/** The extension host's log files: beside (or above) the folder VS Code gives the extension for its logs. */
function extensionHostLogs(): string[] {
  const found: string[] = [];
  let dir = api().logUri.fsPath;
  for (let up = 0; up < 3; up++) {
    dir = path.dirname(dir);
    if (!fs.existsSync(dir)) continue;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isFile() && /exthost.*\.log$/i.test(entry.name)) found.push(full);
      if (entry.isDirectory() && /exthost/i.test(entry.name)) for (const inner of fs.readdirSync(full)) if (/exthost.*\.log$/i.test(inner)) found.push(path.join(full, inner));
    }
    if (found.length) break;
  }
  return found;
}

describe('setting scopes and the settings cache', () => {
  before(activate);
  afterEach(closeAll);

  it('reads the settings once across many lints, and again after they change', async () => {
    const document = await untitled(REPORT);
    await waitForDiagnostics(document.uri, (d) => d.some((x) => codeOf(x) === 'RW306'), 'RW306');
    const before = api().settings.reads;
    for (let i = 0; i < 50; i++) {
      api().cache.clear();
      api().cache.get(document);
    }
    // Typing: each change schedules a lint after the pause the settings give.
    const editor = vscode.window.activeTextEditor!;
    for (let i = 0; i < 5; i++) await editor.edit((b) => b.insert(new vscode.Position(5, 0), 'x'));
    await sleep(400);
    assert.equal(api().settings.reads, before, '50 lints and 5 edits read no setting');
    const restore = await withSetting('rules', { placeholder: 'off' });
    try {
      await waitForDiagnostics(document.uri, (d) => !d.some((x) => codeOf(x) === 'RW306'), 'the new rules applied');
      assert.ok(api().settings.reads > before, 'the changed settings were read');
      const after = api().settings.reads;
      for (let i = 0; i < 20; i++) {
        api().cache.clear();
        api().cache.get(document);
      }
      assert.equal(api().settings.reads, after, 'then kept again');
    } finally {
      await restore();
    }
  });

  it('leaves no "window scoped configuration" warning in the extension host log', async function () {
    // Reads every setting the way the features do: lint, type, preview, export's profile, outline.
    const document = await open('sample.md');
    await waitFor(() => vscode.languages.getDiagnostics(document.uri), () => true, 'a lint');
    await vscode.window.activeTextEditor!.edit((b) => b.insert(new vscode.Position(0, 0), ''));
    await vscode.commands.executeCommand('reportwright.openPreview');
    await sleep(1500);
    const logs = extensionHostLogs();
    assert.ok(logs.length > 0, `the extension host log is found near ${api().logUri.fsPath}`);
    const warnings = logs
      .flatMap((file) => fs.readFileSync(file, 'utf8').split('\n'))
      .filter((line) => /scoped configuration/.test(line) && /'reportwright\./.test(line));
    assert.deepEqual(warnings.slice(0, 5), [], `${warnings.length} warnings about Reportwright's settings`);
  });
});
