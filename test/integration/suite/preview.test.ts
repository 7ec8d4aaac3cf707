import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import markdownIt from 'markdown-it';
import * as vscode from 'vscode';
import { activate, closeAll, EXTENSION_ID, open, sleep, untitled, waitFor } from './support/helpers';

interface Panel {
  html: string;
  document: vscode.TextDocument;
  locked: boolean;
  panel: vscode.WebviewPanel;
  handleMessage(message: unknown): void;
}
interface Api {
  preview: { current?: Panel };
  extendMarkdownIt(md: unknown): { render(src: string): string };
}

const api = () => vscode.extensions.getExtension(EXTENSION_ID)!.exports as Api;

/** Opens the preview of the document in the active editor and waits until it shows that document. */
async function openPreview(): Promise<Panel> {
  const document = vscode.window.activeTextEditor?.document;
  assert.ok(document, 'a report in the active editor');
  assert.ok(await vscode.commands.executeCommand('reportwright.openPreview'));
  // The first webview of a session takes a while to load in a headless browser.
  const shown = () => {
    const p = api().preview.current;
    // What a failure prints: which document the preview shows.
    const toJSON = () => (p ? `${p.document.uri.toString()}${p.document.isClosed ? ' (closed)' : ''}, ${p.html.length} characters` : 'no preview');
    return { p, toJSON };
  };
  const { p } = await waitFor(shown, ({ p }) => p !== undefined && p.document === document && p.html.length > 0, `the preview of ${document.uri.toString()} to render`, 45_000);
  return p!;
}

