import * as vscode from 'vscode';
import { type Lang, parseReport, type ReportDocument } from '../core';
// The light parts only: the renderers (docx above all) load when an export runs, not at activation.
import { ExportError } from '../core/export/errors';
import type { ExportOutcome } from '../core/export/exportReport';
import { defaultOutputPath, type ExportFormat } from '../core/export/formats';
import { checkGate, type GateResult, gateSummary } from '../core/export/gate';
import type { ProfileId } from '../core/export/profiles';
import { version } from '../../package.json';
import { MAX_IMAGE_BYTES, ReadRefused } from '../core/export/images';
import { MAX_REFERENCE_BYTES } from '../core/export/formats';
import type { ActiveReport } from './activeReport';
import { dialogs } from './dialogs';
import { readImageBeside, readWorkspaceFile } from './safeRead';
import type { ReportCache } from './reportCache';
import { inLang, t, uiLang } from './uiText';

/** What the tests (and other extensions) may pass instead of answering dialogs. */
export interface ExportCommandArgs {
  /** The file to write (a path or a file URI): no save dialog. */
  target?: string | vscode.Uri;
  /** The answer to "Export anyway?" for a report with errors or placeholders: no modal. */
  exportAnyway?: boolean;
  /** Replace an existing target (the save dialog asks about it itself). */
  force?: boolean;
}

const FORMATS: ReadonlyArray<{ command: string; format: ExportFormat; name: string; filter: string }> = [
  { command: 'reportwright.exportHtml', format: 'html', name: 'HTML', filter: 'HTML' },
  { command: 'reportwright.exportDocx', format: 'docx', name: 'Word', filter: 'Word' },
  { command: 'reportwright.exportPdf', format: 'pdf', name: 'PDF', filter: 'PDF' },
];

/** Reportwright: Export to HTML / Word / PDF, from the command palette and the editor title's menu. */
export function registerExportCommands(cache: ReportCache, active: ActiveReport): vscode.Disposable {
  return vscode.Disposable.from(
    ...FORMATS.map(({ command, format, name, filter }) =>
      vscode.commands.registerCommand(command, (args?: ExportCommandArgs) => exportActive(cache, active.commandDocument, format, name, filter, args ?? {})),
    ),
  );
}

/** Exports the active Markdown document; resolves to what was written, or undefined when nothing was. */
async function exportActive(cache: ReportCache, document: vscode.TextDocument | undefined, format: ExportFormat, name: string, filter: string, args: ExportCommandArgs): Promise<ExportOutcome | undefined> {
  if (!document || document.languageId !== 'markdown') {
    void vscode.window.showErrorMessage(t('Open a Markdown report to export it.'));
    return undefined;
  }
  const analysis = cache.get(document);
  // A document Reportwright does not check (disabled, too large) is still exported, without a gate.
  const doc = analysis.doc ?? parseReport(document.getText(), cache.parseOptions(document));
  // What is said about a report speaks its language, as its diagnostics do.
  const lang = analysis.doc ? analysis.lang : uiLang();
  const fileName = baseName(document.uri);
  // Asked first: a writer learns the report is unfinished before choosing where the export goes.
  const gate = checkGate(analysis.findings);
  if (!gate.open && !(args.exportAnyway ?? (await confirmExport(fileName, gate, lang)))) return undefined;
  const target = args.target !== undefined ? toUri(args.target) : await askTarget(document, suggestedName(doc), format, filter, lang);
  if (!target) return undefined;
  if (target.scheme !== 'file') {
    void vscode.window.showErrorMessage(inLang(lang, 'Reportwright exports only to a folder on this computer, not to {0}.', target.toString()));
    return undefined;
  }
  const config = vscode.workspace.getConfiguration('reportwright', document.uri);
  const profile: ProfileId = cache.settings.get(document.uri).exportProfile;
  try {
    // Loaded on first use (require, which the bundle turns into a lazy initialiser).
    const { exportReport } = require('../core/export/exportReport') as typeof import('../core/export/exportReport');
    const referenceDocx = format === 'docx' ? await readReferenceDocx(document.uri, config.get<string>('export.referenceDocx')) : undefined;
    const outcome = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: inLang(lang, 'Exporting {0} to {1}…', fileName, name) },
      (progress) =>
        exportReport({
          doc,
          findings: analysis.findings,
          format,
          outPath: target.fsPath,
          profile,
          // The save dialog has already asked before replacing a file.
          force: args.target === undefined || args.force === true,
          browserPath: config.get<string>('export.browserPath') || undefined,
          generator: `Reportwright ${version}`,
          readFile: (src) => readImageBeside(document.uri, src, MAX_IMAGE_BYTES),
          sourcePath: document.uri.scheme === 'file' ? document.uri.fsPath : undefined,
          referenceDocx,
          onProgress: (step) => progress.report({ message: step[lang] }),
        }),
    );
    for (const note of outcome.notes) void vscode.window.showWarningMessage(note[lang]);
    void announce(target, outcome, lang);
    return outcome;
  } catch (error) {
    if (error instanceof ExportError) {
      void vscode.window.showErrorMessage(inLang(lang, 'Export failed: {0}', error.in(lang)));
      return undefined;
    }
    void vscode.window.showErrorMessage(inLang(lang, 'Export failed: {0}', error instanceof Error ? error.message : String(error)));
    return undefined;
  }
}

