/**
 * Set to true on `globalThis` by a run of the command line that ends on an error of the program
 * itself (an internal error, an uncaught exception). The code cache (codeCache.ts) removes the
 * caches such a run took: damaged compiled code is one cause of an internal error. A symbol in
 * the global registry, because dist/cli.js and dist/cli-main.js are separate bundles.
 */
export const INTERNAL_ERROR = Symbol.for('reportwright.internalError');
