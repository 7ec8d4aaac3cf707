import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, closeAll, codeOf, EXTENSION_ID, open, ours, untitled, waitFor, waitForDiagnostics, workspaceUri } from './support/helpers';

const REPORT = ['---', 'kind: review', 'lang: vi', '---', '', '# Báo cáo năm 2023', '', '## I. Kết quả đạt được', '', 'Hoàn thành kế hoạch.', '', '## II. Phương hướng, nhiệm vụ', '', 'Tiếp tục.', '', '## '].join('\n');

describe('writing aids', () => {
  before(activate);
  afterEach(closeAll);

  it('completes a new heading with the missing roles, numbered like its siblings', async () => {
    const document = await untitled(REPORT);
    const position = new vscode.Position(15, 3);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position, ' ');
    const ours = list.items.filter((i) => i.kind === vscode.CompletionItemKind.Module);
    const labels = ours.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    // The kind's order; the results and priorities are there already.
    assert.deepEqual(labels, ['Tóm tắt', 'Tình hình chung', 'Mục tiêu', 'Tồn tại, hạn chế', 'Bài học kinh nghiệm', 'Kiến nghị, đề xuất', 'Kết luận']);
    const conclusion = ours.find((i) => i.insertText === 'III. Kết luận');
    assert.ok(conclusion, `numbered like the headings before it: ${ours.map((i) => String(i.insertText)).join(' | ')}`);
  });

  it('explains a section on hover: its role and what belongs in it', async () => {
    const document = await untitled(REPORT);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(7, 8));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /\*\*Kết quả\*\* · bắt buộc với loại "Báo cáo tổng kết"/);
    assert.match(text, /so với kế hoạch/);
  });

  it('shows the report\'s progress and problems in the status bar, says when its kind is unknown, and hides for plain Markdown', async () => {
    const statusBar = () => (vscode.extensions.getExtension(EXTENSION_ID)!.exports as { statusBar: { shown?: { text: string } } }).statusBar.shown?.text;
    await untitled('---\nkind: status\nlang: en\n---\n## Done this week\n\nShipped the export. TODO\n');
    assert.equal(await waitFor(statusBar, (text) => text !== undefined, 'the status bar'), '$(checklist) Report 1/2 · 2 warnings');
    await untitled('---\nkind: revew\nlang: vi\n---\n## Kết quả\n\nXong.\n');
    assert.equal(await waitFor(statusBar, (text) => text?.includes('revew') === true, 'the unknown kind'), '$(checklist) Báo cáo: không có loại "revew" · 1 lỗi');
    await untitled('# Notes\n\nPlain Markdown.\n');
    await waitFor(statusBar, (text) => text === undefined, 'the status bar hidden');
  });

  it('uses a kind from .reportwright/kinds in the workspace', async () => {
    const document = await open('okr-q3.md');
    const [missing] = await waitForDiagnostics(document.uri, (d) => d.length === 1, 'the custom kind checked');
    assert.equal(codeOf(missing), 'RW001');
    assert.match(missing.message, /"Risks" section \(required in the kind "OKR check-in"\)/);
  });

  it('knows the workspace kinds in a report not saved yet (New Report… offers them)', async () => {
    const document = await untitled('---\nkind: okr\nlang: en\n---\n# Q3\n\n## Results\n\nKR1 at 60%.\n\n## Next steps\n\nShip it.\n');
    const [missing] = await waitForDiagnostics(document.uri, (d) => d.length > 0, 'the untitled report checked');
    assert.deepEqual(ours(document.uri).map(codeOf), ['RW001']);
    assert.match(missing.message, /"Risks" section/);
  });

  it('marks a broken kind file and keeps the built-in kinds working', async () => {
    const broken = workspaceUri('.reportwright', 'kinds', 'broken.json');
    const problems = await waitFor(() => vscode.languages.getDiagnostics(broken).filter((d) => d.source === 'reportwright'), (d) => d.length > 0, 'a diagnostic in the broken kind file');
    assert.match(problems[0].message, /"requird" is not a property of a kind/);
    assert.equal(problems[0].range.start.line, 3);
    const report = await open('bao-cao-loi.md');
    await waitForDiagnostics(report.uri, (d) => d.length === 5, 'the built-in kind still used');
    assert.ok(ours(report.uri).some((d) => codeOf(d) === 'RW001'));
  });
});
