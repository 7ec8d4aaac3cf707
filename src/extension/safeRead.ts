import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Localized } from '../core/i18n';
import { ReadRefused, SYMBOLIC_LINK } from '../core/export/images';

/** The largest configuration or kind file the extension reads, in bytes. */
export const MAX_DATA_FILE_BYTES = 1024 * 1024;

/**
 * Reads a workspace file through VS Code's file system (remote workspaces too), only when it
 * is a regular file of at most `maxBytes`: a device, a FIFO or a socket (which VS Code calls
 * "unknown"), a folder or a larger file is refused with a ReadRefused, without reading it; with
 * `noFollow`, a symbolic link too.
 */
export async function readWorkspaceFile(uri: vscode.Uri, maxBytes: number, options: { noFollow?: boolean } = {}): Promise<Uint8Array> {
  let stat: vscode.FileStat;
  try {
    stat = await vscode.workspace.fs.stat(uri);
  } catch {
    throw new ReadRefused({ en: 'no such file', vi: 'không có tệp này' });
  }
  // A file the extension finds on its own (a configuration up the report's folders) is read only
  // when it is no symbolic link, as the command line reads it (and git a .gitignore).
  if (options.noFollow && (stat.type & vscode.FileType.SymbolicLink || (uri.scheme === 'file' && (await isLink(uri.fsPath))))) throw new ReadRefused(SYMBOLIC_LINK);
  if (!(stat.type & vscode.FileType.File)) {
    throw new ReadRefused({ en: 'it is not a regular file (a folder, a device or a pipe); not read', vi: 'đó không phải tệp thường (thư mục, thiết bị hay đường ống); không đọc' });
  }
  if (stat.size > maxBytes) throw new ReadRefused(tooLarge(maxBytes));
  // On disk, a regular file's type is checked again on the file itself (a link may have changed).
  if (uri.scheme === 'file') {
    const real = await fs.stat(uri.fsPath).catch(() => undefined);
    if (!real?.isFile()) throw new ReadRefused({ en: 'it is not a regular file; not read', vi: 'đó không phải tệp thường; không đọc' });
  }
  const data = await vscode.workspace.fs.readFile(uri);
  if (data.byteLength > maxBytes) throw new ReadRefused(tooLarge(maxBytes));
  return data;
}

/**
 * An image of a report, read only when it is inside the report's workspace folder (else the
 * report's own folder tree), symbolic links resolved on disk; then as readWorkspaceFile.
 */
export async function readImageBeside(report: vscode.Uri, src: string, maxBytes: number): Promise<Uint8Array> {
  const folder = vscode.workspace.getWorkspaceFolder(report)?.uri;
  const base = report.scheme === 'untitled' ? vscode.workspace.workspaceFolders?.[0]?.uri : vscode.Uri.joinPath(report, '..');
  const root = folder ?? base;
  if (!base || !root) throw new ReadRefused({ en: 'the report has no folder to read it from', vi: 'báo cáo chưa có thư mục để đọc ảnh' });
  const target = vscode.Uri.joinPath(base, src);
  if (!isInside(root.path, target.path)) throw new ReadRefused(OUTSIDE);
  if (target.scheme === 'file') {
    try {
      const [realRoot, real] = await Promise.all([fs.realpath(root.fsPath), fs.realpath(target.fsPath)]);
      const inside = path.relative(realRoot, real);
      if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) throw new ReadRefused(OUTSIDE);
    } catch (error) {
      if (error instanceof ReadRefused) throw error;
      throw new ReadRefused({ en: 'no such file', vi: 'không có tệp này' });
    }
  }
  return readWorkspaceFile(target, maxBytes);
}

function isInside(root: string, file: string): boolean {
  const prefix = root.endsWith('/') ? root : root + '/';
  return file.startsWith(prefix);
}

const OUTSIDE: Localized = {
  en: 'it is outside the workspace; only files in the workspace are read',
  vi: 'tệp nằm ngoài thư mục làm việc; chỉ đọc tệp trong thư mục làm việc',
};

function tooLarge(maxBytes: number): Localized {
  const mb = (maxBytes / 1048576).toFixed(1);
  return { en: `it is larger than ${mb} MB; not read`, vi: `tệp lớn hơn ${mb.replace('.', ',')} MB; không đọc` };
}

async function isLink(file: string): Promise<boolean> {
  return fs.lstat(file).then(
    (stat) => stat.isSymbolicLink(),
    () => false,
  );
}
