import { type LintOptions, lint } from './lint';
import { type ParseOptions, parseReport } from './model/document';
import type { Finding, TextEdit } from './rules/types';
import { LineIndex } from './text/lineIndex';

/** Applies non-overlapping edits to a text. Throws on overlap: that is a rule's bug. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = new LineIndex(text);
  const spans = edits
    .map((e) => ({ from: lines.offsetAt(e.range.start), to: lines.offsetAt(e.range.end), text: e.newText }))
    .sort((a, b) => a.from - b.from || a.to - b.to);
  for (let i = 1; i < spans.length; i++) {
    if (spans[i].from < spans[i - 1].to) throw new Error('overlapping edits');
  }
  let out = '';
  let at = 0;
  for (const span of spans) {
    out += text.slice(at, span.from) + span.text;
    at = span.to;
  }
  return out + text.slice(at);
}

/**
 * The findings whose fixes can be applied together (of two that touch, the first wins), in
 * the order given. An edit [from, to) clashes with a taken one [f, t) when they overlap
 * (from < t && f < to) or start at the same point (they would race for their order): its fix
 * then waits for the next pass. Insertions of one rule at one point (RW001's missing sections,
 * which go in the kind's order) are taken together, in the order given, which `applyEdits` keeps,
 * unless they insert the same text. The overlap test is "the largest end among taken spans that
 * start before `to` is past `from`", a prefix maximum kept in a Fenwick tree over the edits'
 * start offsets: O(n log n) for n edits, where comparing each with every taken one cost
 * seconds for 60,000 fixes (command line --fix, Fix all, fix on save).
 */
export function compatibleFixes(text: string, findings: readonly Finding[]): Finding[] {
  const lines = new LineIndex(text);
  const fixes = findings
    .filter((f) => f.fix)
    .map((finding) => ({ finding, spans: finding.fix!.edits.map((e): [number, number, string] => [lines.offsetAt(e.range.start), lines.offsetAt(e.range.end), e.newText]) }));
  const starts = [...new Set(fixes.flatMap((f) => f.spans.map(([from]) => from)))].sort((a, b) => a - b);
  const ends = new PrefixMax(starts.length);
  // Each taken start, with the rule and texts of the insertions (edits that replace nothing) there.
  const takenStarts = new Map<number, { rule: string; texts: Set<string> } | undefined>();
  // How many distinct starts are below `value`: the prefix of the tree that starts before it.
  const below = (value: number) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < value) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const chosen: Finding[] = [];
  for (const { finding, spans } of fixes) {
    // Another insertion of the same rule, with other text (the same text twice is one finding said twice).
    const insertsAfter = (from: number, to: number, text: string) => {
      const there = takenStarts.get(from);
      return from === to && there !== undefined && there.rule === finding.ruleId && !there.texts.has(text);
    };
    const clashes = spans.some(([from, to, text]) => (takenStarts.has(from) && !insertsAfter(from, to, text)) || ends.max(below(to)) > from);
    if (clashes) continue;
    for (const [from, to, text] of spans) {
      // A start where something is replaced takes no insertion after it, whatever was taken there first.
      if (from !== to) takenStarts.set(from, undefined);
      else if (!takenStarts.has(from)) takenStarts.set(from, { rule: finding.ruleId, texts: new Set([text]) });
      else takenStarts.get(from)?.texts.add(text);
      ends.raise(below(from), to);
    }
    chosen.push(finding);
  }
  return chosen;
}

/** A Fenwick tree of maxima: raise(i, v) sets slot i to at least v; max(n) is the largest of slots 0..n-1. */
class PrefixMax {
  private readonly tree: number[];

  constructor(size: number) {
    this.tree = new Array<number>(size + 1).fill(-Infinity);
  }

  raise(index: number, value: number): void {
    for (let i = index + 1; i < this.tree.length; i += i & -i) if (this.tree[i] < value) this.tree[i] = value;
  }

  max(count: number): number {
    let best = -Infinity;
    for (let i = count; i > 0; i -= i & -i) if (this.tree[i] > best) best = this.tree[i];
    return best;
  }
}

export interface FixResult {
  text: string;
  /** How many fixes were applied, over all passes. */
  applied: number;
  /**
   * How many of the problems a lint of the text showed fixable are fixed: those fixable at
   * first less those left fixable at the end. What the writer was told `--fix` would fix; a fix
   * a later pass makes for what an earlier fix did (a section renumbered after one was put in) is
   * not a problem of its own.
   */
  fixed: number;
  /** What is left after fixing. */
  findings: Finding[];
}

const MAX_PASSES = 10;
/** Rules whose fix reshapes the text's blocks (RW008: a line into a heading; RW503: pasted text into paragraphs): applied before the fixes that read the sections. */
const BLOCKS_FIRST = new Set(['RW008', 'RW503']);

/**
 * Applies every fix, re-linting between passes so that fixes which touch one another are
 * applied against the text they were computed for. Stops when nothing more can be fixed, or
 * when a pass gives back a text an earlier pass had (fixes that undo one another: the text is
 * left as it was then, and the count is of the fixes that led there).
 */
export function fixAll(text: string, parse: ParseOptions = {}, options: LintOptions = {}): FixResult {
  let applied = 0;
  let findings = lint(parseReport(text, parse), options);
  const fixable = (list: Finding[]) => list.filter((f) => f.fix).length;
  const first = fixable(findings);
  const result = (at: { text: string; applied: number; findings: Finding[] }): FixResult => ({ ...at, fixed: Math.max(0, first - fixable(at.findings)) });
  // Each text reached, with the fixes applied to reach it: fixes that undo one another come back to one.
  const reached = new Map<string, { applied: number; findings: Finding[] }>([[text, { applied, findings }]]);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    // The text's blocks are set right first, in a pass of their own (lines that stand for
    // headings become headings, pasted paragraphs are parted): a section inserted or renumbered
    // in the same pass would be written for the blocks as they were (a bold line, one run of
    // pasted text), and land a level too deep or after the byline.
    const markup = findings.filter((f) => f.fix && BLOCKS_FIRST.has(f.ruleId));
    const chosen = compatibleFixes(text, markup.length > 0 && markup.length < findings.filter((f) => f.fix).length ? markup : findings);
    if (chosen.length === 0) break;
    const next = applyEdits(text, chosen.flatMap((f) => f.fix!.edits));
    if (next === text) break;
    const seen = reached.get(next);
    if (seen) {
      // A cycle: the text as it first was there, counted as it was then.
      return result({ text: next, applied: seen.applied, findings: seen.findings });
    }
    applied += chosen.length;
    text = next;
    findings = lint(parseReport(text, parse), options);
    reached.set(text, { applied, findings });
  }
  return result({ text, applied, findings });
}
