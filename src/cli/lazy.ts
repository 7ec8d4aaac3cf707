/**
 * Code the command line loads only when a command asks for it, so that `reportwright lint`
 * and `--help` never read the export code (the Word writer alone is as large as the linter).
 *
 * Written as a require so that the tests' TypeScript loader (tsx, CommonJS) follows it. The
 * published bundle does not use this body: scripts/build.ts swaps it for `import('./exportCommand')`,
 * the form esbuild splits into a chunk of its own that Node reads only on `reportwright export`.
 */
export function loadExportCommand(): Promise<typeof import('./exportCommand')> {
  return Promise.resolve(require('./exportCommand') as typeof import('./exportCommand'));
}
