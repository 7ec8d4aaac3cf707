import * as vscode from 'vscode';
import { type Finding, fixAll, type Lang } from '../core';
import { sameRange, toWorkspaceEdit } from './convert';
import type { Analysis, ReportCache } from './reportCache';
import { inLang } from './uiText';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('reportwright');

/**
 * A quick fix for every fixable finding, "Disable RWxxx for this line" for every finding,
 * and `source.fixAll.reportwright` so that `editor.codeActionsOnSave` can fix on save.
 */
export class CodeActionsFeature implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(private readonly cache: ReportCache) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const analysis = this.cache.get(document);
    if (!analysis.doc?.isReport) return [];
    if (context.only && !context.only.intersects(vscode.CodeActionKind.QuickFix)) {
      return context.only.contains(FIX_ALL_KIND) || FIX_ALL_KIND.contains(context.only) ? this.fixAll(document, analysis) : [];
    }
    const actions: vscode.CodeAction[] = [];
    // Plain comparisons, no Range objects: a large report can carry tens of thousands of findings.
    const here = analysis.findings.filter((f) => !before(f.range.end, range.start) && !before(range.end, f.range.start));
    for (const finding of here) {
      const diagnostics = context.diagnostics.filter((d) => d.source === 'reportwright' && codeOf(d) === finding.ruleId && sameRange(d.range, finding.range));
      if (finding.fix) {
        const action = new vscode.CodeAction(finding.fix.title, vscode.CodeActionKind.QuickFix);
        action.edit = toWorkspaceEdit(document.uri, finding.fix.edits);
        action.diagnostics = diagnostics;
        action.isPreferred = true;
        // A fix that inserts something to fill in shows it and leaves the cursor in it.
        if (finding.fix.cursor) action.command = { command: 'reportwright.revealPosition', title: '', arguments: [document.uri, finding.fix.cursor.line, finding.fix.cursor.character] };
        actions.push(action);
      }
    }
    const disabled = new Set<string>();
    // An HTML comment inside the front matter would break its YAML: a finding there is fixed or turned off in the settings, not disabled for its line.
    const frontMatterEnd = analysis.doc?.frontMatter?.endLine ?? -1;
    for (const finding of here) {
      const key = `${finding.ruleId}:${finding.range.start.line}`;
      if (disabled.has(key) || finding.range.start.line <= frontMatterEnd) continue;
      disabled.add(key);
      actions.push(this.disableForLine(document, finding, analysis.lang));
    }
    if (here.some((f) => f.fix) && hasTwoFixes(analysis.findings)) actions.push(...this.fixAll(document, analysis, vscode.CodeActionKind.QuickFix));
    return actions;
  }

  private disableForLine(document: vscode.TextDocument, finding: Finding, lang: Lang): vscode.CodeAction {
    const line = finding.range.start.line;
    const prefix = /^[\s>]*/.exec(document.lineAt(line).text)![0];
    const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
    const action = new vscode.CodeAction(inLang(lang, 'Disable {0} for this line', finding.ruleId), vscode.CodeActionKind.QuickFix);
    action.edit = new vscode.WorkspaceEdit();
    action.edit.insert(document.uri, new vscode.Position(line, 0), `${prefix}<!-- reportwright-disable-next-line ${finding.ruleId} -->${eol}`);
    return action;
  }

  /** Offered without its edit: fixing a whole report costs passes of parsing, done only when chosen. */
  private fixAll(document: vscode.TextDocument, analysis: Analysis, kind = FIX_ALL_KIND): vscode.CodeAction[] {
    if (!analysis.findings.some((f) => f.fix)) return [];
    return [new FixAllAction(inLang(analysis.lang, 'Fix all Reportwright problems that have a fix'), kind, document)];
  }

  resolveCodeAction(action: vscode.CodeAction): vscode.CodeAction {
    if (!(action instanceof FixAllAction)) return action;
    const { document } = action;
    const { check } = this.cache.effective(document);
    const text = document.getText();
    const result = fixAll(text, this.cache.parseOptions(document, check), this.cache.lintOptions(check));
    action.edit = new vscode.WorkspaceEdit();
    if (result.text !== text) {
      const { from, to, insert } = minimalChange(text, result.text);
      action.edit.replace(document.uri, new vscode.Range(document.positionAt(from), document.positionAt(to)), insert);
    }
    return action;
  }
}

/** Whether position a comes strictly before position b. */
function before(a: { line: number; character: number }, b: { line: number; character: number }): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

function hasTwoFixes(findings: readonly Finding[]): boolean {
  let count = 0;
  for (const f of findings) if (f.fix && ++count > 1) return true;
  return false;
}

class FixAllAction extends vscode.CodeAction {
  constructor(
    title: string,
    kind: vscode.CodeActionKind,
    readonly document: vscode.TextDocument,
  ) {
    super(title, kind);
  }
}

function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : code === undefined ? undefined : String(code);
}

/** The one replacement that turns `before` into `after`: keeps the cursor and undo history tidy. */
export function minimalChange(before: string, after: string): { from: number; to: number; insert: string } {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  return { from: start, to: before.length - end, insert: after.slice(start, after.length - end) };
}
