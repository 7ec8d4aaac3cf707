import { classAt, classBefore, LETTER, NUMBER } from './wordCharacters';

/**
 * A regular expression with Unicode property classes (`\p{L}`, `\p{Lu}`…) run only where a
 * cheap test says it could match. V8 compiles such a class into hundreds of ranges the first
 * time the expression runs (about a millisecond each, several with the `i` flag), which a
 * command-line lint pays on every start; most reports never need most of them.
 */
export interface GatedPattern {
  readonly source: string;
  /** What `pattern.test(text)` returns. */
  test(text: string): boolean;
  /** What `pattern.exec(text)` returns. */
  exec(text: string): RegExpExecArray | null;
}

/**
 * `pattern` (or the pattern `pattern()` makes, built on first need) behind `gate`: `gate` must match wherever `pattern` does (a necessary condition,
 * e.g. the pattern without its lookarounds, or a literal every alternative contains), so that
 * the answers are the pattern's own. Neither may be global or sticky (no `lastIndex` state).
 */
export function gated(gate: RegExp, pattern: RegExp | (() => RegExp)): GatedPattern {
  if (gate.global || gate.sticky) throw new Error('gated patterns keep no lastIndex: not g or y');
  // A factory is called the first time the gate lets a text through (or the source is asked for).
  let made = typeof pattern === 'function' ? undefined : checked(pattern);
  const own = () => (made ??= checked((pattern as () => RegExp)()));
  return {
    get source() {
      return own().source;
    },
    test: (text) => gate.test(text) && own().test(text),
    exec: (text) => (gate.test(text) ? own().exec(text) : null),
  };
}

function checked(pattern: RegExp): RegExp {
  if (pattern.global || pattern.sticky) throw new Error('gated patterns keep no lastIndex: not g or y');
  return pattern;
}

/**
 * A global pattern (`g` flag) made by `make` only the first time `gate` finds something in a
 * text, then run over that text from the start: the matches, in order, that an
 * `exec` loop with `lastIndex` reset to 0 would give. `gate` (not global or sticky) must match
 * wherever the pattern does (e.g. a prefix of the pattern without its lookarounds), so that a
 * text the gate rejects has no match and the pattern is neither compiled nor even parsed.
 * Patterns must not match the empty string (the loop would not advance).
 */
export function gatedGlobal(gate: RegExp, make: () => RegExp): (text: string) => Generator<RegExpExecArray, void, undefined> {
  if (gate.global || gate.sticky) throw new Error('a gate keeps no lastIndex: not g or y');
  let pattern: RegExp | undefined;
  return function* matches(text) {
    if (!gate.test(text)) return;
    if (!pattern) {
      pattern = make();
      if (!pattern.global) throw new Error('gatedGlobal needs a global pattern');
    }
    const own = pattern;
    own.lastIndex = 0;
    for (let m; (m = own.exec(text)); ) yield m;
  };
}

/**
 * A pattern built the first time it is asked for. V8 parses a regular expression when it is
 * created (a literal at a module's top level: when the module loads), building each Unicode
 * property class from ICU then; a pattern only some reports reach is better built on demand.
 */
export function lazyPattern(make: () => RegExp): () => RegExp {
  let pattern: RegExp | undefined;
  return () => (pattern ??= make());
}

/** The letter and number classes an edge of a bounded pattern must not touch. */
export type EdgeClasses = 'L' | 'N' | 'LN';

const CLASS_BITS: Record<EdgeClasses, number> = { L: LETTER, N: NUMBER, LN: LETTER | NUMBER };
const CLASS_SOURCE: Record<EdgeClasses, string> = { L: '\\p{L}', N: '\\p{N}', LN: '\\p{L}\\p{N}' };

/** A bounded pattern: a GatedPattern with its global matches too. */
export interface BoundedPattern extends GatedPattern {
  /** Every match in `text` from its start, in order: what an `exec` loop of the global pattern gives. */
  matches(text: string): Generator<RegExpExecArray, void, undefined>;
}

/**
 * `(?<![before])(?:core)(?![after])` with the flags of `core` (which must have `u`), where
 * `before` and `after` are letter and number classes (`'LN'`: `[\p{L}\p{N}]`): "2024" but not
 * "a2024" or "20245". The answers are that pattern's own, but the edges are read by
 * wordCharacters.ts: the Unicode classes (a millisecond or two to build each, the first time
 * they run) are built only for a character its ranges do not settle, and the full pattern only
 * when a match of `core` is followed by a character of `after`, where backtracking inside
 * `core` may find another match.
 *
 * Errors: `core` without the `u` flag, or with `g`/`y` (the bounded pattern keeps the state).
 * `core` must not match the empty string.
 */
export function bounded(core: RegExp, edges: { before?: EdgeClasses; after?: EdgeClasses }): BoundedPattern {
  if (!core.unicode || core.global || core.sticky) throw new Error('a bounded pattern needs the u flag and no g or y');
  const flags = core.flags;
  const ignoreCase = core.ignoreCase;
  // Built on first use: a pattern a report never reaches costs nothing at start.
  let scan: RegExp | undefined;
  const source = `${edges.before ? `(?<![${CLASS_SOURCE[edges.before]}])` : ''}(?:${core.source})${edges.after ? `(?![${CLASS_SOURCE[edges.after]}])` : ''}`;
  let full: RegExp | undefined;
  const before = edges.before && CLASS_BITS[edges.before];
  const after = edges.after && CLASS_BITS[edges.after];
  /** The first match at or after `from`. */
  const execFrom = (text: string, from: number): RegExpExecArray | null => {
    scan ??= new RegExp(core.source, `${flags}g`);
    scan.lastIndex = from;
    for (;;) {
      const m = scan.exec(text);
      if (!m) return null;
      const start = m.index;
      if (before && classBefore(text, start, before, ignoreCase)) {
        // No match starts here: the next code point is tried (a surrogate pair whole).
        const code = text.charCodeAt(start);
        const next = text.charCodeAt(start + 1);
        scan.lastIndex = start + (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1);
        continue;
      }
      if (after && classAt(text, start + m[0].length, after, ignoreCase)) {
        full ??= new RegExp(source, `${flags}g`);
        full.lastIndex = start;
        return full.exec(text);
      }
      return m;
    }
  };
  return {
    source,
    test: (text) => execFrom(text, 0) !== null,
    exec: (text) => execFrom(text, 0),
    *matches(text) {
      for (let from = 0, m; from <= text.length && (m = execFrom(text, from)); ) {
        yield m;
        from = m.index + Math.max(1, m[0].length);
      }
    },
  };
}

/**
 * `bounded(make(), edges)`, built the first time `mayMatch` lets a text through: `mayMatch` must
 * hold wherever the pattern matches (e.g. the text holds a word every alternative contains), so
 * that the answers are the bounded pattern's own. For a pattern whose own classes or size cost
 * V8 milliseconds to compile, which most texts never need.
 */
export function gatedBounded(mayMatch: (text: string) => boolean, make: () => RegExp, edges: { before?: EdgeClasses; after?: EdgeClasses }): GatedPattern {
  let pattern: BoundedPattern | undefined;
  const own = () => (pattern ??= bounded(make(), edges));
  return {
    get source() {
      return own().source;
    },
    test: (text) => mayMatch(text) && own().test(text),
    exec: (text) => (mayMatch(text) ? own().exec(text) : null),
  };
}

