import type { ReportDocument } from '../model/document';
import { walkSections } from '../model/sections';
import { isLetterOrDigitChar } from '../text/wordCharacters';
import { displayTitle, headingRange } from './helpers';
import { LONE } from './RW306-placeholder';
import type { Rule } from './types';

export const emptySection: Rule = {
  id: 'RW003',
  name: 'empty-section',
  description: {
    en: 'A section has a heading but no content.',
    vi: 'Một phần chỉ có tiêu đề, không có nội dung.',
  },
  defaultSeverity: 'warning',
  fixable: false,
  check({ doc, report }) {
    for (const section of walkSections(doc.sections)) {
      if (section.isTitle || section.children.length > 0) continue;
      // "### Meeting Date/Time: May 27, 2022", "### [Video of the meeting](…)": a field or a link
      // written as a heading holds its content on its own line.
      if (isFieldOrLink(section.heading.text)) continue;
      // "## Họp tìm giải pháp … - Dự án Terumo" then "## Biên bản họp: 18/12/2024": headings that
      // open the document one under the other, with nothing before them, are its title lines.
      if (!section.role && opensTheDocument(doc, section)) continue;
      // An HTML body on one line holds its sections' text on their heading's line: not judged here.
      if (section.endLine <= section.heading.endLine && doc.lines.line(section.heading.line).trimStart().startsWith('<')) continue;
      const first = section.heading.endLine + 1;
      const letters = wordCharacters(doc, first, section.endLine);
      if (letters >= MIN_WORD_CHARACTERS) continue;
      // A section holding only "…" is waiting to be written: the placeholder rule says so.
      if (holdsPlaceholder(doc, first, section.endLine)) continue;
      // "N/A", "None", "Không có": the writer answered that there is nothing to report.
      if (holdsAnswer(doc, first, section.endLine)) continue;
      report({
        range: headingRange(doc, section),
        // "Có", "N/A", "- x": something is there, so the message does not call it empty.
        message: letters
          ? {
              en: `The section "${displayTitle(section)}" has next to no content (fewer than ${MIN_WORD_CHARACTERS} letters or digits).`,
              vi: `Phần "${displayTitle(section)}" gần như chưa có nội dung (chưa đến ${MIN_WORD_CHARACTERS} chữ cái hoặc chữ số).`,
            }
          : {
              en: `The section "${displayTitle(section)}" is empty.`,
              vi: `Phần "${displayTitle(section)}" chưa có nội dung.`,
            },
      });
    }
  },
};

const MIN_WORD_CHARACTERS = 3;

/**
 * Whether a section is a title line: the first heading of the body, with no text before it, and
 * the next heading on the very next line (blank lines aside).
 */
function opensTheDocument(doc: ReportDocument, section: { heading: { line: number; endLine: number }; endLine: number }): boolean {
  const first = doc.headings[0];
  if (!first || first.line !== section.heading.line) return false;
  for (let line = (doc.frontMatter?.endLine ?? -1) + 1; line < section.heading.line; line++) if (doc.lines.line(line).trim()) return false;
  const next = doc.headings[1];
  if (!next || next.line > section.endLine + 1) return false;
  for (let line = section.heading.endLine + 1; line < next.line; line++) if (doc.lines.line(line).trim()) return false;
  return true;
}

/** "Label: value" (a value after the colon) or a heading that is only a link. */
function isFieldOrLink(text: string): boolean {
  return /^[^:]{1,40}:\s*\S/u.test(text.replace(/https?:\/\//g, '')) || /^\s*\[[^\]]+\]\([^)]*\)\s*$/u.test(text);
}

/** How many letters or digits lines [first, last] hold outside HTML comments, counted up to the minimum. */
function wordCharacters(doc: ReportDocument, first: number, last: number): number {
  if (first > last) return 0;
  const text = doc.text;
  const end = doc.lines.ends[last];
  let count = 0;
  for (let i = doc.lines.starts[first]; i < end; i++) {
    if (text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', i + 4);
      if (close < 0 || close >= end) return count;
      i = close + 2;
      continue;
    }
    if (isLetterOrDigitChar(text[i]) && ++count >= MIN_WORD_CHARACTERS) return count;
  }
  return count;
}

/** A short answer that says there is nothing: N/A, None, Nil, Không có… (with a list marker, emphasis or code marks around it). */
const NOTHING = /^[ \t>]*(?:(?:[-*+]|\d{1,3}[.)])[ \t]+)?[*_`]*(?:n\/?a|none|nil|nothing(?: to report)?|no|không(?: có(?: gì)?)?|chưa có|không áp dụng)[*_`]*[.!]?[ \t]*$/iu;

function holdsAnswer(doc: ReportDocument, first: number, last: number): boolean {
  for (let line = first; line <= last; line++) if (NOTHING.test(doc.lines.line(line).normalize('NFC'))) return true;
  return false;
}

function holdsPlaceholder(doc: ReportDocument, first: number, last: number): boolean {
  for (let line = first; line <= last; line++) if (LONE.test(doc.lines.line(line))) return true;
  return false;
}
