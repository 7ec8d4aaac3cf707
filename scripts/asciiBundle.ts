/**
 * Makes the command line's bundle ASCII, with its source map kept true.
 *
 * esbuild writes strings, templates and names as ASCII (its default `charset`), but leaves a
 * regular expression literal as written: `/biên bản/iu` stays in UTF-8. One such character makes
 * the whole 490 KB source a two-byte string in V8, decoded from UTF-8 at every start (about 11
 * million instructions of a 10 KB lint's 320 million, by callgrind). Written `\uXXXX`, each is the
 * same pattern (with the `u` flag a pair of surrogate escapes is one code point), and the
 * `.source` the linter builds other patterns from (src/core/text/gatedPattern.ts) is a pattern of
 * the same meaning.
 *
 * Errors: a character outside ASCII anywhere but in a regular expression literal or a comment
 * (a tagged template's raw text, which escaping would change) stops the build, with where it is.
 */

/** Each code unit above U+007F in a regular expression literal of `code` (or a comment), written `\uXXXX`; `map`'s generated columns moved to match. */
export function escapeRegexLiterals(code: string, map: { mappings: string }): { code: string; map: { mappings: string } } {
  const outside = nonAsciiOutsideRegex(code);
  if (outside.length) {
    const at = outside[0];
    throw new Error(`the bundle has a character outside ASCII outside a regular expression, at offset ${at}: …${code.slice(Math.max(0, at - 60), at + 20)}…`);
  }
  const lines = code.split('\n');
  const shifted = map.mappings.split(';').map((segments, line) => {
    const text = lines[line] ?? '';
    if (!/[^\x00-\x7f]/.test(text)) return segments;
    // The column each original column moves to: five more for every escaped unit before it.
    const before = new Int32Array(text.length + 1);
    for (let i = 0; i < text.length; i++) before[i + 1] = before[i] + (text.charCodeAt(i) > 0x7f ? 5 : 0);
    let column = 0;
    let previous = 0;
    return segments
      .split(',')
      .map((segment) => {
        if (!segment) return segment;
        const [delta, rest] = readVlq(segment);
        column += delta;
        const moved = column + before[Math.min(column, text.length)];
        const out = writeVlq(moved - previous) + rest;
        previous = moved;
        return out;
      })
      .join(',');
  });
  const escaped = code.replace(/(\\*)([^\x00-\x7f])/g, (_, slashes: string, c: string, at: number) => {
    // `/[\–]/` (an identity escape outside u mode) would become `[\\u2013]`: a backslash, "u", digits.
    if (slashes.length % 2 === 1) throw new Error(`a backslash before a character outside ASCII in a regular expression, at offset ${at + slashes.length}: write the character alone`);
    return `${slashes}\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  return { code: escaped, map: { ...map, mappings: shifted.join(';') } };
}

const CONTROL = new Set(['if', 'for', 'while', 'with']);
const KEYWORDS_BEFORE_EXPRESSION = new Set(['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await']);

/**
 * Offsets of the characters above U+007F in `code` (JavaScript) that are neither in a regular
 * expression literal nor in a comment. A slash starts a regular expression where an expression
 * may start: at the beginning, after punctuation other than `)`, `]` and `}`, after the `)` that
 * ends the head of an `if`, `for`, `while` or `with`, or after a keyword such as `return`.
 */
export function nonAsciiOutsideRegex(code: string): number[] {
  const found: number[] = [];
  /** Brace depths at which a template's `${` was opened. */
  const templates: number[] = [];
  let depth = 0;
  let last = '';
  let word = '';
  /** Whether the last name followed a dot (a property), and the last punctuation was `++` or `--`. */
  let property = false;
  let postfix = false;
  /** For each open parenthesis, whether it holds the head of `if`, `for`, `while` or `with` (after its `)` a statement starts). */
  const parens: boolean[] = [];
  const note = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (code.charCodeAt(k) > 0x7f) found.push(k);
  };
  const template = (from: number): number => {
    // From just after a backtick or a `}` closing `${`: to the closing backtick (returns after it) or `${` (returns after it, depth pushed).
    let i = from;
    while (i < code.length) {
      const c = code[i];
      if (c === '\\') i += 2;
      else if (c === '`') {
        note(from, i);
        return i + 1;
      } else if (c === '$' && code[i + 1] === '{') {
        note(from, i);
        templates.push(depth);
        depth++;
        return i + 2;
      } else i++;
    }
    note(from, i);
    return i;
  };
  let i = 0;
  while (i < code.length) {
    const c = code[i];
    if (c === '/' && code[i + 1] === '/') {
      const end = code.indexOf('\n', i);
      i = end < 0 ? code.length : end;
    } else if (c === '/' && code[i + 1] === '*') {
      const end = code.indexOf('*/', i + 2);
      i = end < 0 ? code.length : end + 2;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < code.length && code[j] !== c) j += code[j] === '\\' ? 2 : 1;
      note(i, j);
      i = j + 1;
      last = c;
      word = '';
    } else if (c === '`') {
      i = template(i + 1);
      last = '`';
      word = '';
    } else if (c === '/' && (last === '' || (word ? KEYWORDS_BEFORE_EXPRESSION.has(word) && !property : !')]}'.includes(last) && !postfix))) {
      let j = i + 1;
      let inClass = false;
      while (j < code.length && code[j] !== '\n' && (inClass || code[j] !== '/')) {
        if (code[j] === '\\') j++;
        else if (code[j] === '[') inClass = true;
        else if (code[j] === ']') inClass = false;
        j++;
      }
      j++;
      while (j < code.length && /[a-z]/.test(code[j])) j++;
      i = j;
      last = '/';
      word = '';
    } else if (/\s/.test(c)) {
      i++;
    } else if (/[A-Za-z0-9_$]/.test(c)) {
      let j = i;
      while (j < code.length && /[A-Za-z0-9_$]/.test(code[j])) j++;
      // `o.return / 2`: a name after a dot is a property, whatever its spelling.
      property = last === '.';
      word = code.slice(i, j);
      last = code[j - 1];
      i = j;
    } else {
      if (c === '(') parens.push(CONTROL.has(word));
      else if (c === ')' && parens.pop()) {
        // `for (…) /re/.test(x)`: the statement after a control head may start with a pattern.
        last = ';';
        postfix = false;
        word = '';
        i++;
        continue;
      }
      if (c === '{') depth++;
      else if (c === '}') {
        depth--;
        if (templates.length && templates[templates.length - 1] === depth) {
          templates.pop();
          i = template(i + 1);
          last = '`';
          word = '';
          continue;
        }
      }
      if (c.charCodeAt(0) > 0x7f) found.push(i);
      // `i++ / 2`: after a postfix ++ or -- comes a division (a prefix one cannot come before a slash).
      postfix = (c === '+' || c === '-') && last === c;
      last = c;
      word = '';
      i++;
    }
  }
  return found;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The first Base64 VLQ value of a source-map segment, and the rest of the segment. */
function readVlq(segment: string): [number, string] {
  let value = 0;
  let shift = 0;
  let i = 0;
  for (;;) {
    const digit = BASE64.indexOf(segment[i++]);
    if (digit < 0) throw new Error(`a source map segment that is not Base64 VLQ: ${segment}`);
    value += (digit & 31) * 2 ** shift;
    shift += 5;
    if (!(digit & 32)) break;
  }
  return [value % 2 === 1 ? -(value - 1) / 2 : value / 2, segment.slice(i)];
}

function writeVlq(n: number): string {
  let value = n < 0 ? -n * 2 + 1 : n * 2;
  let out = '';
  do {
    let digit = value & 31;
    value = Math.floor(value / 32);
    if (value > 0) digit |= 32;
    out += BASE64[digit];
  } while (value > 0);
  return out;
}
