/** Bundles the extension and the command line with esbuild. `--watch` rebuilds on change. */
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { type BuildOptions, context, build } from 'esbuild';
import { escapeRegexLiterals } from './asciiBundle';
import { markdownItFields } from './markdownItFields';

const IMPORT_META = "const importMeta = { get url() { return require('url').pathToFileURL(__filename).href; } };";
/**
 * The same for bundles of ES modules only (the command line's and its libraries'): their strict
 * mode stated before the banner, as a directive must open the file (esbuild's own "use strict"
 * comes after the banner, where it is only a string). The extension's bundle holds CommonJS
 * libraries written for sloppy mode, and keeps the plain banner.
 */
const STRICT_BANNER = { js: `"use strict";\n${IMPORT_META}` };

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
  // Some dependencies are ES modules that read import.meta.url; give the CommonJS bundle one,
  // made when read: Node's URL module would otherwise load at every start of the command line.
  define: { 'import.meta.url': 'importMeta.url' },
  banner: { js: IMPORT_META },
  plugins: [markdownItFields],
};

/**
 * Libraries the command line reads on first use, each bundled to its own file in dist/vendor/
 * (src/core/libraries.ts, src/cli/files.ts; docx and fflate for Word export): a lint compiles
 * and runs only what its report and configuration need. The name a `require` asks for → the
 * module bundled (yaml's and htmlparser2's ES module builds: the code the linter uses, without
 * a CommonJS wrapper per module, and of htmlparser2 its Parser alone).
 */
const VENDOR: Record<string, string> = {
  yaml: './node_modules/yaml/browser/index.js',
  'jsonc-parser': 'jsonc-parser',
  'smol-toml': 'smol-toml',
  htmlparser2: './node_modules/htmlparser2/dist/esm/Parser.js',
  re2js: 're2js',
  docx: 'docx',
  fflate: 'fflate',
  // Folders and globs on the command line (src/cli/files.ts, kinds.ts).
  tinyglobby: 'tinyglobby',
  // markdown-it's entity decoding (src/cli/entities.ts), its decoder alone.
  entities: './node_modules/entities/dist/decode.js',
};
/** Read with `require` when a look-alike letter is found (src/core/text/confusables.ts): copied as it is. */
const VENDOR_JSON: Record<string, string> = { 'unhomoglyph/data.json': 'node_modules/unhomoglyph/data.json' };
const vendorFile = (name: string) => `vendor/${name.replace(/\//g, '-')}${name.endsWith('.json') ? '' : '.js'}`;

/**
 * The command line: one CommonJS bundle (dist/cli-main.js) that dist/cli.js starts with a code
 * cache, and the libraries beside it in dist/vendor/. The export command (and the Word writer in
 * dist/vendor/docx.js) runs only when an export asks for it. Always minified: it is what the npm
 * package ships and what CI starts on every run; its source map stays in dist/ for
 * `node --enable-source-maps`.
 */
const cli: BuildOptions = {
  ...common,
  entryPoints: { 'cli-main': 'src/cli/index.ts' },
  banner: STRICT_BANNER,
  outdir: 'dist',
  // REPORTWRIGHT_PROFILE=1 npm run build: the same bundle with its names kept, for --cpu-prof.
  minify: false,
  minifyWhitespace: true,
  minifySyntax: true,
  minifyIdentifiers: !process.env.REPORTWRIGHT_PROFILE,
  // `import()` as a `require` in a promise: the code cache runs the bundle as a script (vm.Script), where Node before 22 has no `import()`.
  supported: { 'dynamic-import': false },
  external: ['playwright-core'],
  plugins: [
    markdownItFields,
    {
      name: 'vendor',
      setup(build) {
        // markdown-it's `import { decodeHTMLStrict } from "entities"`: src/cli/entities.ts, which reads the library on the first entity.
        build.onResolve({ filter: /^entities$/ }, (args) =>
          /[\\/]node_modules[\\/]markdown-it[\\/]/.test(args.importer) ? { path: path.resolve('src/cli/entities.ts') } : undefined,
        );
        const names = [...Object.keys(VENDOR), ...Object.keys(VENDOR_JSON)];
        const filter = new RegExp(`^(?:${names.map((n) => n.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')).join('|')})$`);
        build.onResolve({ filter }, (args) => ({ path: `./${vendorFile(args.path)}`, external: true }));
      },
    },
    {
      // The bundle as ASCII (scripts/asciiBundle.ts): V8 keeps it as a one-byte string, without decoding UTF-8 at every start.
      name: 'ascii',
      setup(build) {
        build.onEnd((result) => {
          if (result.errors.length) return;
          const map = JSON.parse(readFileSync('dist/cli-main.js.map', 'utf8'));
          const ascii = escapeRegexLiterals(readFileSync('dist/cli-main.js', 'utf8'), map);
          writeFileSync('dist/cli-main.js', ascii.code);
          writeFileSync('dist/cli-main.js.map', JSON.stringify(ascii.map));
        });
      },
    },
  ],
};

