import { promises as fs, statSync } from 'node:fs';
import * as path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { GitIgnores } from './ignores';

export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export interface SourceFile {
  path: string;
  text: string;
  /** A UTF-8 byte order mark was stripped and is put back when the file is written. */
  bom: boolean;
  mtimeMs: number;
}

export class FileProblem extends Error {}

/** Files named on the command line: paths, folders (their Markdown files) and globs. */
export async function expandArguments(args: readonly string[], cwd: string): Promise<{ files: string[]; problems: string[] }> {
  const files: string[] = [];
  const problems: string[] = [];
  for (const arg of args) {
    const stat = statOrUndefined(path.resolve(cwd, arg));
    if (stat?.isFile()) {
      files.push(arg);
    } else if (stat?.isDirectory()) {
      const inFolder = await markdownFiles(`${arg.replace(/[\\/]+$/, '')}/**/*.{md,markdown}`, cwd);
      if (inFolder.length === 0) problems.push(`${arg}: no Markdown file in this folder`);
      files.push(...inFolder);
    } else if (isDynamicPattern(arg)) {
      const matched = await markdownFiles(arg, cwd);
      if (matched.length === 0) problems.push(`${arg}: no file matches this pattern`);
      files.push(...matched);
    } else {
      problems.push(`${arg}: no such file or folder`);
    }
  }
  return { files: [...new Set(files)], problems };
}

/** Markdown files a folder or glob finds, less node_modules, .git and what `.gitignore` files leave out. */
async function markdownFiles(pattern: string, cwd: string): Promise<string[]> {
  const found = await glob(pattern, { cwd, ignore: ['**/node_modules/**', '**/.git/**'], onlyFiles: true, expandDirectories: false });
  const gitIgnores = new GitIgnores(cwd);
  return found.filter((file) => !gitIgnores.ignores(file)).sort();
}

function statOrUndefined(file: string) {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}

/** Reads a Markdown file as UTF-8 text, refusing binaries, other encodings and huge files in words. */
export async function readSource(file: string): Promise<SourceFile> {
  let stat;
  let bytes;
  try {
    stat = await fs.stat(file);
    if (stat.size > MAX_FILE_BYTES) {
      throw new FileProblem(`file is ${(stat.size / 1048576).toFixed(1)} MB, over the ${MAX_FILE_BYTES / 1048576} MB limit; not read`);
    }
    bytes = await fs.readFile(file);
  } catch (error) {
    if (error instanceof FileProblem) throw error;
    throw new FileProblem(describeReadError(error as NodeJS.ErrnoException));
  }
  if (bytes.subarray(0, 8000).includes(0)) throw new FileProblem('binary file, not Markdown text; not read');
  let text;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new FileProblem('not UTF-8 text (a legacy encoding such as TCVN3 or VNI?); not read');
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  return { path: file, text: bom ? text.slice(1) : text, bom, mtimeMs: stat.mtimeMs };
}

/**
 * Writes the fixed text only if the file is still what was read, through a temporary file
 * and a rename, so that a crash or a concurrent edit never leaves a half-written report.
 */
export async function writeSourceAtomically(source: SourceFile, text: string): Promise<void> {
  const current = await readSource(source.path);
  if (current.text !== source.text || current.bom !== source.bom) {
    throw new FileProblem('the file changed while it was being linted; fixes not written');
  }
  const temp = path.join(path.dirname(source.path), `.${path.basename(source.path)}.${process.pid}.reportwright-tmp`);
  try {
    const { mode } = await fs.stat(source.path);
    await fs.writeFile(temp, (source.bom ? '\ufeff' : '') + text, { mode });
    await fs.rename(temp, source.path);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw new FileProblem(`cannot write the fixes: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

function describeReadError(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EISDIR':
      return 'is a folder, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return `cannot read: ${error.code ?? String(error)}`;
  }
}
