/**
 * `.gitignore` patterns, read and matched as git reads and matches them (gitignore(5)), written
 * here from git's documented behaviour and held to git itself by test/unit/cli/gitignoreGit.test.ts,
 * which compares the files chosen in random repositories with `git ls-files --others
 * --exclude-standard`:
 *
 * - a line is a pattern unless it is empty or starts with `#`; a CR before the line break and a
 *   UTF-8 byte order mark at the start are dropped, and so are trailing spaces that no `\`
 *   escapes; `\#`, `\!` and `\ ` stand for the character itself;
 * - `!` negates; a trailing `/` matches folders only; a pattern with no other `/` matches a name
 *   at any depth, one with a `/` (leading or inside) matches from the list's own folder;
 * - `*` and `?` never match `/`, `[…]` is a set (`!` or `^` negates it, ranges, `[:alpha:]` and
 *   the other POSIX classes, ASCII only) that never matches `/`; `**` matches across folders
 *   where it stands between slashes (`**∕`, `∕**∕` also matching no folder, `∕**`) or, in a
 *   pattern with a `/`, right after its plain beginning, which git compares apart (`a**∕b.md`
 *   leaves out `a/x/b.md`); elsewhere it is `*`; a set that is not closed, or names no known
 *   class, and a lone `\` at the end make their pattern match nothing;
 * - matching is on the names' UTF-8 bytes (`?` is one byte, as in git), case-sensitive unless
 *   `foldCase` (git's `core.ignorecase`): then ASCII letters of the name and of the pattern's
 *   plain text are compared in lower case (as in git, an escaped letter and a letter listed in a
 *   set are not: with `core.ignorecase`, `\A` and `[A]` match no name, `[A-Z]` every letter).
 *
 * Matching takes time proportional to the name's length times the pattern's (a set of states
 * walked along the name), so a pattern from a repository cannot make it backtrack.
 */

const SLASH = 0x2f;
const BACKSLASH = 0x5c;
const STAR = 0x2a;
const QUESTION = 0x3f;
const OPEN = 0x5b;
const CLOSE = 0x5d;
const SPACE = 0x20;

const enum Kind {
  /** One given byte. */
  Byte,
  /** Any byte but `/`. */
  Any,
  /** A byte of a set (never `/`). */
  Set,
  /** Any run of bytes without `/`. */
  Star,
  /** Any run of bytes. */
  Globstar,
  /** Before a `**` that a `/` follows: matches nothing, and lets the `**` and its `/` match nothing too (`a/**∕b` is also `a/b`). */
  Skip,
}

interface Token {
  kind: Kind;
  byte?: number;
  set?: Uint8Array;
}

/** A compiled glob: `never` when it can match nothing (an unclosed set, an unknown class). */
interface Glob {
  tokens: Token[];
  never: boolean;
  /** No star: the name must have as many bytes as there are tokens. */
  fixed: boolean;
  /** The fewest bytes a name needs: one for each token but the stars (a longer pattern than the name is passed over at once). */
  minLength: number;
  /** Matching's scratch, kept between names: the tokens as typed arrays, the step at which each state was last reached, the state lists. */
  scratch?: { kinds: Uint8Array; bytes: Int16Array; stamps: Int32Array; current: Int32Array; next: Int32Array; pending: Int32Array };
  step: number;
}

/** One rule of an ignore list. */
export interface IgnoreRule {
  /** The line as written (for messages and tests). */
  source: string;
  negative: boolean;
  /** A trailing `/`: folders only. */
  folderOnly: boolean;
  /** No `/` but a trailing one: matched against the last name of a path, at any depth. */
  baseName: boolean;
  /** The pattern's bytes (a leading `/` and a trailing one taken off). */
  pattern: Uint8Array;
  /** The bytes before the first `*`, `?`, `[` or `\`, compared as they are. */
  literal: Uint8Array;
  /** The rest, compiled; undefined when the pattern is all literal. */
  glob?: Glob;
  /** For a name pattern `*literal` (nothing special after the star): the literal it ends with. */
  endsWith?: Uint8Array;
}

/** The rules of one ignore file's bytes (or text), in order, as git reads them. */
export function parseIgnoreFile(content: Uint8Array | string, foldCase: boolean): IgnoreRule[] {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  let start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const rules: IgnoreRule[] = [];
  while (start <= bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    const last = end < 0;
    if (last) end = bytes.length;
    if (end > start && bytes[start] !== 0x23) {
      const line = bytes.subarray(start, end > start && bytes[end - 1] === 0x0d ? end - 1 : end);
      rules.push(parseRule(line, foldCase));
    }
    if (last) break;
    start = end + 1;
  }
  return rules;
}

