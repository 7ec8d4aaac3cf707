import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { ActiveReport } from './activeReport';
import { CodeActionsFeature } from './codeActions';
import { ConfigFiles } from './configFiles';
import { dialogs } from './dialogs';
import { DiagnosticsFeature } from './diagnostics';
import { registerExportCommands } from './exportCommands';
import { HeadingCompletion } from './headingCompletion';
import { SectionHover } from './hover';
import { newReport, type NewReportArgs } from './newReport';
import { extendMarkdownIt } from './preview/builtinPreview';
import { PreviewManager } from './preview/previewManager';
import { ReportCache } from './reportCache';
import { registerReportCommands } from './reportCommands';
import { RulePages } from './rulePages';
import { REPORT_VIEW_ID, ReportView } from './reportView';
import { SettingsReporter, SettingsStore } from './settings';
import { ReportStatusBar } from './statusBar';
import { registerSymbols } from './symbols';
import { registerTidyPasted } from './tidyPastedCommand';
import { registerTeachHeading } from './teachHeading';
import { WorkspaceKinds } from './workspaceKinds';

/** What the extension hands to other extensions and to its own tests. */
export interface ReportwrightApi {
  /** How long `activate` took, in milliseconds. */
  activationMs: number;
  cache: ReportCache;
  /** The settings, read once per configuration change. */
  settings: SettingsStore;
  /** Where this extension's logs go (the extension host's log is beside it). */
  logUri: vscode.Uri;
  diagnostics: DiagnosticsFeature;
  reportView: ReportView;
  statusBar: ReportStatusBar;
  kinds: WorkspaceKinds;
  preview: PreviewManager;
  /** The dialogs Reportwright asks its questions through (the tests answer them). */
  dialogs: typeof dialogs;
  /** The report the Report view and status bar follow. */
  active: ActiveReport;
  /** VS Code's own Markdown preview calls this (`markdown.markdownItPlugins`). */
  extendMarkdownIt: typeof extendMarkdownIt;
}

const MARKDOWN: vscode.DocumentSelector = { language: 'markdown' };

export function activate(context: vscode.ExtensionContext): ReportwrightApi {
  const started = performance.now();
  // First: its configuration listener forgets the settings before any other listener reads them.
  const settingsStore = new SettingsStore();
  const configs = new ConfigFiles();
  const kinds = new WorkspaceKinds(configs);
  const cache = new ReportCache(kinds, configs, settingsStore);
  const diagnostics = new DiagnosticsFeature(cache);
  const active = new ActiveReport(cache, diagnostics);
  const reportView = new ReportView(active);
  const preview = new PreviewManager(context.extensionUri, cache, diagnostics);
  const statusBar = new ReportStatusBar(active);
  const settings = new SettingsReporter();
  settings.check();
  const refresh = () => {
    cache.clear();
    diagnostics.refreshAll();
    active.update();
  };

  context.subscriptions.push(
    settingsStore,
    new RulePages(context.extensionUri),
    configs,
    kinds,
    cache,
    diagnostics,
    active,
    reportView,
    statusBar,
    vscode.window.registerTreeDataProvider(REPORT_VIEW_ID, reportView),
    registerReportCommands(active, kinds),
    registerExportCommands(cache, active),
    vscode.languages.registerCompletionItemProvider(MARKDOWN, new HeadingCompletion(cache), ...HeadingCompletion.triggers),
    vscode.languages.registerHoverProvider(MARKDOWN, new SectionHover(cache)),
    kinds.onDidChange(refresh),
    configs.onDidChange(refresh),
    preview,
    vscode.commands.registerCommand('reportwright.openPreview', (uri?: vscode.Uri) => {
      // An untitled name can belong to a closed document and a new one at once: the open one.
      const document = uri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && !d.isClosed) : active.commandDocument;
      return preview.open(document) !== undefined;
    }),
    vscode.commands.registerCommand('reportwright.togglePreviewLock', () => preview.toggleLock()),
    vscode.commands.registerCommand('reportwright.togglePagedPreview', () => preview.togglePaged()),
    vscode.languages.registerCodeActionsProvider(MARKDOWN, new CodeActionsFeature(cache), CodeActionsFeature.metadata),
    registerSymbols(cache, MARKDOWN),
    registerTidyPasted(active),
    registerTeachHeading(cache, configs, active, MARKDOWN),
    vscode.commands.registerCommand('reportwright.newReport', (args?: NewReportArgs) => newReport(kinds.registryFor(vscode.window.activeTextEditor?.document.uri), args)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration('reportwright')) return;
      settings.reset();
      settings.check();
      if (event.affectsConfiguration('reportwright.kinds')) void kinds.reload();
      refresh();
    }),
  );
  void configs.load();
  return { activationMs: performance.now() - started, cache, settings: settingsStore, logUri: context.logUri, diagnostics, reportView, statusBar, kinds, preview, dialogs, active, extendMarkdownIt };
}

export function deactivate(): void {}
