import * as vscode from 'vscode';
import type { DataFileProblem, Lang, Range, Severity, TextEdit } from '../core';

export function toRange(range: Range): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

export function toSeverity(severity: Severity): vscode.DiagnosticSeverity {
  switch (severity) {
    case 'error':
      return vscode.DiagnosticSeverity.Error;
    case 'warning':
      return vscode.DiagnosticSeverity.Warning;
    default:
      return vscode.DiagnosticSeverity.Information;
  }
}

export function toWorkspaceEdit(uri: vscode.Uri, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(uri, toRange(e.range), e.newText);
  return edit;
}

export function sameRange(a: vscode.Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** Problems found in a data file the writer edits (a kind, a configuration), as its diagnostics. */
export function dataFileDiagnostics(problems: readonly DataFileProblem[], describe: (message: string) => string, lang: Lang): vscode.Diagnostic[] {
  return problems.map((p) => {
    const diagnostic = new vscode.Diagnostic(toRange(p.range), describe(p.message[lang]), vscode.DiagnosticSeverity.Error);
    diagnostic.source = 'reportwright';
    return diagnostic;
  });
}
