import type { Lang } from '../i18n';
import type { RoleSpec } from '../kinds/kind';
import { endBeforeByline } from '../model/byline';
import { signOffStart } from '../model/signOff';
import { officialView } from './officialDoc';
import type { ReportDocument } from '../model/document';
import { prefixWithValue } from '../model/numbering';
import type { Section } from '../model/sections';
import type { TextEdit } from './types';

/**
 * Where a missing role's section goes: before the first present role section that the kind
 * orders after it, else after the last one, at the level the role sections use.
 */
export function insertSectionEdit(doc: ReportDocument, role: RoleSpec, lang: Lang): TextEdit {
  return insertRoleEdit(doc, role, lang).edit;
}

/**
 * What to insert for a missing role, and where the writer goes on typing: a heading among the
 * role sections (the cursor on the line after it), or, in a report told in paragraphs (news of
 * a meeting without headings), a paragraph starter at the role's place among the paragraphs
 * that play roles — after those the kind orders before it, before the byline — with the cursor
 * at its end.
 */
export function insertRoleEdit(doc: ReportDocument, role: RoleSpec, lang: Lang): { edit: TextEdit; cursor: { line: number; character: number }; starter?: boolean } {
  const starter = role.starter?.[lang];
  // A row of a table of fields plays a role too, but a paragraph never goes between a table's rows.
  const tables = doc.textBlocks.filter((b) => b.type === 'table');
  const inTable = (line: number) => tables.some((t) => line >= t.startLine && line <= t.endLine);
  const told = doc.parts.filter((p) => p.part === 'paragraphs' && p.role && doc.kind!.roles.some((r) => r.id === p.role) && !inTable(p.startLine));
  if (starter && doc.roleSections.length === 0 && told.length > 0) return { ...insertStarter(doc, role, starter, told), starter: true };
  const { edit, heading } = headingEdit(doc, role, lang);
  // The new heading's line: the insertion point plus the blank lines before it.
  const at = edit.newText.indexOf(heading);
  const line = edit.range.start.line + edit.newText.slice(0, at).split(/\r?\n/).length - 1;
  return { edit, cursor: { line, character: heading.length } };
}

function insertStarter(doc: ReportDocument, role: RoleSpec, starter: string, told: ReadonlyArray<{ role?: string; startLine: number; endLine: number }>): { edit: TextEdit; cursor: { line: number; character: number } } {
  const { lines } = doc;
  const eol = lines.eol;
  const orderOf = (id: string | undefined) => doc.kind!.roles.find((r) => r.id === id)?.order ?? Infinity;
  // Never before the lead, which opens the news: a role that comes after it goes after it.
  const lead = doc.parts.find((p) => p.role === 'lead');
  const next = told.find((p) => orderOf(p.role) > role.order && (!lead || p.startLine > lead.endLine));
  if (next) {
    const line = next.startLine;
    // A blank line before it too when the line above has text (an HTML block would swallow it).
    const apart = line > 0 && lines.line(line - 1).trim() !== '' ? eol : '';
    return {
      edit: { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: apart + starter + eol + eol },
      cursor: { line: line + (apart ? 1 : 0), character: starter.length },
    };
  }
  const lastPart = told[told.length - 1];
  const last = endBeforeByline(doc, lastPart.startLine, doc.lastLine);
  const lastEnd = { line: last, character: lines.line(last).length };
  // After the last paragraph with a role (and what follows it), before the closing byline.
  let end = lastPart.endLine;
  while (end + 1 <= last && lines.line(end + 1).trim() !== '') end++;
  const at = end >= last ? lastEnd : { line: end, character: lines.line(end).length };
  const after = at.line + 1 <= doc.lastLine && lines.line(at.line + 1).trim() !== '' ? eol : '';
  return { edit: { range: { start: at, end: at }, newText: eol + eol + starter + after }, cursor: { line: at.line + 2, character: starter.length } };
}

function headingEdit(doc: ReportDocument, role: RoleSpec, lang: Lang): { edit: TextEdit; heading: string } {
  const heading = newHeading(doc, role, lang);
  return { edit: placeHeading(doc, role, heading), heading };
}

