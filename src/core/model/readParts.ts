import type { ReportKind } from '../kinds/kind';
import type { LineIndex } from '../text/lineIndex';
import { pastedSigns } from '../text/tidyPasted';
import type { ListItemBlock, ParagraphBlock } from './blocks';
import { closingByline, leadParagraph } from './byline';
import type { ReportDocument } from './document';
import type { Paragraph } from './paragraphs';
import { collectParts, type ReportPart } from './parts';
import { findQuestionItems, isQuestion, questionRole } from './questions';
import { colonAt, hasValue, isMetadataParagraph, LABEL } from './labels';
import { plainText } from './plainText';
import { findRoleBlocks, firstWords, type RoleBlock } from './roleBlocks';
import type { Heading } from './headings';
import { matchSections, type RoleContext, type Section, walkSections } from './sections';
import { resultOrPlan } from './yearOpening';
import { doneTaskTables } from './taskTables';

/** What the model hands the reading of parts besides the document: its block scan and line tables. */
export interface PartsSource {
  context: RoleContext;
  listItems: readonly ListItemBlock[];
  blockParagraphs: readonly ParagraphBlock[];
  /** 1 on lines of the official frame (header, recipients, Nơi nhận, signature). */
  frame: Uint8Array;
  roleParagraphs: readonly Paragraph[];
  /** For each line, the index of its section in document order (-1 before the first). */
  sectionIndex: Int32Array;
  sectionsInOrder: readonly Section[];
}

/**
 * A report's parts as read with one kind: the sections whose headings name a role (a question
 * heading by its wording), the question items, the runs of paragraphs that play a role by cue or
 * label (inside a section only for roles no heading names), and, in news and minutes, the lead
 * and the byline. With `apply`, question headings keep their role on their sections (the
 * report's own kind); otherwise the sections are left untouched (detection tries every kind).
 * Linear in the sections, paragraphs and captions.
 */
