import * as vscode from 'vscode';
import { type CheckSettings, type Finding, type Lang, lint, type LintOptions, type ParseOptions, parseReport, type ReportDocument, withConfig } from '../core';
import type { AppliedConfig, ConfigFiles } from './configFiles';
import type { Settings, SettingsStore } from './settings';
import { displayLang, documentLang, t } from './uiText';
import type { WorkspaceKinds } from './workspaceKinds';

/** What the extension knows of one version of a document. */
export interface Analysis {
  /** The document and version this analysis is of (an untitled name can be reused by a new document). */
  document: vscode.TextDocument;
  version: number;
  /** The report model; absent when the document was not read (disabled, too large, not Markdown). */
  doc?: ReportDocument;
  findings: Finding[];
  /** The language the findings speak. */
  lang: Lang;
}

/**
 * One parse and one lint per document version, shared by diagnostics, code actions, symbols
 * and every other feature: nothing else parses a document.
 */
export class ReportCache implements vscode.Disposable {
  private readonly entries = new Map<string, Analysis>();
  private readonly toldTooLarge = new Set<string>();

  constructor(
    private readonly kinds: WorkspaceKinds,
    private readonly configs: ConfigFiles,
    /** The settings, read once per change. */
    readonly settings: SettingsStore,
  ) {}

  /**
   * What a document is checked with: the defaults, the workspace settings over them, and the
   * nearest configuration file over those.
   */
  effective(document: vscode.TextDocument): { settings: Settings; check: CheckSettings; config?: AppliedConfig } {
    const settings = this.settings.get(document.uri);
    const base: CheckSettings = { rules: settings.rules, toneMarks: settings.toneMarks, reportFiles: settings.reportFiles, kinds: [] };
    const config = this.configs.nearest(document.uri);
    return { settings, check: config ? withConfig(base, config.config, config.folder, vscode.workspace.asRelativePath(config.uri, false)) : base, config };
  }

  /** How a document is read: its path for the report globs, its folder's kinds. */
  parseOptions(document: vscode.TextDocument, check = this.effective(document).check): ParseOptions {
    return {
      relativePath: vscode.workspace.asRelativePath(document.uri, false),
      reportFiles: check.reportFiles,
      reportKinds: check.reportKinds,
      // The nearest configuration's heading synonyms join every kind that has the role.
      kinds: this.kinds.registryFor(document.uri).withSynonyms(this.configs.nearest(document.uri)?.config.synonyms),
    };
  }

  /** The rules and their options for a document. */
  lintOptions(check: CheckSettings): LintOptions {
    return { rules: check.rules, ...(check.toneMarks ? { options: { toneMarks: check.toneMarks } } : {}) };
  }

  get(document: vscode.TextDocument): Analysis {
    const key = document.uri.toString();
    const cached = this.entries.get(key);
    if (cached && cached.document === document && cached.version === document.version) return cached;
    const analysis = this.analyse(document);
    this.entries.set(key, analysis);
    return analysis;
  }

  /** The report model of a document, if it is a report. */
  report(document: vscode.TextDocument): ReportDocument | undefined {
    const { doc } = this.get(document);
    return doc?.isReport ? doc : undefined;
  }

  /** Forget a closed document (not a newer document that took its name). */
  delete(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    if (this.entries.get(key)?.document !== document) return;
    this.entries.delete(key);
    this.toldTooLarge.delete(key);
  }

  /** Forget everything (settings changed). */
  clear(): void {
    this.entries.clear();
  }

  dispose(): void {
    this.entries.clear();
  }

  private analyse(document: vscode.TextDocument): Analysis {
    const { settings, check } = this.effective(document);
    const skipped: Analysis = { document, version: document.version, findings: [], lang: displayLang() };
    if (!settings.enable || document.languageId !== 'markdown') return skipped;
    const text = document.getText();
    const limit = settings.maxFileSizeMB * 1024 * 1024;
    if (text.length > limit) {
      this.tellTooLarge(document, text.length, settings.maxFileSizeMB);
      return skipped;
    }
    const doc = parseReport(text, this.parseOptions(document, check));
    const lang = documentLang(doc);
    return { document, version: document.version, doc, findings: lint(doc, { ...this.lintOptions(check), messageLang: lang }), lang };
  }

  private tellTooLarge(document: vscode.TextDocument, length: number, limitMB: number): void {
    const key = document.uri.toString();
    if (this.toldTooLarge.has(key)) return;
    this.toldTooLarge.add(key);
    const name = vscode.workspace.asRelativePath(document.uri, false);
    void vscode.window.showInformationMessage(
      t('Reportwright does not check {0}: it is {1} MB, over the {2} MB limit (setting reportwright.lint.maxFileSizeMB).', name, (length / 1048576).toFixed(1), limitMB),
    );
  }
}
