import * as vscode from 'vscode';
import { tidyPastedText } from '../core/text/tidyPasted';
import type { ActiveReport } from './activeReport';
import { inLang } from './uiText';

/**
 * "Reportwright: Tidy Pasted Text": the selection (or the whole file when nothing is selected)
 * loses the marks of text pasted from a web page or Word: each line that reads as a paragraph
 * becomes one, a caption between "|" lines becomes a caption in italics, the fences and the
 * non-breaking-space indentation go. The same as RW503's fix and `lint --fix`.
 */
export function registerTidyPasted(active: ActiveReport): vscode.Disposable {
  return vscode.commands.registerCommand('reportwright.tidyPastedText', async () => {
    const editor = active.editor;
    if (!editor) return false;
    const document = editor.document;
    const lang = active.markdownAnalysis?.doc?.lang ?? 'en';
    const whole = new vscode.Range(0, 0, document.lineCount - 1, document.lineAt(document.lineCount - 1).text.length);
    const ranges = editor.selections.some((s) => !s.isEmpty) ? editor.selections.filter((s) => !s.isEmpty).map((s) => new vscode.Range(s.start.line, 0, s.end.line, document.lineAt(s.end.line).text.length)) : [whole];
    const edit = new vscode.WorkspaceEdit();
    let changed = 0;
    for (const range of ranges) {
      const before = document.getText(range);
      const after = tidyPastedText(before);
      if (after !== before) {
        edit.replace(document.uri, range, after);
        changed++;
      }
    }
    if (!changed) {
      void vscode.window.showInformationMessage(inLang(lang, 'No pasted text to tidy here.'));
      return false;
    }
    return vscode.workspace.applyEdit(edit);
  });
}
