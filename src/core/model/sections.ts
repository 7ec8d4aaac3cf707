import type { Lang } from '../i18n';
import type { ReportKind } from '../kinds/kind';
import { matchRole, type RoleMatch } from '../kinds/matchRole';
import type { HeadingBlock } from './blocks';
import { parseNumbering, type Numbering } from './numbering';

export interface Heading {
  level: number;
  /** First and last source line, 0-based (a setext heading spans two lines). */
  line: number;
  endLine: number;
  /** The heading's text as written (inline Markdown, no `#` markers). */
  text: string;
  /** Column of the text on its first line. */
  textColumn: number;
  setext: boolean;
  numbering?: Numbering;
  /** The text without its numbering prefix. */
  title: string;
}

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

export function toHeading(block: HeadingBlock, lineText: string, lang: Lang): Heading {
  const firstLine = block.content.split('\n', 1)[0];
  const column = lineText.indexOf(firstLine);
  // Read the numbering on the NFC form, so that a decomposed "Phần" is still a part; the
  // offsets that fixes use are then mapped back onto the text as typed.
  const raw = block.content;
  const nfc = raw.normalize('NFC');
  let numbering = parseNumbering(nfc, lang);
  if (numbering && nfc !== raw) {
    numbering = {
      ...numbering,
      text: raw.slice(0, rawOffset(raw, numbering.text.length)),
      valueStart: rawOffset(raw, numbering.valueStart),
      valueEnd: rawOffset(raw, numbering.valueEnd),
    };
  }
  return {
    level: block.level,
    line: block.startLine,
    endLine: block.endLine,
    text: raw,
    textColumn: column < 0 ? 0 : column,
    setext: block.setext,
    numbering,
    title: numbering ? raw.slice(numbering.text.length).trim() : raw,
  };
}

/** The offset in `raw` that corresponds to `offset` in its NFC form. */
function rawOffset(raw: string, offset: number): number {
  for (let i = 0; i <= raw.length; i++) {
    if (raw.slice(0, i).normalize('NFC').length >= offset && !/\p{M}/u.test(raw[i] ?? '')) return i;
  }
  return raw.length;
}

/** Nests headings into sections; `lastLine` is the document's last line with content. */
export function buildSectionTree(headings: Heading[], lastLine: number): Section[] {
  const roots: Section[] = [];
  const stack: Section[] = [];
  for (let i = 0; i < headings.length; i++) {
    const heading = headings[i];
    while (stack.length && stack[stack.length - 1].heading.level >= heading.level) {
      stack.pop()!.endLine = heading.line - 1;
    }
    const parent = stack[stack.length - 1];
    const section: Section = { heading, startLine: heading.line, endLine: lastLine, children: [], parent, isTitle: false };
    (parent ? parent.children : roots).push(section);
    stack.push(section);
  }
  return roots;
}

/** A lone level-1 heading that comes first is the report's title, not a section of it. */
export function markTitle(roots: Section[], headings: Heading[]): Section | undefined {
  const first = roots[0];
  if (!first || first.heading.level !== 1) return undefined;
  if (headings.filter((h) => h.level === 1).length !== 1) return undefined;
  first.isTitle = true;
  return first;
}

/**
 * Gives each section the role its heading names, outermost first: inside a results section,
 * "2. Thực hiện nhiệm vụ" is a part of the results, not the priorities.
 */
export function assignRoles(roots: Section[], kind: ReportKind): Section[] {
  const roleSections: Section[] = [];
  const visit = (sections: Section[]) => {
    for (const section of sections) {
      const match = section.isTitle ? undefined : matchRole(section.heading.title, kind);
      if (match) {
        section.role = match.role;
        section.roleMatch = match;
        roleSections.push(section);
      } else {
        visit(section.children);
      }
    }
  };
  visit(roots);
  return roleSections;
}

/** Depth-first, document order. */
export function* walkSections(sections: readonly Section[]): Generator<Section> {
  for (const section of sections) {
    yield section;
    yield* walkSections(section.children);
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
