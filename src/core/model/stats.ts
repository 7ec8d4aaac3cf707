import { LineKind } from './blocks';
import { signatureLines } from './byline';
import type { ReportDocument } from './document';
import type { Section } from './sections';
import { lazyPattern } from '../text/gatedPattern';
import { firstAbove } from '../text/sorted';

export interface SectionStats {
  /** Words of prose in the section and its subsections (a Vietnamese syllable counts as a word, as word processors count). */
  words: number;
  /** Items of the lists written directly in the section (not nested lists). */
  items: number;
}

const WORD = lazyPattern(() => /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu);
const cache = new WeakMap<Section, SectionStats>();
const itemLinesCache = new WeakMap<ReportDocument, number[]>();
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
    WORD().lastIndex = 0;
    while (WORD().exec(text)) words++;
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

function countItems(doc: ReportDocument, section: Section): number {
  const ownEnd = section.children[0] ? section.children[0].startLine - 1 : section.endLine;
  // The item lines are in order: two binary searches, not a pass over every item per section.
  const lines = listItemLines(doc);
  return firstAbove(lines, ownEnd) - firstAbove(lines, section.heading.endLine);
}


/** Start lines of list items at the outer level of their list, once per document. */
function listItemLines(doc: ReportDocument): number[] {
  let lines = itemLinesCache.get(doc);
  if (!lines) {
    lines = [];
    let depth = 0;
    for (const token of doc.tokens) {
      if (token.type === 'bullet_list_open' || token.type === 'ordered_list_open') depth++;
      else if (token.type === 'bullet_list_close' || token.type === 'ordered_list_close') depth--;
      else if (token.type === 'list_item_open' && depth === 1 && token.map) lines.push(token.map[0]);
    }
    itemLinesCache.set(doc, lines);
  }
  return lines;
}
