import type { ReportDocument } from '../model/document';
import { type Numbering, prefixWithValue } from '../model/numbering';
import type { Section } from '../model/sections';
import type { Range } from '../text/lineIndex';
import { headingRange, siblingGroups } from './helpers';
import type { Rule, RuleContext } from './types';

export const numberingSequence: Rule = {
  id: 'RW101',
  name: 'numbering-sequence',
  description: {
    en: 'An enumeration (1), (2)… or a run of numbered sibling headings skips or repeats a number.',
    vi: 'Một dãy liệt kê (1), (2)… hoặc dãy số thứ tự của các tiêu đề cùng cấp bị nhảy cóc hoặc lặp số.',
  },
  defaultSeverity: 'warning',
  fixable: true,
  check(context) {
    checkEnumerations(context);
    for (const group of siblingGroups(context.doc)) checkHeadings(context, group);
  },
};

function checkEnumerations({ doc, report }: RuleContext): void {
  for (const paragraph of doc.paragraphs) {
    const items = paragraph.enumeration;
    if (!items) continue;
    items.forEach((item, i) => {
      const expected = i + 1;
      if (item.value === expected) return;
      const range: Range = { start: { line: item.line, character: item.start }, end: { line: item.line, character: item.end } };
      const run = (i > 3 ? '…, ' : '') + items.slice(Math.max(0, i - 3), i + 1).map((x) => `(${x.value})`).join(', ');
      report({
        range,
        message: {
          en: `The enumeration ${run} skips or repeats a number: this should be (${expected}).`,
          vi: `Dãy liệt kê ${run} bị nhảy cóc hoặc lặp số: mục này phải là (${expected}).`,
        },
        fix: {
          title: { en: `Renumber as (${expected})`, vi: `Đánh lại số thành (${expected})` },
          edits: [{ range, newText: `(${expected})` }],
        },
      });
    });
  }
}

function checkHeadings({ doc, report }: RuleContext, siblings: Section[]): void {
  const runs = new Map<string, Section[]>();
  for (const section of siblings) {
    const n = section.heading.numbering;
    if (!n) continue;
    const key = n.style === 'multilevel' ? `multilevel:${n.path!.length}` : n.style;
    let run = runs.get(key);
    if (!run) runs.set(key, (run = []));
    run.push(section);
  }
  // Siblings numbered in more than one style are the numbering-style rule's (RW102) to report;
  // counting them here would chase letters that read as Roman numerals ("I", "C", "D").
  if (runs.size > 1) return;
  for (const run of runs.values()) {
    if (run.length < 2) continue;
    const first = run[0].heading.numbering!;
    run.forEach((section, i) => {
      const n = section.heading.numbering!;
      const written = numberText(section);
      let expected = expectedNumber(first, i, doc);
      // A part in words is compared as a word (any case, any Unicode form) and written in its own case.
      if (n.style === 'part-word') {
        if (written.normalize('NFC').toLowerCase() === expected.toLowerCase()) return;
        expected = inCaseOf(expected, written);
      }
      if (written === expected) return;
      const { line, textColumn } = section.heading;
      const at = textColumn + (n.shift ?? 0);
      const range: Range = n.located === false ? headingRange(doc, section) : {
        start: { line, character: at + n.valueStart },
        end: { line, character: at + n.valueEnd },
      };
      report({
        range,
        message: {
          en: `Heading number "${written}" breaks the sequence of its sibling headings: it should be "${expected}".`,
          vi: `Số thứ tự "${written}" của tiêu đề không liền mạch với các tiêu đề cùng cấp: phải là "${expected}".`,
        },
        // A number the text as typed does not show where it is read is not edited.
        fix: n.located === false ? undefined : {
          title: { en: `Renumber as "${expected}"`, vi: `Đánh lại số thành "${expected}"` },
          edits: [{ range, newText: expected }],
        },
      });
    });
  }
}

function numberText(section: Section): string {
  const n = section.heading.numbering!;
  return n.text.slice(n.valueStart, n.valueEnd);
}

/** Sibling headings are numbered from one: I, II, III; 1, 2, 3; a), b), c); 2.1, 2.2 under 2. */
function expectedNumber(first: Numbering, index: number, doc: ReportDocument): string {
  const prefix = prefixWithValue(first, index + 1, doc.lang);
  return prefix.slice(first.valueStart, prefix.length - (first.text.length - first.valueEnd));
}

/** `word` in the case `like` is written in: "HAI" for "NHẤT", "Hai" for "Nhất", "hai" for "nhất". */
function inCaseOf(word: string, like: string): string {
  if (like === like.toUpperCase()) return word.toUpperCase();
  if (like[0] === like[0].toUpperCase()) return word[0].toUpperCase() + word.slice(1).toLowerCase();
  return word.toLowerCase();
}
