import type { LineIndex } from '../text/lineIndex';
import type { FrontMatter } from './frontMatter';
import { readOfficialFields, type OfficialFields } from './officialFields';
import {
  isDecoration,
  isMarkupOnly,
  isPartyTitle,
  type OfficialProfile,
} from './officialText';
import { findHeader } from './officialHeader';
import { findClosing, findRecipients } from './officialClosing';

export type { OfficialProfile } from './officialText';
export type { OfficialFields } from './officialFields';

/** One part's text as written (Markdown marks removed) and its 0-based line. */
export interface OfficialText {
  text: string;
  line: number;
  /** Where `text` stands in the source line (0-based, end exclusive), when it is written there verbatim. */
  start?: number;
  end?: number;
}

/** The header block (thể thức, NĐ 30/2020 Điều 8.2 items 1–5). Lines 0-based, inclusive. */
export interface OfficialHeader {
  startLine: number;
  endLine: number;
  /** The parent body, written above the issuing body ("ỦY BAN NHÂN DÂN TỈNH X" above "SỞ NỘI VỤ"). */
  parentIssuer?: OfficialText;
  issuer?: OfficialText;
  /** The whole "Số: …" line. */
  number?: OfficialText;
  placeDate?: OfficialText;
  /** "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (NĐ 30) or "ĐẢNG CỘNG SẢN VIỆT NAM" (HD 36). */
  nationalTitle?: OfficialText;
  motto?: OfficialText;
  type?: OfficialText;
  subject?: OfficialText;
}

/** "Kính gửi:" or "Nơi nhận:" and their items. */
export interface OfficialList {
  startLine: number;
  endLine: number;
  /** The "Kính gửi:" / "Nơi nhận:" label. */
  label: OfficialText;
  items: OfficialText[];
}

export interface OfficialSigner {
  startLine: number;
  endLine: number;
  /** "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "T/M BAN THƯỜNG VỤ". */
  authority?: OfficialText;
  title?: OfficialText;
  name?: OfficialText;
}

/** The official parts of a document: those written in its body, and those its front matter gives. */
export interface OfficialParts {
  header?: OfficialHeader;
  recipients?: OfficialList;
  distribution?: OfficialList;
  signer?: OfficialSigner;
  /** The "./." that closes the body (NĐ 30/2020 Phụ lục I: the end of the content). */
  endMark?: { line: number; character: number };
  /** The last line of the body's content, before the closing parts (the line "./." belongs on). */
  lastBodyLine?: number;
  /** The front matter's fields for an official document. */
  fields: OfficialFields;
  /** The front matter's `profile`, else what the header shows (the Party's header or number → hd36). */
  profile?: OfficialProfile;
}

const CLOSING_WINDOW = 60;

/**
 * Finds the parts of a Vietnamese official document (NĐ 30/2020/NĐ-CP Điều 8, Phụ lục I;
 * HD 36-HD/VPTW) written in the body of a Markdown document, as a writer types them or as a
 * conversion from Word leaves them: plain lines, a Markdown table of two columns, lines fenced
 * by lone "|", bold lines, setext underlines, headings, or `<br>`-joined cells. Also reads the
 * front matter's fields (issuer, number, place, date, type, subject, recipients, distribution,
 * signer, profile). Lines are 0-based; `bodyStartLine`..`lastLine` bound the search. Pure,
 * linear in the lines it reads (at most the first 40 and last 60 lines of the body), never throws.
 */
