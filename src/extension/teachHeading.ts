import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { addSynonym, CONFIG_FILE_NAMES, type Lang, type ReportPart, type RoleSpec, teachableHeadings, teachableRoles } from '../core';
import type { ActiveReport } from './activeReport';
import type { ConfigFiles } from './configFiles';
import type { ReportCache } from './reportCache';
import { MAX_DATA_FILE_BYTES } from './safeRead';
import { inLang } from './uiText';

export const TEACH_COMMAND = 'reportwright.teachHeading';

/** What the quick fix hands to the command. */
export interface TeachArgs {
  /** The report. */
  uri: vscode.Uri;
  /** The heading's plain title, without its numbering: the synonym written. */
  title: string;
  role: string;
  /** The role's name in `lang`, for messages. */
  roleName: string;
  /** The list the synonym joins: the report's language. */
  synonymLang: Lang;
  /** The language messages speak: the report's. */
  lang: Lang;
}

/** At most this many roles are offered for one heading, and headings for one missing role. */
const MAX_ROLES = 6;
const MAX_HEADINGS = 3;

/**
 * "Treat "Việc cần làm tuần sau" as Priorities…": on a top-level heading that plays no role,
 * and on a missing-section finding (RW001), a quick fix that writes the heading as a synonym
 * of the role into the nearest configuration file, so that it is recognised from then on, in
 * the editor and on the command line. Not offered in an untrusted workspace (it writes a file)
 * nor for a report outside the workspace folders.
 */
export class TeachHeadingActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(private readonly cache: ReportCache) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (!vscode.workspace.isTrusted || (context.only && !context.only.intersects(vscode.CodeActionKind.QuickFix))) return [];
    if (document.uri.scheme === 'untitled' || !vscode.workspace.getWorkspaceFolder(document.uri)) return [];
    const analysis = this.cache.get(document);
    const doc = analysis.doc;
    const kind = doc?.isReport ? doc.kind : undefined;
    if (!doc || !kind) return [];
    const unnamed = teachableHeadings(doc);
    if (unnamed.length === 0) return [];
    const offers: Array<{ part: ReportPart; role: RoleSpec }> = [];
    const offer = (part: ReportPart, role: RoleSpec) => {
      if (!offers.some((o) => o.part === part && o.role.id === role.id)) offers.push({ part, role });
    };
    // The cursor on a heading that plays no role: the roles the report lacks, required ones first.
    for (const part of unnamed) {
      const heading = part.section!.heading;
      if (range.start.line <= heading.endLine && range.end.line >= heading.line) for (const role of teachableRoles(doc, MAX_ROLES)) offer(part, role);
    }
    // On a missing-section finding: the headings that play no role, for each missing role.
    const onMissing = analysis.findings.some((f) => f.ruleId === 'RW001' && f.range.start.line <= range.end.line && f.range.end.line >= range.start.line);
    if (onMissing) for (const role of doc.missingRoles) for (const part of unnamed.slice(0, MAX_HEADINGS)) offer(part, role);
    const lang = analysis.lang;
    return offers.map(({ part, role }) => {
      const title = part.section!.heading.title.trim();
      const name = role.name[lang];
      const action = new vscode.CodeAction(inLang(lang, 'Treat "{0}" as {1}…', title, name), vscode.CodeActionKind.QuickFix);
      const args: TeachArgs = { uri: document.uri, title, role: role.id, roleName: name, synonymLang: doc.lang, lang };
      action.command = { command: TEACH_COMMAND, title: action.title, arguments: [args] };
      action.diagnostics = context.diagnostics.filter((d) => d.source === 'reportwright' && codeOf(d) === 'RW001' && d.message.includes(`"${name}"`));
      return action;
    });
  }
}

function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : code === undefined ? undefined : String(code);
}

/**
 * Writes the heading as a synonym of the role into the nearest `.reportwright.json` /
 * `.reportwright.yaml` up from the report within its workspace folder, else into a new
 * `.reportwright.json` at the folder's root. JSON and YAML keep their comments and layout. The
 * change goes through a workspace edit (undoable) and is saved; the configuration is read again
 * at once, so the heading is recognised right away. A link, a file that is not a regular one, a
 * file with unsaved changes or a broken configuration is never written: the writer is told why.
 * Returns the configuration file written (or that already had the synonym), else undefined.
 */
