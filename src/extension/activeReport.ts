import * as vscode from 'vscode';
import type { DiagnosticsFeature } from './diagnostics';
import type { Analysis, ReportCache } from './reportCache';
import { RULE_PAGE_SCHEME } from './rulePages';

/** How long after a tab closes a page opening counts as taking its place, in milliseconds. */
const REPLACED_TAB_MS = 300;

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
        if (uri.toString() === this.document?.uri.toString()) this.update();
      }),
      // The report's tab closed while another page had focus: the views let it go.
      vscode.window.tabGroups.onDidChangeTabs((event) => this.tabsChanged(event)),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (document === this.last?.document) this.update();
      }),
    );
    this.update();
  }

  /** The last Markdown editor the writer was in (kept while a preview or a walkthrough has focus). */
  private last: vscode.TextEditor | undefined;

  private remember(editor: vscode.TextEditor | undefined): void {
    // No text editor: a preview, the walkthrough or another page has focus; the report stays the
    // writer's. A rule page opened from a diagnostic is such a page too, on its way to its preview.
    if (editor && !isRulePage(editor.document)) this.last = editor.document.languageId === 'markdown' ? editor : undefined;
  }

  /**
   * The last Markdown document the writer was in, while it is open: a page that is not a text
   * editor (a preview, the walkthrough, settings) may have taken its place on screen, even its
   * tab (a walkthrough replaces a preview tab), without making it any less the writer's report.
   */
  private get lastDocument(): vscode.TextDocument | undefined {
    const document = this.last?.document;
    return document && !document.isClosed ? document : undefined;
  }

  /** When a tab last opened (a page taking a closed tab's place opens just after it closes). */
  private tabOpenedAt = 0;

  /**
   * The writer closed the report's tab: the views let it go. Not when a page opens in its place
   * (the walkthrough replaces a preview tab: VS Code reports the close, then the opening).
   */
  private tabsChanged(event: vscode.TabChangeEvent): void {
    if (event.opened.length) this.tabOpenedAt = Date.now();
    const last = this.last;
    const uri = last?.document.uri.toString();
    if (!uri || !event.closed.some((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === uri)) return;
    const closedAt = Date.now();
    setTimeout(() => {
      const stillOpen = vscode.window.tabGroups.all.some((group) => group.tabs.some((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === uri));
      if (this.last !== last || stillOpen || this.tabOpenedAt >= closedAt) return;
      this.last = undefined;
      this.update();
    }, REPLACED_TAB_MS);
  }

  /**
   * The Markdown document the Report view and the status bar show: the active editor's, else
   * (no text editor active) the last one the writer was in, while its tab is open.
   */
  get document(): vscode.TextDocument | undefined {
    const editor = vscode.window.activeTextEditor;
    if (editor && !isRulePage(editor.document)) return editor.document.languageId === 'markdown' ? editor.document : undefined;
    return this.lastDocument;
  }

  /**
   * The active Markdown editor, if any. While a webview (the preview) or another page that is
   * not a text editor has focus, the Markdown editor still on screen stays the active one.
   */
  get editor(): vscode.TextEditor | undefined {
    const editor = vscode.window.activeTextEditor;
    if (editor && !isRulePage(editor.document)) return editor.document.languageId === 'markdown' ? editor : undefined;
    const last = this.lastDocument;
    return last ? vscode.window.visibleTextEditors.find((e) => e.document === last) : undefined;
  }

  /** The editor of `document`, brought back on screen if another page covers it (for the commands that edit or move the cursor). */
  async shownEditor(): Promise<vscode.TextEditor | undefined> {
    const editor = this.editor;
    if (editor) return editor;
    const document = this.document;
    return document ? vscode.window.showTextDocument(document, this.last?.viewColumn) : undefined;
  }

  /**
   * The Markdown document a command (export, preview) acts on: the active editor's, else the
   * last one the writer was in while it is still open (a walkthrough button has focus itself).
   */
  get commandDocument(): vscode.TextDocument | undefined {
    return this.document;
  }

  /** The active document's analysis, when it is a report. */
  get analysis(): Analysis | undefined {
    const analysis = this.markdownAnalysis;
    return analysis?.doc?.isReport ? analysis : undefined;
  }

  /** The configuration file that applies to the active document, if any. */
  get configFile(): vscode.Uri | undefined {
    const document = this.document;
    return document ? this.cache.effective(document).config?.uri : undefined;
  }

  /** The active Markdown document's analysis, report or not. */
  get markdownAnalysis(): Analysis | undefined {
    const document = this.document;
    return document ? this.cache.get(document) : undefined;
  }

  /** The context keys last set (VS Code does not tell them back; the tests read them here). */
  readonly contextKeys: Record<string, unknown> = {};

  update(): void {
    this.setContext('reportwright.activeIsMarkdown', this.document !== undefined);
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

/** A rule page (`reportwright-rule:`): the product's own documentation, never the writer's report. */
function isRulePage(document: vscode.TextDocument): boolean {
  return document.uri.scheme === RULE_PAGE_SCHEME;
}