/** The rules of a list of patterns given one by one (a configuration's `ignores`): each is a line. */
export function parsePatterns(patterns: readonly string[], foldCase: boolean): IgnoreRule[] {
  return parseIgnoreFile(patterns.map((p) => p.replace(/[\r\n]/g, '')).join('\n'), foldCase);
}

function parseRule(raw: Uint8Array, foldCase: boolean): IgnoreRule {
  let line = raw.subarray(0, trimmedLength(raw));
  const source = Buffer.from(line).toString('utf8');
  const negative = line[0] === 0x21;
  if (negative) line = line.subarray(1);
  const folderOnly = line.length > 0 && line[line.length - 1] === SLASH;
  if (folderOnly) line = line.subarray(0, line.length - 1);
  const baseName = !line.includes(SLASH);
  if (!baseName && line[0] === SLASH) line = line.subarray(1);
  let literalLength = 0;
  while (literalLength < line.length && !isSpecial(line[literalLength])) literalLength++;
  const pattern = foldCase ? lowerPlain(line) : line;
  const rule: IgnoreRule = { source, negative, folderOnly, baseName, pattern, literal: pattern.subarray(0, literalLength) };
  if (literalLength === line.length) return rule;
  if (baseName) {
    // A name pattern is matched whole; `*literal` is only a comparison of the name's end.
    if (line[0] === STAR && !line.subarray(1).some(isSpecial)) rule.endsWith = pattern.subarray(1);
    else rule.glob = compile(line, 0, foldCase);
  } else {
    rule.glob = compile(line, literalLength, foldCase);
  }
  return rule;
}

/** The line's length less its trailing spaces, those no backslash escapes (a line ending in a lone backslash keeps them). */
function trimmedLength(line: Uint8Array): number {
  let spaceFrom = -1;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === SPACE) {
      if (spaceFrom < 0) spaceFrom = i;
    } else if (c === BACKSLASH) {
      i++;
      if (i >= line.length) return line.length;
      spaceFrom = -1;
    } else {
      spaceFrom = -1;
    }
  }
  return spaceFrom < 0 ? line.length : spaceFrom;
}

function isSpecial(c: number): boolean {
  return c === STAR || c === QUESTION || c === OPEN || c === BACKSLASH;
}

function lower(c: number): number {
  return c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
}

/** The pattern with its plain (unescaped, outside sets) ASCII letters in lower case; used for the literal parts. */
function lowerPlain(line: Uint8Array): Uint8Array {
  const out = Uint8Array.from(line);
  for (let i = 0; i < out.length; i++) {
    if (out[i] === BACKSLASH || out[i] === OPEN) break;
    out[i] = lower(out[i]);
  }
  return out;
}

/**
 * The glob `pattern` from `from` on. The first byte compiled counts as the pattern's start for
 * `**` (git compares the literal part before it separately and matches the rest as a pattern of
 * its own, so `abc**∕x` reads its `**` as standing after a slash).
 */
function compile(pattern: Uint8Array, from: number, foldCase: boolean): Glob {
  const tokens: Token[] = [];
  let never = false;
  let fixed = true;
  let i = from;
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === BACKSLASH) {
      // The next byte as it is (an escaped letter is not folded, as in git); a lone backslash at the end matches nothing.
      if (i + 1 >= pattern.length) never = true;
      else tokens.push({ kind: Kind.Byte, byte: pattern[i + 1] });
      i += 2;
    } else if (c === QUESTION) {
      tokens.push({ kind: Kind.Any });
      i++;
    } else if (c === STAR) {
      let end = i;
      while (end < pattern.length && pattern[end] === STAR) end++;
      fixed = false;
      const across =
        end - i >= 2 &&
        (i === from || pattern[i - 1] === SLASH) &&
        (end === pattern.length || pattern[end] === SLASH || (pattern[end] === BACKSLASH && pattern[end + 1] === SLASH));
      if (across && pattern[end] === SLASH) {
        // `**∕**∕` is `**∕`: a run of them is one (no state for each of a hundred thousand).
        const k = tokens.length;
        if (k >= 3 && tokens[k - 3].kind === Kind.Skip && tokens[k - 2].kind === Kind.Globstar && tokens[k - 1].byte === SLASH) {
          i = end + 1;
          continue;
        }
        tokens.push({ kind: Kind.Skip });
      }
      tokens.push({ kind: across ? Kind.Globstar : Kind.Star });
      i = end;
    } else if (c === OPEN) {
      const set = readSet(pattern, i + 1, foldCase);
      if (!set) {
        never = true;
        break;
      }
      tokens.push({ kind: Kind.Set, set: set.members });
      i = set.end;
    } else {
      tokens.push({ kind: Kind.Byte, byte: foldCase ? lower(c) : c });
      i++;
    }
  }
  // The `/` of a `**∕` is not needed: the skip before it passes over it.
  const minLength = tokens.filter((t, k) => (t.kind === Kind.Byte || t.kind === Kind.Any || t.kind === Kind.Set) && tokens[k - 2]?.kind !== Kind.Skip).length;
  return { tokens, never, fixed, minLength, step: 0 };
}