export function readParts(doc: ReportDocument, kind: ReportKind, apply: boolean, source: PartsSource): ReportPart[] {
  const matches = apply ? doc.roleSections.map((section) => ({ section, role: section.role! })) : matchSections(doc.sections, kind, source.context).map(({ section, match }) => ({ section, role: match.role }));
  const roleOf = new Map(matches.map((m) => [m.section, m.role]));
  // A question heading carries the role its wording asks about.
  for (const section of walkSections(doc.sections)) {
    if (roleOf.has(section) || section.isTitle || !isQuestion(section.heading.title)) continue;
    const role = questionRole(section.heading.title, kind);
    if (role && !hasRoleAbove(section, roleOf)) {
      roleOf.set(section, role);
      if (apply) section.role = role;
    }
  }
  // A goal written as a heading with how far it got ("Cycle to work (90%)", "Migration — 80%")
  // is a result, in a kind that has results and where no heading above names a role.
  if (kind.roles.some((r) => r.id === 'results')) {
    for (const section of walkSections(doc.sections)) {
      if (roleOf.has(section) || section.isTitle || !PROGRESS.test(section.heading.title) || hasRoleAbove(section, roleOf)) continue;
      roleOf.set(section, 'results');
      if (apply) section.role = 'results';
    }
  }
  const questions = findQuestionItems(source.listItems, source.blockParagraphs, kind).filter((q) => !source.frame[q.startLine]);
  const headingRoles = new Set([...roleOf.values(), ...questions.filter((q) => q.role).map((q) => q.role!)]);
  // What roles cover a line: those of the section it is in and of the sections around that one.
  const sectionIndex = source.sectionIndex;
  const sectionsInOrder = source.sectionsInOrder;
  const coveringOf = new Map<Section, ReadonlySet<string> | undefined>();
  const covering = (section: Section | undefined): ReadonlySet<string> | undefined => {
    if (!section) return undefined;
    if (coveringOf.has(section)) return coveringOf.get(section);
    const outer = covering(section.parent);
    const role = roleOf.get(section);
    const here = role ? new Set([...(outer ?? []), role]) : outer;
    coveringOf.set(section, here);
    return here;
  };
  const blocks = findRoleBlocks({
    kind,
    paragraphs: source.roleParagraphs,
    captions: doc.captions,
    coveredBy: (line) => covering(sectionsInOrder[sectionIndex[line]]),
    headingRoles,
    excluded: (line) => source.frame[line] === 1,
    lines: doc.lines,
    sectionAt: (line) => sectionIndex[line],
    tables: doc.textBlocks.filter((b) => b.type === 'table'),
    resultsRole: (text) => resultOrPlan(text, source.context),
  });
  // A table of the period's tasks marked done ("Tình trạng: Đã hoàn thành") is the results, where no heading names them.
  if (kind.roles.some((r) => r.id === 'results') && !headingRoles.has('results')) {
    for (const table of doneTaskTables(doc.textBlocks.filter((b) => b.type === 'table'), doc.lines)) {
      if (source.frame[table.startLine] || covering(sectionsInOrder[sectionIndex[table.startLine]]) || blocks.some((b) => b.role === 'results' && b.startLine <= table.startLine && b.endLine >= table.endLine)) continue;
      // Titled by the label above it ("**Nội dung báo cáo**:"), else by its header row.
      let above = table.startLine - 1;
      while (above > 0 && !doc.lines.line(above).trim()) above--;
      const label = /[:：][*_]*\s*$/u.test(doc.lines.line(above)) ? plainText(doc.lines.line(above)).replace(/[:：]\s*$/u, '') : '';
      blocks.push({ role: 'results', startLine: table.startLine, endLine: table.endLine, source: 'paragraphs', by: 'label', title: firstWords(label || plainText(doc.lines.line(table.startLine))) });
    }
    blocks.sort((a, b) => a.startLine - b.startLine);
  }
  const parts = collectParts(doc.sections, questions, blocks);
  if (!apply) for (const p of parts) if (p.section) p.role = roleOf.get(p.section);
  // A news report opens with its lead and closes with its byline; minutes open with their
  // metadata (when, where, who chaired) as a lead.
  // A conclusion notice opens with who held the meeting it concludes, and when.
  const lead = leadParagraph(doc, (line) => source.frame[line] === 1);
  // Its first words as a reader sees them: "**Thời gian:** 14h00, …" is titled "Thời gian: 14h00, …".
  const leadTitle = (p: Paragraph) => firstWords(plainText(p.content.slice(0, 400)));
  if (lead && kind.id === 'conclusion-notice' && !source.frame[lead.startLine]) parts.push({ part: 'paragraphs', role: 'lead', title: leadTitle(lead), startLine: lead.startLine, endLine: lead.endLine });
  // A post-mortem, a review or a status opens with its summary when no heading names one: the
  // paragraphs between the title and the first section.
  // Metadata lines at the top (`**Severity:** High`, `**Date:** …`) are fields, not the summary: it starts after them.
  // Nor is a paragraph that a label opens for another role ("**Timeline:**" and its list, "Progress Report:"):
  // with nothing else before the first section, the report has no summary (RW001 says so).
  const firstLead = lead && isMetadataParagraph(doc.lines, lead.startLine, lead.endLine) ? afterMetadata(doc, lead) : lead;
  const summaryLead = firstLead && !opensByLabel(doc, firstLead, blocks) ? firstLead : undefined;
  if (summaryLead && summaryLead.container !== 'list' && summaryLead.container !== 'quote' && !source.frame[summaryLead.startLine] && kind.roles.some((r) => r.id === 'summary') && !parts.some((p) => p.role === 'summary')) {
    // It ends where a section or another part begins.
    const nextPart = parts.find((p) => p.startLine > summaryLead.startLine)?.startLine ?? Infinity;
    const firstSection = Math.min(nextPart, doc.headings.find((h) => h.line > summaryLead.startLine)?.line ?? doc.lastLine + 1);
    // A heading glued inside the lead's paragraph (text pasted with single line breaks) ends it.
    let end = Math.min(summaryLead.endLine, firstSection - 1);
    for (const p of doc.paragraphs) if (p.startLine > end && p.startLine < firstSection && p.container === summaryLead.container) end = p.endLine;
    parts.push({ part: 'paragraphs', role: 'summary', title: leadTitle(summaryLead), startLine: summaryLead.startLine, endLine: end });
  }
  if (kind.id === 'meeting-news' || kind.id === 'minutes') {
    if (lead && (kind.id === 'meeting-news' || /[:：]/.test(lead.content.slice(0, 60)))) parts.push({ part: 'paragraphs', role: 'lead', title: leadTitle(lead), startLine: lead.startLine, endLine: lead.endLine });
    const byline = closingByline(doc, kind.id);
    if (byline) parts.push({ part: 'paragraphs', role: 'byline', title: byline.text, startLine: byline.startLine, endLine: byline.endLine });
  }
  parts.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
  return parts;
}

