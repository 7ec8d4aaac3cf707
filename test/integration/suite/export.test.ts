import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import * as vscode from 'vscode';
import { activate, closeAll, codeOf, open, waitForDiagnostics, withSetting } from './support/helpers';

/** What the export commands resolve to (the core's ExportOutcome), as far as these tests look. */
interface Outcome {
  outPath: string;
  bytes: number;
  gate: { errors: number; placeholders: number; open: boolean };
  notes: Array<{ en: string; vi: string }>;
}

describe('export commands', function () {
  // The PDF is printed by a real Chromium, started for it.
  this.timeout(120_000);
  let dir: string;
  before(activate);
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rw-export-it-'));
  });
  afterEach(async () => {
    await closeAll();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('are offered in the editor title menu of a report and in the command palette', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['reportwright.exportHtml', 'reportwright.exportDocx', 'reportwright.exportPdf']) assert.ok(commands.includes(id), id);
    const manifest = vscode.extensions.getExtension('reportwright.reportwright')!.packageJSON;
    const titleMenu = manifest.contributes.menus['editor/title'].filter((m: { command: string }) => m.command.startsWith('reportwright.export'));
    assert.deepEqual(titleMenu.map((m: { when: string }) => m.when), ['reportwright.activeIsReport', 'reportwright.activeIsReport', 'reportwright.activeIsReport']);
  });

  it('writes a Word document of the report, with its image, using the nd30 profile setting', async () => {
    await open('export', 'bao-cao-quy.md');
    const restore = await withSetting('export.profile', 'nd30');
    try {
      const target = path.join(dir, 'bao-cao-quy.docx');
      const outcome = await vscode.commands.executeCommand<Outcome>('reportwright.exportDocx', { target });
      assert.ok(outcome, 'the command reports what it wrote');
      assert.equal(outcome.outPath, target);
      assert.ok(outcome.gate.open);
      const files = unzipSync(fs.readFileSync(target));
      assert.ok(files['word/media/image1.png'], 'the image is in the document');
      const body = strFromU8(files['word/document.xml']);
      assert.match(body, /<w:pStyle w:val="Heading2"\/><\/w:pPr><w:bookmarkStart [^>]*\/><w:r><w:t xml:space="preserve">I\. Kết quả đạt được<\/w:t>/);
      assert.match(body, /<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
      assert.match(strFromU8(files['docProps/core.xml']), /<dc:creator>Phòng Tổng hợp<\/dc:creator>/);
    } finally {
      await restore();
    }
  });

  it('writes HTML and PDF files', async () => {
    await open('export', 'bao-cao-quy.md');
    const html = await vscode.commands.executeCommand<Outcome>('reportwright.exportHtml', { target: path.join(dir, 'bao-cao-quy.html') });
    assert.ok(html);
    const page = fs.readFileSync(html.outPath, 'utf8');
    assert.match(page, /<html lang="vi">/);
    assert.match(page, /<title>Báo cáo kết quả công tác quý I năm 2024<\/title>/);
    assert.match(page, /<img src="data:image\/png;base64,/);
    const pdf = await vscode.commands.executeCommand<Outcome>('reportwright.exportPdf', { target: path.join(dir, 'bao-cao-quy.pdf') });
    assert.ok(pdf, 'a browser printed the PDF');
    assert.equal(fs.readFileSync(pdf.outPath).subarray(0, 5).toString(), '%PDF-');
    // The extension's page layout (media/paged.js) laid the pages out: no note that it was printed as the page flows.
    assert.deepEqual(pdf.notes.filter((n) => /as the page flows/.test(n.en)), []);
  });

  it('asks before exporting a report with placeholders, and writes nothing when told not to', async () => {
    const document = await open('bao-cao-loi.md');
    await waitForDiagnostics(document.uri, (d) => d.some((x) => codeOf(x) === 'RW306'), 'the placeholder found');
    const target = path.join(dir, 'bao-cao-loi.html');
    assert.equal(await vscode.commands.executeCommand('reportwright.exportHtml', { target, exportAnyway: false }), undefined);
    assert.ok(!fs.existsSync(target));
    const outcome = await vscode.commands.executeCommand<Outcome>('reportwright.exportHtml', { target, exportAnyway: true });
    assert.ok(outcome);
    assert.ok(outcome.gate.placeholders >= 1);
    assert.ok(fs.existsSync(target));
  });

  it('leaves an existing file alone unless told to replace it', async () => {
    await open('status-en.md');
    const target = path.join(dir, 'status-en.html');
    fs.writeFileSync(target, 'kept');
    assert.equal(await vscode.commands.executeCommand('reportwright.exportHtml', { target, exportAnyway: true }), undefined);
    assert.equal(fs.readFileSync(target, 'utf8'), 'kept');
    const outcome = await vscode.commands.executeCommand<Outcome>('reportwright.exportHtml', { target, exportAnyway: true, force: true });
    assert.ok(outcome);
    assert.match(fs.readFileSync(target, 'utf8'), /<html lang="en">[\s\S]*Platform team, week 47/);
  });
});