/** Each library of VENDOR as a CommonJS bundle of its own. */
const vendorTargets: BuildOptions[] = Object.entries(VENDOR).map(([name, entry]) => ({
  ...common,
  banner: STRICT_BANNER,
  entryPoints: [entry],
  outfile: `dist/${vendorFile(name)}`,
  sourcemap: false,
  minify: true,
}));

const targets: BuildOptions[] = [
  ...vendorTargets,
  // playwright-core (PDF export) is loaded from dist/playwright-core only when a PDF is made.
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode', 'playwright-core'] },
  cli,
  // Its own package beside the bundles: it finds its package.json one folder up from its code.
  // Always minified: nobody steps through it, and it is most of the npm package's size.
  { ...common, entryPoints: ['node_modules/playwright-core/index.js'], outfile: 'dist/playwright-core/lib/index.js', define: {}, banner: {}, sourcemap: false, minify: true },
];

/**
 * The `reportwright` command (package.json "bin"): src/cli/start.ts, which starts dist/cli-main.js
 * with a code cache (src/cli/codeCache.ts). It names the build by
 * a hash of the bundles it may cache, so that a cache made from another build is never used.
 */
async function writeCliEntry(): Promise<void> {
  const hash = createHash('sha256');
  for (const file of ['dist/cli-main.js', ...readdirSync('dist/vendor').sort().map((f) => `dist/vendor/${f}`)]) hash.update(file).update(readFileSync(file));
  await build({
    ...common,
    entryPoints: ['src/cli/start.ts'],
    outfile: 'dist/cli.js',
    sourcemap: false,
    // Node compiles this file from its source at every start (it is what reads the cache): the smaller, the sooner.
    minify: true,
    define: { REPORTWRIGHT_BUILD: JSON.stringify(hash.digest('hex').slice(0, 16)) },
    banner: { js: '#!/usr/bin/env node' },
  });
  chmodSync('dist/cli.js', 0o755);
}

/** The command line of an earlier build (ES module chunks, named by hash; the libraries' files): a new build would leave them behind. */
function removeOldChunks(): void {
  if (!existsSync('dist')) return;
  for (const name of readdirSync('dist')) if (/^cli(-.*)?\.mjs(\.map)?$|^cli\.js\.map$/.test(name)) rmSync(path.join('dist', name));
  rmSync('dist/vendor', { recursive: true, force: true });
}

/** The JSON data the command line reads with `require` (VENDOR_JSON), copied into dist/vendor/. */
function copyVendorJson(): void {
  mkdirSync('dist/vendor', { recursive: true });
  for (const [name, file] of Object.entries(VENDOR_JSON)) copyFileSync(file, `dist/${vendorFile(name)}`);
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

/** The bundles run in strict mode hold no CommonJS module (written for sloppy mode): a library that brings one must be kept out of them. */
function checkStrictBundles(): void {
  for (const target of targets) {
    if (target.banner !== STRICT_BANNER) continue;
    const files = target.outfile ? [target.outfile] : Object.keys(target.entryPoints as Record<string, string>).map((name) => path.join(target.outdir!, `${name}.js`));
    for (const file of files) {
      if (readFileSync(file, 'utf8').includes('__commonJS')) throw new Error(`${file} holds a CommonJS module and runs in strict mode (scripts/build.ts STRICT_BANNER): bundle it elsewhere, or without the strict banner`);
    }
  }
}

async function run(): Promise<void> {
  writePlaywrightPackage();
  copyPageLayout();
  removeOldChunks();
  copyVendorJson();
  await Promise.all(targets.map((target) => build(target)));
  checkStrictBundles();
  await writeCliEntry();
  if (process.argv.includes('--watch')) {
    // dist/cli.js names the first build; a rebuilt bundle has another size or time, so its cache is made anew.
    for (const target of targets) await (await context(target)).watch();
    console.log('watching src/ …');
  }
}

run().catch((error) => {
  console.error(error);
  process.exit(1);
});
