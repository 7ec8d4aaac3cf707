import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, closeAll, codeOf, sleep, waitFor, waitForDiagnostics } from './support/helpers';

describe('Reportwright: New Report…', () => {
  before(activate);
  afterEach(closeAll);

  it('opens a new document of the chosen kind and language', async () => {
    const document = await vscode.commands.executeCommand<vscode.TextDocument>('reportwright.newReport', { kind: 'status', lang: 'en' });
    assert.ok(document);
    assert.equal(document.languageId, 'markdown');
    assert.equal(vscode.window.activeTextEditor?.document, document);
    const text = document.getText();
    assert.match(text, /^---\nkind: status\nlang: en\nperiod: \d{4}\n---\n/);
    assert.match(text, /^## Done this week$/m);
    assert.match(text, /^## Next week$/m);
    // The places left to fill are placeholders until the writer types.
    await waitForDiagnostics(document.uri, (d) => d.some((x) => codeOf(x) === 'RW306'), 'placeholders reported');
    assert.equal(vscode.window.activeTextEditor?.selection.start.line, 6, 'the cursor waits on the title');
  });

  it('asks for the language, then the kind, when run from the command palette', async () => {
    const opened = vscode.commands.executeCommand<vscode.TextDocument>('reportwright.newReport');
    await sleep(500);
    // First pick: the language, Tiếng Việt first.
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await sleep(500);
    // Second pick: the kinds, named in Vietnamese, in their order (review, meeting-news, status): take the second.
    await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const document = await opened;
    assert.ok(document, 'a document was opened');
    const text = await waitFor(() => document.getText(), (t) => t.length > 0, 'the template');
    assert.match(text, /^kind: meeting-news\nlang: vi$/m);
    assert.match(text, /^## Thành phần tham dự$/m);
    assert.match(text, /^## Kết luận$/m);
  });

  it('opens an official document in the form asked for, its header, Nơi nhận and signer in the front matter', async () => {
    const document = await vscode.commands.executeCommand<vscode.TextDocument>('reportwright.newReport', { kind: 'conclusion-notice', lang: 'vi', profile: 'hd36' });
    assert.ok(document);
    const text = document.getText();
    assert.match(text, /^kind: conclusion-notice\nlang: vi\nperiod: \d{4}\nprofile: hd36$/m);
    assert.match(text, /^number: 01-TB\/HU$/m);
    assert.match(text, /^ {2}authority: T\/M BAN THƯỜNG VỤ$/m);
    assert.match(text, /^## I\. ĐÁNH GIÁ CHUNG$/m);
    assert.match(text, /\.\/\.\n?$/);
    await waitForDiagnostics(document.uri, (d) => d.some((x) => codeOf(x) === 'RW306'), 'placeholders reported');
    const official = vscode.languages.getDiagnostics(document.uri).filter((d) => /^RW6/.test(codeOf(d)));
    assert.deepEqual(official.map((d) => d.message), [], 'the skeleton meets NĐ 30 / HD 36');
  });
});
