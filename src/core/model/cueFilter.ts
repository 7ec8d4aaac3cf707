import { lowerAsCaseless, VIETNAMESE_LOWER, VIETNAMESE_UPPER } from '../text/fold';

/**
 * Cheap necessary conditions for a kind's cue phrases (see roleBlocks.ts): a cue is a pattern
 * anchored at a paragraph's start and matched case-insensitively with Unicode semantics (`iu`).
 * Before its automaton runs on a paragraph, the paragraph must start with the cue's literal
 * prefix and contain every literal the cue cannot match without. A cue such as
 * `[\s\S]*?(?:dự kiến|có kế hoạch) …` has no prefix; without the second condition it would
 * run over every paragraph of a report, a few thousand times on 1 MB.
 */
export function cueFilter(cue: string): (text: string) => boolean {
  let filter = filters.get(cue);
  if (!filter) {
    if (filters.size >= FILTERS_KEPT) filters.clear();
    filters.set(cue, (filter = makeFilter(cue)));
  }
  return filter;
}

/**
 * The filters made, by cue: the built-in kinds share half their cues (143 given, 72 distinct),
 * and a detection reads every kind. Bounded: past FILTERS_KEPT cues the memory starts over.
 */
const filters = new Map<string, (text: string) => boolean>();
const FILTERS_KEPT = 10_000;

function makeFilter(cue: string): (text: string) => boolean {
  const prefix = literalPrefix(cue);
  // The same flags as the cue: whatever text the cue matches holds one of each set in some case.
  // Read, and built, the first time a paragraph passes the prefix: a kind may bring many cues.
  let gates: Array<(text: string) => boolean> | undefined;
  return (text) => {
    if (!mayStartWith(text, prefix)) return false;
    gates ??= requiredLiterals(cue).map(gateOf);
    return gates.every((gate) => gate(text));
  };
}

/**
 * English and Vietnamese letters in either case, digits, spaces and commas: literals whose every
 * character `lowerAsCaseless` reads as the `iu` flags do (fold.ts's tests hold it to them for
 * every code point of the basic plane).
 */
const LATIN_LITERAL = new RegExp(`^[0-9 ,a-zA-Z${VIETNAMESE_LOWER}${VIETNAMESE_UPPER}]+$`);

/**
 * Whether a text holds one of `literals` in some case: as `new RegExp(literals.join('|'), 'iu')`
 * says. For Latin and Vietnamese literals, a search of the text in lower case (the pattern's
 * case variants cost V8 more to build than most lints spend searching); else that pattern.
 */
function gateOf(literals: string[]): (text: string) => boolean {
  if (literals.every((l) => LATIN_LITERAL.test(l))) {
    const folded = literals.map(lowerAsCaseless);
    return (text) => {
      const lowered = loweredOf(text);
      return folded.some((l) => lowered.includes(l));
    };
  }
  const pattern = new RegExp(literals.join('|'), 'iu');
  return (text) => pattern.test(text);
}

/** The last text asked for in lower case, and that: a paragraph is tried against a kind's cues one after another. */
let lastText: string | undefined;
let lastLowered = '';

function loweredOf(text: string): string {
  if (text !== lastText) {
    lastText = text;
    lastLowered = lowerAsCaseless(text);
  }
  return lastLowered;
}

/**
 * The letters (ASCII, or cased letters of the basic plane), ASCII digits, spaces and commas a
 * cue starts with, each matching exactly one character, so that every text the cue matches
 * from its start starts with them (letters in any case). Empty when the cue has an alternative
 * at its top level ("a|b"). The last one is left out when a quantifier follows it ("ab?"). The
 * Kelvin sign and the long s, which match ASCII letters, end it.
 */
export function literalPrefix(cue: string): string {
  if (hasTopLevelAlternative(cue)) return '';
  let end = 0;
  while (end < cue.length && isPlainLiteral(cue[end])) end++;
  if (end < cue.length && isQuantifier(cue, end)) end--;
  return cue.slice(0, Math.max(0, end));
}

/**
 * Sets of literals such that every match of the cue contains a member of each: the runs of
 * plain literals at the cue's top level that no quantifier follows, and its non-capturing groups
 * there that no quantifier follows and whose alternatives are all plain literals
 * ("(?:plan|intend|aim)"). Only sets whose shortest member has three characters or more, the
 * most telling first (longest shortest member). None when the cue has an alternative at its top
 * level. Plain literals (letters, digits, spaces, commas) need no escaping in a pattern.
 */
export function requiredLiterals(cue: string): string[][] {
  if (hasTopLevelAlternative(cue)) return [];
  const sets: string[][] = [];
  const consider = (literals: string[]) => {
    if (Math.min(...literals.map((l) => l.length)) >= 3) sets.push(literals);
  };
  let run = '';
  let i = 0;
  while (i < cue.length) {
    const c = cue[i];
    if (isPlainLiteral(c)) {
      // A quantifier after a literal makes it optional or repeated: the run stops before it.
      if (isQuantifier(cue, i + 1)) {
        consider([run]);
        run = '';
      } else run += c;
      i++;
      continue;
    }
    if (run) consider([run]);
    run = '';
    const end = itemEnd(cue, i);
    if (end < 0) return [];
    if (!isQuantifier(cue, end) && cue.startsWith('(?:', i)) {
      const alternatives = cue.slice(i + 3, end - 1).split('|');
      if (alternatives.every((a) => a.length > 0 && [...a].every(isPlainLiteral))) consider(alternatives);
    }
    i = end;
  }
  if (run) consider([run]);
  const shortest = (set: string[]) => Math.min(...set.map((l) => l.length));
  return sets.sort((a, b) => shortest(b) - shortest(a));
}

