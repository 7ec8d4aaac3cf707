import type { ReportKind } from '../kinds/kind';
import { matchRole, type RoleMatch } from '../kinds/matchRole';
import type { Heading } from './headings';
import { lowerAsCaseless } from '../text/fold';
import { namesOwnPart } from './ownPart';
import { placeSummingUp } from './summingUp';
import { ownPeriod, type RoleContext } from './ownPeriod';
import { PERIOD_WORDS } from './periodWords';

export { periodOfTitle, type RoleContext } from './ownPeriod';

export interface Section {
  heading: Heading;
  /** From the heading to the line before the next heading of the same or a higher level. 0-based. */
  startLine: number;
  endLine: number;
  children: Section[];
  parent?: Section;
  role?: string;
  roleMatch?: RoleMatch;
  /** The document's single top-level heading that names the report; it plays no role. */
  isTitle: boolean;
}

/** Nests headings into sections; `lastLine` is the document's last line with content. */
export function buildSectionTree(headings: Heading[], lastLine: number): Section[] {
  const roots: Section[] = [];
  const stack: Section[] = [];
  for (let i = 0; i < headings.length; i++) {
    const heading = headings[i];
    while (stack.length && stack[stack.length - 1].heading.level >= heading.level) {
      const closed = stack.pop()!;
      // Two headings on one line (an HTML body on a single line): the first still spans its own.
      closed.endLine = Math.max(closed.heading.endLine, heading.line - 1);
    }
    const parent = stack[stack.length - 1];
    const section: Section = { heading, startLine: heading.line, endLine: lastLine, children: [], parent, isTitle: false };
    (parent ? parent.children : roots).push(section);
    stack.push(section);
  }
  return roots;
}

/**
 * The report's title: a lone level-1 heading that comes first; or, where every section is a
 * level-1 heading (text converted from Word), a first level-1 heading with nothing under it
 * ("# Outage Postmortem" right before "# Issue Summary"); or, with no level-1 heading, a
 * level-2 heading over the whole document that names a report's kind. It is not a section of
 * the report.
 */
export function markTitle(
  roots: Section[],
  headings: Heading[],
  namesRole: (title: string) => boolean = () => false,
  /** Whether a title names a report's kind ("Báo cáo tiến độ tuần", "Weekly progress report"). */
  namesKind: (title: string) => boolean = () => false,
): Section | undefined {
  const first = roots[0];
  if (!first) return undefined;
  // The heading that opens an HTML body (`<h2>` under a CMS's own `<h1>`) is its title.
  // Unless it names a part ("<h2>Results</h2>" first, the title in the front matter).
  if (first.heading.html && first.heading.opening && !namesRole(first.heading.title)) {
    first.isTitle = true;
    return first;
  }
  // "## Báo cáo tiến độ tuần" over "### 1. Tổng quan", "### 2. Tiến độ công việc"…: a report
  // written to sit under a site's own `#` has its title a level down. A level-2 heading is the
  // title when it holds the whole document, no level-1 heading stands anywhere, and it names a
  // report's kind, whatever role its words may also name ("tiến độ", "progress").
  if (first.heading.level === 2 && roots.length === 1 && first.children.length > 0 && !first.heading.pseudo && !first.heading.numbering && headings.every((h) => h.level >= 2) && namesKind(first.heading.title)) {
    first.isTitle = true;
    return first;
  }
  if (first.heading.level !== 1) return undefined;
  // A bold line is the title only where a title stands, at the top: further down it is a section
  // ("**Nhiệm vụ năm 2025**" after the lead of CMS news).
  if (first.heading.pseudo) {
    if (!first.heading.opening) return undefined;
    first.isTitle = true;
    return first;
  }
  const isLone = headings.filter((h) => h.level === 1).length === 1;
  const isBare =
    !isLone && first.children.length === 0 && roots[1] !== undefined && first.endLine <= first.heading.endLine + 1 && !first.heading.pseudo && !namesRole(first.heading.title);
  if (!isLone && !isBare && !isCapitalTitle(first.heading, roots[1]?.heading, namesRole)) return undefined;
  first.isTitle = true;
  return first;
}

/**
 * "BÁO CÁO CÔNG TÁC THÁNG 3." underlined with "===", then "Kết quả đạt được" underlined the
 * same way: a first level-1 heading in capitals (two words or more, unnumbered, naming no part),
 * over a level-1 heading with letters in lower case, is the report's title set in capitals as typed reports
 * set it, whatever it holds (a lead, a summary) before the next heading.
 */
function isCapitalTitle(first: Heading, next: Heading | undefined, namesRole: (title: string) => boolean): boolean {
  if (!next || next.level !== 1 || first.numbering || namesRole(first.title)) return false;
  return inCapitals(first.title) && /\p{Ll}/u.test(next.title);
}

