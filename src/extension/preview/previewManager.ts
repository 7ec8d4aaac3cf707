import * as vscode from 'vscode';
import type { DiagnosticsFeature } from '../diagnostics';
import type { ReportCache } from '../reportCache';
import { RULE_PAGE_SCHEME } from '../rulePages';
import { PreviewPanel } from './previewPanel';

/** How long the preview waits after a keystroke before it renders again. */
const RENDER_DELAY_MS = 120;
/** The paged view lays out the whole report again (about 1 s per 100 KB): it waits for a pause in the typing. */
const PAGED_DELAY_MS = 700;
/** How long a scroll we caused is not taken for the writer's own. */
const ECHO_MS = 250;

/**
 * A document the preview shows: Markdown the writer has open, never a rule page. A click on a
 * diagnostic's rule id opens the page as text for a moment before VS Code's Markdown preview
 * shows it (rulePages.ts): following it would show the same page a second time, in ours.
 */
function followable(document: vscode.TextDocument): boolean {
  return document.languageId === 'markdown' && !document.isClosed && document.uri.scheme !== RULE_PAGE_SCHEME;
}

/**
 * "Reportwright: Open Preview to the Side": one preview that follows the active Markdown editor
 * (unless locked), renders as the writer types and keeps editor and preview scrolled together.
 */
export class PreviewManager implements vscode.Disposable {
  current?: PreviewPanel;
  private timer?: ReturnType<typeof setTimeout>;
  private editorScrollIgnoredUntil = 0;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly cache: ReportCache,
    diagnostics: DiagnosticsFeature,
  ) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        // A closed document's editor can still be reported while VS Code closes it: the preview never goes back to it.
        if (this.current && !this.current.locked && editor && followable(editor.document)) this.current.show(editor.document);
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === this.current?.document) this.schedule();
      }),
      diagnostics.onDidRefresh((uri) => {
        if (uri.toString() === this.current?.document.uri.toString()) this.schedule();
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((event) => {
        if (event.textEditor.document !== this.current?.document || Date.now() < this.editorScrollIgnoredUntil) return;
        const top = event.visibleRanges[0]?.start.line;
        if (top !== undefined) this.current.scrollToLine(top);
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('reportwright')) this.current?.update();
      }),
    );
  }

  /** Opens (or shows) the preview of a document, beside its editor. */
  open(document = vscode.window.activeTextEditor?.document): PreviewPanel | undefined {
    if (!document || !followable(document)) return undefined;
    if (this.current) {
      this.current.show(document);
      this.current.panel.reveal(undefined, true);
      return this.current;
    }
    const panel = new PreviewPanel(this.extensionUri, this.cache, document, vscode.ViewColumn.Beside, {
      revealLine: (doc, line) => this.revealLine(doc, line),
      openLine: (doc, line) => void this.openLine(doc, line),
    });
    panel.panel.onDidDispose(() => {
      if (this.current === panel) this.current = undefined;
    });
    this.current = panel;
    return panel;
  }

  /** Opens the preview if needed and switches it between the flowing view and the paged print preview; returns the mode now shown. */
  togglePaged(): 'flowing' | 'paged' | undefined {
    const panel = this.current ?? this.open();
    if (!panel) return undefined;
    panel.setMode(panel.mode === 'paged' ? 'flowing' : 'paged');
    return panel.mode;
  }

  toggleLock(): boolean {
    if (!this.current) return false;
    this.current.locked = !this.current.locked;
    return this.current.locked;
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.current?.update(), this.current?.mode === 'paged' ? PAGED_DELAY_MS : RENDER_DELAY_MS);
  }

  /** The page scrolled: bring the editor's top line along. */
  private revealLine(document: vscode.TextDocument, line: number): void {
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document !== document) continue;
      this.editorScrollIgnoredUntil = Date.now() + ECHO_MS;
      const target = Math.min(Math.max(line, 0), document.lineCount - 1);
      editor.revealRange(new vscode.Range(target, 0, target, 0), vscode.TextEditorRevealType.AtTop);
    }
  }

  /** A double-click in the page: put the cursor on that source line. */
  private async openLine(document: vscode.TextDocument, line: number): Promise<void> {
    const visible = vscode.window.visibleTextEditors.find((e) => e.document === document);
    const editor = await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One });
    const position = new vscode.Position(Math.min(line, document.lineCount - 1), 0);
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.current?.dispose();
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