function isQuantifier(cue: string, at: number): boolean {
  return '?*+'.includes(cue[at] ?? 'x') || /^\{\d*,?\d*\}/.test(cue.slice(at, at + 12));
}

/** Where the item that starts at `i` (an escape, a class, a group, any other character) ends; -1 when unbalanced. */
function itemEnd(cue: string, i: number): number {
  const c = cue[i];
  if (c === '\\') return escapeEnd(cue, i);
  if (c === '[') {
    for (let k = i + 1; k < cue.length; k++) {
      if (cue[k] === '\\') k++;
      else if (cue[k] === ']') return k + 1;
    }
    return -1;
  }
  if (c === '{') {
    const brace = /^\{\d*,?\d*\}/.exec(cue.slice(i, i + 12));
    if (brace) return i + brace[0].length;
  }
  if (c !== '(') return i + 1;
  let depth = 0;
  for (let k = i; k < cue.length; k++) {
    const d = cue[k];
    if (d === '\\') k++;
    else if (d === '[') {
      for (k++; k < cue.length && cue[k] !== ']'; k++) if (cue[k] === '\\') k++;
    } else if (d === '(') depth++;
    else if (d === ')' && --depth === 0) return k + 1;
  }
  return -1;
}

/**
 * Whether the cue has an alternative at its top level ("a|b"), or a closing parenthesis without
 * its opening one ("a)|(?:b"), which takes the anchor's group apart: either way its matches
 * need not start with its first letters, and nothing is assumed of them.
 */
function hasTopLevelAlternative(cue: string): boolean {
  // Walked item by item (escapes, classes and groups whole): what is left at the top level is
  // a "|", a ")" without its "(", or a group that never closes.
  for (let i = 0; i < cue.length; ) {
    if (cue[i] === '|' || cue[i] === ')') return true;
    const end = itemEnd(cue, i);
    if (end < 0) return true;
    i = end;
  }
  return false;
}

/**
 * Where the escape at `i` ends: `\xHH`, `\uHHHH`, `\u{…}`, `\p{…}`, `\P{…}`, `\cX`, `\k<name>`,
 * a back-reference's digits, or one character (`\s`, `\.`).
 */
function escapeEnd(cue: string, i: number): number {
  const kind = cue[i + 1];
  const until = (close: string) => {
    const at = cue.indexOf(close, i + 3);
    return at < 0 ? cue.length : at + 1;
  };
  if (kind === 'x') return i + 4;
  if (kind === 'u') return cue[i + 2] === '{' ? until('}') : i + 6;
  if ((kind === 'p' || kind === 'P') && cue[i + 2] === '{') return until('}');
  if (kind === 'c') return i + 3;
  if (kind === 'k' && cue[i + 2] === '<') return until('>');
  if (kind !== undefined && kind >= '0' && kind <= '9') {
    let end = i + 2;
    while (end < cue.length && cue[end] >= '0' && cue[end] <= '9') end++;
    return end;
  }
  return i + 2;
}

/** A character that matches exactly itself (in either case): ASCII letters, digits, space, comma, and cased letters of the basic plane except the Kelvin sign and the long s. */
function isPlainLiteral(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return ((code | 32) >= 97 && (code | 32) <= 122) || (code >= 48 && code <= 57) || code === 32 || code === 44;
  if (code < 0xc0 || code >= 0xd800 || code === 0x212a || code === 0x17f) return false;
  let cased = CASED.get(code);
  if (cased === undefined) CASED.set(code, (cased = c.toLowerCase() !== c.toUpperCase()));
  return cased;
}

/** Whether a character of the basic plane has two cases, as asked (the cues share their letters). */
const CASED = new Map<number, boolean>();

/**
 * Whether `text` may start with `prefix` as a case-insensitive pattern reads it: an ASCII letter
 * matches itself in either case and any character outside ASCII (the Kelvin sign is a "k", the
 * long s an "s"); a letter outside ASCII matches any character outside ASCII (its other case,
 * whatever Unicode pairs with it); other characters match only themselves.
 */
export function mayStartWith(text: string, prefix: string): boolean {
  if (text.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) {
    const p = prefix.charCodeAt(i);
    const t = text.charCodeAt(i);
    if (t === p) continue;
    if (p >= 128) {
      if (t < 128) return false;
      continue;
    }
    const letter = (p | 32) >= 97 && (p | 32) <= 122;
    if (!letter) return false;
    if (t >= 128) continue;
    if ((t | 32) !== (p | 32) || (t | 32) < 97 || (t | 32) > 122) return false;
  }
  return true;
}
