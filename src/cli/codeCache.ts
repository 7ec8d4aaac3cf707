/**
 * A V8 code cache for the command line's CommonJS bundles, on every Node. Compiling the
 * linter's bundle is a large part of a short run's cost; with the cache a later run reads the
 * compiled code instead. The cache is made when a run ends, from the code as it ran, so it holds
 * the functions the run compiled as well as the bundle's top level (Node's own compile cache,
 * made when a file is compiled, holds only the top level).
 *
 * Safety: a code cache is code, so it is read only from a folder that is the user's own (owned by
 * the user, a real folder and not a link, writable by nobody else) and only from a regular file
 * owned by the user, opened without following a link or waiting on a FIFO. It is written to a new
 * file, flushed to the disk, then renamed into place (atomic: a run never reads half a cache).
 * V8 does not check a cache's bytes (a check would cost a short run 15–20 million instructions):
 * a cache that crashes or hangs a run, or ends it on an internal error, is removed by that run's
 * end or by the next run (see `markRun`), so one damaged cache costs one failed run. Each cache
 * names what it was made from (the build, the bundle's size and time, Node's version and the
 * machine's architecture); a cache of
 * anything else is ignored and replaced, and one V8 rejects is ignored and replaced. Any failure
 * (no home folder, a full disk, a folder that is not ours) leaves the run without a cache,
 * silently: the cache only ever saves time.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { readSource, removeFile, writeAtomically } from './cacheFiles';
import { INTERNAL_ERROR } from './internalError';

/** Where the cache is and what build it belongs to. */
export interface CodeCacheOptions {
  /** The cache folder (created with mode 700 when missing); undefined: no cache. */
  dir: string | undefined;
  /** Names the build (a hash of the bundles, set by scripts/build.ts): a cache of another build is never used. */
  build: string;
  /**
   * What the run does (the command: `lint`, `export`…). A cache holds the code the runs that
   * made it compiled; a run for a purpose the cache has not seen yet (a lint after a `--help`)
   * writes it again at its end, with its own code added.
   */
  purpose?: string;
}

/** What one load did with the cache (read by the tests). */
export type CacheOutcome = 'none' | 'miss' | 'hit' | 'rejected';

const MAGIC = 'reportwright-code-cache 1\n';
/** A cache larger than this is not read (the linter's is a few MB). */
const MAX_CACHE_BYTES = 64 * 1024 * 1024;
/** The most cache files kept (each install and each Node keeps its own): the oldest go when a new one is written. */
const MAX_CACHE_FILES = 64;
/** The end of the name of a run's mark beside a cache it runs (see CachedLoader.markRun). */
const RUNNING = '.running';

/**
 * The user's cache folder for reportwright: `$XDG_CACHE_HOME/reportwright` or
 * `~/.cache/reportwright`. Undefined (no cache) where the system has no user ids (Windows), when
 * neither variable names an absolute folder, or when `NODE_DISABLE_COMPILE_CACHE` is set (Node's
 * own switch for its compile cache).
 */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.NODE_DISABLE_COMPILE_CACHE || typeof process.getuid !== 'function') return undefined;
  const xdg = env.XDG_CACHE_HOME;
  const base = xdg && path.isAbsolute(xdg) ? xdg : env.HOME && path.isAbsolute(env.HOME) ? path.join(env.HOME, '.cache') : undefined;
  return base ? path.join(base, 'reportwright') : undefined;
}

/** Loads CommonJS bundles with a code cache; one loader per process. */
export class CachedLoader {
  private readonly modules = new Map<string, { exports: unknown }>();
  private readonly pending: Array<{ script: vm.Script; file: string; key: string; purposes: string[] }> = [];
  private dirChecked: string | undefined | null = null;
  /** The marks this run left beside the caches it runs (see markRun), with those caches. */
  private readonly marks: Array<{ mark: string; cache: string }> = [];
  /** What each load did, by file. */
  readonly outcomes = new Map<string, CacheOutcome>();

  constructor(private readonly options: CodeCacheOptions) {}