/** Two words or more of letters, none of them in lower case. */
function inCapitals(title: string): boolean {
  return /\p{Lu}[\p{L}\p{M}]*[^\p{L}\p{N}]+[\p{L}\p{N}]/u.test(title) && !/\p{Ll}/u.test(title);
}

/**
 * The role each section's heading names, without changing the sections. A section inside one
 * that has a role gets a role of its own only when its title names another role clearly: the
 * role's name outright ("7.1. Kết quả đạt được" inside "7. Kết luận"), joined to a further
 * role's name ("4. Kết luận và phân công của Tổ trưởng" inside "II. Nội dung cuộc họp"), or a
 * closing role's name with who gave it ("Kết luận của chủ tọa", "Decisions of the board"); so
 * that "2. Nhiệm vụ được giao" inside the results stays a part of the results.
 */
export function matchSections(roots: readonly Section[], kind: ReportKind, context: RoleContext = {}): Array<{ section: Section; match: RoleMatch }> {
  const found: Array<{ section: Section; match: RoleMatch; nested: boolean }> = [];
  const visit = (sections: readonly Section[], parentRole: string | undefined) => {
    for (const section of sections) {
      let match = section.isTitle ? undefined : matchRole(section.heading.title, kind);
      if (match) match = ownPeriod(section.heading.title, match, kind, context);
      if (match && parentRole !== undefined && (match.role === parentRole || match.fuzzy || !(isWholeTitle(match) || namesOwnPart(match, kind, parentRole)))) match = undefined;
      if (match) found.push({ section, match, nested: parentRole !== undefined });
      visit(section.children, match?.role ?? parentRole);
    }
  };
  visit(roots, undefined);
  // "Summary" first is the summary, "Summary" or "Tổng kết" last the conclusion.
  placeSummingUp(found, kind);
  return found.map(({ section, match }) => ({ section, match }));
}

/**
 * Gives each section the role its heading names (see `matchSections`); returns the sections
 * with a role, in document order.
 */
export function assignRoles(roots: Section[], kind: ReportKind, context: RoleContext = {}): Section[] {
  for (const section of walkSections(roots)) {
    delete section.role;
    delete section.roleMatch;
  }
  return matchSections(roots, kind, context).map(({ section, match }) => {
    section.role = match.role;
    section.roleMatch = match;
    return section;
  });
}

/** The title is the synonym, maybe with a period or a date after it ("Kết quả đạt được năm 2024", "accomplishments in 2024", "Định hướng tiếp theo", "Results achieved"). */
function isWholeTitle(match: RoleMatch): boolean {
  const rest = lowerAsCaseless(match.rest);
  return rest === '' || (WHOLE_TITLE_REST ??= new RegExp(`^(?:[:\\-–—(]\\s*)?(?:(?:in|for|during|over|of|trong|của|cho) )?(?:${PERIOD_WORDS}|\\d|this|next|tới|sau|này|nay)|^(?:được|đạt được|tiếp theo|sắp tới|so far|to date|ahead|achieved|obtained|attained|delivered|accomplished)$`, 'u')).test(rest);
}

/** What may follow a synonym in a title that is the synonym itself; built on first use. */
let WHOLE_TITLE_REST: RegExp | undefined;

/**
 * Every section of the tree, depth-first, in document order, as a new array (iterable like the
 * generator it replaces; built with a stack, without an iterator per level of nesting).
 */
export function walkSections(sections: readonly Section[]): Section[] {
  const out: Section[] = [];
  const stack: Array<readonly Section[] | number> = [];
  let list = sections;
  let index = 0;
  for (;;) {
    if (index < list.length) {
      const section = list[index++];
      out.push(section);
      if (section.children.length > 0) {
        stack.push(list, index);
        list = section.children;
        index = 0;
      }
    } else if (stack.length > 0) {
      index = stack.pop() as number;
      list = stack.pop() as readonly Section[];
    } else return out;
  }
}

/**
 * A–B–C sequences share letters with Roman numerals ("C.", "D."). Among siblings that use
 * upper-case letters and no Roman numeral of two letters or more, single-letter "Roman"
 * numbers are read as letters.
 */
export function reconcileLetterNumbering(siblings: readonly Section[], letters: string): void {
  if (!siblings.some((s) => s.heading.numbering?.style === 'upper-letter')) return;
  // "II" or "IV" among them: a Roman sequence after all, whatever the stray letter.
  if (siblings.some((s) => s.heading.numbering?.style === 'roman' && s.heading.numbering.valueEnd > 1)) return;
  for (const { heading } of siblings) {
    const n = heading.numbering;
    if (n && n.style === 'roman' && n.valueEnd === 1) {
      const index = letters.indexOf(heading.text[0].toLowerCase());
      if (index >= 0) heading.numbering = { ...n, style: 'upper-letter', value: index + 1 };
    }
  }
}
