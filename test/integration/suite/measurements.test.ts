import * as assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { generateReport } from '../../../bench/generate';
import { lint, parseReport } from '../../../src/core';
import { activate, closeAll, codeOf, EXTENSION_ID, ours, untitled, waitForDiagnostics } from './support/helpers';

/**
 * Figures for the README (printed, not asserted: speed is measured in bench/): activation time
 * and the time from an edit of the 1 MB benchmark report to its updated diagnostics.
 */
describe('measurements', () => {
  before(activate);
  after(closeAll);

  it('activation time and edit-to-diagnostics latency on a 1 MB report', async function () {
    this.timeout(120_000);
    const api = vscode.extensions.getExtension(EXTENSION_ID)!.exports as {
      activationMs: number;
      diagnostics: { lastRefresh: { changeSeenAt: number; startedAt: number; analysisMs: number } };
    };
    console.log(`[measure] activate(): ${api.activationMs.toFixed(1)} ms`);

    const text = generateReport(1024 * 1024, 'vi');
    const document = await untitled(text);
    const first = await waitForDiagnostics(document.uri, (d) => d.length > 0, 'the first diagnostics', 60_000);
    const editor = vscode.window.activeTextEditor!;
    const debounce = vscode.workspace.getConfiguration('reportwright').get<number>('lint.debounceMs');
    const listItemLines = text
      .split('\n')
      .map((line, index) => (line.startsWith('- ') ? index : -1))
      .filter((index) => index >= 0)
      .filter((_, n) => n % 40 === 0);
    const samples: number[] = [];
    // The first edits of a freshly opened 1 MB document wait on the workbench (tokenizing,
    // VS Code's own Markdown support); they are run but not counted.
    const WARM_UP = 3;
    for (let i = 0; i < WARM_UP + 7; i++) {
      const before = ours(document.uri).length;
      // A list item: prose, where a placeholder is always reported (not a code fence or a table).
      const line = listItemLines[i];
      const started = performance.now();
      await editor.edit((e) => e.insert(new vscode.Position(line, 0), 'TODO '));
      await waitForDiagnostics(document.uri, (d) => d.length === before + 1 && d.some((x) => codeOf(x) === 'RW306' && x.range.start.line === line), `the new placeholder on line ${line}`, 60_000);
      if (i >= WARM_UP) samples.push(performance.now() - started);
      const r = api.diagnostics.lastRefresh;
      console.log(`[measure]   edit ${i + 1}: ${(performance.now() - started).toFixed(0)} ms = change event after ${(r.changeSeenAt - started).toFixed(0)} ms, refresh started ${(r.startedAt - r.changeSeenAt).toFixed(0)} ms later, ${r.analysisMs >= 1 ? `analysis ${r.analysisMs.toFixed(0)} ms` : 'analysis already made for this version by another feature (the outline or the preview)'}`);
    }
    samples.sort((a, b) => a - b);
    const lintTimes: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      lint(parseReport(document.getText()));
      lintTimes.push(performance.now() - started);
    }
    lintTimes.sort((a, b) => a - b);
    console.log(`[measure] parse + lint of that report in the extension host (Node ${process.versions.node}), median of 5: ${lintTimes[2].toFixed(0)} ms`);
    console.log(`[measure] 1 MB report (${first.length} diagnostics): edit to updated diagnostics, median of 7: ${samples[3].toFixed(0)} ms (debounce ${debounce} ms included; min ${samples[0].toFixed(0)}, max ${samples[6].toFixed(0)})`);
    assert.equal(samples.length, 7);
  });
});
