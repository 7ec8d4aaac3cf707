import type { ReportDocument } from '../model/document';
import { displayTitle as headingTitle } from '../model/headings';
import { type Section, walkSections } from '../model/sections';
import type { Range } from '../text/lineIndex';
import { isLetterOrMarkChar } from '../text/wordCharacters';

/** The first line of a heading, whole. */
export function headingRange(doc: ReportDocument, section: Section): Range {
  const line = section.heading.line;
  return doc.lines.linesRange(line, line);
}

/** Every group of sibling sections: the top level, then each section's children. */
export function* siblingGroups(doc: ReportDocument): Generator<Section[]> {
  yield doc.sections;
  for (const section of walkSections(doc.sections)) {
    if (section.children.length > 0) yield section.children;
  }
}

/** A heading's title for messages: its numbering and its plain text (no emphasis, code marks or comments). */
export function displayTitle(section: Section): string {
  return headingTitle(section.heading);
}

/** Offsets of every match of a global regex in the text that lies wholly in prose. */
export function* proseMatches(doc: ReportDocument, pattern: RegExp): Generator<RegExpExecArray> {
  pattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(doc.text))) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    if (doc.prose.isProseSpan(m.index, m.index + m[0].length)) yield m;
  }
}

export function offsetRange(doc: ReportDocument, from: number, to: number): Range {
  return { start: doc.lines.positionAt(from), end: doc.lines.positionAt(to) };
}

export function isLetter(char: string | undefined): boolean {
  return char !== undefined && isLetterOrMarkChar(char);
}

/** The run of letters around [from, to): the word a match lies in. */
export function wordAround(text: string, from: number, to: number): { start: number; end: number } {
  let start = from;
  let end = to;
  while (start > 0 && isLetter(text[start - 1])) start--;
  while (end < text.length && isLetter(text[end])) end++;
  return { start, end };
}

/** True when the offset is in a Markdown table, where spacing and abbreviations follow the columns. */
export function inTable(doc: ReportDocument, offset: number): boolean {
  return doc.prose.blockAt(doc.lines.positionAt(offset).line)?.type === 'table';
}

/** `![alt](src "title")` and `![alt][ref]`: an image's alt text and title, which are captions. */
const IMAGE = /!\[[^\]\n]*\](?:\([^)\n]*\)|\[[^\]\n]*\])?/g;

/** A link reference definition, whose title is an image's (or a link's) title: `[ref]: src "title"`. */
const DEFINITION_LINE = /^ {0,3}\[[^\]\n]+\]:[ \t]*\S+/;

/**
 * True when the offset is in an image's alt text or title (inline, or the title of a link
 * reference definition): text that captions the image, not the report's prose.
 */
export function inImageText(doc: ReportDocument, offset: number): boolean {
  const { line, character } = doc.lines.positionAt(offset);
  const text = doc.lines.line(line);
  if (DEFINITION_LINE.test(text)) return true;
  if (!text.includes('![')) return false;
  IMAGE.lastIndex = 0;
  for (let m; (m = IMAGE.exec(text)); ) if (character >= m.index && character < m.index + m[0].length) return true;
  return false;
}
