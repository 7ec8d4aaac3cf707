import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { MAX_DATA_FILE_BYTES, readRegularFileSync } from './safeRead';
import { pathExistsSync } from '../core/pathExists';
import { ReadRefused } from '../core/export/images';
import type { Localized } from '../core/i18n';
import { type IgnoreRule, listVerdict, nameBytes, parseIgnoreFile, parsePatterns } from './gitignore';
import { WORDS } from './words';

/**
 * Whether names differ only in case where git has no repository to ask (its `core.ignorecase`
 * unset): as the usual file systems of the platform do, case-insensitive on Windows and macOS.
 */
const PLATFORM_FOLDS_CASE = process.platform === 'win32' || process.platform === 'darwin';

/**
 * What git leaves out of a repository, as git reads it (the patterns themselves: gitignore.ts):
 * each folder's `.gitignore` applies to the files under it with paths relative to that folder,
 * the deepest list that has a rule for a path deciding (its last such rule), then the
 * repository's own list (`.git/info/exclude`, relative to its root); the repository is the
 * nearest folder up with `.git`. As in git, a file under a folder that is left out stays out: git
 * never looks inside such a folder, so no deeper negation (`!`) lets a file back. Names are
 * compared with case as the repository's `core.ignorecase` says (git's default: exactly).
 * Without a repository, the `.gitignore` files from `cwd` down apply.
 *
 * A `.gitignore` is read only when it is a regular file of at most 1 MB, never through a
 * symbolic link (git does not follow one either) and never a FIFO or a device; one refused for
 * that is skipped and named in `unread` (in words), a missing one silently: an ignore list never
 * stops a lint. Each list is read once per run, whatever the number of files under it, and each
 * folder is judged once. (git's global `core.excludesFile` is the user's own, not the
 * repository's: not read.)
 */
export class GitIgnores {
  /** Each list read, by its file's path (undefined: none there, or not read). */
  private readonly lists = new Map<string, IgnoreRule[] | undefined>();
  private readonly roots = new Map<string, string>();
  private readonly repositories = new Map<string, string | undefined>();
  /** Folders already judged: whether they, or a folder above them in their repository, are left out. */
  private readonly folders = new Map<string, boolean>();
  private readonly gitDirs = new Map<string, string | undefined>();
  private readonly foldCases = new Map<string, boolean>();
  /** Ignore lists that were there but not read (a link, too large, not a regular file), in words. */
  readonly unread: Localized[] = [];
  /** How many ignore files were opened: each at most once a run. */
  opened = 0;

  constructor(private readonly cwd: string) {}

  /** True when a `.gitignore` leaves `file` (absolute, or relative to cwd) out. */
  ignores(file: string): boolean {
    const absolute = path.resolve(this.cwd, file);
    const folder = path.dirname(absolute);
    const root = this.rootFor(folder);
    return this.folderLeftOut(folder, root) || this.leftOut(absolute, root, false);
  }

  /** True when a `.gitignore` leaves the folder `folder` (absolute, or relative to cwd) out, or a folder above it in its repository. */
  ignoresFolder(folder: string): boolean {
    const absolute = path.resolve(this.cwd, folder);
    // Judged by the repository it is in: a folder holding its own `.git` is still a folder of the one above.
    return this.folderLeftOut(absolute, this.rootFor(path.dirname(absolute)));
  }

  /** Whether `folder` or a folder between it and `root` (not `root` itself) is left out. */
  private folderLeftOut(folder: string, root: string): boolean {
    if (folder === root || !folder.startsWith(root.endsWith(path.sep) ? root : root + path.sep)) return false;
    let out = this.folders.get(folder);
    if (out === undefined) {
      out = this.folderLeftOut(path.dirname(folder), root) || this.leftOut(folder, root, true);
      this.folders.set(folder, out);
    }
    return out;
  }

