/**
 * The linter as the product ships it: src/core bundled into one CommonJS file with the
 * extension's esbuild settings (scripts/build.ts), written to bench/.tools/core.js and loaded
 * from there. The extension and the command line run bundles; loading the sources through
 * tsx's per-module loader instead would time that loader (each call between modules goes
 * through an export getter), not the linter — and markdown-it, which the bench compares with,
 * is loaded as the single file its package ships.
 */
import { buildSync } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fieldsAsAssignments } from '../scripts/markdownItFields';
import * as path from 'node:path';
import type * as Core from '../src/core';

export function loadBundledCore(): typeof Core {
  const root = path.join(__dirname, '..');
  const outfile = path.join(root, 'bench', '.tools', 'core.js');
  mkdirSync(path.dirname(outfile), { recursive: true });
  // markdown-it as the shipped bundles have it (scripts/build.ts's plugin, which the synchronous
  // API cannot run): its class fields as plain assignments, beside the bundle.
  const markdownIt = path.join(root, 'bench', '.tools', 'markdown-it.mjs');
  writeFileSync(markdownIt, fieldsAsAssignments(readFileSync(path.join(root, 'node_modules', 'markdown-it', 'dist', 'markdown-it.mjs'), 'utf8')).code);
  buildSync({
    alias: { 'markdown-it': markdownIt },
    entryPoints: [path.join(root, 'src', 'core', 'index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    mainFields: ['module', 'main'],
    define: { 'import.meta.url': 'importMetaUrl' },
    banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
    logLevel: 'warning',
  });
  return require(outfile) as typeof Core;
}
