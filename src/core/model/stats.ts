import { LineKind } from './blocks';
import { signatureLines } from './byline';
import type { ReportDocument } from './document';
import type { Section } from './sections';
import { settledPattern } from '../text/settledPattern';
import { firstAbove } from '../text/sorted';

export interface SectionStats {
  /** Words of prose in the section and its subsections (a Vietnamese syllable counts as a word, as word processors count). */
  words: number;
  /** Items of the lists written directly in the section (not nested lists); under labels of their own, the largest label's. */
  items: number;
}

const WORD = settledPattern(() => /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu);
const cache = new WeakMap<Section, SectionStats>();
const itemLinesCache = new WeakMap<ReportDocument, { items: number[]; labels: number[] }>();
const headingLinesCache = new WeakMap<ReportDocument, Uint8Array>();

export function sectionStats(doc: ReportDocument, section: Section): SectionStats {
  let stats = cache.get(section);
  if (!stats) {
    stats = { words: countWords(doc, section), items: countItems(doc, section) };
    cache.set(section, stats);
  }
  return stats;
}

function countWords(doc: ReportDocument, section: Section): number {
  const heading = headingLines(doc);
  let words = 0;
  for (let line = section.heading.endLine + 1; line <= section.endLine; line++) {
    if (doc.prose.lineKind(line) !== LineKind.prose || heading[line]) continue;
    const text = doc.lines.line(line);
    if (text.length === 0) continue;
    const word = WORD(text);
    word.lastIndex = 0;
    while (word.exec(text)) words++;
  }
  return words;
}

/**
 * Which lines are no part of a section's text (1) or are (0), once per document: a section's
 * words leave out its subsections' headings and the writer's name closing the report
 * ("Người viết: Lan Anh", "By Jane Doe").
 */
function headingLines(doc: ReportDocument): Uint8Array {
  let lines = headingLinesCache.get(doc);
  if (!lines) {
    lines = new Uint8Array(doc.lines.lineCount);
    for (const h of doc.headings) for (let l = h.line; l <= h.endLine && l < lines.length; l++) lines[l] = 1;
    const signature = signatureLines(doc);
    if (signature) for (let l = signature.startLine; l <= signature.endLine && l < lines.length; l++) lines[l] = 1;
    headingLinesCache.set(doc, lines);
  }
  return lines;
}

/**
 * The items of the lists written directly in the section. Lists under labels of their own
 * ("**Maya:**", "Omar:" — each member's work in a team's report) are counted label by label, and
 * the largest counts: the section makes that many points about one thing.
 */
function countItems(doc: ReportDocument, section: Section): number {
  const ownEnd = section.children[0] ? section.children[0].startLine - 1 : section.endLine;
  // The item lines are in order: binary searches, not a pass over every item per section.
  const { items, labels } = listItemLines(doc);
  const first = firstAbove(items, section.heading.endLine);
  const end = firstAbove(items, ownEnd);
  let label = firstAbove(labels, section.heading.endLine);
  let most = 0;
  let count = 0;
  for (let k = first; k < end; k++) {
    // A label between the last item counted and this one starts another group.
    if (label < labels.length && labels[label] < items[k]) {
      while (label < labels.length && labels[label] < items[k]) label++;
      count = 0;
    }
    most = Math.max(most, ++count);
  }
  return most;
}

/**
 * A paragraph that is a label alone, naming whom the list after it is about: bold and ending in
 * a colon ("**Maya:**", "**Omar**:"), or up to three capitalised words and a colon ("Lành:",
 * "Ông Tuấn:"). Not "Also done:" nor a sentence that leads into a list ("Ngoài ra, nhóm còn làm
 * thêm các việc sau:"): those go on with the same list.
 */
const LABEL = settledPattern(() => /^(?:(?:\*\*|__)[^*_\n:]{1,60}(?::(?:\*\*|__)|(?:\*\*|__):)|\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){0,2}:)$/u);

/** Whether a paragraph's text is a label (LABEL), tested only when it ends as one can: the pattern's letter classes are built on first use. */
function isLabel(text: string): boolean {
  return (text.endsWith(':') || text.endsWith('**') || text.endsWith('__')) && text.length <= 70 && LABEL(text).test(text);
}

/** Start lines of list items at the outer level of their list, and of the labels outside lists, once per document. */
function listItemLines(doc: ReportDocument): { items: number[]; labels: number[] } {
  let lines = itemLinesCache.get(doc);
  if (!lines) {
    lines = { items: [], labels: [] };
    let depth = 0;
    const tokens = doc.tokens;
    for (let t = 0; t < tokens.length; t++) {
      const token = tokens[t];
      if (token.type === 'bullet_list_open' || token.type === 'ordered_list_open') depth++;
      else if (token.type === 'bullet_list_close' || token.type === 'ordered_list_close') depth--;
      else if (token.type === 'list_item_open' && depth === 1 && token.map) lines.items.push(token.map[0]);
      else if (token.type === 'paragraph_open' && depth === 0 && token.level === 0 && token.map && token.map[1] - token.map[0] === 1 && isLabel(tokens[t + 1]?.content.trim() ?? '')) lines.labels.push(token.map[0]);
    }
    itemLinesCache.set(doc, lines);
  }
  return lines;
}
