/**
 * The `reportwright` command (package.json "bin", built to dist/cli.js): starts the command
 * line's bundle (dist/cli-main.js) with its compiled code cached between runs.
 *
 * - Where the user has a cache folder (see codeCache.ts; none on Windows or with
 *   `NODE_DISABLE_COMPILE_CACHE`), on every Node: the bundle and the libraries it reads on first
 *   use (dist/vendor/) are compiled with a V8 code cache written when the run ends, so that it
 *   holds the functions the run compiled. Node's own compile cache (`module.enableCompileCache`,
 *   Node 22.1 and later) is written when a file is compiled and holds only its top level: a lint
 *   on Node 24 took Node's start + 80 ms with it and + 45 ms with ours (10 KB report, best of 25).
 * - Otherwise, and with `--enable-source-maps`: the bundle is required as usual, with Node's own
 *   cache where Node has one.
 */
import * as path from 'node:path';
import { CachedLoader, defaultCacheDir } from './codeCache';
import { INTERNAL_ERROR } from './internalError';

declare const REPORTWRIGHT_BUILD: string;

const main = path.join(__dirname, 'cli-main.js');
const dir = process.sourceMapsEnabled ? undefined : defaultCacheDir();
if (dir) {
  // The command, for the cache to know what the runs that made it did (a lint after a --help adds the linter's code).
  const command = process.argv[2] ?? '';
  const purpose = ['lint', 'export', 'outline', 'init', 'teach'].includes(command) ? command : 'help';
  const loader = new CachedLoader({ dir, build: REPORTWRIGHT_BUILD, purpose });
  process.on('uncaughtExceptionMonitor', () => ((globalThis as Record<symbol, unknown>)[INTERNAL_ERROR] = true));
  process.once('exit', () => loader.save());
  loader.load(main);
} else {
  try {
    // Required here, not imported: Node's module API loads its ES module loader with it, which a run with our own cache never needs.
    (require('node:module') as { enableCompileCache?: () => unknown }).enableCompileCache?.();
  } catch {
    // Node's cache is only ever a saving.
  }
  require(main);
}