/** The first paragraph after a lead of metadata lines, before the next heading, that is not metadata too. */
function afterMetadata(doc: ReportDocument, lead: Paragraph): Paragraph | undefined {
  const nextHeading = doc.headings.find((h) => h.line > lead.startLine)?.line ?? Infinity;
  return doc.paragraphs.find((p) => p.startLine > lead.endLine && p.startLine < nextHeading && p.container === lead.container && !isMetadataParagraph(doc.lines, p.startLine, p.endLine));
}

/**
 * Whether a paragraph opens with a label that starts a role's block, or with a label that has
 * nothing after it ("Progress Report:", "**Timeline:**"): the start of a part of its own, not a
 * summary's text.
 */
function opensByLabel(doc: ReportDocument, paragraph: Paragraph, blocks: readonly RoleBlock[]): boolean {
  if (blocks.some((b) => b.by === 'label' && b.startLine === paragraph.startLine)) return true;
  const first = doc.lines.line(paragraph.startLine);
  const m = colonAt(first) > 0 ? LABEL.exec(first) : null;
  return m !== null && !hasValue(first, m[0]);
}

/**
 * The paragraphs roles are read from: not those in block quotes; a paragraph of text pasted from
 * the web as it came (lines that each read as a paragraph, "|" fences) is read line by line, as
 * its writer's page had it (RW503 offers to tidy it).
 */
export function roleParagraphs(paragraphs: readonly Paragraph[], lines: LineIndex): Paragraph[] {
  const out: Paragraph[] = [];
  for (const p of paragraphs) {
    if (p.container === 'quote') continue;
    if (p.endLine > p.startLine && p.container !== 'list') {
      const text: string[] = [];
      for (let l = p.startLine; l <= p.endLine; l++) text.push(lines.line(l));
      if (pastedSigns(text)) {
        text.forEach((line, k) => {
          if (line.trim() && line.trim() !== '|') out.push({ startLine: p.startLine + k, endLine: p.startLine + k, content: line.trim(), container: p.container });
        });
        continue;
      }
    }
    out.push(p);
  }
  return out;
}

/** A heading that ends with a share done: "(60%)", "– 90 %", ": 100%". */
const PROGRESS = /(?:\(\s*\d{1,3}(?:[.,]\d+)?\s*%\s*\)|[-–—:]\s*\d{1,3}(?:[.,]\d+)?\s*%)$/u;

function hasRoleAbove(section: Section, roleOf: Map<Section, string>): boolean {
  for (let p = section.parent; p; p = p.parent) if (roleOf.has(p)) return true;
  return false;
}

/** For each line, the index of the section heading it follows (-1 before the first). */
export function sectionIndexOfLines(headings: readonly Heading[], lineCount: number): Int32Array {
  const index = new Int32Array(lineCount).fill(-1);
  headings.forEach((h, k) => index.fill(k, h.line, k + 1 < headings.length ? headings[k + 1].line : lineCount));
  return index;
}