export async function teachHeading(configs: ConfigFiles, args: TeachArgs): Promise<vscode.Uri | undefined> {
  const { lang } = args;
  const refuse = (message: string, open?: vscode.Uri) => {
    const button = open ? inLang(lang, 'Open {0}', basename(open)) : undefined;
    void vscode.window.showWarningMessage(message, ...(button ? [button] : [])).then((chosen) => {
      if (chosen && open) void vscode.window.showTextDocument(open);
    });
    return undefined;
  };
  if (!vscode.workspace.isTrusted) return refuse(inLang(lang, 'Reportwright does not change configuration files in an untrusted workspace.'));
  const folder = vscode.workspace.getWorkspaceFolder(args.uri);
  if (!folder) return refuse(inLang(lang, 'The report is not in a workspace folder: there is no configuration file to add "{0}" to.', args.title));

  const found = await nearestConfigFile(args.uri, folder.uri);
  const target = found ?? vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAMES[0]);
  const shown = vscode.workspace.asRelativePath(target);
  const unsafe = await unsafeToWrite(target, folder.uri, found !== undefined);
  if (unsafe) return refuse(inLang(lang, '{0} was not changed: {1}', shown, unsafe[lang]));

  let text = '';
  let document: vscode.TextDocument | undefined;
  if (found) {
    document = await vscode.workspace.openTextDocument(found);
    if (document.isDirty) return refuse(inLang(lang, '{0} has unsaved changes: save it first, then choose the fix again.', shown), found);
    text = document.getText();
  }
  const eol = document?.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  const result = addSynonym(text, basename(target), args.role, args.synonymLang, args.title, { eol });
  if ('problem' in result) return refuse(inLang(lang, '{0} was not changed: {1}', shown, result.problem[lang]), found);
  if ('already' in result) {
    await configs.reread(target);
    void vscode.window.showInformationMessage(inLang(lang, '{0} already names "{1}" as {2}.', shown, args.title, args.roleName));
    return target;
  }
  const edit = new vscode.WorkspaceEdit();
  if (document) {
    edit.replace(target, new vscode.Range(document.positionAt(0), document.positionAt(text.length)), result.text);
  } else {
    edit.createFile(target, { overwrite: false, ignoreIfExists: false, contents: new TextEncoder().encode(result.text) });
  }
  if (!(await vscode.workspace.applyEdit(edit))) return refuse(inLang(lang, '{0} was not changed: VS Code did not apply the change.', shown));
  if (document && !(await document.save())) return refuse(inLang(lang, '{0} was changed but not saved: save it to use "{1}".', shown, args.title), target);
  await configs.reread(target);
  const button = inLang(lang, 'Open {0}', basename(target));
  void vscode.window.showInformationMessage(inLang(lang, '"{0}" now marks {1}: added to {2}.', args.title, args.roleName, shown), button).then((chosen) => {
    if (chosen) void vscode.window.showTextDocument(target);
  });
  return target;
}

/** The nearest configuration file from the report's folder up to the workspace folder, by the names in CONFIG_FILE_NAMES. */
async function nearestConfigFile(report: vscode.Uri, root: vscode.Uri): Promise<vscode.Uri | undefined> {
  let folder = vscode.Uri.joinPath(report, '..');
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = vscode.Uri.joinPath(folder, name);
      // A dangling link is "there" too: it is found here and refused when written.
      if (await exists(candidate)) return candidate;
    }
    if (folder.path === root.path || folder.path.length <= root.path.length) return undefined;
    folder = vscode.Uri.joinPath(folder, '..');
  }
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  if (uri.scheme === 'file') return fs.lstat(uri.fsPath).then(() => true, () => false);
  return vscode.workspace.fs.stat(uri).then(() => true, () => false);
}

/**
 * Why a configuration file must not be written, if it must not: a symbolic link (planted or
 * not, it may point anywhere), not a regular file, too large, or, on disk, a real location
 * outside the workspace folder (a linked folder on the way).
 */
