import type { ReportDocument } from '../model/document';
import { isFormBlank } from './formBlank';
import { isLetter, offsetRange } from './helpers';
import type { Rule, RuleContext } from './types';

export const spacing: Rule = {
  id: 'RW305',
  name: 'spacing',
  description: {
    en: 'Two spaces between words, a space before a comma, period, colon, semicolon, "!", "?" or "…", or no space after a comma or semicolon between words (not inside a token such as "TL;DR" or "x,y").',
    vi: 'Hai dấu cách giữa hai từ, dấu cách trước dấu phẩy, chấm, hai chấm, chấm phẩy, "!", "?", "…", hoặc thiếu dấu cách sau dấu phẩy, chấm phẩy giữa hai từ (không tính trong một ký hiệu như "TL;DR", "x,y").',
  },
  defaultSeverity: 'warning',
  fixable: true,
  check(context) {
    doubleSpaces(context);
    spaceBeforePunctuation(context);
    missingSpaceAfter(context);
  },
};

function doubleSpaces({ doc, report }: RuleContext): void {
  const { text } = doc;
  for (let at = text.indexOf('  '); at >= 0; at = text.indexOf('  ', at)) {
    let end = at + 2;
    while (text[end] === ' ') end++;
    const start = at;
    at = end;
    // Between two words only: not indentation, not the two spaces of a Markdown line break.
    // Four spaces or more line up columns in pasted plain text; a slip is two or three.
    if (end - start > 3) continue;
    const before = text[start - 1];
    const after = text[end];
    if (!isVisible(before) || !isVisible(after) || before === '|' || after === '|' || afterMarkersOnly(text, start)) continue;
    // English typists may put two spaces after a sentence; Vietnamese keeps one everywhere.
    if (doc.lang === 'en' && SENTENCE_END.test(text.slice(Math.max(0, start - 2), start))) continue;
    if (after === '#' && CLOSING_HASHES.test(text.slice(end, end + 8))) continue;
    if (!isProse(doc, start - 1, end + 1)) continue;
    const range = offsetRange(doc, start, end);
    report({
      range,
      message: {
        en: `${end - start} spaces between words: one is enough.`,
        vi: `${end - start} dấu cách giữa hai từ: chỉ cần một.`,
      },
      fix: { title: { en: 'Use one space', vi: 'Để một dấu cách' }, edits: [{ range, newText: ' ' }] },
    });
  }
}

// The lookbehind starts a match only at the first space of a run: a long run is read once.
const BEFORE_PUNCTUATION = /(?<! ) +[,.;:!?…](?=[\s"”’*_]|$)/g;

function spaceBeforePunctuation({ doc, report }: RuleContext): void {
  const { text } = doc;
  BEFORE_PUNCTUATION.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BEFORE_PUNCTUATION.exec(text))) {
    const start = m.index;
    const mark = start + m[0].length - 1;
    const before = text[start - 1];
    // After a word or a closing mark; "3 : 2" and "1 . 2" are figures, not sentences.
    if (!isWordEnd(before) || (isDigit(before) && isDigit(text[mark + 2]))) continue;
    // An English ellipsis may stand apart as a pause (" … "); a Vietnamese one follows the word.
    if (text[mark] === '…' && doc.lang !== 'vi') continue;
    // "số …", "ngày … tháng …": a form's blank stands apart.
    if (text[mark] === '…' && isFormBlank(text, mark, mark + 1)) continue;
    if (afterMarkersOnly(text, start) || !isProse(doc, start - 1, mark + 1)) continue;
    const sign = text[mark];
    const range = offsetRange(doc, start, mark);
    report({
      range,
      message: {
        en: `A space before "${sign}": punctuation follows the word directly.`,
        vi: `Có dấu cách trước "${sign}": dấu câu viết liền sau từ.`,
      },
      fix: { title: { en: `Delete the space before "${sign}"`, vi: `Xóa dấu cách trước "${sign}"` }, edits: [{ range, newText: '' }] },
    });
  }
}

