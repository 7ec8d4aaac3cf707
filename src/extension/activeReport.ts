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
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      diagnostics.onDidRefresh((uri) => {
        if (uri.toString() === this.editor?.document.uri.toString()) this.update();
      }),
    );
    this.update();
  }

  /** The active Markdown editor, if any. */
  get editor(): vscode.TextEditor | undefined {
    const editor = vscode.window.activeTextEditor;
    return editor?.document.languageId === 'markdown' ? editor : undefined;
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

  update(): void {
    const editor = this.editor;
    void vscode.commands.executeCommand('setContext', 'reportwright.activeIsMarkdown', editor !== undefined);
    void vscode.commands.executeCommand('setContext', 'reportwright.activeIsReport', this.analysis !== undefined);
    this.changed.fire();
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
