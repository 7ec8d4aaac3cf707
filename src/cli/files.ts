import { promises as fs, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { ReadRefused } from '../core/export/images';
import { readRegularFileSync } from './safeRead';
import { GitIgnores } from './ignores';
import type { Lang, Localized } from '../core/i18n';
import { parseReport } from '../core/model/document';
import { WORDS } from './words';
import { utf16Encoding } from '../core/text/encoding';

export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export interface SourceFile {
  path: string;
  text: string;
  /** A UTF-8 byte order mark was stripped and is put back when the file is written. */
  bom: boolean;
  mtimeMs: number;
}

/** A file that cannot be read or written, said in both languages (`message` is the English). */
export class FileProblem extends Error {
  constructor(readonly words: Localized) {
    super(words.en);
  }
}

/**
 * Files named on the command line: paths, folders (their Markdown files) and globs.
 * `problems` stop the run (exit 2): a path that does not exist, or nothing at all to read.
 * `notes` do not: a folder or a glob that finds no file while others do ("minutes/**" in a
 * repository with no minutes yet), said on stderr.
 */
export async function expandArguments(args: readonly string[], cwd: string): Promise<{ files: string[]; problems: Localized[]; notes: Localized[] }> {
  const files: string[] = [];
  const problems: Localized[] = [];
  const empty: Localized[] = [];
  // One reading of the ignore lists for every folder and glob of the run.
  const gitIgnores = new GitIgnores(cwd);
  for (const arg of args) {
    const stat = statOrUndefined(path.resolve(cwd, arg));
    // A device or a FIFO named on the command line goes on, to be refused in words when read.
    if (stat && !stat.isDirectory()) {
      files.push(arg);
    } else if (stat?.isDirectory()) {
      const inFolder = folderMarkdownFiles(arg, cwd, gitIgnores);
      if (inFolder.kept.length === 0) empty.push(inFolder.ignored ? WORDS.allIgnored(arg, inFolder.ignored) : WORDS.emptyFolder(arg));
      files.push(...inFolder.kept);
    } else if ((await import('tinyglobby')).isDynamicPattern(arg)) {
      // A glob finds Markdown files: "reports/*" leaves the report's images alone.
      const matched = await markdownFiles(arg, cwd, gitIgnores);
      if (matched.kept.length === 0) empty.push(matched.ignored ? WORDS.allIgnored(arg, matched.ignored) : WORDS.noMatch(arg));
      files.push(...matched.kept);
    } else {
      problems.push(WORDS.noSuchFile(arg));
    }
  }
  // Nothing at all to read is a mistake in the command; one empty pattern among others is not.
  const nothing = files.length === 0;
  // An ignore list that could not be read is always said: the files it meant to leave out are linted.
  return { files: onePathPerFile(files, cwd), problems: nothing ? [...problems, ...empty] : problems, notes: nothing ? gitIgnores.unread : [...gitIgnores.unread, ...empty] };
}

/**
 * The files, each once: a file reached again, through a symbolic link (a loop, a link to a
 * parent), a hard link or two arguments, keeps its first name. Files are told apart by their
 * device and inode (one `stat` a file, where a real path costs a call for each name in it);
 * one that cannot be looked at, by its path.
 */
function onePathPerFile(files: readonly string[], cwd: string): string[] {
  const seen = new Set<string>();
  return files.filter((file) => {
    const absolute = path.resolve(cwd, file);
    let key = `path:${absolute}`;
    try {
      const stat = statSync(absolute, { bigint: true });
      // A file system without inodes (some network shares) says 0: its path tells.
      if (stat.ino !== 0n) key = `${stat.dev}:${stat.ino}`;
    } catch {
      // Missing or unreadable: said in words when read.
    }
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Markdown files a glob finds, less node_modules, .git and what `.gitignore` files leave out
 * (`ignored`: how many those were). Symbolic links met on the way are not followed: a linked
 * folder is not entered (a link planted to `/` cannot send the walk through the whole disk) and a
 * linked file is not matched.
 */
async function markdownFiles(pattern: string, cwd: string, gitIgnores: GitIgnores): Promise<{ kept: string[]; ignored: number }> {
  // Loaded when a glob is named: a lint of named files or folders starts without it.
  const { glob } = await import('tinyglobby');
  const all = await glob(pattern, { cwd, ignore: ['**/node_modules/**', '**/.git/**'], onlyFiles: true, expandDirectories: false, followSymbolicLinks: false });
  const found = all.filter((file) => MARKDOWN.test(file));
  const kept = found.filter((file) => !gitIgnores.ignores(file)).sort();
  return { kept, ignored: found.length - kept.length };
}

/** A Markdown file's name: `.md` or `.markdown` (a folder's files as written; a glob's in any case). */
const MARKDOWN = /\.(?:md|markdown)$/i;

/**
 * The Markdown files (`.md`, `.markdown`) under a folder named on the command line, walked as git
 * walks a work tree: a folder that `.gitignore` leaves out is not entered (nothing in it could
 * come back), nor `node_modules`, nor a folder whose name starts with a dot (`.git`, `.github`;
 * such files neither); a symbolic link to a folder is not entered, as git keeps a link as a link
 * (a link planted to `/` cannot send the walk through the whole disk), while a link to anything
 * else is listed as a file, to be read or refused in words. The folder named is entered even when
 * it is a link. `ignored`: how many Markdown files `.gitignore` leaves out, those in the folders
 * it leaves out counted (by a second walk) only when nothing is kept, for the message that says so.
 */
function folderMarkdownFiles(arg: string, cwd: string, gitIgnores: GitIgnores): { kept: string[]; ignored: number } {
  const kept: string[] = [];
  const leftOut: string[] = [];
  let ignored = 0;
  const walk = (root: string, visit: (file: string) => void, enter: (folder: string) => boolean) => {
    const folders = [root];
    while (folders.length) {
      const folder = folders.pop()!;
      let entries;
      try {
        entries = readdirSync(folder, { withFileTypes: true });
      } catch {
        // A folder that cannot be read (permissions) is passed over, as a glob passes over it.
        continue;
      }
      for (const entry of entries) {
        if (entry.name.startsWith('.')) continue;
        const full = path.join(folder, entry.name);
        if (entry.isDirectory()) {
          if (entry.name !== 'node_modules' && enter(full)) folders.push(full);
        } else if (/\.(?:md|markdown)$/.test(entry.name) && !(entry.isSymbolicLink() && statOrUndefined(full)?.isDirectory())) {
          visit(full);
        }
      }
    }
  };
  const fromCwd = (file: string) => path.relative(cwd, file).split(path.sep).join('/');
  walk(
    path.resolve(cwd, arg),
    (file) => (gitIgnores.ignores(file) ? ignored++ : kept.push(fromCwd(file))),
    (folder) => !(gitIgnores.ignoresFolder(folder) && leftOut.push(folder)),
  );
  if (kept.length === 0) for (const folder of leftOut) walk(folder, () => ignored++, () => true);
  return { kept: kept.sort(), ignored };
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
  let bytes;
  try {
    // Regular files only (never a device or a FIFO), and never more than the limit.
    bytes = readRegularFileSync(file, MAX_FILE_BYTES);
  } catch (error) {
    if (error instanceof ReadRefused) throw new FileProblem(error.words);
    throw error;
  }
  const stat = statSync(file);
  const utf16 = utf16Encoding(bytes);
  if (utf16) throw new FileProblem(WORDS.utf16(utf16));
  if (bytes.subarray(0, 8000).includes(0)) throw new FileProblem(WORDS.binary);
  let text;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new FileProblem(WORDS.notUtf8);
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  return { path: file, text: bom ? text.slice(1) : text, bom, mtimeMs: stat.mtimeMs };
}

/**
 * Writes the fixed text only if the file is still what was read, through a temporary file
 * and a rename, so that a crash or a concurrent edit never leaves a half-written report. The
 * temporary file has a random, short name (a 245-byte report name still fits) and is created
 * exclusively, so a link planted in the folder is never written through. A report reached by
 * a symbolic link is fixed where it really is (the link stays a link); a read-only report and
 * one with several hard links (which a new file would separate) are refused in words.
 */
export async function writeSourceAtomically(source: SourceFile, text: string): Promise<void> {
  const current = await readSource(source.path);
  if (current.text !== source.text || current.bom !== source.bom) {
    throw new FileProblem(WORDS.changedWhileLinted);
  }
  let target: string;
  let stat;
  try {
    target = await fs.realpath(source.path);
    stat = await fs.stat(target);
  } catch (error) {
    throw new FileProblem(WORDS.cannotWriteFixes((error as NodeJS.ErrnoException).code ?? String(error)));
  }
  if ((stat.mode & 0o222) === 0) throw new FileProblem(WORDS.readOnly);
  if (stat.nlink > 1) {
    throw new FileProblem(WORDS.hardLinks(stat.nlink));
  }
  try {
    await replaceFile(target, (source.bom ? '\ufeff' : '') + text, stat.mode & 0o7777);
  } catch (error) {
    throw new FileProblem(WORDS.cannotWriteFixes((error as NodeJS.ErrnoException).code ?? String(error)));
  }
}

/**
 * Puts `data` at `target` whole or not at all, the way every file the command line writes is
 * written (fixed reports, `init`'s configuration, `lint --output`): into a new file with a
 * random, short name in the same folder (so the rename stays on one file system, and a 245-byte
 * name still fits), created exclusively, so that a link planted under that name is never written
 * through; then renamed over `target`. A symbolic link at `target` is itself replaced, never
 * followed: what it points to is not touched. On failure the temporary file is removed and the
 * error (its `code`) thrown.
 */
export async function replaceFile(target: string, data: string | Uint8Array, mode?: number): Promise<void> {
  const { randomBytes } = require('node:crypto') as typeof import('node:crypto');
  const temp = path.join(path.dirname(target), `.${randomBytes(6).toString('hex')}.reportwright-tmp`);
  let created = false;
  try {
    await fs.writeFile(temp, data, { flag: 'wx', ...(mode === undefined ? {} : { mode }) });
    created = true;
    await fs.rename(temp, target);
  } catch (error) {
    if (created) await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}

/** How many of the files named are read to tell the language of a message said before any report is read. */
const FILES_FOR_LANG = 5;

/**
 * The language of the reports named on the command line, for a message said before (or instead
 * of) reading them: Vietnamese when every one of the first few that can be read is, else English.
 * Folders, globs and unreadable files say nothing.
 */
export async function namedFilesLang(args: readonly string[], cwd: string): Promise<Lang> {
  const langs = new Set<Lang>();
  for (const arg of args.slice(0, FILES_FOR_LANG)) {
    const file = path.resolve(cwd, arg);
    if (!statOrUndefined(file)?.isFile()) continue;
    try {
      langs.add(parseReport((await readSource(file)).text).lang);
    } catch {
      // Unreadable: it says nothing about the language.
    }
  }
  return langs.size === 1 && langs.has('vi') ? 'vi' : 'en';
}