  /** What the lists say of `absolute` (a folder when `folder`): the deepest list with a rule for it, then the repository's own. */
  private leftOut(absolute: string, root: string, folder: boolean): boolean {
    const foldCase = this.foldCaseFor(root);
    const fromRoot = toPosix(path.relative(root, absolute));
    const bytes = nameBytes(fromRoot, foldCase);
    for (let dir = path.dirname(absolute); ; dir = path.dirname(dir)) {
      const rules = this.listFor(path.join(dir, '.gitignore'), foldCase, true);
      if (rules?.length) {
        // The path relative to this list's folder: the end of the path from the root.
        const prefix = dir === root ? 0 : Buffer.byteLength(toPosix(path.relative(root, dir)), 'utf8') + 1;
        const verdict = listVerdict(rules, bytes.subarray(prefix), folder);
        if (verdict !== undefined) return verdict;
      }
      if (dir === root || path.dirname(dir) === dir) break;
    }
    // Outside a repository `root` has no .git: the list is not there, and that is remembered.
    const gitDir = this.gitDirFor(root);
    const exclude = gitDir ? this.listFor(path.join(gitDir, 'info', 'exclude'), foldCase, false) : undefined;
    return (exclude && listVerdict(exclude, bytes, folder)) ?? false;
  }

  /** The repository root above `folder`; without one, cwd when `folder` is under it, else `folder` itself. */
  private rootFor(folder: string): string {
    const cached = this.roots.get(folder);
    if (cached) return cached;
    let root = this.repositoryFor(folder);
    const cwd = path.resolve(this.cwd);
    root ??= folder === cwd || folder.startsWith(cwd + path.sep) ? cwd : folder;
    this.roots.set(folder, root);
    return root;
  }

  /** repositoryRoot, each folder asked once: the files of one folder, and folders side by side, share the answers above them. */
  private repositoryFor(folder: string): string | undefined {
    if (this.repositories.has(folder)) return this.repositories.get(folder);
    const parent = path.dirname(folder);
    const found = existsSync(path.join(folder, '.git')) ? folder : parent === folder ? undefined : this.repositoryFor(parent);
    this.repositories.set(folder, found);
    return found;
  }

  /**
   * The folder that holds the repository's own list for `root`: `.git` itself, or where a `.git`
   * file points ("gitdir: …": a submodule's `.git/modules/NAME`), or for a linked worktree the
   * main repository's folder its `commondir` names, as git reads them. Undefined when unreadable.
   */
  private gitDirFor(root: string): string | undefined {
    if (this.gitDirs.has(root)) return this.gitDirs.get(root);
    let found: string | undefined;
    const readSmall = (file: string) => readRegularFileSync(file, 4096).toString('utf8').trim();
    try {
      const dotGit = path.join(root, '.git');
      found = dotGit;
      const pointer = /^gitdir:\s*(.+)$/m.exec(readSmall(dotGit));
      if (pointer) {
        found = path.resolve(root, pointer[1].trim());
        try {
          found = path.resolve(found, readSmall(path.join(found, 'commondir')));
        } catch {
          // Not a linked worktree: the folder it points to is the repository's own.
        }
      }
    } catch {
      // `.git` is a folder (the usual case), or unreadable: its own folder, or none found.
    }
    this.gitDirs.set(root, found);
    return found;
  }

  /** Whether the repository at `root` compares names without case: its `core.ignorecase`; outside one, the platform's way. */
  private foldCaseFor(root: string): boolean {
    let fold = this.foldCases.get(root);
    if (fold === undefined) {
      const gitDir = this.gitDirFor(root);
      fold = PLATFORM_FOLDS_CASE;
      if (gitDir) {
        try {
          fold = coreIgnoreCase(readRegularFileSync(path.join(gitDir, 'config'), MAX_DATA_FILE_BYTES).toString('utf8')) ?? false;
        } catch {
          // No configuration to read: git's default, names compared exactly.
          fold = false;
        }
      }
      this.foldCases.set(root, fold);
    }
    return fold;
  }

