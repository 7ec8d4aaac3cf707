import { BUILTIN_CUES } from '../kinds/builtin';
import type { ReportKind } from '../kinds/kind';
import { compileWorkspacePattern, type SafePattern } from '../text/safePattern';
import { cueFilter } from './cueFilter';

/** A kind's cue phrases, compiled once per kind, for the roles paragraphs play (roleBlocks.ts). */

/** How much of a paragraph a cue is tried on: cues name how a paragraph opens. */
export const CUE_WINDOW = 2000;

const compiled = new WeakMap<ReportKind, Array<{ role: string; cues: SafePattern[] }>>();

export function cuesOf(kind: ReportKind): Array<{ role: string; cues: SafePattern[] }> {
  let list = compiled.get(kind);
  if (!list) {
    list = kind.roles
      .filter((r) => r.cues?.length)
      .map((r) => ({ role: r.id, cues: r.cues!.flatMap((cue) => compileCue(cue)) }))
      .filter((r) => r.cues.length > 0);
    compiled.set(kind, list);
  }
  return list;
}

/**
 * A kind's cue as a pattern anchored at a paragraph's start, case-insensitive: one pattern, or
 * none (never matching) when the cue is refused. The product's own cues run on the native engine
 * (each anchored, its lazy runs bounded by the cue window: re2js's backtracker costs seconds on a
 * 5 MB report); a workspace's run in linear time through re2js.
 */
export function compileCue(cue: string): SafePattern[] {
  const builtin = BUILTIN_CUES.has(cue);
  // Cues may come from a workspace's kind file: linear-time matching, whatever the pattern.
  // A refused cue is reported on its file; here it matches nothing. The automaton is built the
  // first time a paragraph opens with the cue's first letters and holds the words it needs
  // (building it costs more than a small report's whole lint), so most reports never build most
  // cues, and most paragraphs are never run through one (see cueFilter.ts).
  const source = `^(?:${cue})`;
  const mayMatch = cueFilter(cue);
  let compiled: SafePattern | null | undefined;
  return [
    {
      source,
      test(text: string): boolean {
        if (!mayMatch(text)) return false;
        if (compiled === undefined) compiled = builtin ? new RegExp(source, 'iu') : (compileWorkspacePattern(source, 'iu').pattern ?? null);
        return compiled !== null && compiled.test(text);
      },
    },
  ];
}

