import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type { Ignore } from 'ignore';
import { MAX_DATA_FILE_BYTES, readRegularFileSync } from './safeRead';
import { ReadRefused } from '../core/export/images';
import type { Localized } from '../core/i18n';
import { WORDS } from './words';

/** A new ignore list (the `ignore` package, read on first use: a lint of named files without `ignores` never reads it). */
function ignore(): Ignore {
  return (require('ignore') as () => Ignore)();
}

/**
 * What git leaves out of a repository, as git reads it: the repository's own list
 * (`.git/info/exclude`, relative to its root) first, then each folder's `.gitignore`, which
 * applies to the files under it with paths relative to that folder, from the repository's root
 * (the nearest folder up with `.git`) down to the file's own folder; a later rule wins over an
 * earlier one. As in git, a file under a folder that is left out stays out: git never looks
 * inside such a folder, so no deeper negation (`!`) lets a file back. Without a repository, the
 * `.gitignore` files from `cwd` down apply. Only regular files are read, of at most 1 MB (never a
 * FIFO or a device); one that is refused for that is skipped and named in `unread` (in words), a
 * missing one silently: an ignore list never stops a lint. Each list is read once per run. (git's
 * global `core.excludesFile` is the user's own, not the repository's: not read.)
 */
export class GitIgnores {
  private readonly lists = new Map<string, Ignore | undefined>();
  private readonly roots = new Map<string, string>();
  /** Folders already judged: whether they, or a folder above them in their repository, are left out. */
  private readonly folders = new Map<string, boolean>();
  /** Ignore lists that were there but not read (too large, not a regular file), in words. */
  readonly unread: Localized[] = [];

  constructor(private readonly cwd: string) {}

  /** True when a `.gitignore` leaves `file` (absolute, or relative to cwd) out. */
  ignores(file: string): boolean {
    const absolute = path.resolve(this.cwd, file);
    const folder = path.dirname(absolute);
    const root = this.rootFor(folder);
    return this.folderLeftOut(folder, root) || this.leftOut(absolute, root, false);
  }

  /** Whether `folder` or a folder between it and `root` (not `root` itself) is left out. */
  private folderLeftOut(folder: string, root: string): boolean {
    if (folder === root || !folder.startsWith(root + path.sep)) return false;
    let out = this.folders.get(folder);
    if (out === undefined) {
      out = this.folderLeftOut(path.dirname(folder), root) || this.leftOut(folder, root, true);
      this.folders.set(folder, out);
    }
    return out;
  }

  /** What the lists from `root` down to the folder that holds `absolute` say of it (a folder is tested as `name/`). */
  private leftOut(absolute: string, root: string, folder: boolean): boolean {
    const folders: string[] = [];
    for (let dir = path.dirname(absolute); ; dir = path.dirname(dir)) {
      folders.push(dir);
      if (dir === root || path.dirname(dir) === dir) break;
    }
    const slash = folder ? '/' : '';
    // The repository's own list first, then outermost first, as git applies them; a deeper
    // file's negations (!) win over a shallower's rules.
    let ignored = false;
    // Outside a repository `root` has no .git: the list is not there, and that is remembered.
    const gitDir = this.gitDirFor(root);
    const exclude = gitDir ? this.listFor(path.join(gitDir, 'info'), 'exclude') : undefined;
    if (exclude) ignored = exclude.test(toPosix(path.relative(root, absolute)) + slash).ignored;
    for (const dir of folders.reverse()) {
      const list = this.listFor(dir);
      if (!list) continue;
      const result = list.test(toPosix(path.relative(dir, absolute)) + slash);
      if (result.ignored) ignored = true;
      else if (result.unignored) ignored = false;
    }
    return ignored;
  }

  /** The repository root above `folder`; without one, cwd when `folder` is under it, else `folder` itself. */
  private rootFor(folder: string): string {
    const cached = this.roots.get(folder);
    if (cached) return cached;
    let root = repositoryRoot(folder);
    const cwd = path.resolve(this.cwd);
    root ??= folder === cwd || folder.startsWith(cwd + path.sep) ? cwd : folder;
    this.roots.set(folder, root);
    return root;
  }

  private readonly gitDirs = new Map<string, string | undefined>();

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

  private listFor(dir: string, name = '.gitignore'): Ignore | undefined {
    const file = path.join(dir, name);
    if (this.lists.has(file)) return this.lists.get(file);
    let list: Ignore | undefined;
    try {
      list = ignore().add(readRegularFileSync(file, MAX_DATA_FILE_BYTES).toString('utf8'));
    } catch (error) {
      // A missing list is the usual case; one refused for its size or type is said.
      if (error instanceof ReadRefused && existsSync(file)) this.unread.push(WORDS.ignoreListUnread(path.relative(this.cwd, file) || file, error.words));
      list = undefined;
    }
    this.lists.set(file, list);
    return list;
  }
}

/**
 * The configuration's `ignores`: globs (gitignore syntax) relative to the configuration file's
 * folder, of files that are never linted, named on the command line or found in a folder.
 */
export function configIgnores(configFolder: string, patterns: readonly string[]): (file: string) => boolean {
  const list = ignore().add([...patterns]);
  return (file) => {
    const relative = path.relative(configFolder, file);
    if (!relative || relative.startsWith('..') || path.isAbsolute(relative)) return false;
    return list.ignores(toPosix(relative));
  };
}

function toPosix(p: string): string {
  return p.replace(/\\/g, '/');
}

/** The root of the git repository `folder` (absolute) is in: the nearest folder up that holds `.git`; undefined outside one. */
export function repositoryRoot(folder: string): string | undefined {
  for (let dir = folder; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, '.git'))) return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}