/**
 * The role sections the new one goes among, and the line that heads it: a "#" heading, or, in a
 * report whose role sections are all bold lines or lines in capitals ("**II. Phương hướng**",
 * "III. KẾT LUẬN"), a line written the same way.
 */
function peerSections(doc: ReportDocument): { peers: Section[]; pseudo: boolean; level: number } {
  const pseudo = doc.roleSections.length > 0 && doc.roleSections.every((s) => s.heading.pseudo);
  const level = pseudo ? Math.min(...doc.roleSections.map((s) => s.heading.level)) : sectionLevel(doc);
  return { peers: doc.roleSections.filter((s) => s.heading.level === level), pseudo, level };
}

function newHeading(doc: ReportDocument, role: RoleSpec, lang: Lang): string {
  const { peers, pseudo, level } = peerSections(doc);
  const orderOf = (s: Section) => doc.kind!.roles.find((r) => r.id === s.role)?.order ?? Infinity;
  const before = peers.find((s) => orderOf(s) > role.order);
  // The heading it will follow in the document, whose numbering it continues.
  const previous = before ? peers[peers.indexOf(before) - 1] : peers[peers.length - 1];
  // The missing roles that go at the same point ahead of this one (--fix inserts them together, in order): their numbers come first.
  const ahead = doc.missingRoles.filter((r) => r.order < role.order && (!previous || r.order > orderOf(previous)) && (!before || r.order < orderOf(before))).length;
  const title = `${numberFor(previous, before, lang, ahead)}${doc.headingFor(role, lang)}`;
  // Written in capitals where the report's parts are ("## I. KẾT QUẢ", "## II. KẾT LUẬN"): every
  // one in capitals, one at least of two words or more (not an acronym alone: "TL;DR", "KPI").
  const model = (previous ?? before ?? peers[0])?.heading;
  const capitals = peers.length > 0 && peers.every((s) => inCapitals(s.heading.title)) && peers.some((s) => /\S\s+\S/.test(s.heading.title));
  const text = capitals ? title.toUpperCase() : title;
  if (!pseudo) return `${'#'.repeat(level)} ${text}`;
  const written = doc.lines.line(model!.line).trim();
  const mark = /^(\*\*|__)/.exec(written)?.[1];
  if (!mark) return text;
  // "**I. Kết quả:**" or "**I. Kết quả**:": the colon where the others have it.
  const colon = written.endsWith(`:${mark}`) ? 'inside' : written.endsWith(`${mark}:`) ? 'after' : undefined;
  return `${mark}${text}${colon === 'inside' ? ':' : ''}${mark}${colon === 'after' ? ':' : ''}`;
}

function placeHeading(doc: ReportDocument, role: RoleSpec, heading: string): TextEdit {
  const { lines } = doc;
  const eol = lines.eol;
  const { peers } = peerSections(doc);
  const orderOf = (s: Section) => doc.kind!.roles.find((r) => r.id === s.role)?.order ?? Infinity;
  const before = peers.find((s) => orderOf(s) > role.order);
  if (before) {
    const line = before.startLine;
    const previous = line > 0 ? lines.line(line - 1).trim() : '';
    const text = (previous && line > 0 ? eol : '') + heading + eol + eol;
    return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: text };
  }
  const last = peers[peers.length - 1];
  // After the last section, but before the report's closing byline.
  let lastLine = last ? endBeforeByline(doc, last.startLine, last.endLine) : endBeforeByline(doc, -1, doc.lastLine);
  // Never after an official document's closing frame ("Nơi nhận:", the signature): what
  // follows it is not the body, and a heading put there would not be read as a section.
  // Nor after the sign-off: "Người viết: …", "Prepared by …", a signature block.
  const closing = Math.min(doc.official.distribution?.startLine ?? Infinity, doc.official.signer?.startLine ?? Infinity, signOffStart(doc, last ? last.heading.endLine : (doc.frontMatter?.endLine ?? -1), lastLine) ?? Infinity);
  if (closing <= lastLine) {
    lastLine = closing - 1;
    while (lastLine > 0 && doc.lines.line(lastLine).trim() === '') lastLine--;
  }
  lastLine = beforeEndMark(doc, lastLine);
  const endsWithBreak = lastLine + 1 < lines.lineCount;
  if (endsWithBreak) {
    // Insert at the start of the following line; keep a blank line before the heading.
    const line = lastLine + 1;
    const blankBefore = lines.line(lastLine).trim() === '';
    // A blank line already there (or the end of the file) parts the heading from what follows.
    const blankAfter = lines.line(line).trim() === '';
    const text = (blankBefore ? '' : eol) + heading + eol + (blankAfter ? '' : eol);
    return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: text };
  }
  const end = { line: lastLine, character: lines.line(lastLine).length };
  const blankBefore = lines.line(lastLine).trim() === '';
  const text = (blankBefore ? '' : eol + eol) + heading + eol;
  return { range: { start: end, end }, newText: text };
}

