/**
 * The `reportwright` command (package.json "bin", built to dist/cli.js): starts the command
 * line's bundle (dist/cli-main.js) with its compiled code cached between runs.
 *
 * - Node 22.1 and later: Node's own compile cache (`module.enableCompileCache`, in the folder
 *   Node chooses), then the bundle is required as usual.
 * - Earlier Node: the bundle and the libraries it reads on first use (dist/vendor/) are compiled
 *   with a V8 code cache in the user's cache folder (see codeCache.ts), written when the run
 *   ends. With `--enable-source-maps`, or where there is no such folder, the bundle is required
 *   as usual.
 */
import * as module from 'node:module';
import * as path from 'node:path';
import { CachedLoader, defaultCacheDir } from './codeCache';

declare const REPORTWRIGHT_BUILD: string;

const main = path.join(__dirname, 'cli-main.js');
const nodeCache = (module as { enableCompileCache?: () => unknown }).enableCompileCache;
const dir = defaultCacheDir();
if (typeof nodeCache === 'function' || process.sourceMapsEnabled || !dir) {
  try {
    nodeCache?.();
  } catch {
    // Node's cache is only ever a saving.
  }
  require(main);
} else {
  // The command, for the cache to know what the runs that made it did (a lint after a --help adds the linter's code).
  const command = process.argv[2] ?? '';
  const purpose = ['lint', 'export', 'outline', 'init', 'teach'].includes(command) ? command : 'help';
  const loader = new CachedLoader({ dir, build: REPORTWRIGHT_BUILD, purpose });
  process.once('exit', () => loader.save());
  loader.load(main);
}
