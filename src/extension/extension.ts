import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { DEFAULT_KINDS } from '../core';
import { CodeActionsFeature } from './codeActions';
import { DiagnosticsFeature } from './diagnostics';
import { newReport, type NewReportArgs } from './newReport';
import { ReportCache } from './reportCache';
import { SettingsReporter } from './settings';
import { SymbolsFeature } from './symbols';

/** What the extension hands to other extensions and to its own tests. */
export interface ReportwrightApi {
  /** How long `activate` took, in milliseconds. */
  activationMs: number;
  cache: ReportCache;
  diagnostics: DiagnosticsFeature;
}

const MARKDOWN: vscode.DocumentSelector = { language: 'markdown' };

export function activate(context: vscode.ExtensionContext): ReportwrightApi {
  const started = performance.now();
  const cache = new ReportCache();
  const diagnostics = new DiagnosticsFeature(cache, context.extensionUri);
  const settings = new SettingsReporter();
  settings.check();

  context.subscriptions.push(
    cache,
    diagnostics,
    vscode.languages.registerCodeActionsProvider(MARKDOWN, new CodeActionsFeature(cache), CodeActionsFeature.metadata),
    vscode.languages.registerDocumentSymbolProvider(MARKDOWN, new SymbolsFeature(cache), { label: 'Reportwright' }),
    vscode.commands.registerCommand('reportwright.newReport', (args?: NewReportArgs) => newReport(DEFAULT_KINDS, args)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration('reportwright')) return;
      settings.reset();
      settings.check();
      cache.clear();
      diagnostics.refreshAll();
    }),
  );
  return { activationMs: performance.now() - started, cache, diagnostics };
}

export function deactivate(): void {}
