import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, closeAll, open, untitled } from './support/helpers';

type Shape = [string, string, number] | [string, string, number, Shape[]];

function shape(symbol: vscode.DocumentSymbol): Shape {
  const { name, detail } = symbol;
  const line = symbol.range.start.line;
  return symbol.children.length ? [name, detail, line, symbol.children.map(shape)] : [name, detail, line];
}

const reportSymbols = async (uri: vscode.Uri) => {
  const symbols = (await vscode.commands.executeCommand<Array<vscode.DocumentSymbol | vscode.SymbolInformation>>('vscode.executeDocumentSymbolProvider', uri)) ?? [];
  return symbols.filter((s): s is vscode.DocumentSymbol => 'children' in s && s.children.some((c) => c.detail !== ''));
};

describe('document symbols', () => {
  before(activate);
  afterEach(closeAll);
  after(() => vscode.workspace.getConfiguration('reportwright').update('outline.symbols', undefined, vscode.ConfigurationTarget.Global));

  it('leave the Outline to VS Code by default: no second tree of the same headings', async () => {
    const document = await open('bao-cao-loi.md');
    assert.equal(vscode.workspace.getConfiguration('reportwright').get('outline.symbols'), false);
    assert.deepEqual(await reportSymbols(document.uri), []);
  });

  it('show the report sections nested, with their roles, when reportwright.outline.symbols is on', async () => {
    await vscode.workspace.getConfiguration('reportwright').update('outline.symbols', true, vscode.ConfigurationTarget.Global);
    const document = await open('bao-cao-loi.md');
    const symbols = (await vscode.commands.executeCommand<Array<vscode.DocumentSymbol | vscode.SymbolInformation>>('vscode.executeDocumentSymbolProvider', document.uri)) ?? [];
    // VS Code's own Markdown outline answers too; ours are the ones that carry roles.
    const report = symbols.filter((s): s is vscode.DocumentSymbol => 'children' in s && s.children.some((c) => c.detail !== ''));
    assert.equal(report.length, 1, JSON.stringify(symbols.map((s) => s.name)));
    assert.deepEqual(shape(report[0]), [
      'Báo cáo tổng kết công tác năm 2023', '', 6, [
        ['I. Kết quả đạt được', 'Kết quả', 8],
        ['II. Phương hướng, nhiệm vụ năm 2024', 'Phương hướng, nhiệm vụ', 12],
        ['II. Tồn tại, hạn chế', 'Tồn tại, hạn chế', 16],
      ],
    ]);
    assert.equal(report[0].children[0].kind, vscode.SymbolKind.Module);
    assert.equal(report[0].children[0].range.end.line, 11);
  });

  it('list the parts paragraphs play under the section they stand in, as the Report view does', async () => {
    await vscode.workspace.getConfiguration('reportwright').update('outline.symbols', true, vscode.ConfigurationTarget.Global);
    const document = await open('one-picture', 'bien-ban-vi.md');
    const [report] = await reportSymbols(document.uri);
    assert.ok(report, 'the report has symbols');
    const children = report.children.map((c) => [c.name, c.detail, c.range.start.line, c.range.end.line]);
    // "**Kết luận:**" and its list, up to the line before "Cuộc họp kết thúc…".
    assert.deepEqual(children.find((c) => c[1] === 'Kết luận'), ['Kết luận', 'Kết luận', 8, 10], JSON.stringify(children));
    assert.ok(children.some((c) => c[1] === 'Thành phần tham dự'), JSON.stringify(children));
    assert.ok(children.every((c) => !String(c[0]).includes('**')), 'titles without Markdown marks');
  });

  it('name the roles in the language the report is written in when its front matter gives no lang:', async () => {
    await vscode.workspace.getConfiguration('reportwright').update('outline.symbols', true, vscode.ConfigurationTarget.Global);
    const document = await untitled(
      '---\nkind: meeting-news\n---\n# Hội nghị tổng kết công tác năm 2023\n\nSáng 12-3, tại Hà Nội, Sở Khoa học và Công nghệ tổ chức hội nghị tổng kết công tác năm 2023 dưới sự chủ trì của đồng chí Giám đốc Sở.\n\nTham dự hội nghị có lãnh đạo các phòng, đơn vị trực thuộc Sở.\n\n## Kết quả năm 2023\n\nSở hoàn thành các nhiệm vụ được giao.\n',
    );
    const [report] = await reportSymbols(document.uri);
    assert.ok(report, 'the report has symbols');
    const details = report.children.map((c) => c.detail).filter(Boolean);
    assert.ok(details.includes('Kết quả'), JSON.stringify(details));
    assert.ok(details.includes('Thành phần tham dự'), JSON.stringify(details));
    assert.ok(details.includes('Phần mở đầu'), `the lead, which no kind lists, is named too: ${JSON.stringify(details)}`);
    assert.ok(!details.some((d) => /^(?:lead|Lead|Results|Participants)$/.test(d)), JSON.stringify(details));
  });

  it('are not added to plain Markdown', async () => {
    const document = await open('README.md');
    const symbols = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri)) ?? [];
    assert.ok(symbols.every((s) => !s.detail));
  });
});
