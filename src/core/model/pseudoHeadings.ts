import type { Lang } from '../i18n';
import type { LineIndex } from '../text/lineIndex';
import { hasLetter, isLetterOrDigitChar } from '../text/wordCharacters';
import type { ParagraphBlock } from './blocks';
import { type NumberingStyle, parseNumbering } from './numbering';
import { unwrapEmphasis } from './plainText';
import { lazyPattern } from '../text/gatedPattern';
import { kindOfTitle } from './detect';

/**
 * A paragraph that stands for a heading in text converted from Word or PDF, or typed by writers
 * who never use `#`: one line, wholly bold ("**I. ĐÁNH GIÁ CHUNG**"), or an all-caps numbered
 * line ("II. NHIỆM VỤ QUÝ IV"). Lines 0-based.
 */
export interface PseudoHeadingBlock {
  startLine: number;
  endLine: number;
  /** The text inside the emphasis (or the line), as written. */
  content: string;
  /** Column where `content` starts on its line. */
  column: number;
  bold: boolean;
  numberingStyle?: NumberingStyle;
  /** A bold line that opens the body, before any other text: the report's title ("**Hội thảo khoa học …**"). */
  opening?: boolean;
}

const MAX_LENGTH = 160;
const MAX_WORDS = 24;
const SENTENCE_END = /[.!?…]["'”’)]?$/u;
/** An upper-case letter, and no lower-case one anywhere: "NHIỆM VỤ QUÝ IV". */
const HAS_UPPER = lazyPattern(() => /\p{Lu}.*\p{Lu}/u);
const HAS_LOWER = lazyPattern(() => /\p{Ll}/u);

/**
 * The pseudo-headings among top-level one-line paragraphs. `isRoleTitle` says whether an
 * unnumbered, mixed-case bold line names a role ("**Kết luận**"), which makes it a heading too;
 * `excluded` says whether a line belongs to the document's frame (its official header, a caption).
 *
 * @param paragraphs the paragraphs of the block scan, in order.
 * @returns the pseudo-headings in document order; never throws.
 */
export function findPseudoHeadings(
  lines: LineIndex,
  paragraphs: readonly ParagraphBlock[],
  lang: Lang,
  isRoleTitle: (title: string) => boolean,
  excluded: (line: number) => boolean,
  /** The body's first line of text (after front matter), 0-based; a bold line there is the report's title. */
  firstBodyLine = -1,
  /** The body's last line of text, 0-based: a short bold line there signs the text (a byline), it heads nothing. */
  lastBodyLine = -1,
): PseudoHeadingBlock[] {
  const found: PseudoHeadingBlock[] = [];
  for (const p of paragraphs) {
    // A cell of an HTML table is data, however bold ("<td><strong>Done</strong></td>"): never a heading.
    if (p.cell) continue;
    if (p.startLine !== p.endLine && (p.container === 'top' || p.container === 'list')) gluedLines(lines, p, lang, isRoleTitle, excluded, found);
    if (p.container === 'list' && p.startLine !== p.endLine && !excluded(p.startLine)) pastedItem(lines, p, lang, found);
    if (p.container !== 'top' || excluded(p.startLine)) continue;
    // Text pasted from Word puts a section's first line right under its bold heading, with no
    // blank line: "**I. KẾT QUẢ**" then "Hoàn thành…" is one paragraph whose first line heads it.
    const glued = p.startLine !== p.endLine;
    // An HTML paragraph spans its tags' lines and may hold one line of text: all of it, then.
    const firstBreak = p.content.indexOf('\n');
    const raw = (glued && firstBreak >= 0 ? p.content.slice(0, firstBreak) : p.content).trim();
    if (raw.length === 0 || raw.length > MAX_LENGTH + 6) continue;
    const unwrapped = unwrapEmphasis(raw);
    const bold = unwrapped !== undefined && unwrapped.lead >= 2;
    // A single `*…*` line is italics: a caption or a note, never a heading.
    if (unwrapped && !bold) continue;
    const text = bold ? unwrapped!.inner.trim() : raw;
    if (text.length > MAX_LENGTH || /[*_`[\]<>|]/.test(text.replace(/^\[|\]$/g, ''))) continue;
    if (text.split(/\s+/).length > MAX_WORDS) continue;
    // "**🎯 4. Kết quả đạt được**": an icon before the number, as pasted reports (and chat
    // assistants' drafts) write their parts; its title is the text after the number.
    const icons = iconLead(text);
    const numbering = parseNumbering(text.slice(icons).normalize('NFC'), lang);
    const rest = numbering ? text.slice(icons + numbering.text.length).trim() : text;
    if (!hasLetter(rest)) continue;
    // "**Ngày họp:**", "**Nội dung:**" are labels of a field, not headings.
    if (!numbering && /[:：]$/.test(rest)) continue;
    // "***1. What work did the SIG do this year?***": a bold question is a section's heading.
    const boldQuestion = bold && /[?？]$/u.test(rest);
    if (SENTENCE_END.test(rest) && !/\.\/\.$/.test(rest) && !boldQuestion) {
      // "**I. KẾT QUẢ ĐẠT ĐƯỢC.**" still reads as a heading; a sentence does not.
      if (!(numbering && isAllCaps(rest))) continue;
    }
    // A bold line (or a line in capitals) alone at the top of the body is the title a converted or
    // pasted report opens with.
    const allCaps = isAllCaps(rest);
    // A line in capitals is a title only when it names a report's kind ("BÁO CÁO TUẦN"): "INTERNAL
    // DRAFT" above a report's own title is a banner.
    const opening = (bold || (allCaps && kindOfTitle(rest, () => true) !== undefined)) && !numbering && p.startLine === firstBodyLine && !SENTENCE_END.test(rest);
    if (p.startLine === lastBodyLine && p.startLine !== firstBodyLine && !numbering && !isRoleTitle(rest)) continue;
    // A paragraph's first line heads the rest when it is bold and numbered or names a role, or in
    // capitals and numbered, naming a role or opening the report (text pasted from Word).
    // "✅ 1. Mục tiêu tuần 6" as plain text (a chat assistant's draft pasted without its bold):
    // an icon and a number head what follows as a bold line would, unless the next line of text
    // is numbered after an icon too ("✅ 1. Xong module A" / "✅ 2. Xong module B": a checklist).
    const iconTitle = icons > 0 && numbering !== undefined && !iconNumbered(nextTextLine(lines, glued ? p.startLine : p.endLine, lastBodyLine), lang);
    const inCapitals = (numbering !== undefined && allCaps) || (allCaps && isRoleTitle(rest)) || opening || iconTitle;
    const isHeading = glued
      ? bold ? numbering !== undefined || isRoleTitle(rest) || opening : inCapitals
      : bold ? numbering !== undefined || allCaps || boldQuestion || opening || isRoleTitle(rest) : inCapitals;
    if (!isHeading) continue;
    const lineText = lines.line(p.startLine);
    const at = lineText.indexOf(text);
    found.push({ startLine: p.startLine, endLine: p.startLine, content: text, column: at < 0 ? 0 : at, bold, numberingStyle: numbering?.style, ...(opening ? { opening } : {}) });
  }
  return found.length > 1 ? found.sort((a, b) => a.startLine - b.startLine) : found;
}

/** The most lines of one paragraph looked at for headings glued inside it. */
const GLUED_LINES = 200;

/**
 * Heading lines inside a paragraph, after its first line, as text pasted from Word with single
 * line breaks has them: "3. Viết tài liệu." / "**2. Khó khăn**" / "Chưa có môi trường thử
 * nghiệm." is one paragraph (in a list item, the line carries the item on), but the bold line at
 * the margin heads what follows it; so does a line in capitals, numbered or naming a role ("II.
 * TỒN TẠI, HẠN CHẾ", "KẾT LUẬN"), as NĐ 30/2020 Phụ lục I sets a part's title. Only a line at
 * column 0, wholly bold or in capitals, numbered (or naming a role), short and not a sentence.
 */
function gluedLines(lines: LineIndex, p: ParagraphBlock, lang: Lang, isRoleTitle: (title: string) => boolean, excluded: (line: number) => boolean, found: PseudoHeadingBlock[]): void {
  const last = Math.min(p.endLine, p.startLine + GLUED_LINES);
  for (let line = p.startLine + 1; line <= last; line++) {
    const raw = lines.line(line);
    const bold = raw.startsWith('**') || raw.startsWith('__');
    // A line in capitals starts with a capital (or a numeral): most lines of text are passed over here.
    if ((!bold && !startsCapital(raw)) || raw.length > MAX_LENGTH + 6 || excluded(line)) continue;
    const unwrapped = bold ? unwrapEmphasis(raw.trimEnd()) : undefined;
    if (bold && (!unwrapped || unwrapped.lead < 2)) continue;
    const text = unwrapped ? unwrapped.inner.trim() : raw.trim();
    if (/[*_`[\]<>|]/.test(text) || text.split(/\s+/).length > MAX_WORDS) continue;
    const numbering = parseNumbering(text.normalize('NFC'), lang);
    const rest = numbering ? text.slice(numbering.text.length).trim() : text;
    if (!hasLetter(rest) || /[:：]$/.test(rest) || (SENTENCE_END.test(rest) && !isAllCaps(rest))) continue;
    if (!bold && !isAllCaps(rest)) continue;
    if (!numbering && !isRoleTitle(rest)) continue;
    // A heading stands between whole sentences: the line before it ends one (or is a field, a
    // list item, another heading's text), the line after it starts one. A bold figure in the
    // middle of a sentence ("… đạt" / "**1.250 tỷ đồng**" / "tăng 12% …") or options after a
    // colon ("hai phương án:" / "**1. Nâng cấp**" / "**2. …**") are not headings.
    if (!endsWhole(lines.line(line - 1)) || (line < p.endLine && startsLower(lines.line(line + 1)))) continue;
    found.push({ startLine: line, endLine: line, content: text, column: Math.max(0, raw.indexOf(text)), bold, numberingStyle: numbering?.style });
  }
}

/**
 * A numbered title in capitals that Markdown reads as a list item, in text pasted from Word with
 * single line breaks: "1. RESULTS" / "We shipped…" / "2. PRIORITIES FOR 2026" / "Finish…". The
 * item's marker is at the margin and its next line too (a continuation Markdown takes in
 * lazily, where a list the writer typed indents it): the title heads that text.
 */
function pastedItem(lines: LineIndex, p: ParagraphBlock, lang: Lang, found: PseudoHeadingBlock[]): void {
  const raw = lines.line(p.startLine);
  const next = lines.line(p.startLine + 1);
  if (raw.length > MAX_LENGTH || !startsCapital(raw) || !startsCapital(next)) return;
  const item = /^\d{1,3}[.)][ \t]+/.exec(raw);
  if (!item) return;
  const text = raw.trim();
  const rest = raw.slice(item[0].length).trim();
  if (!hasLetter(rest) || !isAllCaps(rest) || /[*_`[\]<>|:：]/.test(rest) || rest.split(/\s+/).length > MAX_WORDS) return;
  const numbering = parseNumbering(text.normalize('NFC'), lang);
  if (!numbering) return;
  found.push({ startLine: p.startLine, endLine: p.startLine, content: text, column: 0, bold: false, numberingStyle: numbering.style });
}

/**
 * The length of the icons before a text's first letter or numeral: emoji and other symbols from
 * U+2000 on ("🎯 ", "⚠️ ", "➤ "), with the spaces, variation selectors and joiners between them.
 * 0 when the text starts otherwise (ASCII marks such as "(" open a numbering of their own).
 */
function iconLead(text: string): number {
  // Most texts start with a letter, a numeral or ASCII: nothing to read, nothing made.
  if (text.charCodeAt(0) < 0x2000) return 0;
  let at = 0;
  while (at < text.length) {
    const code = text.codePointAt(at)!;
    if (code < 0x2000 ? !(at > 0 && (code === 0x20 || code === 0xa0)) : isLetterOrDigitChar(String.fromCodePoint(code))) break;
    at += code > 0xffff ? 2 : 1;
  }
  return at < text.length ? at : 0;
}

/** The first line after `line` with text (up to `last`, when given), or ''. */
function nextTextLine(lines: LineIndex, line: number, last: number): string {
  const end = last >= 0 ? last : lines.lineCount - 1;
  for (let next = line + 1; next <= end && next <= line + 3; next++) {
    const text = lines.line(next).trim();
    if (text) return text;
  }
  return '';
}

/** Whether a line is numbered after an icon ("✅ 2. …"). */
function iconNumbered(line: string, lang: Lang): boolean {
  const icons = iconLead(line);
  return icons > 0 && parseNumbering(line.slice(icons).normalize('NFC'), lang) !== undefined;
}

/** Whether a line starts at the margin with a capital letter or a numeral (a title in capitals, "II. TỒN TẠI"). */
function startsCapital(line: string): boolean {
  const first = line[0];
  return first !== undefined && first !== ' ' && first !== '\t' && (first.toLowerCase() !== first || (first >= '0' && first <= '9'));
}

/** Whether a line ends a whole sentence, or is a list item, a title in capitals or a field ("Người báo cáo: Trần Văn Nam"), not text that runs on. */
function endsWhole(line: string): boolean {
  const text = line.trim();
  if (/^(?:[-*+]|\d{1,3}[.)])\s/.test(text)) return true;
  if (hasLetter(text) && isAllCaps(text)) return true;
  if (/[:：]$/.test(text)) return false;
  if (/[.!?…;)"'”’]$/u.test(text)) return true;
  // A field: a short label, a colon, its value.
  return /^[^:：]{1,40}[:：]\s*\S/u.test(text) && !/^(?:\*\*|__)/.test(text);
}

/** Whether a line starts in lower case (a sentence running on). */
function startsLower(line: string): boolean {
  const first = line.trimStart().replace(/^[*_"'“‘(]+/, '')[0];
  return first !== undefined && first !== first.toUpperCase() && first === first.toLowerCase();
}

function isAllCaps(text: string): boolean {
  // An ASCII lower-case letter is a \p{Ll}: such a line is settled without the Unicode classes.
  return !/[a-z]/.test(text) && HAS_UPPER().test(text) && !HAS_LOWER().test(text);
}

/** The order in which numbering styles nest in Vietnamese and English documents (NĐ 30/2020 Phụ lục I, mục II.8). */
const STYLE_RANK: Record<NumberingStyle, number> = { part: 0, 'part-word': 0, roman: 1, 'upper-letter': 2, arabic: 3, multilevel: 4, letter: 5 };

/**
 * A level for each pseudo-heading from its numbering among its siblings: below the real heading
 * that precedes it, the outermost numbering style used gets the next level, the next style the
 * one after ("I." › "1." › "a)"); an unnumbered pseudo-heading sits with the outermost. After a
 * thematic break ("---") below that heading's text, the break has closed its section: the
 * pseudo-heading stands beside it, not under it ("## II. Phương hướng", its text, "---", then
 * "**Kết luận**"), but never beside the title.
 *
 * @param headingBefore the nearest real section heading before a line: its index among the
 *   headings (-1 when none), its level (0 when none), and whether a thematic break stands
 *   between that heading and the line.
 * @returns one level (1–6) per block, in order.
 */
export function pseudoLevels(blocks: readonly PseudoHeadingBlock[], headingBefore: (line: number) => { index: number; level: number; ruled?: boolean }): number[] {
  const levels: number[] = [];
  let groupStart = 0;
  while (groupStart < blocks.length) {
    const { index, level: base } = headingBefore(blocks[groupStart].startLine);
    let end = groupStart + 1;
    while (end < blocks.length && headingBefore(blocks[end].startLine).index === index) end++;
    const styles = [...new Set(blocks.slice(groupStart, end).map((b) => b.numberingStyle).filter((s): s is NumberingStyle => s !== undefined))].sort(
      (a, b) => STYLE_RANK[a] - STYLE_RANK[b],
    );
    for (let i = groupStart; i < end; i++) {
      const style = blocks[i].numberingStyle;
      const rank = style ? styles.indexOf(style) : 0;
      const beside = base >= 2 && headingBefore(blocks[i].startLine).ruled === true;
      levels.push(Math.min(6, (beside ? base : base + 1) + rank));
    }
    groupStart = end;
  }
  return levels;
}

/**
 * The pseudo-headings that are all a section under a Markdown heading holds ("## Blockers",
 * then only "**N/A**" or "**Không có**"): each is that section's answer, not a heading of its
 * own, and is left out. `headings` are the Markdown headings in order; the line after the last
 * section is `lastLine + 1`. Lines 0-based; one pass over both lists.
 */
export function withoutSoleAnswers(blocks: PseudoHeadingBlock[], headings: ReadonlyArray<{ line: number; endLine: number; level: number }>, lines: LineIndex, lastLine: number): PseudoHeadingBlock[] {
  let k = 0;
  return blocks.filter((block) => {
    while (k < headings.length && headings[k].endLine < block.startLine) k++;
    const previous = headings[k - 1];
    const next = k < headings.length ? headings[k].line : lastLine + 1;
    // Under a section heading (not the title), with nothing else before or after it in that
    // section; a bold line before subsections ("## Projects", "**AI & ML**", "### AI and Agents") heads them.
    if (block.opening || !previous || previous.level < 2) return true;
    if (k < headings.length && headings[k].level > previous.level) return true;
    for (let line = previous.endLine + 1; line < block.startLine; line++) if (lines.line(line).trim() !== '') return true;
    for (let line = block.endLine + 1; line < next; line++) if (lines.line(line).trim() !== '') return true;
    return false;
  });
}
