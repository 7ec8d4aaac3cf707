import type { ReportKind } from '../kinds/kind';
import { matchRole, normalizeTitle } from '../kinds/matchRole';
import type { Caption } from './captions';
import { colonAt, hasValue, introducesWhatFollows, isFigure, LABEL, LABEL_LINES, onlyLabels, valueEnd } from './labels';
import type { Paragraph } from './paragraphs';
import { plainText } from './plainText';
import { firstAbove } from '../text/sorted';
import { lazyPattern } from '../text/gatedPattern';
import { countLineBreaks, sentenceCue, SENTENCE_ROLES } from './sentenceCues';
import { CUE_WINDOW, cuesOf } from './roleCues';
import { fieldRows } from './fieldTables';
import { closesTheRecord, headsWhatFollows, negatesRole, type OtherLabel, readOtherLabel } from './labelEnds';

/**
 * A role played by a run of paragraphs rather than by a heading's section: the participants,
 * results or conclusion of a news report that has no headings, recognised by the cue phrases
 * its kind gives ("Tham dự…", "Phát biểu kết luận…"), or by a label that names the role
 * ("**Quyết định:** …", "Impact: …").
 */
export interface RoleBlock {
  role: string;
  /** First and last line of the run, 0-based. */
  startLine: number;
  endLine: number;
  source: 'paragraphs';
  /** How the role was recognised: a cue phrase at the paragraph's start, or a label line. */
  by: 'cue' | 'label';
  /** The paragraph's first words (or the label), for views. */
  title: string;
}

const SENTENCE_END = /[.!?…;,]$/u;

/**
 * The role a label names and the name it matched, when the label is the synonym itself (maybe
 * with a period after it): "Quyết định" → decisions, but not "Quyết định số 12 của …".
 */
function labelRole(label: string, kind: ReportKind): { role: string; synonym: string } | undefined {
  const normalized = normalizeTitle(label);
  if (!normalized || normalized.length > 60) return undefined;
  const match = matchRole(label, kind);
  if (!match || match.fuzzy) return undefined;
  const rest = match.rest;
  return rest === '' || LABEL_REST().test(rest) ? { role: match.role, synonym: match.synonym } : undefined;
}

/**
 * What may follow a role's name in a label: the period ("Kết quả trong năm 2024", "Progress
 * during the last week", "Goals for next week(s)") or the meeting ("Action points from the meeting").
 */
