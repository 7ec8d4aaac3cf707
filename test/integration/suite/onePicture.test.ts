import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, closeAll, codeOf, EXTENSION_ID, open, ours, untitled, waitFor, waitForDiagnostics } from './support/helpers';

interface Api {
  statusBar: { shown?: { text: string } };
  reportView: vscode.TreeDataProvider<unknown>;
  preview: { current?: { html: string; document: vscode.TextDocument; panel: vscode.WebviewPanel } };
}
const api = () => vscode.extensions.getExtension(EXTENSION_ID)!.exports as Api;

/** What each view says about the required sections of the report on screen. */
async function views() {
  const provider = api().reportView;
  const nodes = ((await provider.getChildren()) ?? []) as unknown[];
  const items = await Promise.all(nodes.map(async (node) => provider.getTreeItem(node)));
  const missingInView = items.filter((i) => i.contextValue === 'missingRole').length;
  const status = api().statusBar.shown?.text ?? '';
  const m = /(\d+)\/(\d+)/.exec(status);
  assert.ok(await vscode.commands.executeCommand('reportwright.openPreview'));
  const panel = await waitFor(() => api().preview.current, (p) => p !== undefined && p.html.length > 0, 'the preview', 45_000);
  const boxes = (panel!.html.match(/class="rw-missing"/g) ?? []).length;
  panel!.panel.dispose();
  return { status, missingInStatus: m ? Number(m[2]) - Number(m[1]) : -1, missingInView, boxes };
}

describe('one picture of the report in every view', function () {
  this.timeout(120_000);
  before(activate);
  afterEach(closeAll);

  for (const file of ['tin-hoi-nghi-seed.md', 'bold-lines-vi.md', 'nested-roles-vi.md', 'questions-en.md', 'pasted-word-vi.md', 'weekly-official-vi.md']) {
    it(`${file}: the status bar, the Report view, the preview and RW001 agree that no required section is missing`, async () => {
      const document = await open('one-picture', file);
      await vscode.window.showTextDocument(document);
      await waitForDiagnostics(document.uri, () => true, 'the diagnostics');
      await waitFor(() => api().statusBar.shown?.text, (t) => t !== undefined, 'the status bar');
      const seen = await views();
      const rw001 = ours(document.uri).filter((d) => String(typeof d.code === 'object' ? d.code.value : d.code) === 'RW001').length;
      assert.deepEqual({ status: seen.missingInStatus, view: seen.missingInView, preview: seen.boxes, rw001 }, { status: 0, view: 0, preview: 0, rw001: 0 }, seen.status);
      assert.deepEqual(ours(document.uri).filter((d) => d.severity <= vscode.DiagnosticSeverity.Warning).map((d) => d.message), []);
    });
  }

  it('minutes, which require no section, are named in the status bar ("Biên bản họp"), not counted "0/0"', async () => {
    const document = await open('one-picture', 'bien-ban-vi.md');
    await vscode.window.showTextDocument(document);
    await waitForDiagnostics(document.uri, () => true, 'the diagnostics');
    await waitFor(() => api().statusBar.shown?.text, (t) => t !== undefined && t.includes('Biên bản họp'), 'the status bar to name the minutes');
    assert.doesNotMatch(api().statusBar.shown!.text, /\d+\/\d+/);
  });

  it('the status bar counts the notes the Problems panel lists ("1 ghi chú"), not "no problems"', async () => {
    const document = await untitled('---\nkind: status\nlang: vi\n---\n# Báo cáo tuần 48\n\n**1. Kết quả trong tuần**\n\nXong module thanh toán.\n\n## 2. Kế hoạch tuần tới\n\n- Triển khai.\n');
    const diagnostics = await waitForDiagnostics(document.uri, (d) => d.length > 0, 'the RW008 note');
    assert.deepEqual(diagnostics.map((d) => [codeOf(d), d.severity]), [['RW008', vscode.DiagnosticSeverity.Information]]);
    await waitFor(() => api().statusBar.shown?.text, (t) => t !== undefined && /ghi chú/.test(t), 'the status bar to count the note');
    assert.match(api().statusBar.shown!.text, /Báo cáo 2\/2 · 1 ghi chú$/);
  });

  it('the seed says "Báo cáo 3/3" and its Report view lists results, priorities and conclusion played by paragraphs', async () => {
    const document = await open('one-picture', 'tin-hoi-nghi-seed.md');
    await vscode.window.showTextDocument(document);
    await waitFor(() => api().statusBar.shown?.text, (t) => t !== undefined && /3\/3/.test(t), 'the status bar to say 3/3');
    assert.match(api().statusBar.shown!.text, /Báo cáo 3\/3/);
    const provider = api().reportView;
    const items = await Promise.all((((await provider.getChildren()) ?? []) as unknown[]).map((n) => provider.getTreeItem(n)));
    const descriptions = items.map((i) => String(i.description ?? ''));
    for (const role of ['Kết quả', 'Phương hướng, nhiệm vụ', 'Kết luận']) assert.ok(descriptions.some((d) => d.startsWith(`${role} · các đoạn văn`)), `${role} in ${JSON.stringify(descriptions)}`);
  });
});
