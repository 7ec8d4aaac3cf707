/**
 * The globs of `.gitignore` patterns (see gitignore.ts): compiled to tokens over a name's UTF-8
 * bytes and matched by walking a set of states along the name, in time proportional to the name's
 * length times the pattern's, so that no pattern from a repository can make it backtrack.
 */

export const SLASH = 0x2f;
export const BACKSLASH = 0x5c;
export const STAR = 0x2a;
export const QUESTION = 0x3f;
export const OPEN = 0x5b;
export const CLOSE = 0x5d;
export const SPACE = 0x20;

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
export interface Glob {
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

/** An ASCII letter in lower case (git folds only ASCII). */
export function lower(c: number): number {
  return c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
}

/**
 * The glob `pattern` from `from` on. The first byte compiled counts as the pattern's start for
 * `**` (git compares the literal part before it separately and matches the rest as a pattern of
 * its own, so `abc**∕x` reads its `**` as standing after a slash).
 */
export function compile(pattern: Uint8Array, from: number, foldCase: boolean): Glob {
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
export function matchGlob(glob: Glob, text: Uint8Array, from: number): boolean {
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
