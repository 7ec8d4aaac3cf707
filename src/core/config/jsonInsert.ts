import type { Node } from 'jsonc-parser';
import { jsonc } from '../libraries';

/**
 * Appends `value` to the array at `path` (keys of nested objects) of a JSON text (comments
 * allowed) by inserting text, so that nothing already written changes: a one-line object or
 * array stays on one line, a multi-line one gets a line at its last member's indentation. The
 * objects and the array are created where missing. Returns undefined for a shape this does not
 * handle (the caller then uses jsonc-parser's modify); the caller checks the result by reading
 * it back.
 */
export function insertIntoJsonList(text: string, path: readonly string[], value: string, eol: string, unit: string): string | undefined {
  const { findNodeAtLocation, parseTree } = jsonc();
  const tree = parseTree(text, [], { allowTrailingComma: true, disallowComments: false });
  if (!tree || tree.type !== 'object') return undefined;
  let node: Node = tree;
  let depth = 0;
  while (depth < path.length && node.type === 'object') {
    const child = findNodeAtLocation(node, [path[depth]]);
    if (!child) break;
    node = child;
    depth++;
  }
  const multiLine = text.slice(node.offset, node.offset + node.length).includes('\n');
  const items = node.children ?? [];
  const last = items[items.length - 1];
  let member: string;
  let nested: unknown;
  if (depth === path.length) {
    if (node.type !== 'array') return undefined;
    member = JSON.stringify(value);
    nested = undefined;
  } else {
    if (node.type !== 'object') return undefined;
    const rest = path.slice(depth);
    nested = rest.slice(1).reduceRight<unknown>((inner, key) => ({ [key]: inner }), [value]);
    member = `${JSON.stringify(rest[0])}: `;
  }
  const inline = (v: unknown): string => (Array.isArray(v) ? `[${v.map((x) => JSON.stringify(x)).join(', ')}]` : `{ ${Object.entries(v as object).map(([k, x]) => `${JSON.stringify(k)}: ${inline(x)}`).join(', ')} }`);
  if (last) {
    const at = last.offset + last.length;
    if (!multiLine) return splice(text, at, `, ${member}${nested === undefined ? '' : inline(nested)}`);
    const indent = lineIndent(text, last.offset);
    return splice(text, at, `,${eol}${indent}${member}${nested === undefined ? '' : block(nested, indent, unit, eol)}`);
  }
  // An empty object or array: "{}" → "{ "synonyms": … }" on its line, or spread over lines at the root.
  const at = node.offset + 1;
  if (node === tree) {
    const indent = lineIndent(text, node.offset) + unit;
    return splice(text, at, `${eol}${indent}${member}${nested === undefined ? '' : block(nested, indent, unit, eol)}${eol}${lineIndent(text, node.offset)}`);
  }
  return splice(text, at, node.type === 'array' ? member : ` ${member}${inline(nested)} `);
}

/** A value as indented JSON, its continuation lines at `indent`. */
function block(value: unknown, indent: string, unit: string, eol: string): string {
  return JSON.stringify(value, null, unit).split('\n').join(eol + indent);
}

/** The whitespace that starts the line holding `offset`. */
function lineIndent(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(start, offset))![0];
}

function splice(text: string, at: number, insert: string): string {
  return text.slice(0, at) + insert + text.slice(at);
}
