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

import { BACKSLASH, compile, type Glob, lower, matchGlob, OPEN, QUESTION, SLASH, SPACE, STAR } from './gitignoreGlob';

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

/** The pattern with its plain (unescaped, outside sets) ASCII letters in lower case; used for the literal parts. */
function lowerPlain(line: Uint8Array): Uint8Array {
  const out = Uint8Array.from(line);
  for (let i = 0; i < out.length; i++) {
    if (out[i] === BACKSLASH || out[i] === OPEN) break;
    out[i] = lower(out[i]);
  }
  return out;
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
