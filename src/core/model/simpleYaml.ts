/**
 * YAML front matter of plain `key: value` lines, read without the YAML library. Most reports'
 * front matter is a few such lines (`kind: review`, `lang: vi`, `period: 2024`); loading and
 * running the library for them costs a command-line lint several milliseconds at every start.
 *
 * Only a subset whose reading is certain is taken here, with the values YAML 1.2's core schema
 * gives them (the schema the `yaml` library reads front matter with): each line empty, a comment
 * starting in its first column, or an ASCII key at the line's start, a colon, spaces and a plain
 * scalar that is a string, a decimal integer (`parseInt`, as the library) or `true`/`false`.
 * Anything else (indentation, quotes, flow collections, anchors, tags, block scalars, a tab or
 * CR, null, floats and hex or octal numbers, a lone `-`, a repeated key, a key YAML reads as a
 * boolean or null, a value that holds `: ` or ` #`) is
 * left to the library: undefined is returned. The tests hold the two readings to each other.
 */

/** One `key: value` line: the value, and where the key and the value are, as offsets in the YAML text. */
export interface SimpleField {
  key: string;
  value: string | number | boolean;
  keyStart: number;
  keyEnd: number;
  valueStart: number;
  valueEnd: number;
}

const LINE = /^([A-Za-z_][A-Za-z0-9_-]*):( +)([^\s?:,[\]{}#&*!|>'"%@`][^\t]*?) *$/;
/** What YAML's core schema reads as something other than a string or a decimal integer: null, floats, hex and octal. */
const NOT_SIMPLE = /^(?:~|[Nn]ull|NULL)$|^0o[0-7]+$|^0x[0-9a-fA-F]+$|^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$|^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$|^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
const NOT_SIMPLE_KEY = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE|[Nn]ull|NULL)$/;
const INTEGER = /^[-+]?[0-9]+$/;
const BOOLEAN = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;

/** The fields of `yaml` when every line is in the subset above, else undefined (the library must read it). */
export function readSimpleYaml(yaml: string): SimpleField[] | undefined {
  if (yaml.includes('\r') || yaml.includes('\t')) return undefined;
  const fields: SimpleField[] = [];
  const keys = new Set<string>();
  let at = 0;
  for (const line of yaml.split('\n')) {
    const start = at;
    at += line.length + 1;
    if (line === '' || line[0] === '#') continue;
    const m = LINE.exec(line);
    if (!m) return undefined;
    const [, key, spaces, text] = m;
    // A value a mapping, a comment or a sequence could begin in, or a key already given: the library's.
    if (text.includes(': ') || text.includes(' #') || text.endsWith(':') || (text[0] === '-' && (text.length === 1 || text[1] === ' ')) || keys.has(key)) return undefined;
    // A key YAML reads as a boolean or null ("True:", "null:") is not the string it looks like.
    if (NOT_SIMPLE_KEY.test(key)) return undefined;
    if (NOT_SIMPLE.test(text)) return undefined;
    keys.add(key);
    const valueStart = start + key.length + 1 + spaces.length;
    fields.push({
      key,
      value: INTEGER.test(text) ? parseInt(text, 10) : BOOLEAN.test(text) ? text[0] === 't' || text[0] === 'T' : text,
      keyStart: start,
      keyEnd: start + key.length,
      valueStart,
      valueEnd: valueStart + text.length,
    });
  }
  // No field at all (blank lines and comments): the library says what that is.
  return fields.length > 0 ? fields : undefined;
}
