import * as vscode from 'vscode';
import { type Lang, ruleDocPath } from '../core';

/** The scheme of a rule's page: read-only text Reportwright provides from its own docs/rules. */
export const RULE_PAGE_SCHEME = 'reportwright-rule';

/** A rule page's file name: "RW001-missing-section.md"; nothing else is served. */
const PAGE_NAME = /^RW\d{3}-[a-z0-9-]+\.md$/;

/**
 * The address of a rule's page in a language: `reportwright-rule:/RW001-missing-section.md`
 * (English) or `reportwright-rule:/vi/RW001-missing-section.md`, laid out as docs/rules is so
 * that the pages' relative links lead to each other.
 */
export function rulePageUri(rule: { id: string; name: string }, lang: Lang): vscode.Uri {
  const file = ruleDocPath(rule).replace(/^docs\/rules\//, '');
  return vscode.Uri.from({ scheme: RULE_PAGE_SCHEME, path: lang === 'vi' ? `/vi/${file}` : `/${file}` });
}

/**
 * Rule pages, read-only and rendered: the diagnostics' rule ids link to `reportwright-rule:`
 * addresses (in the report's language); the text comes from the bundled docs/rules (a
 * Vietnamese page falls back to the English one), and a page opened as text is shown in VS
 * Code's Markdown preview instead, so the writer reads it rather than edits it.
 */
export class RulePages implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly disposables: vscode.Disposable[];
  /** Pages being turned into their preview (an editor may be reported visible more than once). */
  private readonly turning = new Set<string>();

  constructor(private readonly extensionUri: vscode.Uri) {
    this.disposables = [
      vscode.workspace.registerTextDocumentContentProvider(RULE_PAGE_SCHEME, this),
      vscode.window.onDidChangeVisibleTextEditors((editors) => this.previewPages(editors)),
    ];
    this.previewPages(vscode.window.visibleTextEditors);
  }

  /** The page's Markdown: docs/rules/[vi/]RWnnn-name.md; an English page where no Vietnamese one exists. */
  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const parts = uri.path.split('/').filter(Boolean);
    const file = parts[parts.length - 1] ?? '';
    const lang = parts.length === 2 && parts[0] === 'vi' ? 'vi' : 'en';
    if (!PAGE_NAME.test(file) || parts.length > 2 || (parts.length === 2 && parts[0] !== 'vi')) return notFound(file, lang);
    const rules = vscode.Uri.joinPath(this.extensionUri, 'docs', 'rules');
    const candidates = lang === 'vi' ? [vscode.Uri.joinPath(rules, 'vi', file), vscode.Uri.joinPath(rules, file)] : [vscode.Uri.joinPath(rules, file)];
    for (const candidate of candidates) {
      try {
        return new TextDecoder().decode(await vscode.workspace.fs.readFile(candidate));
      } catch {
        // The next candidate, else the note below.
      }
    }
    return notFound(file, lang);
  }

  /** Opens a rule page rendered (VS Code's Markdown preview of the read-only page). */
  async show(uri: vscode.Uri): Promise<void> {
    await vscode.commands.executeCommand('markdown.showPreview', uri);
  }

  /** A rule page opened as text (a click on a rule id in Problems or a hover) becomes its preview. */
  private previewPages(editors: readonly vscode.TextEditor[]): void {
    for (const editor of editors) {
      const uri = editor.document.uri;
      if (uri.scheme !== RULE_PAGE_SCHEME || this.turning.has(uri.toString())) continue;
      this.turning.add(uri.toString());
      void this.turnIntoPreview(uri).finally(() => this.turning.delete(uri.toString()));
    }
  }

  private async turnIntoPreview(uri: vscode.Uri): Promise<void> {
    const textTabs = () =>
      vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === uri.toString());
    const group = textTabs()[0]?.group.viewColumn;
    if (group !== undefined && vscode.window.tabGroups.activeTabGroup.viewColumn !== group) await vscode.window.showTextDocument(uri, { viewColumn: group });
    try {
      await this.show(uri);
    } catch {
      // No Markdown preview (its built-in extension disabled): the page stays open as read-only text.
      return;
    }
    const tabs = textTabs();
    if (tabs.length) await vscode.window.tabGroups.close(tabs, true);
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}

function notFound(file: string, lang: Lang): string {
  file = file.replace(/[^\p{L}\p{N}._-]/gu, '');
  return lang === 'vi' ? `# Không có trang quy tắc\n\nReportwright không có trang "${file}".\n` : `# No such rule page\n\nReportwright has no page "${file}".\n`;
}