  private listFor(file: string, foldCase: boolean, inWorkTree: boolean): IgnoreRule[] | undefined {
    if (this.lists.has(file)) return this.lists.get(file);
    let rules: IgnoreRule[] | undefined;
    try {
      // A folder's .gitignore is the repository's content: a link in its place is not followed, as git does not.
      const bytes = readRegularFileSync(file, MAX_DATA_FILE_BYTES, { noFollow: inWorkTree });
      this.opened++;
      rules = parseIgnoreFile(bytes, foldCase);
    } catch (error) {
      // A missing list is the usual case; one refused for its size, type or a link is said.
      if (error instanceof ReadRefused && error.code !== 'ENOENT' && pathExistsSync(file)) this.unread.push(WORDS.ignoreListUnread(path.relative(this.cwd, file) || file, error.words));
      rules = undefined;
    }
    this.lists.set(file, rules);
    return rules;
  }
}


/**
 * `core.ignorecase` in a git configuration file's text, as git reads a boolean (`true`, `yes`,
 * `on`, a number other than 0, or the key alone; `false`, `no`, `off`, `0`, empty), the last
 * setting winning; undefined when it is not set.
 */
export function coreIgnoreCase(text: string): boolean | undefined {
  let section = '';
  let value: boolean | undefined;
  for (let line of text.split(/\r?\n/)) {
    const header = /^\s*\[\s*([A-Za-z0-9.-]+)(\s+"(?:[^"\\]|\\.)*")?\s*\]/.exec(line);
    if (header) {
      section = header[2] ? '' : header[1].toLowerCase();
      line = line.slice(header[0].length);
    }
    if (section !== 'core') continue;
    const entry = /^\s*([A-Za-z][A-Za-z0-9-]*)\s*(?:=(.*))?$/.exec(line);
    if (!entry || entry[1].toLowerCase() !== 'ignorecase') continue;
    if (entry[2] === undefined) {
      value = true;
      continue;
    }
    const raw = entry[2].replace(/\s[;#].*$|^[;#].*$/, '').trim().replace(/^"(.*)"$/, '$1').toLowerCase();
    if (['true', 'yes', 'on'].includes(raw)) value = true;
    else if (['false', 'no', 'off', ''].includes(raw)) value = false;
    else if (/^-?\d+[kmg]?$/.test(raw)) value = parseInt(raw, 10) !== 0;
  }
  return value;
}

/**
 * The configuration's `ignores`: patterns in `.gitignore` syntax relative to the configuration
 * file's folder, of files that are never linted, named on the command line or found in a folder.
 * As a `.gitignore` there: a file under a folder they leave out stays out. Names are compared as
 * the platform's usual file systems do (exactly but on Windows and macOS).
 */
export function configIgnores(configFolder: string, patterns: readonly string[], foldCase = PLATFORM_FOLDS_CASE): (file: string) => boolean {
  const rules = parsePatterns(patterns, foldCase);
  const folders = new Map<string, boolean>();
  const folderOut = (relative: string): boolean => {
    let out = folders.get(relative);
    if (out === undefined) {
      const slash = relative.lastIndexOf('/');
      out = (slash > 0 && folderOut(relative.slice(0, slash))) || listVerdict(rules, nameBytes(relative, foldCase), true) === true;
      folders.set(relative, out);
    }
    return out;
  };
  return (file) => {
    const relative = toPosix(path.relative(configFolder, file));
    if (!relative || relative.startsWith('../') || relative === '..' || path.isAbsolute(relative)) return false;
    const slash = relative.lastIndexOf('/');
    if (slash > 0 && folderOut(relative.slice(0, slash))) return true;
    return listVerdict(rules, nameBytes(relative, foldCase), false) === true;
  };
}

/** A path with `/` between names (Windows' `\` turned; elsewhere a `\` is part of a name). */
function toPosix(p: string): string {
  return path.sep === '\\' ? p.replace(/\\/g, '/') : p;
}

/** The root of the git repository `folder` (absolute) is in: the nearest folder up that holds `.git`; undefined outside one. */
export function repositoryRoot(folder: string): string | undefined {
  for (let dir = folder; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, '.git'))) return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}