  /**
   * Runs the CommonJS file `file` (absolute) as `require` would and returns its exports. Its own
   * `require` of `./vendor/…` (the libraries the command line reads on first use) goes through this
   * loader too; every other request is Node's.
   */
  load(file: string): unknown {
    const known = this.modules.get(file);
    if (known) return known.exports;
    const source = readSource(file);
    const stat = fs.statSync(file);
    const key = `${this.options.build}\n${file}\n${stat.size}\n${stat.mtimeMs}\n${process.version}\n${process.arch}\n`;
    const cached = this.read(file, key);
    const script = new vm.Script(source, {
      filename: file,
      cachedData: cached?.data,
      // An `import()` in the bundle (of playwright-core outside the package) works as in a module Node loads.
      importModuleDynamically: vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER,
    } as vm.ScriptOptions);
    const outcome: CacheOutcome = !this.cacheDir() ? 'none' : !cached ? 'miss' : script.cachedDataRejected ? 'rejected' : 'hit';
    this.outcomes.set(file, outcome);
    const purpose = this.options.purpose ?? '';
    if (outcome === 'miss' || outcome === 'rejected') this.pending.push({ script, file, key, purposes: [purpose] });
    else if (outcome === 'hit' && !cached!.purposes.includes(purpose)) this.pending.push({ script, file, key, purposes: [...cached!.purposes, purpose] });
    const module = { exports: {} as unknown, id: file, filename: file, loaded: false };
    this.modules.set(file, module);
    const base = requireFrom(file);
    const dir = path.dirname(file);
    const require = Object.assign((id: string) => (id.startsWith('./vendor/') && id.endsWith('.js') ? this.load(path.join(dir, id)) : base(id)), base);
    (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, require, module, file, dir);
    module.loaded = true;
    return module.exports;
  }

  /**
   * Writes the caches of the files loaded without one (or with one V8 rejected), made from the
   * code as it ran: functions the run compiled are in the cache too. Call at the end of the run.
   */
  save(): void {
    // A run that ended on an error of the program itself (INTERNAL_ERROR) may have run damaged code: the caches it ran go too.
    const failed = (globalThis as Record<symbol, unknown>)[INTERNAL_ERROR] === true;
    for (const { mark, cache } of this.marks.splice(0)) {
      try {
        if (failed) removeFile(cache);
        removeFile(mark);
      } catch {
        // A folder made read-only meanwhile, a mark replaced by a folder: the next run finds the mark and compiles anew.
      }
    }
    if (failed) return;
    const dir = this.cacheDir();
    if (!dir) return;
    const pending = this.pending.splice(0);
    for (const { script, file, key, purposes } of pending) {
      try {
        const line = `${MAGIC}${key}${purposes.join(',').replace(/\n/g, ' ')}`;
        // Padded so that the code starts at a multiple of 8 bytes: V8 copies cached data it is given out of alignment.
        const header = `${line}${' '.repeat(7 - (Buffer.byteLength(line) % 8))}\n`;
        writeAtomically(path.join(dir, cacheName(file)), Buffer.concat([Buffer.from(header), script.createCachedData()]));
      } catch {
        // No cache this time: the next run compiles again.
      }
    }
    if (pending.length) prune(dir);
  }

  /** The cache folder when it is the user's own (made if missing), else undefined. Checked once. */
  private cacheDir(): string | undefined {
    if (this.dirChecked !== null) return this.dirChecked;
    this.dirChecked = undefined;
    const dir = this.options.dir;
    if (!dir || typeof process.getuid !== 'function') return undefined;
    try {
      fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
      const stat = fs.lstatSync(dir);
      if (stat.isDirectory() && !stat.isSymbolicLink() && stat.uid === process.getuid() && (stat.mode & 0o022) === 0) this.dirChecked = dir;
    } catch {
      // No folder, no cache.
    }
    return this.dirChecked;
  }