const NO_SPACE_AFTER = /[,;](?=[^\s\d,;])/g;
/** "&nbsp;" and "&#8230;" end with a semicolon that is part of the entity. */
const ENTITY_BEFORE = /&(?:[A-Za-z][A-Za-z0-9]{1,9}|#\d{1,7}|#x[0-9A-Fa-f]{1,6})$/;

function missingSpaceAfter({ doc, report }: RuleContext): void {
  const { text } = doc;
  NO_SPACE_AFTER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NO_SPACE_AFTER.exec(text))) {
    const at = m.index;
    if (!isLetter(text[at - 1]) || !isLetter(text[at + 1])) continue;
    if ((m[0] === ';' && ENTITY_BEFORE.test(text.slice(Math.max(0, at - 12), at))) || isJoinedToken(text, at) || !isProse(doc, at - 1, at + 2)) continue;
    const sign = m[0];
    const range = offsetRange(doc, at + 1, at + 1);
    report({
      range: offsetRange(doc, at, at + 1),
      message: {
        en: `No space after "${sign}" between two words.`,
        vi: `Thiếu dấu cách sau "${sign}" giữa hai từ.`,
      },
      fix: { title: { en: `Add a space after "${sign}"`, vi: `Thêm dấu cách sau "${sign}"` }, edits: [{ range, newText: ' ' }] },
    });
  }
}

/** The most characters of a token written with its marks inside ("TL;DR", "R,G,B") read either side of the mark. */
const MAX_TOKEN_SIDE = 12;

/**
 * Whether the "," or ";" at `at` is inside one token written without spaces, not between two
 * words: an abbreviation joined by a semicolon, its parts of one to three ASCII letters in one
 * case ("TL;DR", "tl;dr", "TL;DW"), or single letters joined by commas or semicolons ("x,y",
 * "R,G,B", "i;j"). The token stands alone: no letter or digit touches it.
 */
function isJoinedToken(text: string, at: number): boolean {
  // The token's letters, and marks between two of them: "(TL;DR)," ends before ")".
  let start = at;
  while (start > 0 && at - start < MAX_TOKEN_SIDE && (isAsciiLetter(text[start - 1]) || (isMark(text[start - 1]) && isAsciiLetter(text[start - 2])))) start--;
  let end = at + 1;
  while (end < text.length && end - at < MAX_TOKEN_SIDE && (isAsciiLetter(text[end]) || (isMark(text[end]) && isAsciiLetter(text[end + 1])))) end++;
  if (isLetter(text[start - 1]) || isDigit(text[start - 1]) || isLetter(text[end]) || isDigit(text[end]) || isMark(text[start]) || isMark(text[end - 1])) return false;
  const token = text.slice(start, end);
  const parts = token.split(/[,;]/);
  if (parts.some((p) => p.length === 0 || p.length > 3)) return false;
  if (parts.every((p) => p.length === 1)) return true;
  return !token.includes(',') && (parts.every((p) => p === p.toUpperCase()) || parts.every((p) => p === p.toLowerCase()));
}

function isAsciiLetter(char: string | undefined): boolean {
  return char !== undefined && ((char >= 'A' && char <= 'Z') || (char >= 'a' && char <= 'z'));
}

function isMark(char: string | undefined): boolean {
  return char === ',' || char === ';';
}

const SENTENCE_END = /[.!?:]["”’)]?$/;
/** The closing sequence of an ATX heading: "## Title  ##". */
const CLOSING_HASHES = /^#+[ \t]*(?:\r|\n|$)/;

/**
 * Prose of a paragraph or heading: not a table (columns are often aligned with spaces), not
 * a line that only looks like one ("| a  | b |" without a delimiter row), not a rule "-  -  -".
 */
function isProse(doc: ReportDocument, from: number, to: number): boolean {
  const line = doc.lines.positionAt(Math.max(from, 0)).line;
  const block = doc.prose.blockAt(line);
  if (!block || block.type === 'table' || doc.lines.line(line).trimStart().startsWith('|')) return false;
  return doc.prose.isProseSpan(Math.max(from, 0), to);
}

function isVisible(char: string | undefined): boolean {
  return char !== undefined && char !== ' ' && char !== '\t' && char !== '\n' && char !== '\r';
}

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}

/** The end of a word or of a quotation, bracket or emphasis around one. */
function isWordEnd(char: string | undefined): boolean {
  return isLetter(char) || isDigit(char) || (char !== undefined && ')]"”’*_%'.includes(char));
}

/**
 * True when the line before `at` holds only Markdown markers: "1.  Item", ">  quote", "#  Title".
 * It reads back only as far as marker characters go, so a long line costs nothing.
 */
function afterMarkersOnly(text: string, at: number): boolean {
  let lineStart = at;
  while (lineStart > 0 && MARKER_CHARACTERS.includes(text[lineStart - 1])) lineStart--;
  if (lineStart > 0 && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') return false;
  return MARKERS.test(text.slice(lineStart, at));
}

const MARKER_CHARACTERS = ' \t>-*+#.)[]xX0123456789';
const MARKERS = /^[ \t>]*(?:[-*+]|\d{1,9}[.)]|#{1,6}|[-*+] \[[ xX]\])?[ \t]*$/;
