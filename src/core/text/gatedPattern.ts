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
