import * as vscode from 'vscode';
import { insertSectionEdit, type RoleSpec } from '../core';
import type { ActiveReport } from './activeReport';
import { toWorkspaceEdit } from './convert';
import { REPORT_VIEW_ID } from './reportView';
import { inLang } from './uiText';
import type { WorkspaceKinds } from './workspaceKinds';

/** The commands behind the Report view, the status bar and the view's welcome. */
export function registerReportCommands(active: ActiveReport, kinds: WorkspaceKinds): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('reportwright.revealSection', async (line: number) => {
      const editor = await active.shownEditor();
      if (!editor) return;
      const position = new vscode.Position(line, 0);
      editor.selection = new vscode.Selection(position, position);
      editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.AtTop);
      // Another editor opening meanwhile wins; nothing to say about it.
      await vscode.window.showTextDocument(editor.document, editor.viewColumn).then(undefined, () => undefined);
    }),
    // The Report view's "+" on a missing section: one command per report language, so that its tooltip speaks the report's.
    ...['reportwright.insertSection', 'reportwright.insertSection.vi', 'reportwright.insertSection.en'].map((id) =>
      vscode.commands.registerCommand(id, (node?: { role?: RoleSpec }) => insertSection(active, node)),
    ),
    vscode.commands.registerCommand('reportwright.revealPosition', async (uri: vscode.Uri, line: number, character: number) => {
      const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString()) ?? (await vscode.window.showTextDocument(uri));
      const position = editor.document.validatePosition(new vscode.Position(line, character));
      editor.selection = new vscode.Selection(position, position);
      editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      await vscode.window.showTextDocument(editor.document, editor.viewColumn);
      return true;
    }),
    vscode.commands.registerCommand('reportwright.showReportView', () => vscode.commands.executeCommand(`${REPORT_VIEW_ID}.focus`)),
    vscode.commands.registerCommand('reportwright.makeReport', (kindId?: string) => makeReport(active, kinds, kindId)),
  );
}

/** Names a kind in the active Markdown file's front matter, adding the front matter if there is none. */
async function makeReport(active: ActiveReport, kinds: WorkspaceKinds, kindId?: string): Promise<boolean> {
  const editor = await active.shownEditor();
  if (!editor) return false;
  const registry = kinds.registryFor(editor.document.uri);
  // The kinds are named in the report's language, the one it looks like first.
  const analysed = active.markdownAnalysis?.doc;
  const lang = analysed?.lang ?? (vscode.env.language.startsWith('vi') ? 'vi' : 'en');
  const detected = analysed?.detection.kind;
  const choices = registry.all
    .map((k) => ({ label: k.name[lang], description: k.id === detected ? inLang(lang, 'looks like this') : undefined, id: k.id }))
    .sort((a, b) => Number(b.id === detected) - Number(a.id === detected));
  const id = kindId ?? (await vscode.window.showQuickPick(choices, { placeHolder: inLang(lang, 'What kind of report is this?') }))?.id;
  if (!id || !registry.get(id)) return false;
  const document = editor.document;
  const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  const edit = new vscode.WorkspaceEdit();
  const first = document.lineCount > 0 ? document.lineAt(0).text : '';
  const hasFrontMatter = /^---\s*$/.test(first) && Array.from({ length: document.lineCount - 1 }, (_, i) => document.lineAt(i + 1).text).some((l) => /^(---|\.\.\.)\s*$/.test(l));
  const reportLang = analysed?.lang ?? lang;
  const format = analysed?.frontMatter?.format;
  if (format === 'json') edit.insert(document.uri, new vscode.Position(1, 0), `  "kind": "${id}",${eol}`);
  else if (format === 'toml') edit.insert(document.uri, new vscode.Position(1, 0), `kind = "${id}"${eol}`);
  else if (hasFrontMatter) edit.insert(document.uri, new vscode.Position(1, 0), `kind: ${id}${eol}`);
  else edit.insert(document.uri, new vscode.Position(0, 0), `---${eol}kind: ${id}${eol}lang: ${reportLang}${eol}---${eol}${eol}`);
  return vscode.workspace.applyEdit(edit);
}

/** Inserts a missing section where the kind's order puts it, and puts the cursor on its heading. */
async function insertSection(active: ActiveReport, node?: { role?: RoleSpec }): Promise<boolean> {
  const doc = active.analysis?.doc;
  if (!doc || !node?.role) return false;
  const editor = await active.shownEditor();
  if (!editor) return false;
  const edit = insertSectionEdit(doc, node.role, doc.lang);
  if (!(await vscode.workspace.applyEdit(toWorkspaceEdit(editor.document.uri, [edit])))) return false;
  // The cursor goes to the end of the new heading, where the writer starts on the section.
  const line = edit.range.start.line + edit.newText.slice(0, edit.newText.indexOf('#')).split('\n').length - 1;
  const end = editor.document.lineAt(line).range.end;
  editor.selection = new vscode.Selection(end, end);
  editor.revealRange(new vscode.Range(end, end), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  await vscode.window.showTextDocument(editor.document, editor.viewColumn);
  return true;
}
