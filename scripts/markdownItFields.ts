/**
 * markdown-it's class fields as plain assignments, for the bundles.
 *
 * markdown-it's published build (15.x, compiled by oxc) writes each class field as a call,
 * `_defineProperty(this, "map", null)`, whose helper converts the name with `toPropertyKey` and
 * `toPrimitive` at every call. Every token and every parser state is made that way: on a 1 MB
 * report the helper was a fifth of a cold parse's time by `node --cpu-prof` (112 ms of 581), and
 * its keyed stores kept V8 from giving tokens a fixed shape (garbage collection 101 ms → 46 ms
 * without it). Written `this.map = null`, each is the same field with the same value: these
 * classes have no setters and no fields of the same name on their prototypes, so assignment
 * and definition give the same object.
 *
 * Errors: none thrown. A file with no such call is returned as it is (`count` 0), so that a
 * later markdown-it built another way still bundles; scripts/build.ts warns then.
 */

import { readFileSync } from 'node:fs';
import type { Plugin } from 'esbuild';

/** `_defineProperty(this, /* comment *\/ "name", value)` up to its value. */
const FIELD_CALL = /_defineProperty\(\s*this,\s*(?:\/\*(?:[^*]|\*(?!\/))*\*\/\s*)?"([A-Za-z_$][A-Za-z0-9_$]*)",\s*/g;

/**
 * Each `_defineProperty(this, "name", value)` of `code` written `this.name = value`.
 * Returns the code and how many calls were rewritten. A call whose value's end cannot be found
 * (an unbalanced bracket or string) is left as it was.
 */
export function fieldsAsAssignments(code: string): { code: string; count: number } {
  let out = '';
  let from = 0;
  let count = 0;
  FIELD_CALL.lastIndex = 0;
  for (let match = FIELD_CALL.exec(code); match; match = FIELD_CALL.exec(code)) {
    const valueStart = match.index + match[0].length;
    const close = closingParen(code, valueStart);
    if (close < 0) continue;
    const value = code.slice(valueStart, close).trim().replace(/,$/, '').trim();
    out += `${code.slice(from, match.index)}this.${match[1]} = ${value}`;
    from = close + 1;
    FIELD_CALL.lastIndex = from;
    count++;
  }
  return { code: out + code.slice(from), count };
}

/** The offset of the `)` that closes a call whose argument starts at `start`, or -1: brackets and quoted strings skipped over. */
function closingParen(code: string, start: number): number {
  let depth = 0;
  for (let i = start; i < code.length; i++) {
    const c = code[i];
    if (c === '"' || c === "'" || c === '`') {
      i = stringEnd(code, i);
      if (i < 0) return -1;
    } else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) return c === ')' ? i : -1;
      depth--;
    }
  }
  return -1;
}

/** The offset of the quote that ends the string opening at `start` (no template substitutions), or -1. */
function stringEnd(code: string, start: number): number {
  const quote = code[start];
  for (let i = start + 1; i < code.length; i++) {
    if (code[i] === '\\') i++;
    else if (code[i] === quote) return i;
    else if (quote === '`' && code[i] === '$' && code[i + 1] === '{') return -1;
  }
  return -1;
}

/** markdown-it's published files, as a bundler loads them. */
export const MARKDOWN_IT_DIST = /[\\/]node_modules[\\/]markdown-it[\\/]dist[\\/][^\\/]+\.m?js$/;

/** The esbuild plugin scripts/build.ts bundles with: each markdown-it file rewritten; a warning when nothing was. */
export const markdownItFields: Plugin = {
  name: 'markdown-it-fields',
  setup(build) {
    build.onLoad({ filter: MARKDOWN_IT_DIST }, (args) => {
      const { code, count } = fieldsAsAssignments(readFileSync(args.path, 'utf8'));
      const warnings = count ? [] : [{ text: `no class field of ${args.path} was rewritten: markdown-it is no longer built with _defineProperty calls (scripts/markdownItFields.ts)` }];
      return { contents: code, loader: 'js', warnings };
    });
  },
};