async function askTarget(document: vscode.TextDocument, untitledName: string, format: ExportFormat, filter: string, lang: Lang): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.getWorkspaceFolder(document.uri)?.uri ?? vscode.workspace.workspaceFolders?.[0]?.uri;
  const defaultUri =
    document.uri.scheme === 'untitled'
      ? folder && vscode.Uri.joinPath(folder, `${untitledName}.${format}`)
      : document.uri.with({ path: defaultOutputPath(document.uri.path, format) });
  return vscode.window.showSaveDialog({ defaultUri, filters: { [filter]: [format] }, saveLabel: inLang(lang, 'Export'), title: inLang(lang, 'Export the report') });
}

/**
 * The modal question for a report that is not finished; true when the writer wants the export
 * anyway. Both buttons speak the report's language: our own "Cancel"/"Hủy" is the dialog's close
 * affordance, so VS Code adds no Cancel of its own in its display language. Escape answers undefined.
 */
async function confirmExport(fileName: string, gate: GateResult, lang: Lang): Promise<boolean> {
  const anyway: vscode.MessageItem = { title: inLang(lang, 'Export Anyway') };
  const cancel: vscode.MessageItem = { title: inLang(lang, 'Cancel'), isCloseAffordance: true };
  const answer = await dialogs.showWarningMessage(
    inLang(lang, '{0} has {1}. Export anyway?', fileName, gateSummary(gate)[lang]),
    { modal: true, detail: inLang(lang, 'A finished report has no errors and no placeholders. The Problems panel lists them.') },
    anyway,
    cancel,
  );
  return answer === anyway;
}

async function announce(target: vscode.Uri, outcome: ExportOutcome, lang: Lang): Promise<void> {
  const open = inLang(lang, 'Open');
  const reveal = inLang(lang, 'Show in Folder');
  const size = outcome.bytes < 1048576 ? `${Math.max(1, Math.round(outcome.bytes / 1024))} KB` : `${(outcome.bytes / 1048576).toFixed(1)} MB`;
  const choice = await vscode.window.showInformationMessage(inLang(lang, 'Exported {0} ({1}).', baseName(target), size), open, reveal);
  if (choice === open) await vscode.env.openExternal(target);
  else if (choice === reveal) await vscode.commands.executeCommand('revealFileInOS', target);
}

/**
 * The reference Word file the setting names (relative to the report's workspace folder, or
 * absolute), or undefined when none is set. Only a regular file of at most MAX_REFERENCE_BYTES
 * is read. Throws an ExportError that says why it cannot be read.
 */
async function readReferenceDocx(report: vscode.Uri, setting: string | undefined): Promise<{ data: Uint8Array; name: string } | undefined> {
  const name = setting?.trim();
  if (!name) return undefined;
  const folder = vscode.workspace.getWorkspaceFolder(report)?.uri ?? vscode.workspace.workspaceFolders?.[0]?.uri;
  const isAbsolute = /^(?:\/|[a-zA-Z]:[\\/]|~)/.test(name);
  const uri = isAbsolute ? vscode.Uri.file(name) : folder ? vscode.Uri.joinPath(folder, name) : undefined;
  try {
    if (!uri) throw new ReadRefused({ en: 'no workspace folder to find it in', vi: 'không có thư mục làm việc để tìm tệp' });
    return { data: await readWorkspaceFile(uri, MAX_REFERENCE_BYTES), name };
  } catch (error) {
    const why = error instanceof ReadRefused ? error.words : { en: 'cannot be read', vi: 'không đọc được' };
    throw new ExportError('read', {
      en: `Cannot read the reference Word file ${name} (setting reportwright.export.referenceDocx): ${why.en}; nothing was written.`,
      vi: `Không đọc được tệp Word mẫu ${name} (thiết lập reportwright.export.referenceDocx): ${why.vi}; không có tệp nào được ghi.`,
    });
  }
}

/** A file name for a report not saved yet: its title ("Báo cáo tuần 12"), else "report". */
function suggestedName(doc: ReportDocument): string {
  const title = doc.frontMatter?.fields.get('title')?.value ?? doc.title?.heading.text;
  const name = typeof title === 'string' ? title.normalize('NFC').replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim() : '';
  // A title still "…" (a fresh template) names nothing.
  return /[\p{L}\p{N}]/u.test(name) ? name.slice(0, 100) : 'report';
}

function toUri(target: string | vscode.Uri): vscode.Uri {
  if (typeof target !== 'string') return target;
  return /^[a-z][a-z0-9+.-]+:\/\//i.test(target) ? vscode.Uri.parse(target) : vscode.Uri.file(target);
}

function baseName(uri: vscode.Uri): string {
  return uri.path.replace(/^.*\//, '');
}
