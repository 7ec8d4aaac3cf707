import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import * as vscode from 'vscode';
import { activate, closeAll, open, withSetting } from './support/helpers';

describe('export commands: house style', function () {
  this.timeout(120_000);
  let dir: string;
  before(activate);
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rw-house-it-'));
  });
  afterEach(async () => {
    await closeAll();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a Word export takes the styles of the reference file reportwright.export.referenceDocx names; an unreadable one is said, and nothing written', async () => {
    const reference = path.join(dir, 'mau-co-quan.docx');
    const styles = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:rPr><w:rFonts w:ascii="Georgia" w:hAnsi="Georgia"/><w:color w:val="1F4E79"/></w:rPr></w:style></w:styles>';
    fs.writeFileSync(reference, zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/styles.xml': strToU8(styles) }));
    await open('export', 'bao-cao-quy.md');
    let restore = await withSetting('export.referenceDocx', reference);
    try {
      const target = path.join(dir, 'bao-cao-quy.docx');
      assert.ok(await vscode.commands.executeCommand('reportwright.exportDocx', { target }));
      const written = strFromU8(unzipSync(fs.readFileSync(target))['word/styles.xml']);
      assert.match(written, /w:styleId="Heading2"><w:name w:val="heading 2"\/><w:rPr><w:rFonts w:ascii="Georgia"/);
      assert.match(written, /w:styleId="ReportBody"/);
    } finally {
      await restore();
    }
    restore = await withSetting('export.referenceDocx', path.join(dir, 'khong-co.docx'));
    try {
      const target = path.join(dir, 'lan-hai.docx');
      assert.equal(await vscode.commands.executeCommand('reportwright.exportDocx', { target }), undefined);
      assert.ok(!fs.existsSync(target));
    } finally {
      await restore();
    }
  });
});
