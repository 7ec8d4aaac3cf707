import * as vscode from 'vscode';
import type { DiagnosticsFeature } from './diagnostics';
import type { Analysis, ReportCache } from './reportCache';

/**
 * The report in the active editor, followed as the writer switches editors and types: the
 * Report view and the status bar read it. Sets the context keys the view's welcome uses.
 */
export class ActiveReport implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(
    private readonly cache: ReportCache,
    diagnostics: DiagnosticsFeature,
  ) {
    this.remember(vscode.window.activeTextEditor);
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        this.remember(editor);
        this.update();
      }),
      diagnostics.onDidRefresh((uri) => {
        if (uri.toString() === this.editor?.document.uri.toString()) this.update();
      }),
    );
    this.update();
  }

  /** The last Markdown editor the writer was in (kept while a preview or a walkthrough has focus). */
  private last: vscode.TextEditor | undefined;

  private remember(editor: vscode.TextEditor | undefined): void {
    // No text editor: a preview, the walkthrough or another page has focus; the report stays the writer's.
    if (editor) this.last = editor.document.languageId === 'markdown' ? editor : undefined;
  }

  /**
   * The active Markdown editor, if any. While a webview (the preview) or another page that is
   * not a text editor has focus, the Markdown editor still on screen stays the active one.
   */
  get editor(): vscode.TextEditor | undefined {
    const editor = vscode.window.activeTextEditor;
    if (editor) return editor.document.languageId === 'markdown' ? editor : undefined;
    const last = this.last;
    return last && !last.document.isClosed ? vscode.window.visibleTextEditors.find((e) => e.document === last.document) : undefined;
  }

  /**
   * The Markdown document a command (export, preview) acts on: the active editor's, else the
   * last one the writer was in while it is still open (a walkthrough button has focus itself).
   */
  get commandDocument(): vscode.TextDocument | undefined {
    const active = vscode.window.activeTextEditor?.document;
    if (active) return active.languageId === 'markdown' ? active : undefined;
    const last = this.last?.document;
    return last && !last.isClosed ? last : undefined;
  }

  /** The active document's analysis, when it is a report. */
  get analysis(): Analysis | undefined {
    const analysis = this.markdownAnalysis;
    return analysis?.doc?.isReport ? analysis : undefined;
  }

  /** The configuration file that applies to the active document, if any. */
  get configFile(): vscode.Uri | undefined {
    const editor = this.editor;
    return editor ? this.cache.effective(editor.document).config?.uri : undefined;
  }

  /** The active Markdown document's analysis, report or not. */
  get markdownAnalysis(): Analysis | undefined {
    const editor = this.editor;
    return editor ? this.cache.get(editor.document) : undefined;
  }

  /** The context keys last set (VS Code does not tell them back; the tests read them here). */
  readonly contextKeys: Record<string, unknown> = {};

  update(): void {
    const editor = this.editor;
    this.setContext('reportwright.activeIsMarkdown', editor !== undefined);
    this.setContext('reportwright.activeIsReport', this.analysis !== undefined);
    // The report's language: the Report view's "+" speaks it (package.json menus).
    this.setContext('reportwright.reportLang', this.analysis?.lang ?? '');
    this.changed.fire();
  }

  private setContext(key: string, value: unknown): void {
    if (this.contextKeys[key] === value) return;
    this.contextKeys[key] = value;
    void vscode.commands.executeCommand('setContext', key, value);
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
