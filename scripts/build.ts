/** Bundles the extension and the command line with esbuild. `--watch` rebuilds on change. */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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
  // playwright-core (PDF export) is loaded from dist/playwright-core only when a PDF is made.
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode', 'playwright-core'] },
  { ...common, entryPoints: ['src/cli/index.ts'], outfile: 'dist/cli.js', external: ['playwright-core'], banner: { js: `#!/usr/bin/env node\n${common.banner!.js}` } },
  // Its own package beside the bundles: it finds its package.json one folder up from its code.
  { ...common, entryPoints: ['node_modules/playwright-core/index.js'], outfile: 'dist/playwright-core/lib/index.js', define: {}, banner: {}, sourcemap: false },
];

/** What playwright-core reads from its package folder at run time (its version, its browsers' list), beside its bundle. */
function writePlaywrightPackage(): void {
  const { name, version, license } = JSON.parse(readFileSync('node_modules/playwright-core/package.json', 'utf8'));
  mkdirSync('dist/playwright-core', { recursive: true });
  writeFileSync('dist/playwright-core/package.json', JSON.stringify({ name, version, license, main: 'lib/index.js', private: true }, null, 2) + '\n');
  for (const file of ['browsers.json', 'LICENSE', 'NOTICE']) copyFileSync(`node_modules/playwright-core/${file}`, `dist/playwright-core/${file}`);
}

async function run(): Promise<void> {
  writePlaywrightPackage();
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
