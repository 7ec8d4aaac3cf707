import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import type { Finding, Lang } from '../core';
import { toRange, toSeverity } from './convert';
import type { ReportCache } from './reportCache';
import { rulePageUri } from './rulePages';

/**
 * Findings as diagnostics (collection "reportwright"): on open, on change after a pause
 * (`reportwright.lint.debounceMs`), on save; cleared on close.
 */
export class DiagnosticsFeature implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('reportwright');
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[] = [this.collection];
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires after a document's diagnostics were refreshed. */
  readonly onDidRefresh = this.changed.event;
  /** Timings of the last refresh (for the measurements in the README). */
  readonly lastRefresh = { changeSeenAt: 0, startedAt: 0, analysisMs: 0 };

  constructor(private readonly cache: ReportCache) {
    this.disposables.push(
      this.changed,
      vscode.workspace.onDidOpenTextDocument((d) => this.refresh(d)),
      vscode.workspace.onDidSaveTextDocument((d) => this.refresh(d)),
      vscode.workspace.onDidChangeTextDocument((e) => this.schedule(e.document)),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d)),
    );
    this.refreshAll();
  }

  refreshAll(): void {
    for (const document of vscode.workspace.textDocuments) this.refresh(document);
  }

  refresh(document: vscode.TextDocument): void {
    this.cancel(document.uri);
    if (document.isClosed) return;
    if (document.languageId !== 'markdown') {
      this.collection.delete(document.uri);
      return;
    }
    const started = performance.now();
    const { findings, lang } = this.cache.get(document);
    this.lastRefresh.startedAt = started;
    this.lastRefresh.analysisMs = performance.now() - started;
    this.collection.set(document.uri, findings.map((f) => this.toDiagnostic(f, lang)));
    this.changed.fire(document.uri);
  }

  private schedule(document: vscode.TextDocument): void {
    if (document.languageId !== 'markdown') return;
    this.lastRefresh.changeSeenAt = performance.now();
    this.cancel(document.uri);
    const settings = this.cache.settings.get(document.uri);
    const key = document.uri.toString();
    this.timers.set(key, setTimeout(() => this.refresh(document), settings.debounceMs));
  }

  private forget(document: vscode.TextDocument): void {
    this.cache.delete(document);
    // A new document may already have taken the closed one's name (untitled documents do).
    const reopened = vscode.workspace.textDocuments.find((d) => !d.isClosed && d.uri.toString() === document.uri.toString());
    if (reopened) return this.refresh(reopened);
    this.cancel(document.uri);
    this.collection.delete(document.uri);
  }

  private cancel(uri: vscode.Uri): void {
    const key = uri.toString();
    const timer = this.timers.get(key);
    if (timer) clearTimeout(timer);
    this.timers.delete(key);
  }

  /** A finding as a diagnostic whose rule id links to the rule's page, read-only, in the report's language. */
  private toDiagnostic(finding: Finding, lang: Lang): vscode.Diagnostic {
    const diagnostic = new vscode.Diagnostic(toRange(finding.range), finding.message, toSeverity(finding.severity));
    diagnostic.source = 'reportwright';
    diagnostic.code = {
      value: finding.ruleId,
      target: rulePageUri({ id: finding.ruleId, name: finding.ruleName }, lang),
    };
    return diagnostic;
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
