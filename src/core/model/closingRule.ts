import type { Section } from './sections';
import { gated } from '../text/gatedPattern';

/** The most lines of text after a report's last thematic break that are read as its closing. */
const CLOSING_LINES = 12;

/** A list item's first line: "- …", "* …", "1. …", "2) …". */
const LIST_ITEM = /^[ \t]{0,3}(?:[-*+]|\d{1,3}[.)])[ \t]+\S/u;
/** A list item that signs the report off: who wrote it, for whom ("- Người viết: …", "- Prepared by …"). */
const SIGN_OFF_ITEM = gated(
  /^[ \t]{0,3}(?:[-*+]|\d{1,3}[.)])[ \t]+[*_]*(?:người (?:viết|báo cáo|lập|tổng hợp)|người ghi|nơi nhận|prepared by|written by|reported by|author)/iu,
  () => /^[ \t]{0,3}(?:[-*+]|\d{1,3}[.)])[ \t]+[*_]*(?:người (?:viết|báo cáo|lập|tổng hợp)|người ghi|nơi nhận|prepared by|written by|reported by|author)(?![\p{L}\p{N}])/iu,
);

/**
 * A report's closing after a thematic break: the text after its last "---" (or "***", "___")
 * when no heading follows it — a sign-off ("Trân trọng,", "Best regards," and a name), a
 * "Kết luận: …" paragraph, who wrote the report — is not a part of the last section, which ends
 * before the rule; the closing plays a role only as its own words say (a label, a cue). Only where
 * the rule closes something (the last section has text before it) and what follows is short (at
 * most 12 lines of text): "## Kết luận", a rule, then the conclusion's text is that section's;
 * so is a list after the rule (unless it signs the report off, "- Người viết: …").
 * The title section still spans the whole report.
 *
 * @param roots the section tree, its title marked; the `endLine` of the last sections is changed in place
 * @param rules the lines of the thematic breaks outside quotes and lists, in order
 * @returns the line of the rule the closing follows, if any
 */
export function endBeforeClosingRule(roots: readonly Section[], rules: readonly number[], lastLine: number, line: (n: number) => string): number | undefined {
  const rule = rules[rules.length - 1];
  if (rule === undefined) return undefined;
  // The sections still open at the end of the report: the last one at each depth.
  const open: Section[] = [];
  for (let list = roots; list.length > 0; list = list[list.length - 1].children) open.push(list[list.length - 1]);
  const last = open[open.length - 1];
  if (!last || last.isTitle || last.heading.endLine >= rule) return undefined;
  let text = 0;
  let first: string | undefined;
  for (let n = rule + 1; n <= lastLine && text <= CLOSING_LINES; n++) {
    if (line(n).trim() === '') continue;
    first ??= line(n);
    text++;
  }
  if (text === 0 || text > CLOSING_LINES) return undefined;
  // A list after the rule ("- Thiếu máy chủ kiểm thử.") goes on with the section; a sign-off is no list.
  if (first !== undefined && LIST_ITEM.test(first) && !SIGN_OFF_ITEM.test(first)) return undefined;
  let holds = false;
  for (let n = last.heading.endLine + 1; n < rule && !holds; n++) holds = line(n).trim() !== '';
  if (!holds) return undefined;
  for (const section of open) if (!section.isTitle && section.endLine >= rule) section.endLine = rule - 1;
  return rule;
}