const CLASSES: Record<string, (c: number, foldCase: boolean) => boolean> = {
  alnum: (c) => isAlpha(c) || isDigit(c),
  alpha: isAlpha,
  blank: (c) => c === SPACE || c === 0x09,
  cntrl: (c) => c < 0x20 || c === 0x7f,
  digit: isDigit,
  graph: (c) => c > 0x20 && c < 0x7f,
  lower: (c) => c >= 0x61 && c <= 0x7a,
  print: (c) => c >= 0x20 && c < 0x7f,
  punct: (c) => c > 0x20 && c < 0x7f && !isAlpha(c) && !isDigit(c),
  space: (c) => c === SPACE || c === 0x09 || c === 0x0a || c === 0x0d,
  upper: (c, foldCase) => (c >= 0x41 && c <= 0x5a) || (foldCase && c >= 0x61 && c <= 0x7a),
  xdigit: (c) => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66),
};

function isAlpha(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/**
 * The set that starts after `[` at `start`: which bytes of a name (in lower case when `foldCase`)
 * it takes, and where the pattern goes on; undefined when it is never closed or names an
 * unknown class. A `]` first in the set is a member; `-` between two members is a range (in
 * byte order); `\` takes the next byte as a member.
 */
function readSet(pattern: Uint8Array, start: number, foldCase: boolean): { members: Uint8Array; end: number } | undefined {
  const accepts: Array<(c: number) => boolean> = [];
  let i = start;
  const negated = pattern[i] === 0x21 || pattern[i] === 0x5e;
  if (negated) i++;
  // The previous member, for a range; 0 when there is none (after a range or a class).
  let previous = 0;
  let first = true;
  for (;;) {
    if (i >= pattern.length) return undefined;
    let c = pattern[i];
    if (c === CLOSE && !first) break;
    first = false;
    if (c === BACKSLASH) {
      i++;
      if (i >= pattern.length) return undefined;
      const member = pattern[i];
      accepts.push((t) => t === member);
      previous = member;
    } else if (c === 0x2d && previous && i + 1 < pattern.length && pattern[i + 1] !== CLOSE) {
      i++;
      c = pattern[i];
      if (c === BACKSLASH) {
        i++;
        if (i >= pattern.length) return undefined;
        c = pattern[i];
      }
      const low = previous;
      const high = c;
      accepts.push((t) => (t >= low && t <= high) || (foldCase && t >= 0x61 && t <= 0x7a && t - 0x20 >= low && t - 0x20 <= high));
      previous = 0;
    } else if (c === OPEN && pattern[i + 1] === 0x3a) {
      const close = pattern.indexOf(CLOSE, i + 2);
      if (close < 0) return undefined;
      if (close - (i + 2) < 1 || pattern[close - 1] !== 0x3a) {
        // No ":]": the `[` is a member, and the set goes on from the `:`.
        accepts.push((t) => t === OPEN);
        previous = OPEN;
      } else {
        const name = Buffer.from(pattern.subarray(i + 2, close - 1)).toString('latin1');
        const test = Object.hasOwn(CLASSES, name) ? CLASSES[name] : undefined;
        if (!test) return undefined;
        accepts.push((t) => test(t, foldCase));
        previous = 0;
        i = close;
      }
    } else {
      const member = c;
      accepts.push((t) => t === member);
      previous = c;
    }
    i++;
  }
  const members = new Uint8Array(256);
  for (let t = 0; t < 256; t++) members[t] = t !== SLASH && accepts.some((accept) => accept(t)) !== negated ? 1 : 0;
  return { members, end: i + 1 };
}

/** Whether `glob` matches all of `text` from `from` (text in lower case when the glob was compiled folding case). */
function matchGlob(glob: Glob, text: Uint8Array, from: number): boolean {
  if (glob.never || text.length - from < glob.minLength) return false;
  const { tokens } = glob;
  const n = tokens.length;
  if (glob.fixed) {
    if (text.length - from !== n) return false;
    for (let k = 0; k < n; k++) if (!step(tokens[k], text[from + k])) return false;
    return true;
  }
  // The states: token indexes still to match (n: all matched), with the ones a star or a skip
  // reach for free; only the states reached are walked, each once a byte (a stamp says it is in).
  // The scratch is typed arrays made once per pattern.
  let scratch = glob.scratch;
  if (!scratch || glob.step > 0x3fffffff) {
    const kinds = Uint8Array.from(tokens, (t) => t.kind);
    const bytes = Int16Array.from(tokens, (t) => t.byte ?? -1);
    scratch = glob.scratch = { kinds, bytes, stamps: new Int32Array(n + 1), current: new Int32Array(n + 1), next: new Int32Array(n + 1), pending: new Int32Array(2 * n + 4) };
    glob.step = 0;
  }
  const { kinds, bytes, stamps, pending } = scratch;
  let { current, next } = scratch;
  let size = 0;
  let nextSize = 0;
  let mark = ++glob.step;
  // Adds state `first` and what it reaches for free to `next` (or, before the first byte, `current`).
  const add = (first: number, into: Int32Array, count: number): number => {
    let top = 0;
    pending[top++] = first;
    while (top > 0) {
      const k = pending[--top];
      if (k > n || stamps[k] === mark) continue;
      stamps[k] = mark;
      into[count++] = k;
      if (k === n) continue;
      const kind = kinds[k];
      if (kind === Kind.Skip) {
        pending[top++] = k + 1;
        pending[top++] = k + 3;
      } else if (kind === Kind.Star || kind === Kind.Globstar) {
        pending[top++] = k + 1;
      }
    }
    return count;
  };
  size = add(0, current, 0);
  for (let p = from; p < text.length; p++) {
    const c = text[p];
    mark = ++glob.step;
    nextSize = 0;
    for (let i = 0; i < size; i++) {
      const k = current[i];
      if (k === n) continue;
      switch (kinds[k]) {
        case Kind.Star:
          if (c !== SLASH) nextSize = add(k, next, nextSize);
          break;
        case Kind.Globstar:
          nextSize = add(k, next, nextSize);
          break;
        case Kind.Byte:
          if (c === bytes[k]) nextSize = add(k + 1, next, nextSize);
          break;
        case Kind.Any:
          if (c !== SLASH) nextSize = add(k + 1, next, nextSize);
          break;
        case Kind.Set:
          if (tokens[k].set![c] === 1) nextSize = add(k + 1, next, nextSize);
          break;
      }
    }
    if (nextSize === 0) return false;
    [current, next] = [next, current];
    size = nextSize;
  }
  return stamps[n] === mark;
}

function step(token: Token, c: number): boolean {
  switch (token.kind) {
    case Kind.Byte:
      return c === token.byte;
    case Kind.Any:
      return c !== SLASH;
    case Kind.Set:
      return token.set![c] === 1;
    default:
      return false;
  }
}

function startsWith(text: Uint8Array, prefix: Uint8Array, at = 0): boolean {
  if (text.length - at < prefix.length) return false;
  for (let k = 0; k < prefix.length; k++) if (text[at + k] !== prefix[k]) return false;
  return true;
}

/** Bytes of a name, ASCII letters in lower case when folding case. */
export function nameBytes(name: string, foldCase: boolean): Uint8Array {
  const bytes = Buffer.from(name, 'utf8');
  if (foldCase) for (let k = 0; k < bytes.length; k++) bytes[k] = lower(bytes[k]);
  return bytes;
}

/**
 * Whether `rule` matches `path` (bytes from `nameBytes`, relative to the list's folder, `/`
 * between names, no trailing slash), a folder when `folder`.
 */
export function ruleMatches(rule: IgnoreRule, path: Uint8Array, folder: boolean): boolean {
  if (rule.folderOnly && !folder) return false;
  if (rule.baseName) {
    const base = path.subarray(path.lastIndexOf(SLASH) + 1);
    if (rule.endsWith) return base.length >= rule.endsWith.length && startsWith(base, rule.endsWith, base.length - rule.endsWith.length);
    if (!rule.glob) return base.length === rule.literal.length && startsWith(base, rule.literal);
    return matchGlob(rule.glob, base, 0);
  }
  if (!startsWith(path, rule.literal)) return false;
  if (!rule.glob) return path.length === rule.literal.length;
  return matchGlob(rule.glob, path, rule.literal.length);
}

/**
 * What a list says of a path: true when its last rule that matches leaves it out, false when
 * that rule is a negation (`!`), undefined when none matches.
 */
export function listVerdict(rules: readonly IgnoreRule[], path: Uint8Array, folder: boolean): boolean | undefined {
  for (let k = rules.length - 1; k >= 0; k--) if (ruleMatches(rules[k], path, folder)) return !rules[k].negative;
  return undefined;
}
