import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { activate, closeAll, codeOf, EXTENSION_ID, open, ours, sleep, waitFor, waitForDiagnostics, workspaceUri } from './support/helpers';

interface Api {
  statusBar: { shown?: { text: string } };
  reportView: vscode.TreeDataProvider<unknown>;
  preview: { current?: { html: string; panel: vscode.WebviewPanel } };
}
const api = () => vscode.extensions.getExtension(EXTENSION_ID)!.exports as Api;

/** The quick fixes VS Code offers for a range, asked again while the workbench settles. */
async function actionsAt(uri: vscode.Uri, range: vscode.Range, accept: (a: vscode.CodeAction[]) => boolean): Promise<vscode.CodeAction[]> {
  const ask = async () => (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, vscode.CodeActionKind.QuickFix.value)) ?? [];
  let actions = await ask();
  for (let i = 0; i < 60 && !accept(actions); i++) {
    await sleep(50);
    actions = await ask();
  }
  return actions;
}

async function missingInReportView(): Promise<number> {
  const provider = api().reportView;
  const nodes = ((await provider.getChildren()) ?? []) as unknown[];
  const items = await Promise.all(nodes.map(async (node) => provider.getTreeItem(node)));
  return items.filter((i) => i.contextValue === 'missingRole').length;
}

async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

const rw001 = (d: vscode.Diagnostic[]) => d.filter((x) => codeOf(x) === 'RW001');
/** The preview's dashed "missing section" boxes. */
const boxes = () => (api().preview.current?.html.match(/class="rw-missing"/g) ?? []).length;

