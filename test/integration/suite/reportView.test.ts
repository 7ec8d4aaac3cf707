import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, closeAll, codeOf, EXTENSION_ID, open, untitled, waitForDiagnostics, withSetting } from './support/helpers';

interface Api {
  reportView: vscode.TreeDataProvider<unknown>;
}

function view(): vscode.TreeDataProvider<unknown> {
  return (vscode.extensions.getExtension(EXTENSION_ID)!.exports as Api).reportView;
}

async function items(): Promise<Array<{ node: unknown; item: vscode.TreeItem }>> {
  const provider = view();
  const nodes = ((await provider.getChildren()) ?? []) as unknown[];
  return Promise.all(nodes.map(async (node) => ({ node, item: await provider.getTreeItem(node) })));
}

const label = (item: vscode.TreeItem) => (typeof item.label === 'string' ? item.label : item.label?.label);

describe('the Report view', () => {
  before(activate);
  afterEach(closeAll);

  it('lists the kind, then each role in the kind order, with word counts, problems and the missing one, in the report\'s language', async () => {
    const document = await open('bao-cao-loi.md');
    await waitForDiagnostics(document.uri, (d) => d.length === 5, 'the diagnostics');
    const shown = await items();
    assert.deepEqual(
      shown.map(({ item }) => [label(item), item.description, item.contextValue ?? null]),
      [
        ['Báo cáo tổng kết', undefined, null],
        ['I. Kết quả đạt được', 'Kết quả · 21 từ · 1 vấn đề', null],
        ['II. Tồn tại, hạn chế', 'Tồn tại, hạn chế · 7 từ · 1 vấn đề', null],
        ['II. Phương hướng, nhiệm vụ năm 2024', 'Phương hướng, nhiệm vụ · 1 từ · 2 vấn đề', null],
        ['Kết luận', 'chưa có (bắt buộc)', 'missingRole'],
      ],
    );
    const results = shown[1].item;
    assert.deepEqual(results.command?.arguments, [8]);
  });

  it('shows a part\'s problem state, not a green check, and leaves the closing byline out of the word count', async () => {
    const document = await untitled(
      '---\nkind: meeting-news\nlang: vi\n---\n# Hội nghị tổng kết công tác năm 2023\n\nSáng 12-3, tại Hà Nội, Sở Khoa học và Công nghệ tổ chức hội nghị tổng kết công tác năm 2023 dưới sự chủ trì của đồng chí Giám đốc Sở.\n\nTham dự hội nghị có lãnh đạo các phòng, đơn vị trực thuộc Sở, TODO.\n\n## Kết quả năm 2023\n\nSở hoàn thành các nhiệm vụ được giao.\n\n## Nhiệm vụ năm 2024\n\nĐẩy mạnh chuyển đổi số.\n\n## Kết luận\n\nPhát biểu kết luận, đồng chí Giám đốc ghi nhận kết quả.\n\nNgười viết: Nguyễn Văn An\n',
    );
    await waitForDiagnostics(document.uri, (d) => d.some((x) => codeOf(x) === 'RW306'), 'the placeholder');
    const shown = await items();
    const participants = shown.find(({ item }) => String(item.description).startsWith('Thành phần tham dự'))!.item;
    assert.match(String(participants.description), /1 vấn đề/);
    assert.equal((participants.iconPath as vscode.ThemeIcon).id, 'warning', 'a part with a problem is not shown passed');
    const conclusion = shown.find(({ item }) => label(item) === 'Kết luận')!.item;
    // "Phát biểu kết luận, đồng chí Giám đốc ghi nhận kết quả.": 12 words; "Người viết: Nguyễn Văn An" is not counted.
    assert.equal(conclusion.description, 'Kết luận · 12 từ');
    assert.equal((conclusion.iconPath as vscode.ThemeIcon).id, 'pass');
  });

  it('lists a section\'s first ten problems in its tooltip and counts the rest', async () => {
    const placeholders = Array.from({ length: 12 }, (_, i) => `- Việc *${i + 1}*: TODO`).join('\n');
    const document = await untitled(`---\nkind: status\nlang: en\n---\n## Done this week\n\n${placeholders}\n\n## Next week\n\nShip it.\n`);
    // Twelve placeholders, and the section is over the kind's seven items (RW007).
    await waitForDiagnostics(document.uri, (d) => d.length === 13, 'thirteen problems');
    const done = (await items()).find(({ item }) => label(item) === 'Done this week')!.item;
    const tooltip = (done.tooltip as vscode.MarkdownString).value;
    assert.equal(tooltip.match(/RW\d{3}/g)?.length, 10);
    assert.match(tooltip, /…and 3 more problems \(Problems panel\)/);
  });

  it('inserts a missing section from its item and follows the edit', async () => {
    const document = await untitled('---\nkind: status\nlang: en\n---\n## Done this week\n\nShipped the export.\n');
    await waitForDiagnostics(document.uri, (d) => d.length === 1, 'RW001');
    const missing = (await items()).find(({ item }) => item.contextValue === 'missingRole')!;
    assert.equal(label(missing.item), 'Priorities');
    assert.ok(await vscode.commands.executeCommand('reportwright.insertSection', missing.node));
    assert.match(document.getText(), /\n## Next week\n$/);
    const cursor = vscode.window.activeTextEditor!.selection.active;
    assert.deepEqual([cursor.line, cursor.character], [8, '## Next week'.length], 'the cursor waits at the end of the new heading');
    await waitForDiagnostics(document.uri, (d) => !d.some((x) => codeOf(x) === 'RW001'), 'RW001 gone');
    const after = await items();
    assert.ok(after.some(({ item }) => label(item) === 'Next week'), 'the inserted section is listed');
    assert.ok(!after.some(({ item }) => item.contextValue === 'missingRole'));
  });

  it('speaks Vietnamese when reportwright.language says so', async () => {
    const restore = await withSetting('language', 'vi');
    try {
      const document = await untitled('---\nkind: status\n---\n## Done this week\n\nShipped the export.\n');
      await waitForDiagnostics(document.uri, (d) => d.length === 1, 'RW001');
      const shown = await items();
      // The kind is named in the report's language, without its id.
      assert.deepEqual(shown.map(({ item }) => item.description), [undefined, 'Kết quả · 3 từ', 'chưa có (bắt buộc)']);
    } finally {
      await restore();
    }
  });

  it('says in the file\'s language that plain Markdown is no report yet, and "Make this a report…" turns it into one', async () => {
    const document = await untitled('# Notes\n\n## Kết quả\n\nXong.\n');
    const before = await items();
    assert.deepEqual(before.map(({ item }) => [label(item), item.description, item.command?.command]), [['Chưa phải báo cáo: chưa ghi loại báo cáo', 'Biến tệp này thành báo cáo…', 'reportwright.makeReport']]);
    assert.ok(await vscode.commands.executeCommand('reportwright.makeReport', 'status'));
    assert.match(document.getText(), /^---\nkind: status\nlang: vi\n---\n\n# Notes/);
    await waitForDiagnostics(document.uri, (d) => d.length > 0, 'the new report checked');
    const shown = await items();
    assert.equal(label(shown[0].item), 'Báo cáo công việc');
  });
});