describe('the preview', function () {
  this.timeout(60_000);
  before(activate);
  afterEach(async () => {
    api().preview.current?.panel.dispose();
    await closeAll();
  });

  it('opens beside the report and shows its sections, role badges and the missing one', async () => {
    await open('bao-cao-loi.md');
    const panel = await openPreview();
    assert.equal(panel.panel.viewColumn, vscode.ViewColumn.Two);
    assert.match(panel.panel.title, /bao-cao-loi\.md/);
    assert.match(panel.html, /<h2 id="i-kết-quả-đạt-được" data-line="0">I. Kết quả đạt được <span class="rw-badge" data-role="results">Kết quả<\/span>/);
    assert.match(panel.html, /<div class="rw-missing" data-role="conclusion">Kết luận — chưa có<\/div>/);
    assert.match(panel.html, /<span class="rw-problems"[^>]*>2<\/span>/);
  });

  it('keeps the report on screen the active one while another page has focus: status bar, Report view and export still act on it', async () => {
    const document = await open('bao-cao-loi.md');
    const panel = await openPreview();
    // The walkthrough beside the report, as when the writer clicks one of its buttons: no text editor is active.
    panel.panel.reveal(undefined, false);
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', 'reportwright.reportwright#reportwright.firstReport', false);
    await waitFor(() => vscode.window.activeTextEditor, (editor) => editor === undefined, 'the walkthrough to take focus');
    const exports = vscode.extensions.getExtension(EXTENSION_ID)!.exports as {
      statusBar: { shown?: { text: string } };
      reportView: vscode.TreeDataProvider<unknown>;
    };
    assert.equal(exports.statusBar.shown?.text, '$(checklist) Báo cáo 2/3 · 5 cảnh báo');
    assert.ok(((await exports.reportView.getChildren()) ?? []).length > 0, 'the Report view still lists the sections');
    const target = path.join(os.tmpdir(), `rw-focus-${process.pid}.html`);
    try {
      const outcome = await vscode.commands.executeCommand<{ outPath: string }>('reportwright.exportHtml', { target, exportAnyway: true, force: true });
      assert.equal(outcome?.outPath, target);
      assert.match(fs.readFileSync(target, 'utf8'), /I\. Kết quả đạt được/);
    } finally {
      fs.rmSync(target, { force: true });
    }
    assert.equal(document.isClosed, false);
  });

  it('shows an official document framed as its export: the header first, Nơi nhận and the signature last', async () => {
    const document = await untitled(
      '---\nkind: official-report\nlang: vi\nprofile: nd30\nissuer: [ỦY BAN NHÂN DÂN TỈNH BẮC NINH, SỞ NỘI VỤ]\nnumber: 15/BC-SNV\nplace: Bắc Ninh\ndate: 2026-01-05\n' +
        'subject: Kết quả công tác năm 2025\ndistribution: [Như trên, "Lưu: VT, VP"]\nsigner: {authority: KT. GIÁM ĐỐC, title: PHÓ GIÁM ĐỐC, name: Trần Thị Bình}\n---\n\n## I. KẾT QUẢ ĐẠT ĐƯỢC\n\nHoàn thành kế hoạch./.\n',
    );
    await openPreview();
    const panel = await waitFor(() => api().preview.current!, (p) => p.document === document && p.html.includes('rw-official-closing'), 'the preview of the notice');
    const html = panel.html;
    assert.match(html, /^<header class="rw-official rw-official-nd30">/);
    assert.match(html, /SỞ NỘI VỤ.*CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM.*Số: 15\/BC-SNV.*Bắc Ninh, ngày 05 tháng 01 năm 2026.*BÁO CÁO.*Kết quả công tác năm 2025/s);
    assert.ok(html.indexOf('</header>') < html.indexOf('I. KẾT QUẢ ĐẠT ĐƯỢC'));
    assert.match(html, /<footer class="rw-official-closing rw-official-nd30">.*Nơi nhận:.*- Lưu: VT, VP\..*KT\. GIÁM ĐỐC.*Trần Thị Bình.*<\/footer>\n?$/s);
  });

  it('updates as the writer types', async () => {
    const document = await untitled('---\nkind: status\nlang: en\n---\n## Done this week\n\nShipped.\n');
    const panel = await openPreview();
    // The preview follows the report now on screen (it renders asynchronously).
    await waitFor(() => panel.html, (html) => /Priorities — missing/.test(html), 'the new report in the preview');
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === document)!;
    await editor.edit((e) => e.insert(new vscode.Position(7, 0), '\n## Next week\n\nShip **more**.\n'));
    await waitFor(() => panel.html, (html) => html.includes('<strong>more</strong>') && !html.includes('missing'), 'the edit rendered');
  });

  it('moves the editor when the page scrolls, and puts the cursor on a double-clicked line', async () => {
    const document = await open('preview-long.md');
    const panel = await openPreview();
    const editor = () => vscode.window.visibleTextEditors.find((e) => e.document === document)!;
    assert.equal(editor().visibleRanges[0].start.line, 0);
    panel.handleMessage({ type: 'revealLine', line: 20 });
    // Line 20 comes to the top, under the headings that sticky scroll keeps there.
    await waitFor(() => editor().visibleRanges[0].start.line, (line) => line >= 15 && line <= 20, 'the editor scrolled to line 20');
    panel.handleMessage({ type: 'openLine', line: 55 });
    await waitFor(() => vscode.window.activeTextEditor?.selection.active.line, (line) => line === 55, 'the cursor on line 55');
  });

  it('loads local images through the webview and opens relative Markdown links in the editor', async () => {
    await open('preview-long.md');
    const panel = await openPreview();
    assert.match(panel.html, /<img src="[^"]*images\/team\.png" alt="Team photo" loading="lazy">/);
    assert.doesNotMatch(panel.html, /<img src="images\//, 'not the raw relative path');
    panel.handleMessage({ type: 'link', href: 'javascript:alert(1)' });
    panel.handleMessage({ type: 'link', href: 'status-en.md' });
    await waitFor(() => vscode.window.activeTextEditor?.document.uri.path, (p) => p?.endsWith('/status-en.md') === true, 'the linked report open');
  });

  it('follows the active report, unless locked', async () => {
    await open('bao-cao-loi.md');
    const panel = await openPreview();
    await open('status-en.md');
    await waitFor(() => panel.document.uri.path, (p) => p.endsWith('/status-en.md'), 'the preview following');
    assert.equal(await vscode.commands.executeCommand('reportwright.togglePreviewLock'), true);
    await open('bao-cao-loi.md');
    await sleep(300);
    assert.ok(panel.document.uri.path.endsWith('/status-en.md'), 'locked on its report');
  });

  it('renders the formatting tags a writer types in raw HTML, and shows any other HTML as text with why', async () => {
    await untitled(
      '---\nkind: review\nlang: vi\n---\n<p align="center"><b>HỘI NGHỊ TỔNG KẾT</b><br><u>Chi nhánh Đà Nẵng</u></p>\n\n## Kết quả đạt được\n\nDiện tích 25 m<sup>2</sup>, <span onclick="x()">chữ</span>.\n\n<script>alert(1)</script>\n',
    );
    const panel = await openPreview();
    assert.match(panel.html, /<p class="rw-html rw-align-center"><strong>HỘI NGHỊ TỔNG KẾT<\/strong><br>\n<u>Chi nhánh Đà Nẵng<\/u>(?: <span class="rw-badge"[^>]*>[^<]*<\/span>)?<\/p>/);
    assert.match(panel.html, /m<sup>2<\/sup>, &lt;span onclick=&quot;x\(\)&quot;&gt;chữ&lt;\/span&gt;/);
    assert.match(panel.html, /<pre class="rw-raw-html" title="Khối HTML này được giữ nguyên dạng chữ vì có &lt;script&gt;/);
  });

  it('speaks a Vietnamese file\'s language in its title before the file is a report (no kind:, no lang:)', async () => {
    const document = await untitled('# Tin hội nghị\n\nSáng 12-3, tại Hà Nội, Sở Khoa học và Công nghệ tổ chức hội nghị tổng kết công tác năm 2023.\n');
    await vscode.window.showTextDocument(document);
    const panel = await openPreview();
    assert.match(panel.panel.title, /^Xem trước /, 'not "Preview …"');
    assert.match(panel.panel.webview.html, /<html lang="vi">/);
    assert.match(panel.panel.webview.html, />Xem theo trang<\/button>/, 'not "Pages"');
  });

  it('does not follow a rule page opened from a diagnostic: the rule page shows once, in VS Code\'s Markdown preview', async () => {
    const report = await open('bao-cao-loi.md');
    const panel = await openPreview();
    await vscode.commands.executeCommand('vscode.open', vscode.Uri.parse('reportwright-rule:/vi/RW101-numbering-sequence.md'));
    await waitFor(
      () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => t.label),
      (labels) => labels.some((l) => /RW101/.test(l)),
      'the rule page rendered',
    );
    await sleep(300);
    assert.equal(panel.document, report, 'our preview still shows the report, not the rule page');
  });

  it('gives VS Code\'s own Markdown preview the same role badges', () => {
    const md = api().extendMarkdownIt(markdownIt());
    const html = md.render('---\nkind: review\nlang: vi\n---\n\n## Kết quả đạt được\n\nTốt.\n');
    assert.match(html, /<h2>Kết quả đạt được <span class="rw-badge" data-role="results">Kết quả<\/span><\/h2>/);
    assert.doesNotMatch(api().extendMarkdownIt(markdownIt()).render('# README\n\n## Results\n'), /rw-badge/);
  });
});
