import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, closeAll, EXTENSION_ID, open, untitled, waitFor, withSetting } from './support/helpers';

interface Panel {
  html: string;
  document: vscode.TextDocument;
  panel: vscode.WebviewPanel;
  look?: { style: string; profile?: string; page: Record<string, string> };
}
const api = () => vscode.extensions.getExtension(EXTENSION_ID)!.exports as { preview: { current?: Panel } };

async function openPreview(document: vscode.TextDocument): Promise<Panel> {
  assert.ok(await vscode.commands.executeCommand('reportwright.openPreview'));
  return waitFor(() => api().preview.current!, (p) => p !== undefined && p.document === document && p.html.length > 0 && p.look !== undefined, 'the preview to render', 45_000);
}

describe("the preview's document style follows the export profile", function () {
  this.timeout(60_000);
  before(activate);
  afterEach(async () => {
    api().preview.current?.panel.dispose();
    await closeAll();
  });

  it('lays the page out as reportwright.export.profile will print it: default, then nd30', async () => {
    const restoreStyle = await withSetting('preview.style', 'document');
    try {
      const document = await open('bao-cao-loi.md');
      const panel = await openPreview(document);
      assert.equal(panel.look!.style, 'document');
      assert.equal(panel.look!.profile, 'default');
      assert.match(panel.look!.page['--rw-font'], /^Arial/);
      assert.equal(panel.look!.page['--rw-body'], '11pt');
      const restoreProfile = await withSetting('export.profile', 'nd30');
      try {
        const nd30 = await waitFor(() => api().preview.current!.look!, (l) => l.profile === 'nd30', 'the nd30 page');
        assert.match(nd30.page['--rw-font'], /^"Times New Roman"/);
        assert.equal(nd30.page['--rw-body'], '13pt');
        assert.equal(nd30.page['--rw-indent'], '10mm');
        assert.equal(nd30.page['--rw-margins'], '20mm 15mm 20mm 30mm');
      } finally {
        await restoreProfile();
      }
      await waitFor(() => api().preview.current!.look!, (l) => l.profile === 'default', 'back to the default page');
    } finally {
      await restoreStyle();
    }
  });

  it("an official document's own profile, as its export", async () => {
    const restoreStyle = await withSetting('preview.style', 'document');
    try {
      const document = await untitled(
        '---\nkind: official-report\nlang: vi\nprofile: hd36\nissuer: [HUYỆN ỦY ĐÔNG ANH]\nnumber: 15-BC/HU\nplace: Đông Anh\ndate: 2026-01-05\n' +
          'subject: Kết quả công tác năm 2025\ndistribution: [Như trên, "Lưu: VT"]\nsigner: {authority: T/M BAN THƯỜNG VỤ, title: BÍ THƯ, name: Trần Thị Bình}\n---\n\n## I. KẾT QUẢ ĐẠT ĐƯỢC\n\nHoàn thành kế hoạch.\n',
      );
      const panel = await openPreview(document);
      assert.equal(panel.look!.profile, 'hd36');
      assert.match(panel.look!.page['--rw-font'], /^"Times New Roman"/);
    } finally {
      await restoreStyle();
    }
  });
});
