/** Bundles the extension and the command line with esbuild. `--watch` rebuilds on change. */
import { type BuildOptions, context, build } from 'esbuild';

const common: BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  sourcemap: true,
  minify: process.argv.includes('--minify'),
  logLevel: 'warning',
  // ES module builds first: jsonc-parser's UMD build loads its parts with requires a bundle cannot follow.
  mainFields: ['module', 'main'],
  // Some dependencies are ES modules that read import.meta.url; give the CommonJS bundle one.
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
};

const targets: BuildOptions[] = [
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['src/cli/index.ts'], outfile: 'dist/cli.js', banner: { js: `#!/usr/bin/env node\n${common.banner!.js}` } },
];

async function run(): Promise<void> {
  if (process.argv.includes('--watch')) {
    for (const target of targets) await (await context(target)).watch();
    console.log('watching src/ …');
    return;
  }
  await Promise.all(targets.map((target) => build(target)));
}

run().catch((error) => {
  console.error(error);
  process.exit(1);
});
