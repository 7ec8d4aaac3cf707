/** Bundles the extension and the command line with esbuild. `--watch` rebuilds on change. */
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
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

/**
 * The command line: ES modules split into chunks (dist/cli.mjs and dist/cli-*.mjs), so that
 * `reportwright lint` reads only the linter and the export code (Word, PDF, HTML) is read when
 * an export asks for it. Always minified: it is what the npm package ships and what CI starts
 * on every run; its source map stays in dist/ for `node --enable-source-maps`.
 */
const cli: BuildOptions = {
  ...common,
  entryPoints: { cli: 'src/cli/index.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  chunkNames: 'cli-[name]-[hash]',
  format: 'esm',
  splitting: true,
  minify: true,
  external: ['playwright-core'],
  // yaml's ES module build (the same code as the CommonJS one Node would pick): esbuild keeps
  // what the linter uses, without a CommonJS wrapper to compile and run per module at start.
  alias: {
    yaml: './node_modules/yaml/browser/index.js',
    // The linter reads HTML bodies with htmlparser2's Parser only: its module alone, without the
    // package's DOM builder and serializer (and their entity tables) to compile and run at start.
    htmlparser2: './node_modules/htmlparser2/dist/esm/Parser.js',
  },
  define: {},
  // CommonJS dependencies require Node's modules, and PDF export finds playwright-core from __dirname.
  banner: {
    js: [
      "import { createRequire as __rwRequire } from 'node:module';",
      "import { fileURLToPath as __rwPath } from 'node:url';",
      "import { dirname as __rwDirname } from 'node:path';",
      'const require = __rwRequire(import.meta.url);',
      'const __filename = __rwPath(import.meta.url);',
      'const __dirname = __rwDirname(__filename);',
    ].join(' '),
  },
  plugins: [
    {
      // src/cli/lazy.ts requires the export command for the tests' loader; the bundle imports it, which esbuild splits off.
      name: 'lazy-commands',
      setup(build) {
        build.onLoad({ filter: /[\\/]src[\\/]cli[\\/]lazy\.ts$/ }, (args) => ({
          contents: "export const loadExportCommand = () => import('./exportCommand');",
          loader: 'ts',
          resolveDir: path.dirname(args.path),
        }));
      },
    },
  ],
};

const targets: BuildOptions[] = [
  // playwright-core (PDF export) is loaded from dist/playwright-core only when a PDF is made.
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode', 'playwright-core'] },
  cli,
  // Its own package beside the bundles: it finds its package.json one folder up from its code.
  // Always minified: nobody steps through it, and it is most of the npm package's size.
  { ...common, entryPoints: ['node_modules/playwright-core/index.js'], outfile: 'dist/playwright-core/lib/index.js', define: {}, banner: {}, sourcemap: false, minify: true },
];

/**
 * The `reportwright` command (package.json "bin"): a CommonJS file that starts the ES module
 * bundle. On Node 22.1 and later it turns on Node's compile cache (in the system's temporary
 * folder, as Node chooses), so that later runs skip compiling the bundle.
 */
function writeCliEntry(): void {
  mkdirSync('dist', { recursive: true });
  rmSync('dist/cli.js.map', { force: true });
  const entry = [
    '#!/usr/bin/env node',
    "'use strict';",
    "try { require('node:module').enableCompileCache?.(); } catch {}",
    "import('./cli.mjs');",
    '',
  ].join('\n');
  writeFileSync('dist/cli.js', entry);
  chmodSync('dist/cli.js', 0o755);
}

/** Chunks of an earlier build: their names carry a hash, so a new build would leave the old ones behind. */
function removeOldChunks(): void {
  if (!existsSync('dist')) return;
  for (const name of readdirSync('dist')) if (/^cli-.*\.mjs(\.map)?$/.test(name)) rmSync(path.join('dist', name));
}

/** What playwright-core reads from its package folder at run time (its version, its browsers' list), beside its bundle. */
function writePlaywrightPackage(): void {
  const { name, version, license } = JSON.parse(readFileSync('node_modules/playwright-core/package.json', 'utf8'));
  mkdirSync('dist/playwright-core', { recursive: true });
  writeFileSync('dist/playwright-core/package.json', JSON.stringify({ name, version, license, main: 'lib/index.js', private: true }, null, 2) + '\n');
  for (const file of ['browsers.json', 'LICENSE', 'NOTICE']) copyFileSync(`node_modules/playwright-core/${file}`, `dist/playwright-core/${file}`);
}

/** The page layout the PDF export runs in the page it prints (media/pagedParts.js, media/paged.js), beside the command line's bundle: the npm package has no media/. */
function copyPageLayout(): void {
  mkdirSync('dist', { recursive: true });
  for (const file of ['pagedParts.js', 'paged.js']) copyFileSync(`media/${file}`, `dist/${file}`);
}

async function run(): Promise<void> {
  writePlaywrightPackage();
  copyPageLayout();
  removeOldChunks();
  writeCliEntry();
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
