import type { PeriodUnit, ReportKind, RoleSpec } from '../kinds/kind';
import { shownNumbering } from './headings';
import type { QuestionItem } from './questions';
import type { RoleBlock } from './roleBlocks';
import { type Section, walkSections } from './sections';

/** How a part of a report is written. */
export type PartKind = 'heading' | 'pseudo-heading' | 'question' | 'paragraphs';

/**
 * One part of a report: a section under a heading or a pseudo-heading, a question item with its
 * answer, or a run of paragraphs that plays a role. The model lists them once per document
 * version; lint, the status bar, the Report view, the preview, hover, completion and the
 * command line's outline all read this list. Lines 0-based, inclusive.
 */
export interface ReportPart {
  part: PartKind;
  /** The role the part plays in the report's kind, if any. */
  role?: string;
  /** Plain text: a heading's title (numbering included), a question, or a paragraph's first words. */
  title: string;
  startLine: number;
  endLine: number;
  /** Heading level of a section; for other parts, undefined. */
  level?: number;
  /** The section, for heading and pseudo-heading parts. */
  section?: Section;
  /** For paragraphs: recognised by a cue phrase or by a label ("Decisions:"). */
  by?: 'cue' | 'label';
}

/**
 * The parts in document order (by first line; an enclosing section before what it holds). The
 * report's title heading is not a part.
 */
export function collectParts(sections: readonly Section[], questions: readonly QuestionItem[], blocks: readonly RoleBlock[]): ReportPart[] {
  const parts: ReportPart[] = [];
  for (const section of walkSections(sections)) {
    if (section.isTitle) continue;
    const { heading } = section;
    const prefix = heading.numbering ? shownNumbering(heading.numbering) + ' ' : '';
    parts.push({
      part: heading.pseudo ? 'pseudo-heading' : 'heading',
      role: section.role,
      title: prefix + heading.title,
      startLine: section.startLine,
      endLine: section.endLine,
      level: heading.level,
      section,
    });
  }
  for (const q of questions) parts.push({ part: 'question', role: q.role, title: q.title, startLine: q.startLine, endLine: q.endLine });
  // A label that is a question item too ("- blockers:" over its answers) is one part, the question's.
  const sameAsQuestion = (b: RoleBlock) => questions.some((q) => q.startLine === b.startLine && q.role === b.role && b.endLine <= q.endLine);
  for (const b of blocks) if (!sameAsQuestion(b)) parts.push({ part: 'paragraphs', role: b.role, title: b.title, startLine: b.startLine, endLine: b.endLine, by: b.by });
  return parts.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}

/** The roles some part plays. */
export function rolesPresent(parts: readonly ReportPart[]): Set<string> {
  const present = new Set<string>();
  for (const p of parts) if (p.role) present.add(p.role);
  return present;
}

/** The required roles of the kind that no part plays, in the kind's order. */
export function missingRoles(kind: ReportKind, parts: readonly ReportPart[], periodUnit?: PeriodUnit): ReportKind['roles'] {
  const present = rolesPresent(parts);
  return kind.roles.filter((r) => requiredFor(r, periodUnit) && !present.has(r.id));
}

/** Whether a report whose period has this length (undefined: a year, or not known) must have the role: required, and not `optionalFor` it. */
export function requiredFor(role: RoleSpec, periodUnit: PeriodUnit | undefined): boolean {
  return role.required && !(periodUnit !== undefined && role.optionalFor?.includes(periodUnit));
}
