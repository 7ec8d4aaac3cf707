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

/** The findings whose fixes can be applied together (of two that touch, the first wins). */
export function compatibleFixes(text: string, findings: readonly Finding[]): Finding[] {
  const lines = new LineIndex(text);
  const taken: Array<[number, number]> = [];
  const chosen: Finding[] = [];
  for (const finding of findings) {
    if (!finding.fix) continue;
    const spans = finding.fix.edits.map((e): [number, number] => [lines.offsetAt(e.range.start), lines.offsetAt(e.range.end)]);
    // Edits that start at the same point would race for their order: keep them a pass apart.
    const clashes = spans.some(([from, to]) => taken.some(([f, t]) => (from < t && f < to) || from === f));
    if (clashes) continue;
    taken.push(...spans);
    chosen.push(finding);
  }
  return chosen;
}

export interface FixResult {
  text: string;
  /** How many fixes were applied, over all passes. */
  applied: number;
  /** What is left after fixing. */
  findings: Finding[];
}

const MAX_PASSES = 10;

/**
 * Applies every fix, re-linting between passes so that fixes which touch one another are
 * applied against the text they were computed for. Stops when nothing more can be fixed.
 */
export function fixAll(text: string, parse: ParseOptions = {}, options: LintOptions = {}): FixResult {
  let applied = 0;
  let findings = lint(parseReport(text, parse), options);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const chosen = compatibleFixes(text, findings);
    if (chosen.length === 0) break;
    const next = applyEdits(text, chosen.flatMap((f) => f.fix!.edits));
    if (next === text) break;
    applied += chosen.length;
    text = next;
    findings = lint(parseReport(text, parse), options);
  }
  return { text, applied, findings };
}