const LABEL_REST =
  lazyPattern(() => /^(?:(?:trong|của|in|during|for|over|of|from)\s+)?(?:(?:the|this|last|past|next|coming|tuần|tháng|quý|năm|này|tới|sau)\s+)*(?:\(?(?:tuần|tháng|quý|năm|week|month|quarter|year|sprint)(?:s|\(s\))?(?![\p{L}\p{N}])|\d|meeting(?![\p{L}\p{N}]))/iu);

export interface RoleBlockInput {
  kind: ReportKind;
  paragraphs: readonly Paragraph[];
  captions: readonly Caption[];
  /** Whether a line lies in a section whose heading (or a heading above it) names `role`. */
  coveredBy: (line: number) => ReadonlySet<string> | undefined;
  /** Roles that some heading of the report names: paragraphs inside sections add only others. */
  headingRoles: ReadonlySet<string>;
  /** Lines that are not the report's prose for this purpose (the official header, quotes). */
  excluded: (line: number) => boolean;
  lines: { line(n: number): string };
  /** Which section a line is in (an index; -1 before the first): a label's block ends with its section. */
  sectionAt: (line: number) => number;
  /** The report's tables, in order: a label's block takes a table right after it ("**Action items:**" and its table). */
  tables?: ReadonlyArray<{ startLine: number; endLine: number }>;
  /**
   * The role a paragraph that a results' cue opens plays: "Năm 2026, Sở tập trung…" may tell
   * next year's priorities (yearOpening.ts). The results when not given.
   */
  resultsRole?: (text: string) => string;
}

/**
 * Runs of paragraphs that play a role. Outside the sections whose headings name a role, a
 * paragraph plays every role one of whose cues matches its start; inside such a section, it
 * plays only roles that no heading of the report names ("Tuy nhiên, …" inside the results is the
 * shortcomings when no heading says so). A label line names a role the same way. Consecutive
 * paragraphs playing one role form one block. Linear in the paragraphs and captions.
 */
export function findRoleBlocks(input: RoleBlockInput): RoleBlock[] {
  const { kind, paragraphs, coveredBy, headingRoles, excluded, lines } = input;
  const roles = cuesOf(kind);
  const captionStarts = new Set(input.captions.map((c) => c.startLine));
  const blocks: RoleBlock[] = [];
  const open = new Map<string, RoleBlock>();
  // The roles the current paragraph plays: one map, emptied for each paragraph.
  // A label with its value on its line ("**Severity:** High") ends with its value: `endLine` set.
  const playing = new Map<string, { startLine: number; by: 'cue' | 'label'; title: string; endLine?: number }>();
  // A report repeats its labels ("Nổi bật là:", "Owner:"): each is matched against the kind once.
  const labelRoles = new Map<string, string | undefined>();
  // The role's name each of them matched ("attendees" in "TSC Attendees"), by label.
  const labelSynonyms = new Map<string, string>();
  // Of each open label block: whether text follows its label yet, and whether labels of their own
  // divide it ("Impact:", then "Customers:" and "Internal:" with their lists).
  const bodies = new Map<RoleBlock, { body: boolean; divided: boolean }>();
  /**
   * Whether an open label block goes on over a paragraph that plays no role. A paragraph headed
   * by another label (`other`) ends it, but for a label that names the block's role again
   * ("Other attendees:", "Thành phần khác:" after "Attendees:"), and for the labels that divide a
   * block (the first label right after the block's own, and every label after it).
   */
  const goesOn = (block: RoleBlock, role: string, other: OtherLabel | undefined): boolean => {
    const state = bodies.get(block) ?? { body: true, divided: false };
    bodies.set(block, state);
    if (other === undefined) {
      state.body = true;
      return true;
    }
    if (other.role === role || other.text.includes(` ${labelSynonyms.get(block.title) ?? '\0'} `)) return true;
    if (!state.body || state.divided) {
      state.divided = true;
      return true;
    }
    return false;
  };
  // A label's block goes on over the tables that follow it with only blank lines between, in its
  // section and before `limit` (where the next role starts): a table is not a paragraph. A table
  // in a block quote is quoted material and ends it.
  const tables = input.tables ?? [];
  const takeTables = (block: RoleBlock, limit: number) => {
    if (block.by !== 'label') return;
    // The first table after the block, by binary search (blocks close in any order).
    for (let t = firstAbove(tables, block.endLine, (table) => table.startLine); t < tables.length && tables[t].startLine < limit; t++) {
      const table = tables[t];
      if (input.sectionAt(table.startLine) !== input.sectionAt(block.startLine) || lines.line(table.startLine).trimStart().startsWith('>')) return;
      for (let line = block.endLine + 1; line < table.startLine; line++) if (lines.line(line).trim()) return;
      block.endLine = table.endLine;
    }
  };
  const allowed = (role: string, line: number) => {
    const covering = coveredBy(line);
    if (!covering) return true;
    // What a section on the next meeting says ("**Nội dung:** …", "Tham dự: …") is of that meeting.
    if (covering.has('next-meeting')) return false;
    return !covering.has(role) && !headingRoles.has(role);
  };
  for (let index = 0; index < paragraphs.length; index++) {
    const paragraph = paragraphs[index];
    if (captionStarts.has(paragraph.startLine) || excluded(paragraph.startLine)) {
      continue;
    }
    const text = paragraph.content.slice(0, CUE_WINDOW).normalize('NFC').replace(/^[*_\s]+/, '');
    // "Cuộc họp kết thúc lúc 16h15.", "**Thư ký**   **Chủ trì**": the labelled parts are over.
    // The paragraph is still read for its own cues ("Hội nghị kết thúc với phát biểu kết luận…").
    if (open.size > 0 && paragraph.container !== 'list' && closesTheRecord(text)) {
      for (const [role, block] of open) {
        if (block.by !== 'label') continue;
        takeTables(block, paragraph.startLine);
        open.delete(role);
      }
    }
    playing.clear();
    for (const r of roles) {
      if (r.role === 'results' && input.resultsRole) {
        if (!r.cues.some((cue) => cue.test(text))) continue;
        const role = input.resultsRole(text);
        if (playing.has(role) || !allowed(role, paragraph.startLine) || !kind.roles.some((k) => k.id === role)) continue;
        playing.set(role, { startLine: paragraph.startLine, by: 'cue', title: firstWords(plainText(paragraph.content.slice(0, 400))) });
      } else if (allowed(r.role, paragraph.startLine) && r.cues.some((cue) => cue.test(text))) {
        playing.set(r.role, { startLine: paragraph.startLine, by: 'cue', title: firstWords(plainText(paragraph.content.slice(0, 400))) });
      }
    }
    // News told in long paragraphs (a CMS export, text pasted as it came) names who attended and
    // who concluded in a sentence of its own inside a paragraph: "…theo thẩm quyền. Tham dự kỳ họp có…".
    if (kind.id === 'meeting-news' && !coveredBy(paragraph.startLine)) {
      for (const r of roles) {
        if (!SENTENCE_ROLES.has(r.role) || playing.has(r.role)) continue;
        const at = sentenceCue(text, r.cues);
        if (at >= 0) {
          const line = Math.min(paragraph.endLine, paragraph.startLine + countLineBreaks(text, at));
          playing.set(r.role, { startLine: line, by: 'cue', title: firstWords(plainText(text.slice(at, at + 400))) });
        }
      }
    }
    // Label lines: the first line of the paragraph, and in a paragraph of short lines each line.
    const last = Math.min(paragraph.endLine, paragraph.startLine + LABEL_LINES - 1);
    // A line of its own right above a list ("Root Causes" and "- A resource leak…") heads that
    // list as a label line of a paragraph of short lines does, inside a section or not.
    const multiline = paragraph.endLine > paragraph.startLine || (paragraph.container !== 'list' && listFollows(paragraphs[index + 1], paragraph.endLine));
    // A paragraph headed by a label of its own that opens no block here ("**Questions:**", "Ý
    // kiến khác:", or a role a heading of the report has) may end the open label blocks: see below.
    let otherLabel: OtherLabel | undefined;
    for (let line = paragraph.startLine; line <= last; line++) {
      const lineText = lines.line(line);
      // Cheap tests first: a label has a colon near its start, a bare label line is short.
      const colon = colonAt(lineText);
      const m = colon > 0 && colon < 70 ? LABEL.exec(lineText) : null;
      let label = m?.[1];
      if (!label && multiline && lineText.length <= 60) {
        const bare = lineText.trim().replace(/^(?:\*\*|__)(.*)(?:\*\*|__)$/u, '$1');
        if (bare.length > 0 && bare.length <= 50 && !SENTENCE_END.test(bare) && bare.split(/\s+/).length <= 6) label = bare;
      }
      if (!label) continue;
      let role = labelRoles.get(label);
      if (role === undefined && !labelRoles.has(label)) {
        const named = labelRole(label, kind);
        labelRoles.set(label, (role = named?.role));
        if (named) labelSynonyms.set(label.trim(), named.synonym);
      }
      if ((!role || !allowed(role, line)) && m !== null && line === paragraph.startLine && paragraph.container !== 'list' && (headsWhatFollows(lineText, m[0], label) || negatesRole(label))) {
        otherLabel = readOtherLabel(label, role, kind);
      }
      if (!role || !allowed(role, line)) continue;
      // "**Tasks Completed**: 5", "Retrospective: 14 January 2020": a count or a date, not the part.
      if (m !== null && isFigure(lineText.slice(m.index + m[0].length).trim())) continue;
      // "**Impact:** two hours down" says all it has on its line (and the lines that carry it on,
      // up to the next label): metadata, not a heading over the paragraphs after it. Unless it
      // introduces what follows ("the following were affected:" and a list): then it opens a block.
      let end: number | undefined;
      if (m !== null && hasValue(lineText, m[0])) {
        end = valueEnd(lines, line, paragraph.endLine);
        if (end === paragraph.endLine && introducesWhatFollows(lines.line(end), paragraph.container !== 'list' && listFollows(paragraphs[index + 1], end))) end = undefined;
      }
      const already = playing.get(role);
      if (already) {
        // Two labels for one role in a run of fields ("**Severity:** SEV-2", "**Impact:** …"): one
        // part over both lines. A role already played by a cue or a bare label has the paragraph.
        if (already.by === 'label' && already.endLine !== undefined) {
          if (end === undefined) delete already.endLine;
          else already.endLine = Math.max(already.endLine, end);
        }
        continue;
      }
      playing.set(role, { startLine: line, by: 'label', title: label.trim(), ...(end !== undefined ? { endLine: end } : {}) });
    }
    if (playing.size > 1) endBeforeNextRole(playing);
    // A label opens a block that goes on over the paragraphs after it ("Decisions:" and its list)
    // until another role starts or the section ends.
    if (playing.size === 0) {
      for (const [role, block] of open) {
        if (block.by === 'label' && goesOn(block, role, otherLabel) && input.sectionAt(block.startLine) === input.sectionAt(paragraph.startLine)) block.endLine = paragraph.endLine;
        else {
          takeTables(block, paragraph.startLine);
          open.delete(role);
        }
      }
      continue;
    }
    // A label's block that another role's label ends inside this paragraph keeps the lines before
    // that label ("- Word" before "**Blockers:** none" in one list item).
    let firstStart = paragraph.endLine + 1;
    for (const how of playing.values()) firstStart = Math.min(firstStart, how.startLine);
    for (const [role, block] of [...open]) {
      if (playing.has(role)) continue;
      if (block.by === 'label' && firstStart > paragraph.startLine && input.sectionAt(block.startLine) === input.sectionAt(paragraph.startLine)) block.endLine = firstStart - 1;
      else takeTables(block, paragraph.startLine);
      open.delete(role);
    }
    for (const [role, how] of playing) {
      const block = open.get(role);
      if (block && how.endLine === undefined) block.endLine = paragraph.endLine;
      else {
        const created: RoleBlock = { role, startLine: how.startLine, endLine: how.endLine ?? paragraph.endLine, source: 'paragraphs', by: how.by, title: how.title };
        blocks.push(created);
        // A label with its value goes on over nothing after it.
        if (how.endLine === undefined) {
          open.set(role, created);
          // A label right under it ("Corrective and Preventative Measures" / "Improvements:") is no text of its own: labels divide the block.
          if (how.by === 'label') bodies.set(created, { body: !onlyLabels(lines, how.startLine + 1, created.endLine), divided: false });
        }
        else open.delete(role);
      }
    }
  }
  for (const block of open.values()) takeTables(block, Infinity);
  // "| **Thành phần tham dự** | Nguyên, Tấn |": a table of a record's fields names roles too.
  const rows = fieldRows(input.tables ?? [], lines, (label, line) => {
    const role = labelRole(label, kind)?.role;
    return role && allowed(role, line) ? role : undefined;
  }).map(({ role, line, label, value }): RoleBlock => ({ role, startLine: line, endLine: line, source: 'paragraphs', by: 'label', title: firstWords(plainText(`${label}: ${value}`)) }));
  return rows.length ? [...blocks, ...rows].sort((a, b) => a.startLine - b.startLine) : blocks;
}

/**
 * Labels on lines of one paragraph (a form's fields typed without blank lines between them:
 * "_Thành phần tham dự:_", its names, "_Nội dung:_", …): a label's part ends on the line before
 * the next role starts in the paragraph, and goes on over nothing after it.
 */
function endBeforeNextRole(playing: Map<string, { startLine: number; by: 'cue' | 'label'; endLine?: number }>): void {
  for (const how of playing.values()) {
    if (how.by !== 'label' || how.endLine !== undefined) continue;
    let next = Infinity;
    for (const other of playing.values()) if (other.startLine > how.startLine) next = Math.min(next, other.startLine);
    if (next !== Infinity) how.endLine = next - 1;
  }
}

/** Whether `next` is a list's paragraph that starts on the line after `line`. */
function listFollows(next: Paragraph | undefined, line: number): boolean {
  return next !== undefined && next.container === 'list' && next.startLine === line + 1;
}

/** A paragraph's first eight words (with "…" when there are more), white space folded: a title for views. */
export function firstWords(text: string): string {
  // Eight words fit in the first 200 characters of any text worth a title.
  const words = text.slice(0, 200).replace(/\s+/g, ' ').trim().split(' ');
  return words.length > 8 ? words.slice(0, 8).join(' ') + '…' : words.join(' ');
}
