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
 * `pattern` behind `gate`: `gate` must match wherever `pattern` does (a necessary condition,
 * e.g. the pattern without its lookarounds, or a literal every alternative contains), so that
 * the answers are the pattern's own. Neither may be global or sticky (no `lastIndex` state).
 */
export function gated(gate: RegExp, pattern: RegExp): GatedPattern {
  if (gate.global || gate.sticky || pattern.global || pattern.sticky) throw new Error('gated patterns keep no lastIndex: not g or y');
  return {
    source: pattern.source,
    test: (text) => gate.test(text) && pattern.test(text),
    exec: (text) => (gate.test(text) ? pattern.exec(text) : null),
  };
}
