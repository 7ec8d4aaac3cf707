/**
 * Libraries the linter needs for some inputs only, read on first use instead of when the linter
 * loads: a lint of a plain Markdown report reads none of them.
 *
 * - yaml: YAML front matter, `.reportwright.yaml`.
 * - jsonc-parser: JSON front matter, `.reportwright.json`, kind files.
 * - smol-toml: TOML front matter (`+++`).
 * - htmlparser2: reports whose body is HTML (a CMS export).
 * - re2js: patterns and globs a workspace's configuration or kind files supply.
 *
 * Each is a synchronous `require`, so the synchronous parse and lint can ask for it where it is
 * needed. In the extension's bundle the library is inside the bundle (esbuild runs its module on
 * first require); the command line's bundle reads it from its own file in `dist/vendor/`
 * (scripts/build.ts), so that a start neither compiles nor runs what the report does not use.
 */
import type * as Yaml from 'yaml';
import type * as JsoncParser from 'jsonc-parser';
import type * as SmolToml from 'smol-toml';
import type * as Htmlparser2 from 'htmlparser2';
import type * as Re2js from 're2js';

let yamlModule: typeof Yaml | undefined;
let jsoncModule: typeof JsoncParser | undefined;
let tomlModule: typeof SmolToml | undefined;
let htmlModule: typeof Htmlparser2 | undefined;
let re2Module: typeof Re2js | undefined;

/** The `yaml` package (YAML 1.2 parser and writer). */
export function yaml(): typeof Yaml {
  return (yamlModule ??= require('yaml') as typeof Yaml);
}

/** The `jsonc-parser` package (JSON with comments, with node offsets for exact ranges). */
export function jsonc(): typeof JsoncParser {
  return (jsoncModule ??= require('jsonc-parser') as typeof JsoncParser);
}

/** The `smol-toml` package (TOML 1.0). */
export function toml(): typeof SmolToml {
  return (tomlModule ??= require('smol-toml') as typeof SmolToml);
}

/** The `htmlparser2` package; only its `Parser` is used. */
export function htmlparser(): typeof Htmlparser2 {
  return (htmlModule ??= require('htmlparser2') as typeof Htmlparser2);
}

/** The `re2js` package (RE2 semantics: linear time on any input, for patterns a workspace writes). */
export function re2(): typeof Re2js {
  return (re2Module ??= require('re2js') as typeof Re2js);
}