export function findOfficialParts(lines: LineIndex, bodyStartLine: number, lastLine: number, frontMatter?: FrontMatter): OfficialParts {
  const fields = readOfficialFields(frontMatter);
  const code = codeLines(lines, bodyStartLine, lastLine);
  // Code and lines of HTML tags alone (`<div align="right">` around the signature) hold no part.
  const source = (line: number) => (code.has(line) || isMarkupOnly(lines.line(line)) ? '' : lines.line(line));
  const header = findHeader(source, bodyStartLine, lastLine);
  const recipients = findRecipients(source, header ? header.endLine + 1 : bodyStartLine, lastLine);
  const closingFrom = Math.max(recipients ? recipients.endLine + 1 : header ? header.endLine + 1 : bodyStartLine, lastLine - CLOSING_WINDOW);
  const { distribution, signer } = findClosing(source, closingFrom, lastLine);
  const closingStart = Math.min(distribution?.startLine ?? Infinity, signer?.startLine ?? Infinity, lastLine + 1);
  const parts: OfficialParts = { fields };
  if (header) parts.header = locate(header, lines);
  if (recipients) parts.recipients = recipients;
  if (distribution) parts.distribution = distribution;
  if (signer) parts.signer = signer;
  const bodyFrom = recipients ? recipients.endLine + 1 : header ? header.endLine + 1 : bodyStartLine;
  for (let line = closingStart - 1; line >= bodyFrom; line--) {
    const text = source(line);
    if (!text.trim() || isDecoration(text)) continue;
    parts.lastBodyLine = line;
    const mark = /\.\/\.(?=[\s*_)|]*$)/u.exec(text);
    if (mark) parts.endMark = { line, character: mark.index };
    break;
  }
  const profile = fields.profile ?? inferProfile(parts);
  if (profile) parts.profile = profile;
  return parts;
}

function inferProfile(parts: OfficialParts): OfficialProfile | undefined {
  const h = parts.header;
  if (h?.nationalTitle && isPartyTitle(h.nationalTitle.text)) return 'hd36';
  if (h?.nationalTitle || h?.motto) return 'nd30';
  const number = h?.number?.text ?? parts.fields.number?.text;
  if (number && /\d\s*-\s*\p{Lu}+\s*\//u.test(number)) return 'hd36';
  if (number && /\d\s*\/\s*\p{Lu}/u.test(number)) return 'nd30';
  const authority = parts.signer?.authority?.text ?? parts.fields.signer?.authority?.text;
  if (authority && /^[TK]\s*\/\s*[ML]/.test(authority)) return 'hd36';
  return undefined;
}

/** Lines inside fenced code blocks: never official parts. Found from the fence lines alone (a native search), not line by line. */
function codeLines(lines: LineIndex, from: number, to: number): { has(line: number): boolean } {
  const ranges: Array<[number, number]> = [];
  const code = { has: (line: number) => ranges.some(([a, b]) => line >= a && line <= b) };
  const text = lines.text;
  if (!text.includes('```') && !text.includes('~~~')) return code;
  const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})(.*)$/gm;
  FENCE.lastIndex = lines.starts[from] ?? text.length;
  const limit = lines.ends[to] ?? text.length;
  let open: { fence: string; line: number } | undefined;
  let m: RegExpExecArray | null;
  while ((m = FENCE.exec(text)) && m.index <= limit) {
    const line = lines.positionAt(m.index).line;
    if (!open) open = { fence: m[1], line };
    else if (m[1][0] === open.fence[0] && m[1].length >= open.fence.length && !m[2].trim()) {
      ranges.push([open.line, line]);
      open = undefined;
    }
  }
  if (open) ranges.push([open.line, to]);
  return code;
}

/** Adds where each text stands in its source line. */
function locate(header: OfficialHeader, lines: LineIndex): OfficialHeader {
  for (const key of ['parentIssuer', 'issuer', 'number', 'placeDate', 'nationalTitle', 'motto', 'type', 'subject'] as const) {
    const part = header[key];
    if (!part) continue;
    const source = lines.line(part.line);
    const at = source.indexOf(part.text);
    if (at >= 0) Object.assign(part, { start: at, end: at + part.text.length });
    else if (key === 'number') locateSpaced(part, source);
  }
  return header;
}

/** Where a number read with its spaces made one stands in its line ("Số: 64            /2024/QĐ-UBND"); its text stays as read. */
function locateSpaced(part: OfficialText, source: string): void {
  if (part.text.length > 120) return;
  const words = part.text.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  const m = new RegExp(words.join('\\s+'), 'u').exec(source);
  if (m) Object.assign(part, { start: m.index, end: m.index + m[0].length });
}
