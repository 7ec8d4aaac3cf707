import type { Node, ParseError } from 'jsonc-parser';
import { jsonc, toml } from '../libraries';
import type { Range } from '../text/lineIndex';
import type { FrontMatter, FrontMatterField } from './frontMatter';

/**
 * Reads the fields of a JSON front matter (`---json` … `---`, as static-site generators write
 * it) into `fm`. `toRange` maps offsets in `raw` to the document. Never throws.
 */
export function readJsonFields(fm: FrontMatter, raw: string, toRange: (from: number, to: number) => Range): void {
  const { parseTree, printParseErrorCode } = jsonc();
  const errors: ParseError[] = [];
  let root: Node | undefined;
  try {
    root = parseTree(raw, errors, { allowTrailingComma: true, disallowComments: false });
  } catch {
    root = undefined;
  }
  if (errors.length > 0 || !root) {
    fm.malformed = true;
    const e = errors[0];
    fm.problems.push({ kind: 'syntax', format: 'json', range: toRange(e?.offset ?? 0, (e?.offset ?? 0) + (e?.length ?? 0)), detail: e ? printParseErrorCode(e.error) : 'empty' });
    return;
  }
  if (root.type !== 'object') {
    fm.malformed = true;
    fm.problems.push({ kind: 'not-a-map', range: toRange(root.offset, root.offset + root.length), detail: '' });
    return;
  }
  for (const property of root.children ?? []) {
    const [key, value] = property.children ?? [];
    if (!key || typeof key.value !== 'string') continue;
    const field: FrontMatterField = {
      value: value ? nodeValue(value) : null,
      keyRange: toRange(key.offset, key.offset + key.length),
    };
    if (value) field.valueRange = toRange(value.offset, value.offset + value.length);
    fm.fields.set(key.value, field);
  }
}

function nodeValue(node: Node): unknown {
  switch (node.type) {
    case 'object': {
      const out: Record<string, unknown> = Object.create(null);
      for (const p of node.children ?? []) {
        const [k, v] = p.children ?? [];
        if (k && typeof k.value === 'string') out[k.value] = v ? nodeValue(v) : null;
      }
      return out;
    }
    case 'array':
      return (node.children ?? []).map(nodeValue);
    default:
      return node.value;
  }
}

/**
 * Reads the fields of a TOML front matter (`+++` … `+++`, Hugo's form) with a TOML parser.
 * Key ranges are found on the line that sets each top-level key. Never throws.
 */
export function readTomlFields(fm: FrontMatter, raw: string, toRange: (from: number, to: number) => Range): void {
  const { parse: parseToml, TomlError } = toml();
  let data: Record<string, unknown>;
  try {
    data = parseToml(raw) as Record<string, unknown>;
  } catch (error) {
    fm.malformed = true;
    let offset = 0;
    if (error instanceof TomlError) {
      const lines = raw.split(/\r\n|\r|\n/);
      for (let i = 0; i < error.line - 1 && i < lines.length; i++) offset += lines[i].length + 1;
      offset += Math.max(0, error.column - 1);
    }
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    fm.problems.push({ kind: 'syntax', format: 'toml', range: toRange(offset, offset), detail });
    return;
  }
  for (const [key, value] of Object.entries(data)) {
    const field: FrontMatterField = { value: value instanceof Date ? value.toISOString().slice(0, 10) : value };
    const at = new RegExp(`^[ \\t]*(?:"${escape(key)}"|'${escape(key)}'|${escape(key)})[ \\t]*=[ \\t]*`, 'm').exec(raw);
    if (at) {
      const keyStart = at.index + at[0].indexOf(at[0].trim()[0]);
      field.keyRange = toRange(keyStart, keyStart + key.length);
      const valueStart = at.index + at[0].length;
      const lineEnd = raw.slice(valueStart).search(/\r\n|\r|\n|$/);
      field.valueRange = toRange(valueStart, valueStart + lineEnd);
    }
    fm.fields.set(key, field);
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
