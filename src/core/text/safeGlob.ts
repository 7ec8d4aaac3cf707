import type { RE2JS } from 're2js';
import { re2 } from '../libraries';
import type { Localized } from '../i18n';

/** The longest glob a workspace may give (an absolute one included), in UTF-16 code units. */
export const MAX_GLOB_LENGTH = 2000;

export type CompiledGlob = { match: (path: string) => boolean; refused?: undefined } | { match?: undefined; refused: Localized };

/**
 * Compiles a glob that comes from a workspace (`reportFiles`, a configuration's `kinds`) into a
 * matcher that runs in time linear in the path, on re2js: a general glob engine backtracks
 * (`*a*a*a*a*a*b` against a long name, or a regular-expression group such as `(a+)+`, takes
 * minutes). The syntax is the glob's common core: `*` (within a folder), `**` (any folders, as
 * a whole path segment), `?`, `[…]` (`[!…]` negated), `{a,b}` (nested allowed), `\` escapes,
 * and a leading `!` that negates the whole glob; every other character is itself, so
 * `(`, `)`, `+`, `@` and `|` are literal. Paths use `/`. Matching is case-sensitive and dot
 * files match as any other name.
 */
export function compileWorkspaceGlob(glob: string): CompiledGlob {
  if (glob.length > MAX_GLOB_LENGTH) {
    return { refused: { en: `the pattern is longer than ${MAX_GLOB_LENGTH} characters; it is not used`, vi: `mẫu dài hơn ${MAX_GLOB_LENGTH} ký tự; mẫu không được dùng` } };
  }
  const negated = glob.startsWith('!');
  let compiled: RE2JS;
  try {
    const { RE2JS } = re2();
    compiled = RE2JS.compile(`^(?:${translate(negated ? glob.slice(1) : glob)})$`, RE2JS.DOTALL);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { refused: { en: `this pattern cannot be used (${why})`, vi: `không dùng được mẫu này (${why})` } };
  }
  return { match: (path: string) => compiled.matches(path) !== negated };
}

/** The glob as an RE2 regular expression (without anchors). */
function translate(glob: string): string {
  let out = '';
  for (let i = 0; i < glob.length; ) {
    const c = glob[i];
    if (c === '\\' && i + 1 < glob.length) {
      out += literal(glob[i + 1]);
      i += 2;
    } else if (c === '*') {
      let j = i;
      while (glob[j] === '*') j++;
      const wholeSegment = j - i >= 2 && (i === 0 || glob[i - 1] === '/') && (j === glob.length || glob[j] === '/');
      if (wholeSegment && glob[j] === '/') {
        out += '(?:[^/]*/)*';
        i = j + 1;
      } else if (wholeSegment && i > 0) {
        // "reports/**": the folder itself and everything under it.
        out = out.slice(0, -1) + '(?:/.*)?';
        i = j;
      } else {
        out += wholeSegment ? '.*' : '[^/]*';
        i = j;
      }
    } else if (c === '?') {
      out += '[^/]';
      i++;
    } else if (c === '[') {
      const end = classEnd(glob, i);
      if (end < 0) {
        out += literal(c);
        i++;
      } else {
        let body = glob.slice(i + 1, end);
        const negate = body.startsWith('!') || body.startsWith('^');
        if (negate) body = body.slice(1);
        out += `[${negate ? '^' : ''}${body.replace(/[\\[\]^]/g, (m) => `\\${m}`).replace(/^\\\]/, '\\]')}]`;
        i = end + 1;
      }
    } else if (c === '{') {
      const alternatives = braceAlternatives(glob, i);
      if (!alternatives) {
        out += literal(c);
        i++;
      } else {
        out += `(?:${alternatives.parts.map(translate).join('|')})`;
        i = alternatives.end + 1;
      }
    } else {
      out += literal(c);
      i++;
    }
  }
  return out;
}

function literal(c: string): string {
  return /[\\^$.|?*+()[\]{}]/.test(c) ? `\\${c}` : c;
}

/** The index of the `]` closing the class opened at `start` (a `]` right after `[` or `[!` is a member), or -1. */
function classEnd(glob: string, start: number): number {
  let i = start + 1;
  if (glob[i] === '!' || glob[i] === '^') i++;
  if (glob[i] === ']') i++;
  for (; i < glob.length; i++) {
    if (glob[i] === '\\') i++;
    else if (glob[i] === ']') return i;
  }
  return -1;
}

/** The top-level comma-separated parts of the braces opened at `start`, when they close and hold a comma. */
function braceAlternatives(glob: string, start: number): { parts: string[]; end: number } | undefined {
  const parts: string[] = [];
  let depth = 0;
  let from = start + 1;
  for (let i = start + 1; i < glob.length; i++) {
    const c = glob[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === '}' && depth > 0) depth--;
    else if (c === ',' && depth === 0) {
      parts.push(glob.slice(from, i));
      from = i + 1;
    } else if (c === '}') {
      parts.push(glob.slice(from, i));
      return parts.length > 1 ? { parts, end: i } : undefined;
    }
  }
  return undefined;
}

/**
 * A file or folder name as a glob that matches that name alone: each character the glob syntax
 * above gives a meaning (`*`, `?`, `[`, `]`, `{`, `}`, `,`, `\`, and `!` at the start) is escaped
 * with `\` ("[draft].md" → "\[draft\].md").
 */
export function escapeGlob(name: string): string {
  return name.replace(/[*?[\]{},\\]/g, '\\$&').replace(/^!/, '\\!');
}

/**
 * A relative glob laid under a folder that is itself a path (escaped here), with "." and ".."
 * segments resolved as a path would resolve them ("./a/../b/*.md" under "team" → "team/b/*.md";
 * a leading "/" anchors at the folder, as it does in a .gitignore). `folder` is '' at the root.
 */
export function globUnder(folder: string, glob: string): string {
  const segments = folder ? folder.replace(/\/+$/, '').split('/').map((s, i) => (i === 0 && s === '' ? s : escapeGlob(s))) : [];
  for (const segment of glob.replace(/^\/+/, '').split('/')) {
    if (segment === '.' || segment === '') continue;
    if (segment === '..' && segments.length > 0 && segments[segments.length - 1] !== '..' && segments[segments.length - 1] !== '') segments.pop();
    else segments.push(segment);
  }
  return segments.join('/');
}
