import * as vscode from 'vscode';
import { DEFAULT_KINDS, type KindRegistry, loadKindFile, type ReportKind } from '../core';
import { ReadRefused } from '../core/export/images';
import { dataFileDiagnostics } from './convert';
import { MAX_DATA_FILE_BYTES, readWorkspaceFile } from './safeRead';
import type { ConfigFiles } from './configFiles';
import { inLang, t, uiLang } from './uiText';
import { decodeDataFile } from '../core/text/encoding';

const DEFAULT_GLOB = '.reportwright/kinds/*.json';

/**
 * A workspace's own report kinds: `.reportwright/kinds/*.json` and the files the setting
 * `reportwright.kinds` names, per workspace folder. A broken file gets diagnostics and one
 * message; it is left out and the built-in kinds keep working. Kinds are data: read, never run.
 */
export class WorkspaceKinds implements vscode.Disposable {
  private readonly registries = new Map<string, KindRegistry>();
  private readonly problems = vscode.languages.createDiagnosticCollection('reportwright-kinds');
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private watchers: vscode.Disposable[] = [];
  private readonly disposables: vscode.Disposable[] = [];
  private readonly told = new Set<string>();

  constructor(private readonly configs: ConfigFiles) {
    this.disposables.push(configs.onDidChange(() => void this.reload()));
  }

  /** The kinds a document can name: the built-ins and its folder's own. */
  registryFor(uri: vscode.Uri | undefined): KindRegistry {
    // An untitled report (New Report…) belongs to no folder yet: it gets the first folder's kinds, which New Report offered.
    const folder = uri && uri.scheme !== 'untitled' ? vscode.workspace.getWorkspaceFolder(uri) : vscode.workspace.workspaceFolders?.[0];
    return (folder && this.registries.get(folder.uri.toString())) ?? DEFAULT_KINDS;
  }

  async reload(): Promise<void> {
    vscode.Disposable.from(...this.watchers).dispose();
    this.watchers = [];
    this.problems.clear();
    this.registries.clear();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const globs = [DEFAULT_GLOB, ...kindSetting(folder), ...this.configs.kindGlobs(folder)];
      for (const glob of globs) {
        const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, glob));
        const reloadFolder = () => void this.loadFolder(folder, globs).then(() => this.changed.fire());
        this.watchers.push(watcher, watcher.onDidCreate(reloadFolder), watcher.onDidChange(reloadFolder), watcher.onDidDelete(reloadFolder));
      }
      await this.loadFolder(folder, globs);
    }
    this.changed.fire();
  }

  private async loadFolder(folder: vscode.WorkspaceFolder, globs: string[]): Promise<void> {
    const files = new Map<string, vscode.Uri>();
    for (const glob of globs) {
      for (const uri of await vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob))) files.set(uri.toString(), uri);
    }
    const kinds: ReportKind[] = [];
    for (const uri of [...files.values()].sort((a, b) => a.path.localeCompare(b.path))) {
      const kind = await this.loadFile(uri);
      if (kind) kinds.push(kind);
    }
    this.registries.set(folder.uri.toString(), DEFAULT_KINDS.with(kinds));
  }

  private async loadFile(uri: vscode.Uri): Promise<ReportKind | undefined> {
    let text: string;
    try {
      text = decodeDataFile(await readWorkspaceFile(uri, MAX_DATA_FILE_BYTES), 'drop');
    } catch (error) {
      this.tell(uri, t('Reportwright could not read the kind file {0}: {1}', vscode.workspace.asRelativePath(uri), error instanceof ReadRefused ? error.words[uiLang()] : String(error)));
      return undefined;
    }
    const { kind, problems } = loadKindFile(text);
    const lang = uiLang();
    this.problems.set(uri, dataFileDiagnostics(problems, (m) => inLang(lang, 'This report kind is not used: {0}', m), lang));
    if (problems.length > 0) {
      this.tell(uri, t('The report kind in {0} has problems and is not used; the built-in kinds still work. See the Problems panel.', vscode.workspace.asRelativePath(uri)));
      return undefined;
    }
    this.told.delete(uri.toString());
    return kind;
  }

  private tell(uri: vscode.Uri, message: string): void {
    if (this.told.has(uri.toString())) return;
    this.told.add(uri.toString());
    void vscode.window.showWarningMessage(message);
  }

  dispose(): void {
    vscode.Disposable.from(...this.watchers, ...this.disposables, this.problems, this.changed).dispose();
  }
}

function kindSetting(folder: vscode.WorkspaceFolder): string[] {
  const value = vscode.workspace.getConfiguration('reportwright', folder.uri).get<unknown>('kinds');
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
