import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, closeAll, EXTENSION_ID, open, waitFor } from './support/helpers';

interface Panel {
  html: string;
  mode: 'flowing' | 'paged';
  pageCount?: number;
  footnotes?: Array<{ id: string; page: number; refPage: number; aboveBottom: number }>;
  panel: vscode.WebviewPanel;
  handleMessage(message: unknown): void;
}

const current = () => (vscode.extensions.getExtension(EXTENSION_ID)!.exports as { preview: { current?: Panel } }).preview.current;

describe('the paged print preview', function () {
  this.timeout(120_000);
  before(activate);
  after(async () => {
    // Run alone (--grep "paged print preview" --screenshot …), it stays on screen for the README's picture.
    if (process.env.REPORTWRIGHT_TEST_GREP?.includes('paged print preview')) return;
    current()?.panel.dispose();
    await closeAll();
  });

  it('lays a 3-page report out in its 3 pages and counts them, its footnotes at the foot of their pages; the button goes back to the flowing view', async () => {
    await open('paged-3.md');
    assert.ok(await vscode.commands.executeCommand('reportwright.openPreview'));
    const panel = await waitFor(current, (p) => p !== undefined && p.html.length > 0, 'the preview to render', 60_000);
    assert.equal(panel!.mode, 'flowing');
    // What the page's "Pages" button posts.
    panel!.handleMessage({ type: 'mode', mode: 'paged' });
    const count = await waitFor(() => panel!.pageCount, (n) => n !== undefined, 'the pages to be laid out', 60_000);
    // The PDF export of this report has 3 pages with the default profile (test/unit/export/paged.test.ts).
    assert.equal(count, 3);
    // Its two footnotes at the foot of the pages that refer to them, as the PDF prints them.
    assert.deepEqual(
      panel!.footnotes?.map(({ id, page, refPage }) => ({ id, page, refPage })),
      [
        { id: 'fn1', page: 1, refPage: 1 },
        { id: 'fn2', page: 3, refPage: 3 },
      ],
    );
    for (const note of panel!.footnotes!) assert.ok(Math.abs(note.aboveBottom) <= 1, `footnote ${note.id} sits on the foot of page ${note.page} (${note.aboveBottom} px above it)`);
    panel!.handleMessage({ type: 'mode', mode: 'flowing' });
    assert.equal(panel!.mode, 'flowing');
    assert.equal(panel!.pageCount, undefined);
    // The command (editor title, Command Palette) does the same as the button.
    assert.equal(await vscode.commands.executeCommand('reportwright.togglePagedPreview'), 'paged');
    assert.equal(await waitFor(() => panel!.pageCount, (n) => n !== undefined, 'the pages again', 60_000), 3);
  });
});