  /**
   * Whether the cache `name` in `dir` may be run, leaving this run's mark beside it
   * (`NAME.PID.running`, removed by `save` when the run ends). V8 checks a cache's form but not
   * its bytes: one damaged on the disk can crash or hang every run that takes it. A run that died
   * while it ran a cache (a crash, or a hang the user ended) leaves its mark; the next run finds
   * it, with no process of that number alive, and removes the cache and the marks, compiling
   * anew. Runs going on at the same time each leave their own mark and take nobody's for a crash.
   */
  private markRun(dir: string, name: string): boolean {
    try {
      const prefix = `${name}.`;
      let died = false;
      for (const entry of fs.readdirSync(dir)) {
        if (!entry.startsWith(prefix) || !entry.endsWith(RUNNING)) continue;
        const pid = Number(entry.slice(prefix.length, -RUNNING.length));
        // A mark of this process's own number is an earlier process's: this one has left none yet.
        if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) continue;
        died = true;
        // Recursive: a folder in a mark's place (links are removed, not followed) would otherwise stop every run from using the cache.
        removeFile(path.join(dir, entry), true);
      }
      if (died) {
        removeFile(path.join(dir, name));
        return false;
      }
      const mark = path.join(dir, `${prefix}${process.pid}${RUNNING}`);
      fs.closeSync(fs.openSync(mark, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | (fs.constants.O_NOFOLLOW ?? 0), 0o600));
      this.marks.push({ mark, cache: path.join(dir, name) });
      return true;
    } catch {
      // A run that cannot leave its mark does not take the cache.
      return false;
    }
  }

  /** The cache of `file` made under `key` and the purposes of the runs that made it, when there is one we may trust. */
  private read(file: string, key: string): { data: Buffer; purposes: string[] } | undefined {
    const dir = this.cacheDir();
    if (!dir) return undefined;
    let fd: number | undefined;
    try {
      // Not through a link, and without waiting on a FIFO planted there (the type is checked next).
      const name = cacheName(file);
      fd = fs.openSync(path.join(dir, name), fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0) | (fs.constants.O_NONBLOCK ?? 0));
      const stat = fs.fstatSync(fd);
      if (!stat.isFile() || stat.uid !== process.getuid!() || (stat.mode & 0o022) !== 0 || stat.size > MAX_CACHE_BYTES) return undefined;
      const data = Buffer.alloc(stat.size);
      let at = 0;
      while (at < data.length) {
        const n = fs.readSync(fd, data, at, data.length - at, at);
        if (n === 0) return undefined;
        at += n;
      }
      const header = Buffer.from(MAGIC + key);
      if (data.length <= header.length || !data.subarray(0, header.length).equals(header)) return undefined;
      const end = data.indexOf(0x0a, header.length);
      if (end < 0) return undefined;
      if (!this.markRun(dir, name)) return undefined;
      return { data: data.subarray(end + 1), purposes: data.subarray(header.length, end).toString('utf8').trimEnd().split(',') };
    } catch {
      return undefined;
    } finally {
      if (fd !== undefined) fs.closeSync(fd);
    }
  }
}

/**
 * A `require` that resolves from `file` as Node's would for a module there. Node's
 * `Module.createRequire`, reached through this module's own record: importing `node:module` for it
 * would load Node's ES module loader and source-map modules, compiled from their source at every
 * start (a few million instructions a run that never uses them).
 */
function requireFrom(file: string): NodeJS.Require {
  return (module.constructor as unknown as { createRequire(file: string): NodeJS.Require }).createRequire(file);
}

/** Whether a process with this number is alive (one of another user's counts). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The cache file's name: the bundle's name and a hash of its full path, Node's version and the
 * machine's architecture (two installs, or two Nodes run in turns, do not take turns on one file).
 */
export function cacheName(file: string): string {
  const named = `${file}\n${process.version}\n${process.arch}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < named.length; i++) hash = Math.imul(hash ^ named.charCodeAt(i), 0x01000193) >>> 0;
  return `${path.basename(file)}-${hash.toString(16).padStart(8, '0')}.cache`;
}

/** Removes the oldest cache files of `dir` past MAX_CACHE_FILES (an install removed leaves its caches behind). */
function prune(dir: string): void {
  try {
    const files = fs
      .readdirSync(dir)
      .filter((name) => name.endsWith('.cache'))
      .map((name) => ({ file: path.join(dir, name), time: fs.lstatSync(path.join(dir, name)).mtimeMs }))
      .sort((a, b) => b.time - a.time);
    for (const { file } of files.slice(MAX_CACHE_FILES)) removeFile(file);
  } catch {
    // Pruning is housekeeping: a failure leaves a few files more.
  }
}
