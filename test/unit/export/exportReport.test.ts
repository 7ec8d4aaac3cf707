import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { lint, parseReport } from '../../../src/core';
import { checkGate, defaultOutputPath, ExportError, exportReport, type ExportRequest, gateSummary } from '../../../src/core/export';
import { fixtureReport, readFixtureFile } from './support';

describe('exporting a report: the gate, and never losing or clobbering a file', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rw-export-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  function request(name: string, format: ExportRequest['format'], extra: Partial<ExportRequest> = {}): ExportRequest {
    const doc = fixtureReport(name);
    return { doc, findings: lint(doc), format, outPath: path.join(dir, `out.${format}`), readFile: readFixtureFile, ...extra };
  }

  it('counts the errors and the placeholders (RW306) of a report, in both languages', () => {
    const draft = fixtureReport('annual-review-draft.md');
    const gate = checkGate(lint(draft));
    assert.deepEqual(gate, { errors: 0, placeholders: 1, open: false });
    assert.deepEqual(checkGate(lint(draft, { rules: { RW306: 'error' } })), { errors: 0, placeholders: 1, open: false }, 'a placeholder counts once, whatever its severity');
    // An unknown kind (RW005) is an error.
    assert.deepEqual(checkGate(lint(parseReport('---\nkind: reveiw\n---\n# Review\n\nDeadline: TBD\n'))), { errors: 1, placeholders: 1, open: false });
    assert.deepEqual(gateSummary({ errors: 2, placeholders: 1, open: false }), { en: '2 errors and 1 placeholder (RW306)', vi: '2 lỗi và 1 chỗ chưa điền (RW306)' });
    assert.ok(checkGate(lint(fixtureReport('bao-cao-tong-ket.md'))).open, 'a finished report passes');
  });

  it('asks about a report that is not finished, and writes nothing when the answer is no', async () => {
    const asked: unknown[] = [];
    await assert.rejects(
      exportReport(request('annual-review-draft.md', 'html', { confirm: (gate) => (asked.push(gate), false) })),
      (error: unknown) => error instanceof ExportError && error.code === 'gate' && error.in('en') === 'Not exported: the report has 1 placeholder (RW306).',
    );
    assert.deepEqual(asked, [{ errors: 0, placeholders: 1, open: false }]);
    assert.deepEqual(fs.readdirSync(dir), []);
    const outcome = await exportReport(request('annual-review-draft.md', 'html', { confirm: () => true }));
    assert.equal(outcome.gate.placeholders, 1);
    assert.match(fs.readFileSync(outcome.outPath, 'utf8'), /<h2 id="priorities-for-2025">Priorities for 2025<\/h2>/);
  });

  it('does not ask about a finished report', async () => {
    const outcome = await exportReport(request('bao-cao-tong-ket.md', 'docx', { confirm: () => assert.fail('not asked') }));
    assert.ok(outcome.gate.open);
    assert.equal(fs.readFileSync(outcome.outPath).subarray(0, 2).toString(), 'PK');
    assert.equal(outcome.bytes, fs.statSync(outcome.outPath).size);
  });

  it('refuses to replace an existing file unless forced, and then replaces it whole', async () => {
    const target = path.join(dir, 'out.html');
    fs.writeFileSync(target, 'the writer’s own file');
    await assert.rejects(exportReport(request('bao-cao-tong-ket.md', 'html')), (error: unknown) => error instanceof ExportError && error.code === 'exists');
    assert.equal(fs.readFileSync(target, 'utf8'), 'the writer’s own file');
    await exportReport(request('bao-cao-tong-ket.md', 'html', { force: true }));
    assert.match(fs.readFileSync(target, 'utf8'), /^<!DOCTYPE html>/);
    assert.deepEqual(fs.readdirSync(dir), ['out.html'], 'no temporary file is left');
  });

  it('leaves nothing behind when the export fails, and says why', async function () {
    this.timeout(60_000);
    // A program that is not a browser: it cannot print.
    await assert.rejects(
      exportReport(request('bao-cao-tong-ket.md', 'pdf', { browserPath: '/bin/false' })),
      (error: unknown) => error instanceof ExportError && error.code === 'browser' && /could not be started to print the PDF/.test(error.message),
    );
    assert.deepEqual(fs.readdirSync(dir), []);
    await assert.rejects(
      exportReport(request('bao-cao-tong-ket.md', 'html', { outPath: path.join(dir, 'no-such-folder', 'out.html') })),
      (error: unknown) => error instanceof ExportError && error.code === 'write' && /the folder does not exist; nothing was written/.test(error.message),
    );
    assert.deepEqual(fs.readdirSync(dir), []);
  });

  it('puts the export next to the report, with the format’s extension', () => {
    assert.equal(defaultOutputPath('/bao-cao/tong-ket.md', 'docx'), '/bao-cao/tong-ket.docx');
    assert.equal(defaultOutputPath('status.markdown', 'pdf'), 'status.pdf');
    assert.equal(defaultOutputPath('notes', 'html'), 'notes.html');
  });
});