async function unsafeToWrite(target: vscode.Uri, root: vscode.Uri, existing: boolean): Promise<{ en: string; vi: string } | undefined> {
  const link = { en: 'it is a symbolic link; Reportwright writes only regular files in the workspace', vi: 'đó là liên kết tượng trưng; Reportwright chỉ ghi tệp thường trong thư mục làm việc' };
  if (target.scheme === 'file') {
    const stat = await fs.lstat(target.fsPath).catch(() => undefined);
    if (stat?.isSymbolicLink()) return link;
    if (existing && !stat?.isFile()) return { en: 'it is not a regular file', vi: 'đó không phải tệp thường' };
    if (stat && stat.size > MAX_DATA_FILE_BYTES) return { en: 'it is too large to be a configuration', vi: 'tệp quá lớn để là tệp cấu hình' };
    try {
      const [realRoot, realFolder] = await Promise.all([fs.realpath(root.fsPath), fs.realpath(path.dirname(target.fsPath))]);
      const inside = path.relative(realRoot, realFolder);
      if (inside.startsWith('..') || path.isAbsolute(inside)) return { en: 'its folder is outside the workspace (through a link)', vi: 'thư mục của tệp nằm ngoài thư mục làm việc (qua liên kết)' };
    } catch {
      return { en: 'its folder cannot be read', vi: 'không đọc được thư mục của tệp' };
    }
    return undefined;
  }
  if (!existing) return undefined;
  const stat = await vscode.workspace.fs.stat(target).then((s) => s, () => undefined);
  if (!stat || stat.type & vscode.FileType.SymbolicLink) return link;
  if (!(stat.type & vscode.FileType.File)) return { en: 'it is not a regular file', vi: 'đó không phải tệp thường' };
  if (stat.size > MAX_DATA_FILE_BYTES) return { en: 'it is too large to be a configuration', vi: 'tệp quá lớn để là tệp cấu hình' };
  return undefined;
}

function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/**
 * From the Report view, on a required section that is missing: pick one of the report's
 * headings that play no role, and teach it that role (as the quick fix does). `line` (0-based)
 * names the heading without asking. Returns the configuration file written, else undefined.
 */
async function teachRole(active: ActiveReport, configs: ConfigFiles, node?: { role?: RoleSpec }, line?: number): Promise<vscode.Uri | undefined> {
  const analysis = active.analysis;
  const doc = analysis?.doc;
  const role = node?.role;
  if (!analysis || !doc || !role) return undefined;
  const lang = analysis.lang;
  const name = role.name[lang];
  const headings = teachableHeadings(doc);
  if (headings.length === 0) {
    void vscode.window.showInformationMessage(inLang(lang, 'Every heading of this report plays a role already: none to treat as {0}.', name));
    return undefined;
  }
  let chosen: ReportPart | undefined;
  if (line !== undefined) {
    chosen = headings.find((p) => p.section!.heading.line === line);
  } else {
    const picked = await vscode.window.showQuickPick(
      headings.map((part) => ({ label: part.title, description: inLang(lang, 'line {0}', part.startLine + 1), part })),
      { placeHolder: inLang(lang, 'Which heading is the {0} section?', name) },
    );
    chosen = picked?.part;
  }
  if (!chosen) return undefined;
  const title = chosen.section!.heading.title.trim();
  return teachHeading(configs, { uri: analysis.document.uri, title, role: role.id, roleName: name, synonymLang: doc.lang, lang });
}

/** Registers the quick fix, the command it runs, and the Report view's "Treat a Heading as This Section…". */
export function registerTeachHeading(cache: ReportCache, configs: ConfigFiles, active: ActiveReport, selector: vscode.DocumentSelector): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.languages.registerCodeActionsProvider(selector, new TeachHeadingActions(cache), TeachHeadingActions.metadata),
    vscode.commands.registerCommand(TEACH_COMMAND, (args: TeachArgs) => teachHeading(configs, args)),
    // The Report view names the entry in the report's language: one command per language, one handler.
    ...['reportwright.teachRole', 'reportwright.teachRole.vi', 'reportwright.teachRole.en'].map((id) =>
      vscode.commands.registerCommand(id, (node?: { role?: RoleSpec }, line?: number) => teachRole(active, configs, node, line)),
    ),
  );
}
