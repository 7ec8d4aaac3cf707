import type { Node } from 'yaml';
import { yaml } from '../libraries';

/**
 * Appends `value` to the list at `path` (keys of nested mappings) of a YAML text by inserting
 * text, so that nothing already written changes: not a comment, not a space, not a quote. The
 * mappings and the list are created where missing, in block style (two spaces a level) or, in a
 * flow collection (`{ en: [a] }`), in flow style. Keys are plain words (`synonyms`, role ids,
 * `vi`/`en`). Returns undefined when the text's shape is not one this handles (the caller then
 * falls back to the yaml library's own rendering). A byte order mark is kept.
 */
export function insertIntoYamlList(text: string, path: readonly string[], value: string, eol: string): string | undefined {
  const { isMap, isSeq, parseDocument } = yaml();
  const doc = parseDocument(text);
  if (doc.errors.length) return undefined;
  const root = doc.contents as Node | null;
  if (root === null) {
    const before = text.length === 0 || /\n$/.test(text) ? '' : eol;
    return text + before + blockTail(path, value, 0, eol).slice(eol.length) + eol;
  }
  let node: Node = root;
  let depth = 0;
  while (depth < path.length && isMap(node)) {
    const child = node.get(path[depth], true) as Node | undefined;
    if (!child) break;
    node = child;
    depth++;
  }
  const range = node.range;
  if (!range) return undefined;
  if (depth === path.length) {
    if (!isSeq(node)) return undefined;
    const last = node.items[node.items.length - 1] as Node | undefined;
    if (node.flow) {
      // Right after the last item ("[a, b]" → "[a, b, "c"]"), else inside the empty brackets.
      const at = last?.range ? last.range[1] : text.lastIndexOf(']', range[1] - 1);
      if (at < range[0]) return undefined;
      return splice(text, at, (last ? ', ' : '') + JSON.stringify(value));
    }
    const end = lineEnd(text, last?.range?.[1] ?? range[1]);
    return splice(text, end, `${eol}${' '.repeat(column(text, range[0]))}- ${scalar(value)}`);
  }
  if (!isMap(node)) return undefined;
  const rest = path.slice(depth);
  const lastPair = node.items[node.items.length - 1] as { key?: Node; value?: Node | null } | undefined;
  const lastEnd = lastPair?.value?.range?.[1] ?? lastPair?.key?.range?.[1];
  if (node.flow) {
    const at = lastEnd ?? text.lastIndexOf('}', range[1] - 1);
    if (at < range[0]) return undefined;
    return splice(text, at, (lastPair ? ', ' : '') + flowTail(rest, value));
  }
  return splice(text, lineEnd(text, lastEnd ?? range[1]), blockTail(rest, value, column(text, range[0]), eol));
}

/** `eol  key:` … `- value` for the keys still missing, at an indentation of `indent` spaces. */
function blockTail(keys: readonly string[], value: string, indent: number, eol: string): string {
  let out = '';
  keys.forEach((key, i) => (out += `${eol}${' '.repeat(indent + 2 * i)}${key}:`));
  return `${out}${eol}${' '.repeat(indent + 2 * keys.length)}- ${scalar(value)}`;
}

function flowTail(keys: readonly string[], value: string): string {
  const [key, ...more] = keys;
  return `${key}: ${more.length ? `{ ${flowTail(more, value)} }` : `[${JSON.stringify(value)}]`}`;
}

/** The value as a block scalar on one line, quoted only when YAML needs it ("Việc: sau" is quoted). */
function scalar(value: string): string {
  return yaml().stringify(value, { lineWidth: 0 }).replace(/\r?\n$/, '');
}

/** Where the line that holds the character before `offset` ends (before its line break; after a trailing comment). */
function lineEnd(text: string, offset: number): number {
  let i = Math.max(0, Math.min(offset, text.length));
  // A block collection's range ends after its last line break: step back onto that line.
  if (i > 0 && text[i - 1] === '\n') return text[i - 2] === '\r' ? i - 2 : i - 1;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

function column(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

function splice(text: string, at: number, insert: string): string {
  return text.slice(0, at) + insert + text.slice(at);
}
