/**
 * Code the command line loads only when a command asks for it, so that `reportwright lint`
 * and `--help` never read the export code (the Word writer alone is as large as the linter),
 * nor set up the modules only `outline`, `init` and `teach` use (the renderer, the templates).
 *
 * Written as a require so that the tests' TypeScript loader (tsx, CommonJS) follows it. esbuild
 * keeps such a module in the bundle but sets it up (runs its top level and its imports') only
 * when the require runs: its functions are compiled, and land in the code cache, only for the
 * commands that use them.
 */
export function loadExportCommand(): Promise<typeof import('./exportCommand')> {
  return Promise.resolve(require('./exportCommand') as typeof import('./exportCommand'));
}

export function loadOutlineCommand(): Promise<typeof import('./outlineCommand')> {
  return Promise.resolve(require('./outlineCommand') as typeof import('./outlineCommand'));
}

export function loadInitCommand(): Promise<typeof import('./initCommand')> {
  return Promise.resolve(require('./initCommand') as typeof import('./initCommand'));
}

export function loadTeachCommand(): Promise<typeof import('./teachCommand')> {
  return Promise.resolve(require('./teachCommand') as typeof import('./teachCommand'));
}
