import * as vscode from 'vscode';
import { CONFIG_FILE_NAMES, loadConfigFile, type ReportwrightConfig } from '../core';
import { ReadRefused } from '../core/export/images';
import { dataFileDiagnostics } from './convert';
import { MAX_DATA_FILE_BYTES, readWorkspaceFile } from './safeRead';
import { inLang, t, uiLang } from './uiText';
import { decodeDataFile } from '../core/text/encoding';

export interface AppliedConfig {
  uri: vscode.Uri;
  config: ReportwrightConfig;
  /** The file's folder relative to its workspace folder ('' at the root). */
  folder: string;
}

const PATTERN = `**/{${CONFIG_FILE_NAMES.join(',')}}`;

/**
 * The workspace's `.reportwright.json` / `.reportwright.yaml` files, read once and kept up to
 * date by a watcher, so that finding the one for a document (the nearest up the folder tree)
 * costs no file access. A broken file gets diagnostics and one message, and is not used.
 */
export class ConfigFiles implements vscode.Disposable {
  private readonly files = new Map<string, { uri: vscode.Uri; config?: ReportwrightConfig }>();
  private readonly problems = vscode.languages.createDiagnosticCollection('reportwright-config');
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly told = new Set<string>();
  private readonly disposables: vscode.Disposable[] = [this.problems, this.changed];

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(PATTERN);
    const reload = (uri: vscode.Uri) => void this.read(uri).then(() => this.changed.fire());
    this.disposables.push(
      watcher,
      watcher.onDidCreate(reload),
      watcher.onDidChange(reload),
      watcher.onDidDelete((uri) => {
        this.files.delete(folderKey(uri));
        this.problems.delete(uri);
        this.changed.fire();
      }),
    );
  }

  /** Reads every configuration file of the workspace. */
  async load(): Promise<void> {
    const uris = await vscode.workspace.findFiles(PATTERN, '**/node_modules/**');
    await Promise.all(uris.map((uri) => this.read(uri)));
    this.changed.fire();
  }

  /** Reads one configuration file again now (one Reportwright just wrote), without waiting for the watcher. */
  async reread(uri: vscode.Uri): Promise<void> {
    await this.read(uri);
    this.changed.fire();
  }

  /** The configuration that applies to a document: the nearest one up to its workspace folder. */
  nearest(document: vscode.Uri): AppliedConfig | undefined {
    const root = vscode.workspace.getWorkspaceFolder(document);
    if (!root) return undefined;
    let folder = vscode.Uri.joinPath(document, '..');
    for (;;) {
      const found = this.files.get(folder.toString());
      if (found?.config) return { uri: found.uri, config: found.config, folder: relative(root.uri, folder) };
      if (folder.path === root.uri.path || folder.path.length <= root.uri.path.length) return undefined;
      folder = vscode.Uri.joinPath(folder, '..');
    }
  }

  /** Kind files the configurations in a workspace folder name, relative to that folder. */
  kindGlobs(root: vscode.WorkspaceFolder): string[] {
    const globs: string[] = [];
    for (const { uri, config } of this.files.values()) {
      if (!config?.kinds || vscode.workspace.getWorkspaceFolder(uri)?.uri.toString() !== root.uri.toString()) continue;
      const folder = relative(root.uri, vscode.Uri.joinPath(uri, '..'));
      globs.push(...config.kinds.map((glob) => (folder ? `${folder}/${glob.replace(/^\.\//, '')}` : glob)));
    }
    return globs;
  }

  private async read(uri: vscode.Uri): Promise<void> {
    // Two names in one folder: the first in CONFIG_FILE_NAMES is the one looked for.
    const key = folderKey(uri);
    const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
    const current = this.files.get(key);
    if (current && current.uri.toString() !== uri.toString() && rank(current.uri) < rank(uri)) return;
    let text: string;
    try {
      text = decodeDataFile(await readWorkspaceFile(uri, MAX_DATA_FILE_BYTES, { noFollow: true }), 'drop');
    } catch (error) {
      this.files.delete(key);
      // A file that is not there any more is no news; one that is refused is said.
      if (error instanceof ReadRefused && (await vscode.workspace.fs.stat(uri).then(() => true, () => false))) {
        const lang = uiLang();
        const start = { line: 0, character: 0 };
        this.problems.set(uri, dataFileDiagnostics([{ range: { start, end: start }, message: error.words }], (m) => inLang(lang, 'This configuration is not used: {0}', m), lang));
      }
      return;
    }
    const { config, problems } = loadConfigFile(text, name);
    const lang = uiLang();
    this.problems.set(uri, dataFileDiagnostics(problems, (m) => inLang(lang, 'This configuration is not used: {0}', m), lang));
    this.files.set(key, { uri, config });
    if (problems.length === 0) {
      this.told.delete(uri.toString());
    } else if (!this.told.has(uri.toString())) {
      this.told.add(uri.toString());
      void vscode.window.showWarningMessage(t('{0} has problems and is not used; the workspace settings and the defaults apply. See the Problems panel.', vscode.workspace.asRelativePath(uri)));
    }
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}

function folderKey(uri: vscode.Uri): string {
  return vscode.Uri.joinPath(uri, '..').toString();
}

function rank(uri: vscode.Uri): number {
  return (CONFIG_FILE_NAMES as readonly string[]).indexOf(uri.path.slice(uri.path.lastIndexOf('/') + 1));
}

function relative(root: vscode.Uri, folder: vscode.Uri): string {
  return folder.path.slice(root.path.length).replace(/^\/+|\/+$/g, '');
}
