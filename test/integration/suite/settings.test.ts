import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, closeAll, codeOf, untitled, waitForDiagnostics, withSetting } from './support/helpers';

const REPORT = '---\nkind: status\n---\n## Done this week\n\nTODO\n\n## Next week\n';

describe('settings', () => {
  before(activate);
  afterEach(closeAll);

  it('reportwright.rules turns a rule off and changes a severity', async () => {
    const document = await untitled(REPORT);
    await waitForDiagnostics(document.uri, (d) => d.some((x) => codeOf(x) === 'RW306'), 'RW306');
    const restore = await withSetting('rules', { placeholder: 'off', RW003: 'error' });
    try {
      const after = await waitForDiagnostics(document.uri, (d) => !d.some((x) => codeOf(x) === 'RW306') && d.some((x) => x.severity === vscode.DiagnosticSeverity.Error), 'RW306 off, RW003 an error');
      assert.deepEqual(after.map(codeOf), ['RW003']);
    } finally {
      await restore();
    }
    await waitForDiagnostics(document.uri, (d) => d.some((x) => codeOf(x) === 'RW306'), 'RW306 back');
  });

  it('keeps the defaults when a setting has a bad value', async () => {
    const restore = await withSetting('rules', { RW999: 'loud', RW306: 'shout' });
    const restoreDebounce = await withSetting('lint.debounceMs', 'soon');
    try {
      const document = await untitled(REPORT);
      const diagnostics = await waitForDiagnostics(document.uri, (d) => d.some((x) => codeOf(x) === 'RW306'), 'RW306 at its default');
      assert.equal(diagnostics.find((d) => codeOf(d) === 'RW306')!.severity, vscode.DiagnosticSeverity.Warning);
    } finally {
      await restore();
      await restoreDebounce();
    }
  });

  it('reportwright.enable false clears the diagnostics', async () => {
    const document = await untitled(REPORT);
    await waitForDiagnostics(document.uri, (d) => d.length > 0, 'diagnostics');
    const restore = await withSetting('enable', false);
    try {
      await waitForDiagnostics(document.uri, (d) => d.length === 0, 'none when disabled');
    } finally {
      await restore();
    }
  });

  it('reportwright.language chooses the language of the messages', async () => {
    const restore = await withSetting('language', 'vi');
    try {
      const document = await untitled(REPORT);
      const list = await waitForDiagnostics(document.uri, (l) => l.some((x) => codeOf(x) === 'RW306'), 'RW306');
      assert.match(list.find((x) => codeOf(x) === 'RW306')!.message, /chỗ giữ chỗ/);
    } finally {
      await restore();
    }
  });
});
