import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, closeAll, untitled } from './support/helpers';

describe('snippets', () => {
  before(activate);
  afterEach(closeAll);

  it('offers a whole report per kind and language, and one per section', async () => {
    const document = await untitled('\n');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(0, 0));
    const labels = new Set(list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label)));
    for (const prefix of ['report-review', 'report-meeting', 'report-status', 'baocao-tongket', 'tin-hoinghi', 'baocao-tuan', 'results', 'ket-qua', 'priorities', 'phuong-huong', 'conclusion', 'ket-luan', 'baocao-nd30', 'baocao-hd36', 'kehoach-nd30', 'thongbao-ketluan-hd36', 'official-report-nd30', 'plan-hd36']) {
      assert.ok(labels.has(prefix), `${prefix} offered; got ${[...labels].slice(0, 40).join(', ')}`);
    }
  });
});
