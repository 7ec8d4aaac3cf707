import * as vscode from 'vscode';
import { type KindRegistry, type Lang, type ReportKind, reportSnippet } from '../core';
import { OFFICIAL_KINDS } from '../core/model/officialKinds';
import { dialogs } from './dialogs';
import { inLang, t } from './uiText';

export interface NewReportArgs {
  kind?: string;
  lang?: Lang;
  /** For an official kind in Vietnamese: the form of a state body (nd30) or a Party body (hd36). */
  profile?: 'nd30' | 'hd36';
}

/**
 * "Reportwright: New Report…": pick a language, then a kind named in that language (and, for an
 * official kind in Vietnamese, its form), get an untitled Markdown document holding the
 * report's skeleton, with tab stops where the writer types. Only the first question, asked
 * before the report's language is known, speaks VS Code's display language; its choices name
 * themselves ("Tiếng Việt", "English").
 */
export async function newReport(kinds: KindRegistry, args: NewReportArgs = {}): Promise<vscode.TextDocument | undefined> {
  const reportLang =
    args.lang ??
    (
      await dialogs.showQuickPick(
        [
          { label: 'Tiếng Việt', description: 'vi', id: 'vi' as Lang },
          { label: 'English', description: 'en', id: 'en' as Lang },
        ],
        { title: t('New report'), placeHolder: t('Which language is the report written in?') },
      )
    )?.id;
  if (!reportLang) return undefined;
  const kindId =
    args.kind ??
    (
      await dialogs.showQuickPick(
        kinds.all.map((k) => ({ label: k.name[reportLang], description: requiredRoles(k, reportLang), id: k.id })),
        { title: inLang(reportLang, 'New report'), placeHolder: inLang(reportLang, 'What kind of report?') },
      )
    )?.id;
  const kind = kindId ? kinds.get(kindId) : undefined;
  if (!kind) {
    if (kindId) void vscode.window.showErrorMessage(inLang(reportLang, 'Unknown report kind "{0}".', kindId));
    return undefined;
  }
  // An official document is laid out as a state body's (NĐ 30) or a Party body's (HD 36).
  const profile =
    OFFICIAL_KINDS[kind.id] && reportLang === 'vi'
      ? (args.profile ??
        (
          await dialogs.showQuickPick(
            [
              { label: inLang(reportLang, 'State body (Decree 30/2020/NĐ-CP)'), description: 'nd30', id: 'nd30' as const },
              { label: inLang(reportLang, 'Party body (Guidance 36-HD/VPTW)'), description: 'hd36', id: 'hd36' as const },
            ],
            { title: inLang(reportLang, 'New report'), placeHolder: inLang(reportLang, 'Which form does the document take?') },
          )
        )?.id)
      : undefined;
  if (OFFICIAL_KINDS[kind.id] && reportLang === 'vi' && !profile) return undefined;
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
  const editor = await vscode.window.showTextDocument(document);
  await editor.insertSnippet(new vscode.SnippetString(reportSnippet(kind, reportLang, profile)));
  return document;
}

/** What a kind asks for, in a language: its required sections' names ("Kết quả · Phương hướng · Kết luận"). */
function requiredRoles(kind: ReportKind, lang: Lang): string {
  return kind.roles
    .filter((r) => r.required)
    .map((r) => r.name[lang])
    .join(' · ');
}
