import * as vscode from 'vscode';
import { type KindRegistry, type Lang, reportSnippet } from '../core';
import { OFFICIAL_KINDS } from '../core/model/officialKinds';
import { t, uiLang } from './uiText';

export interface NewReportArgs {
  kind?: string;
  lang?: Lang;
  /** For an official kind in Vietnamese: the form of a state body (nd30) or a Party body (hd36). */
  profile?: 'nd30' | 'hd36';
}

/**
 * "Reportwright: New Report…": pick a kind and a language, get an untitled Markdown document
 * holding the report's skeleton, with tab stops where the writer types.
 */
export async function newReport(kinds: KindRegistry, args: NewReportArgs = {}): Promise<vscode.TextDocument | undefined> {
  const lang = uiLang();
  const kindId =
    args.kind ??
    (
      await vscode.window.showQuickPick(
        kinds.all.map((k) => ({ label: k.name[lang], description: k.id, id: k.id })),
        { title: t('New report'), placeHolder: t('What kind of report?') },
      )
    )?.id;
  const kind = kindId ? kinds.get(kindId) : undefined;
  if (!kind) {
    if (kindId) void vscode.window.showErrorMessage(t('Unknown report kind "{0}".', kindId));
    return undefined;
  }
  const reportLang =
    args.lang ??
    (
      await vscode.window.showQuickPick(
        [
          { label: 'Tiếng Việt', description: 'vi', id: 'vi' as Lang },
          { label: 'English', description: 'en', id: 'en' as Lang },
        ],
        { title: t('New report'), placeHolder: t('Which language is the report written in?') },
      )
    )?.id;
  if (!reportLang) return undefined;
  // An official document is laid out as a state body's (NĐ 30) or a Party body's (HD 36).
  const profile =
    OFFICIAL_KINDS[kind.id] && reportLang === 'vi'
      ? (args.profile ??
        (
          await vscode.window.showQuickPick(
            [
              { label: t('State body (Decree 30/2020/NĐ-CP)'), description: 'nd30', id: 'nd30' as const },
              { label: t('Party body (Guidance 36-HD/VPTW)'), description: 'hd36', id: 'hd36' as const },
            ],
            { title: t('New report'), placeHolder: t('Which form does the document take?') },
          )
        )?.id)
      : undefined;
  if (OFFICIAL_KINDS[kind.id] && reportLang === 'vi' && !profile) return undefined;
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
  const editor = await vscode.window.showTextDocument(document);
  await editor.insertSnippet(new vscode.SnippetString(reportSnippet(kind, reportLang, profile)));
  return document;
}
