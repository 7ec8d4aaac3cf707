import * as vscode from 'vscode';
import { type Finding, type Lang, lint, type ParseOptions, parseReport, type ReportDocument } from '../core';
import { readSettings } from './settings';
import { displayLang, languageSetting, t } from './uiText';
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

  constructor(private readonly kinds: WorkspaceKinds) {}

  /** How a document is read: its path for `reportwright.reportFiles`, its folder's kinds. */
  parseOptions(document: vscode.TextDocument, settings = readSettings(document.uri).settings): ParseOptions {
    return {
      relativePath: vscode.workspace.asRelativePath(document.uri, false),
      reportFiles: settings.reportFiles,
      kinds: this.kinds.registryFor(document.uri),
    };
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
    const { settings } = readSettings(document.uri);
    const skipped: Analysis = { document, version: document.version, findings: [], lang: displayLang() };
    if (!settings.enable || document.languageId !== 'markdown') return skipped;
    const text = document.getText();
    const limit = settings.maxFileSizeMB * 1024 * 1024;
    if (text.length > limit) {
      this.tellTooLarge(document, text.length, settings.maxFileSizeMB);
      return skipped;
    }
    const doc = parseReport(text, this.parseOptions(document, settings));
    const setting = languageSetting();
    const lang = setting === 'auto' ? (doc.declaredLang ?? displayLang()) : setting;
    return { document, version: document.version, doc, findings: lint(doc, { rules: settings.rules, messageLang: lang }), lang };
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