/**
 * The last line a new section may follow, given that an official document's body ends with "./."
 * (NĐ 30/2020/NĐ-CP Phụ lục I): when the mark is at or before `lastLine`, the line before the
 * paragraph that carries it, so that the mark still closes the body; unless that paragraph is all
 * its section holds (the section would be left empty), where `lastLine` stays and RW606 says
 * that the mark is no longer last. An official document without the mark yet is read as if its
 * last body line carried it (RW606's fix puts it there). Otherwise: `lastLine`.
 */
function beforeEndMark(doc: ReportDocument, lastLine: number): number {
  // Without the mark yet, where RW606 will put it: the official body's last line.
  const markLine = doc.official.endMark?.line ?? (officialView(doc) ? doc.official.lastBodyLine : undefined);
  if (markLine === undefined || markLine > lastLine) return lastLine;
  const { lines } = doc;
  let start = markLine;
  while (start > 0 && lines.line(start - 1).trim() !== '') start--;
  const above = doc.headings.filter((h) => h.endLine < start).pop();
  let from = above ? above.endLine + 1 : (doc.frontMatter?.endLine ?? -1) + 1;
  while (from < start && lines.line(from).trim() === '') from++;
  if (from >= start) return lastLine;
  let line = start - 1;
  while (line > 0 && lines.line(line).trim() === '') line--;
  return line;
}

/** The heading level of the report's role sections (the most common), else below the title. */
export function sectionLevel(doc: ReportDocument): number {
  const counts = new Map<number, number>();
  for (const s of doc.roleSections) counts.set(s.heading.level, (counts.get(s.heading.level) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const [level, count] of counts) {
    if (count > bestCount || (count === bestCount && level < best)) {
      best = level;
      bestCount = count;
    }
  }
  // Bold lines standing for headings are "level 1" among themselves; a `#` heading would be a title.
  if (best) return best === 1 && doc.roleSections.every((s) => s.heading.pseudo) ? 2 : best;
  if (doc.title) return 2;
  // A bold line standing for a heading becomes one of level 2 at least (RW008's fix).
  const levels = doc.headings.map((h) => (h.pseudo ? Math.max(2, h.level) : h.level));
  return levels.length ? Math.min(...levels) : 2;
}

/**
 * The inserted heading is numbered like its neighbours: after "II." comes "III."; first, "I.";
 * `ahead` more when as many missing sections go at the same point before it.
 */
function numberFor(previous: Section | undefined, next: Section | undefined, lang: Lang, ahead = 0): string {
  if (previous?.heading.numbering) return prefixWithValue(previous.heading.numbering, previous.heading.numbering.value + 1 + ahead, lang) + ' ';
  if (next?.heading.numbering) return prefixWithValue(next.heading.numbering, 1 + ahead, lang) + ' ';
  return '';
}

/** No letter in lower case and one in capitals at least ("KẾT LUẬN", "TL;DR"): the case mappings, without a Unicode class to build. */
function inCapitals(title: string): boolean {
  return title === title.toUpperCase() && title !== title.toLowerCase();
}
