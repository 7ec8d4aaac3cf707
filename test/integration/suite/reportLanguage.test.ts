import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activate, closeAll, codeOf, EXTENSION_ID, open, untitled, waitFor, waitForDiagnostics } from './support/helpers';

type Dialogs = {
  showWarningMessage: (message: string, options: vscode.MessageOptions, ...items: vscode.MessageItem[]) => Thenable<vscode.MessageItem | undefined>;
  showQuickPick: (items: readonly vscode.QuickPickItem[], options: vscode.QuickPickOptions) => Thenable<vscode.QuickPickItem | undefined>;
};
interface Api {
  dialogs: Dialogs;
  active: { contextKeys: Record<string, unknown> };
}
const api = () => vscode.extensions.getExtension(EXTENSION_ID)!.exports as Api;

/** Answers the extension's dialogs for one test, recording what the writer would have been shown. */
function answering<K extends keyof Dialogs>(name: K, answer: Dialogs[K]): { restore(): void } {
  const dialogs = api().dialogs;
  const real = dialogs[name];
  dialogs[name] = answer;
  return { restore: () => void (dialogs[name] = real) };
}

describe('a Vietnamese report is spoken to in Vietnamese', () => {
  before(activate);
  afterEach(closeAll);

  it('asks "Vẫn xuất" or "Hủy" before exporting an unfinished report, with no English "Cancel"', async () => {
    const document = await open('bao-cao-loi.md');
    await waitForDiagnostics(document.uri, (d) => d.some((x) => codeOf(x) === 'RW306'), 'a placeholder: the report is unfinished');
    const target = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rw-modal-')), 'bao-cao.html');
    const asked: Array<{ message: string; modal?: boolean; buttons: vscode.MessageItem[] }> = [];
    let reply: (buttons: vscode.MessageItem[]) => vscode.MessageItem | undefined = (buttons) => buttons.find((b) => b.isCloseAffordance);
    const fake = answering('showWarningMessage', async (message, options, ...buttons) => {
      asked.push({ message, modal: options.modal, buttons });
      return reply(buttons);
    });
    try {
      // "Hủy": nothing is written.
      assert.equal(await vscode.commands.executeCommand('reportwright.exportHtml', { target }), undefined);
      assert.equal(asked.length, 1);
      assert.match(asked[0].message, /bao-cao-loi\.md/);
      assert.equal(asked[0].modal, true);
      assert.deepEqual(
        asked[0].buttons.map((b) => [b.title, b.isCloseAffordance === true]),
        [
          ['Vẫn xuất', false],
          ['Hủy', true],
        ],
        'our own Vietnamese Cancel is the close affordance, so VS Code adds no "Cancel" of its own',
      );
      assert.equal(fs.existsSync(target), false);
      // Escape: the dialog answers undefined, and nothing is written either.
      reply = () => undefined;
      assert.equal(await vscode.commands.executeCommand('reportwright.exportHtml', { target }), undefined);
      assert.equal(fs.existsSync(target), false);
      // "Vẫn xuất": the export goes ahead.
      reply = (buttons) => buttons.find((b) => b.title === 'Vẫn xuất');
      assert.ok(await vscode.commands.executeCommand('reportwright.exportHtml', { target }));
      assert.ok(fs.existsSync(target));
    } finally {
      fake.restore();
    }
  });

  it('the same dialog in English for an English report', async () => {
    const document = await untitled('---\nkind: status\nlang: en\n---\n# Week 12\n\n## Done this week\n\nTODO\n\n## Next week\n\nShip it.\n');
    await waitForDiagnostics(document.uri, (d) => d.some((x) => codeOf(x) === 'RW306'), 'a placeholder');
    const asked: vscode.MessageItem[][] = [];
    const fake = answering('showWarningMessage', async (_message, _options, ...buttons) => {
      asked.push(buttons);
      return undefined;
    });
    try {
      const target = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rw-modal-')), 'status.html');
      assert.equal(await vscode.commands.executeCommand('reportwright.exportHtml', { target }), undefined);
      assert.deepEqual(asked.map((buttons) => buttons.map((b) => b.title)), [['Export Anyway', 'Cancel']]);
    } finally {
      fake.restore();
    }
  });

  it('New Report asks the language first, then names the kinds and asks in that language', async () => {
    const shown: Array<{ placeHolder?: string; items: vscode.QuickPickItem[] }> = [];
    const fake = answering('showQuickPick', async (items, options) => {
      shown.push({ placeHolder: options.placeHolder, items: [...items] });
      if (shown.length === 1) return items.find((i) => i.label === 'Tiếng Việt');
      return items.find((i) => i.label === 'Báo cáo tổng kết');
    });
    try {
      const document = await vscode.commands.executeCommand<vscode.TextDocument>('reportwright.newReport');
      assert.ok(document);
      assert.deepEqual(
        shown[0].items.map((i) => i.label),
        ['Tiếng Việt', 'English'],
        'the language first, its choices naming themselves',
      );
      assert.equal(shown[1].placeHolder, 'Loại báo cáo nào?');
      const kinds = shown[1].items;
      assert.ok(kinds.some((k) => k.label === 'Báo cáo công việc'), 'kinds named in Vietnamese');
      // No English: neither kind names nor kind ids ("review", "status") beside them.
      for (const kind of kinds) {
        assert.doesNotMatch(`${kind.label} ${kind.description ?? ''}`, /\b(review|status|meeting-news|report|Weekly|Minutes)\b/i, kind.label);
      }
      const text = await waitFor(() => document.getText(), (t) => t.length > 0, 'the template');
      assert.match(text, /^kind: review\nlang: vi$/m);
    } finally {
      fake.restore();
    }
  });

  it('the Report view\'s "+" speaks the report\'s language', async () => {
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as {
      contributes: { commands: Array<{ command: string; title: string }>; menus: Record<string, Array<{ command: string; when?: string; group?: string }>> };
    };
    const entries = manifest.contributes.menus['view/item/context'].filter((m) => /viewItem == missingRole/.test(m.when ?? ''));
    const titleFor = (lang: 'vi' | 'en', inline: boolean) => {
      const entry = entries.find((m) => (m.group === 'inline') === inline && (lang === 'vi' ? /reportLang == vi/ : /reportLang != vi/).test(m.when ?? ''));
      return manifest.contributes.commands.find((c) => c.command === entry?.command)?.title;
    };
    assert.equal(titleFor('vi', true), 'Chèn phần');
    assert.equal(titleFor('en', true), 'Insert Section');
    // The entry that teaches a heading its role is named in the report's language too.
    assert.equal(titleFor('vi', false), 'Coi một tiêu đề là phần này…');
    assert.equal(titleFor('en', false), 'Treat a Heading as This Section…');
    await open('bao-cao-loi.md');
    await waitFor(() => api().active.contextKeys['reportwright.reportLang'], (v) => v === 'vi', 'a Vietnamese report');
    await open('status-en.md');
    await waitFor(() => api().active.contextKeys['reportwright.reportLang'], (v) => v === 'en', 'an English report');
  });
});