describe('teach it a heading: "Treat … as <role>…"', function () {
  this.timeout(60_000);
  const yamlConfig = workspaceUri('teach', 'yaml', '.reportwright.yaml');
  const rootConfig = workspaceUri('.reportwright.json');
  let yamlBefore = '';
  before(async () => {
    await activate();
    yamlBefore = await readText(yamlConfig);
  });
  // The workspace is the repository's own folder: leave it as it was after each test.
  afterEach(async () => {
    await closeAll();
    if ((await readText(yamlConfig)) !== yamlBefore) await vscode.workspace.fs.writeFile(yamlConfig, new TextEncoder().encode(yamlBefore));
    await vscode.workspace.fs.delete(rootConfig).then(undefined, () => undefined);
  });

  it('on a heading with no role: writes it into the nearest .reportwright.yaml, comments kept, and the report is whole at once', async () => {
    const document = await open('teach', 'yaml', 'tuan-47.md');
    const [missing] = rw001(await waitForDiagnostics(document.uri, (d) => rw001(d).length === 1, 'RW001 for the priorities'));
    assert.match(missing.message, /Phương hướng, nhiệm vụ/);
    await waitFor(() => api().statusBar.shown?.text, (t) => t !== undefined && /Báo cáo 1\/2/.test(t), 'the status bar to say 1/2');
    assert.equal(await missingInReportView(), 1);
    assert.ok(await vscode.commands.executeCommand('reportwright.openPreview'));
    await waitFor(boxes, (n) => n === 1, 'the preview to draw one missing box', 45_000);
    await vscode.window.showTextDocument(document);

    const headingLine = document.getText().split('\n').indexOf('## Việc cần làm tuần sau');
    const title = 'Coi "Việc cần làm tuần sau" là Phương hướng, nhiệm vụ…';
    const actions = await actionsAt(document.uri, new vscode.Range(headingLine, 5, headingLine, 5), (a) => a.some((x) => x.title === title));
    const teach = actions.find((a) => a.title === title);
    assert.ok(teach?.command, actions.map((a) => a.title).join(' | '));
    const written = await vscode.commands.executeCommand<vscode.Uri>(teach.command.command, ...(teach.command.arguments ?? []));
    assert.equal(written?.toString(), yamlConfig.toString());

    const yaml = await readText(yamlConfig);
    assert.ok(yaml.startsWith(yamlBefore), `what was there stays as written:\n${yaml}`);
    assert.match(yaml, /# The platform team's words/);
    assert.match(yaml, /synonyms:\n {2}priorities:\n {4}vi:\n {6}- Việc cần làm tuần sau\n/);

    await waitForDiagnostics(document.uri, (d) => rw001(d).length === 0, 'RW001 gone once the heading is taught');
    await waitFor(() => api().statusBar.shown?.text, (t) => t !== undefined && /Báo cáo 2\/2/.test(t), 'the status bar to say 2/2');
    assert.equal(await missingInReportView(), 0);
    await waitFor(boxes, (n) => n === 0, 'the preview to draw no missing box', 45_000);
    api().preview.current?.panel.dispose();
    assert.equal(document.getText().includes('## Việc cần làm tuần sau'), true, 'the report itself is not changed');
  });

  it('on RW001 with no configuration file: creates .reportwright.json in the workspace folder, in English for an English report', async () => {
    await vscode.workspace.fs.delete(rootConfig).then(undefined, () => undefined);
    const document = await open('teach', 'new', 'week-47.md');
    const [missing] = rw001(await waitForDiagnostics(document.uri, (d) => rw001(d).length === 1, 'RW001 for the priorities'));
    await waitFor(() => api().statusBar.shown?.text, (t) => t !== undefined && /Report 1\/2/.test(t), 'the status bar to say 1/2');
    const title = 'Treat "On deck" as Priorities…';
    const actions = await actionsAt(document.uri, missing.range, (a) => a.some((x) => x.title === title));
    const teach = actions.find((a) => a.title === title);
    assert.ok(teach?.command, actions.map((a) => a.title).join(' | '));
    await vscode.commands.executeCommand(teach.command.command, ...(teach.command.arguments ?? []));

    assert.deepEqual(JSON.parse(await readText(rootConfig)), { synonyms: { priorities: { en: ['On deck'] } } });
    await waitForDiagnostics(document.uri, (d) => rw001(d).length === 0, 'RW001 gone once the heading is taught');
    await waitFor(() => api().statusBar.shown?.text, (t) => t !== undefined && /Report 2\/2/.test(t), 'the status bar to say 2/2');
    assert.equal(ours(document.uri).length, 0);
  });

  it('from the Report view, on the missing section: "Treat a Heading as This Section…" teaches the heading picked', async () => {
    const document = await open('teach', 'yaml', 'tuan-47.md');
    await waitForDiagnostics(document.uri, (d) => rw001(d).length === 1, 'RW001 for the priorities');
    await waitFor(() => api().statusBar.shown?.text, (t) => t !== undefined && /Báo cáo 1\/2/.test(t), 'the status bar to say 1/2');
    const provider = api().reportView;
    const nodes = ((await provider.getChildren()) ?? []) as unknown[];
    const items = await Promise.all(nodes.map(async (node) => provider.getTreeItem(node)));
    const missing = nodes[items.findIndex((i) => i.contextValue === 'missingRole')];
    assert.ok(missing);
    const headingLine = document.getText().split('\n').indexOf('## Việc cần làm tuần sau');
    const written = await vscode.commands.executeCommand<vscode.Uri>('reportwright.teachRole', missing, headingLine);
    assert.equal(written?.toString(), yamlConfig.toString());
    assert.match(await readText(yamlConfig), /- Việc cần làm tuần sau\n/);
    await waitForDiagnostics(document.uri, (d) => rw001(d).length === 0, 'RW001 gone once the heading is taught');
    assert.equal(await missingInReportView(), 0);
  });

  it('refuses a broken configuration and a symbolic link, and leaves both as they are', async () => {
    const args = (folder: string) => ({ uri: workspaceUri(folder, 'report.md'), title: 'On deck', role: 'priorities', roleName: 'Priorities', synonymLang: 'en', lang: 'en' });
    const broken = workspaceUri('broken-config', '.reportwright.yaml');
    const brokenBefore = await readText(broken);
    assert.equal(await vscode.commands.executeCommand('reportwright.teachHeading', args('broken-config')), undefined);
    assert.equal(await readText(broken), brokenBefore);
    // A link planted where the configuration would be, pointing at a file elsewhere.
    const folder = workspaceUri('teach', 'linked');
    const outside = workspaceUri('teach', 'outside.json');
    fs.mkdirSync(folder.fsPath, { recursive: true });
    fs.writeFileSync(outside.fsPath, '{}\n');
    fs.symlinkSync(outside.fsPath, vscode.Uri.joinPath(folder, '.reportwright.json').fsPath);
    try {
      assert.equal(await vscode.commands.executeCommand('reportwright.teachHeading', args('teach/linked')), undefined);
      assert.equal(fs.readFileSync(outside.fsPath, 'utf8'), '{}\n');
    } finally {
      fs.rmSync(folder.fsPath, { recursive: true, force: true });
      fs.rmSync(outside.fsPath, { force: true });
    }
  });

  it('untrusted workspace: the fix that writes a configuration file is offered only when the workspace is trusted', async () => {
    const document = await open('teach', 'yaml', 'tuan-47.md');
    await waitForDiagnostics(document.uri, () => true, 'diagnostics');
    const line = document.getText().split('\n').findIndex((l) => l.startsWith('## Việc cần làm'));
    const actions = await actionsAt(document.uri, new vscode.Range(line, 3, line, 3), (a) => a.some((x) => /Coi "/.test(x.title)));
    assert.equal(actions.some((a) => /^Coi "/.test(a.title)), vscode.workspace.isTrusted);
  });
});
