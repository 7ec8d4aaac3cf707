import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activate, closeAll, codeOf, EXTENSION_ID, open, waitFor, waitForDiagnostics, workspaceUri } from './support/helpers';

interface Api {
  preview: { current?: { html: string; panel: vscode.WebviewPanel; handleMessage(message: unknown): void } };
}
const api = () => vscode.extensions.getExtension(EXTENSION_ID)!.exports as Api;

const problemsIn = (...parts: string[]) => vscode.languages.getDiagnostics(workspaceUri(...parts)).filter((d) => d.source === 'reportwright');

/**
 * A workspace holding hostile files (test/integration/workspace/hostile): a kind whose cue
 * backtracks exponentially, kind files that are refused, a configuration with an unresolved
 * alias, a report with malformed escapes and a link of a refused scheme. The extension stays
 * responsive and says what it refused. The same holds whether the workspace is trusted or not:
 * a workspace's files are data, never code.
 */
describe('untrusted workspace: hostile kind, configuration and report files', () => {
  before(activate);
  afterEach(closeAll);

  it('runs in the trust state the launcher set: restricted mode with REPORTWRIGHT_TEST_UNTRUSTED=1 (npm run test:untrusted)', () => {
    assert.equal(vscode.workspace.isTrusted, process.env.REPORTWRIGHT_TEST_UNTRUSTED !== '1');
  });

  it('checks a report against a kind whose cue is "(a+)+$", and a command answers within 5 s', async () => {
    const document = await open('hostile', 'redos.md');
    const diagnostics = await waitForDiagnostics(document.uri, (d) => d.some((x) => codeOf(x) === 'RW001'), 'the report checked against the hostile kind', 15_000);
    assert.match(diagnostics.find((d) => codeOf(d) === 'RW001')!.message, /Conclusion/);
    const started = Date.now();
    await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', document.uri);
    // A backtracking engine takes some 2^30 steps on each of the fixture's lines of 30 'a's and a
    // '!' (minutes in all); a linear one answers at once. The bound leaves room for a busy machine
    // (1.3 s seen under a load of 7 on 2 cores), not for backtracking.
    assert.ok(Date.now() - started < 5000, `the extension host answered in ${Date.now() - started} ms`);
  });

  it('says in the kind files what it refused: a cue with a back-reference, a role named "constructor"', async () => {
    const backref = await waitFor(() => problemsIn('hostile', 'kinds', 'backref.json'), (d) => d.length > 0, 'a diagnostic in backref.json', 15_000);
    assert.match(backref[0].message, /not used.*linear-time/);
    assert.equal(backref[0].range.start.line, 3);
    const proto = await waitFor(() => problemsIn('hostile', 'kinds', 'proto.json'), (d) => d.length > 0, 'a diagnostic in proto.json');
    assert.match(proto[0].message, /"constructor" is not a known role/);
  });

  it('says a configuration with an unresolved alias is broken, and checks its reports with the defaults', async () => {
    const problems = await waitFor(() => problemsIn('hostile', 'broken', '.reportwright.yaml'), (d) => d.length > 0, 'a diagnostic in the broken configuration', 15_000);
    assert.match(problems[0].message, /cannot be read as a configuration \(Unresolved alias/);
    const document = await open('hostile', 'broken', 'report.md');
    await waitForDiagnostics(document.uri, (d) => d.some((x) => codeOf(x) === 'RW001'), 'the report checked with the defaults', 15_000);
  });

  it('previews a report with %FF escapes and a refused link: the text shows, the link has no target', async function () {
    this.timeout(60_000);
    await open('hostile', 'redos.md');
    assert.ok(await vscode.commands.executeCommand('reportwright.openPreview'));
    const panel = await waitFor(() => api().preview.current!, (p) => p !== undefined && p.html.includes('Hostile report'), 'the preview to render', 45_000);
    try {
      assert.match(panel.html, /rw-refused-link[^>]*>z</);
      assert.doesNotMatch(panel.html, /href="ms-msdt/);
      // A link to "%FF.md" is followed without an unhandled rejection: nothing opens.
      panel.handleMessage({ type: 'link', href: '%FF.md' });
    } finally {
      panel.panel.dispose();
    }
  });

  it('exports images from inside the workspace only, and says what it refused', async function () {
    this.timeout(60_000);
    await open('hostile', 'images.md');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rw-hostile-export-'));
    try {
      const target = path.join(dir, 'images.html');
      const outcome = await vscode.commands.executeCommand<{ notes: Array<{ en: string }> }>('reportwright.exportHtml', { target, exportAnyway: true });
      assert.ok(outcome);
      const html = fs.readFileSync(target, 'utf8');
      assert.equal((html.match(/src="data:image\/png;base64,/g) ?? []).length, 1);
      const notes = outcome.notes.map((n) => n.en).join('\n');
      assert.match(notes, /launcher\/README\.md \(it is outside the workspace/);
      assert.match(notes, /\/etc\/hostname is named by an absolute path/);
      assert.doesNotMatch(html, /evil\.example/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
