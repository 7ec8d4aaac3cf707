import { endBeforeByline } from '../model/byline';
import type { ReportDocument } from '../model/document';
import type { Section } from '../model/sections';
import { displayTitle, headingRange, siblingGroups } from './helpers';
import type { LineIndex, Range } from '../text/lineIndex';
import type { RoleSpec } from '../kinds/kind';
import { firstAbove } from '../text/sorted';
import type { Rule, TextEdit } from './types';

export const sectionOrder: Rule = {
  id: 'RW002',
  name: 'section-order',
  description: {
    en: 'Sections appear out of the order the report kind sets.',
    vi: 'Các phần không theo thứ tự mà loại báo cáo quy định.',
  },
  defaultSeverity: 'warning',
  fixable: true,
  check({ doc, report }) {
    const kind = doc.kind;
    if (!kind || !kind.ordered) return;
    const readings = orderReadings(kind.roles);
    for (const group of siblingGroups(doc)) {
      const roled = group.filter((s) => s.role);
      if (roled.length < 2) continue;
      // Each group of sibling sections is judged by the reading that keeps most of it in place
      // (the first such: each role at its own place when that does as well).
      let places = readings[0];
      let inOrder = longestOrderedRun(roled.map((s) => places.get(s.role!)!));
      for (const reading of readings.slice(1)) {
        const run = longestOrderedRun(roled.map((s) => reading.get(s.role!)!));
        if (run.size > inOrder.size) [places, inOrder] = [reading, run];
      }
      const rank = (s: Section) => places.get(s.role!)!;
      const kept = roled.filter((_, j) => inOrder.has(j));
      // The kept sections' ranks never decrease: the first one ranked after a section is found by
      // binary search.
      const keptRanks = kept.map(rank);
      roled.forEach((section, i) => {
        if (inOrder.has(i)) return;
        const r = rank(section);
        const after = firstAbove(keptRanks, r);
        const target = after < kept.length ? kept[after] : undefined;
        // With nothing ranked after it, it goes after the last kept section, past those of its own rank.
        const anchor = target ?? kept[kept.length - 1];
        // "Kết luận" needs no "(Kết luận)"; "Nhận xét chung" does.
        const roleNote = (s: Section, lang: 'vi' | 'en') => {
          const name = kind.roles.find((r) => r.id === s.role)!.name[lang];
          return displayTitle(s).toLowerCase().includes(name.toLowerCase()) ? '' : ` (${name})`;
        };
        // Where it is already before its target, the message names what it must follow too.
        const follows = target && after > 0 && kept[after - 1].startLine > section.startLine ? kept[after - 1] : undefined;
        const where = follows
          ? { en: `after "${displayTitle(follows)}", before "${displayTitle(target!)}"`, vi: `sau "${displayTitle(follows)}", trước "${displayTitle(target!)}"` }
          : target
            ? { en: `before "${displayTitle(target)}"`, vi: `trước "${displayTitle(target)}"` }
            : { en: `after "${displayTitle(anchor)}"`, vi: `sau "${displayTitle(anchor)}"` };
        report({
          range: headingRange(doc, section),
          message: {
            en: `"${displayTitle(section)}"${roleNote(section, 'en')} is out of order: the kind "${kind.name.en}" puts it ${where.en}.`,
            vi: `"${displayTitle(section)}"${roleNote(section, 'vi')} sai thứ tự: loại "${kind.name.vi}" đặt phần này ${where.vi}.`,
          },
          fix: {
            title: { en: `Move the section ${where.en}`, vi: `Chuyển phần này ${where.vi}` },
            edits: moveSection(doc, section, target ? { before: target } : { after: anchor }),
          },
        });
      });
    }
  },
};

/** At most this many roles ordered with another are read in every combination (2^n readings). */
const MAX_SHARED = 6;

/**
 * The readings of a kind's order: each role at its own place, and, for the roles its kind file
 * orders with another (`orderWith`: a status report's blockers before or after next week's
 * plans), every combination of them at their own place or at the other's. Role id → place.
 */
function orderReadings(roles: readonly RoleSpec[]): Array<Map<string, number>> {
  const shared = roles.filter((r) => r.rank !== r.order).slice(0, MAX_SHARED);
  const readings: Array<Map<string, number>> = [];
  for (let mask = 0; mask < 1 << shared.length; mask++) {
    const places = new Map(roles.map((r) => [r.id, r.order]));
    shared.forEach((r, i) => {
      if (mask & (1 << i)) places.set(r.id, r.rank);
    });
    readings.push(places);
  }
  return readings;
}


/** Indexes of a longest non-decreasing subsequence: the sections that stay where they are. */
export function longestOrderedRun(values: number[]): Set<number> {
  const tails: number[] = [];
  const previous: number[] = new Array(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]] <= values[i]) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1];
    tails[lo] = i;
  }
  const kept = new Set<number>();
  for (let i = tails[tails.length - 1]; i >= 0; i = previous[i]) kept.add(i);
  return kept;
}

/** Two edits that move a section with its subsections; every line of it is kept. */
export function moveSection(doc: ReportDocument, section: Section, to: { before: Section } | { after: Section }): TextEdit[] {
  const { lines } = doc;
  const { text, eol } = { text: lines.text, eol: lines.eol };
  const blank = (line: number) => lines.line(line).trim() === '';
  // The report's closing byline stays last, whichever section it sits in.
  const endOf = (s: Section) => endBeforeByline(doc, s.startLine, s.endLine);
  const from = lines.starts[section.startLine];
  const next = lines.starts[endOf(section) + 1];
  // A last section without a final line break takes the line break before it along.
  const removeFrom = next === undefined ? lines.ends[section.startLine - 1] : from;
  const removeTo = next ?? text.length;
  let bodyEnd = removeTo;
  while (bodyEnd > from && (text[bodyEnd - 1] === '\n' || text[bodyEnd - 1] === '\r')) bodyEnd--;
  const body = text.slice(from, bodyEnd);

  let insertAt: number;
  let insertText: string;
  if ('before' in to) {
    insertAt = lines.starts[to.before.startLine];
    insertText = body + eol + eol;
  } else {
    const afterLast = endOf(to.after);
    const afterEnd = lines.starts[afterLast + 1];
    const gap = blank(afterLast) ? '' : eol;
    if (afterEnd === undefined) {
      insertAt = text.length;
      insertText = eol + gap + body;
    } else if (afterEnd === text.length) {
      insertAt = afterEnd;
      insertText = gap + body + eol;
    } else {
      insertAt = afterEnd;
      insertText = gap + body + eol + eol;
    }
  }
  return [
    { range: offsets(lines, insertAt, insertAt), newText: insertText },
    { range: offsets(lines, removeFrom, removeTo), newText: '' },
  ];
}

function offsets(lines: LineIndex, from: number, to: number): Range {
  return { start: lines.positionAt(from), end: lines.positionAt(to) };
}
