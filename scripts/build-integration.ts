/**
 * Bundles the integration suite (test/integration/suite/*.ts) into out/integration/, one file
 * per entry, for the VS Code extension host to load. `vscode` is provided by the host; mocha
 * stays external and resolves from the repo's node_modules, since out/ sits inside the repo.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const SUITE_DIR = 'test/integration/suite';
const OUT_DIR = 'out/integration';

async function run(): Promise<void> {
  const entryPoints = readdirSync(SUITE_DIR)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => join(SUITE_DIR, name));
  // A test removed from the sources must not keep running from a stale bundle.
  rmSync(OUT_DIR, { recursive: true, force: true });
  await build({
    entryPoints,
    outdir: OUT_DIR,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    logLevel: 'warning',
    external: ['vscode', 'mocha'],
    // As in scripts/build.ts: ES module builds first (jsonc-parser's UMD build cannot be bundled).
    mainFields: ['module', 'main'],
  });
  console.log(`bundled ${entryPoints.length} files into ${OUT_DIR}/`);
}

run().catch((error) => {
  console.error(error);
  process.exit(1);
});
