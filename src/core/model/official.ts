import type { LineIndex } from '../text/lineIndex';
import type { FrontMatter } from './frontMatter';
import { readOfficialFields, type OfficialFields } from './officialFields';
import {
  isDecoration,
  isMarkupOnly,
  isMotto,
  isTableDecoration,
  isNationalTitle,
  isPartyTitle,
  isUpperLine,
  looksLikeIssuer,
  NUMBER_LINE,
  type OfficialProfile,
  type Piece,
  piecesOf,
  PLACE_DATE_LINE,
  RECIPIENTS_LINE,
  typeNameOf,
  PERIOD_NOTE,
} from './officialText';
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

const HEADER_WINDOW = 40;
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

const text = (p: Piece): OfficialText => ({ text: p.text, line: p.line });

type Source = (line: number) => string;

function findHeader(source: Source, from: number, lastLine: number): OfficialHeader | undefined {
  const h: OfficialHeader = { startLine: -1, endLine: -1 };
  const issuers: Piece[] = [];
  let fenced = false;
  let strong = false;
  let subjectOpen = false;
  let subjectLines = 0;
  let sawBlankAfterType = false;
  const to = Math.min(lastLine, from + HEADER_WINDOW);
  let line = from;
  for (; line <= to; line++) {
    const raw = source(line);
    if (!raw.trim()) {
      if (h.type) sawBlankAfterType = true;
      if (h.subject) subjectOpen = false;
      continue;
    }
    if (isDecoration(raw)) {
      if (h.startLine < 0) {
        // A lone "|" fences the header block; a table's empty row or delimiter row opens it.
        if (/^\s*\|\s*$/.test(raw)) fenced = true;
        // A rule drawn above everything ("---" on the first line, not front matter) frames nothing.
        else if (/^\s*(?:[-*_][ \t]*){3,}$/.test(raw)) continue;
        else if (!isTableDecoration(raw)) break;
        h.startLine = line;
      }
      if (/^\s*\|\s*$/.test(raw) || h.startLine >= 0) h.endLine = line;
      if (h.subject) subjectOpen = false;
      continue;
    }
    const pieces = piecesOf(raw, line);
    let stop = false;
    let used = false;
    for (const piece of pieces) {
      const kind = classify(piece.text);
      if (kind === 'national' && !h.nationalTitle) h.nationalTitle = text(piece);
      else if (kind === 'motto' && !h.motto) h.motto = text(piece);
      else if (kind === 'number' && !h.number) h.number = text(piece);
      else if (kind === 'placeDate' && !h.placeDate) h.placeDate = text(piece);
      else if (kind === 'type' && !h.type) {
        h.type = text(piece);
        subjectOpen = true;
        sawBlankAfterType = false;
      } else if (kind === 'upper' && !h.type && strong && typePrefix(piece.text)) {
        // "BÁO CÁO TỔNG KẾT CÔNG TÁC NĂM 2025" on one line, after the header's other parts: the type and its subject.
        const [type, subject] = typePrefix(piece.text)!;
        h.type = { text: type, line: piece.line };
        h.subject = { text: subject, line: piece.line };
        subjectOpen = false;
      } else if (kind === 'recipients') stop = true;
      else if (h.type && (subjectOpen || (!h.subject && sawBlankAfterType)) && subjectLines < 3 && isSubject(piece.text)) {
        h.subject = h.subject ? { text: `${h.subject.text} ${piece.text}`, line: h.subject.line } : text(piece);
        subjectLines++;
        subjectOpen = true;
      } else if (!h.type && kind === 'upper' && issuers.length < 4 && !/^\s{0,3}#{2,}\s/.test(raw)) issuers.push(piece);
      else if (!h.type && /^V\/v\s/u.test(piece.text) && !h.subject) h.subject = text(piece);
      else stop = true;
      if (stop) break;
      used = true;
      if (kind === 'national' || kind === 'motto' || kind === 'number' || kind === 'placeDate' || kind === 'type') strong = true;
    }
    if (stop && !used) break;
    if (h.startLine < 0) h.startLine = line;
    h.endLine = line;
    if (stop) break;
    if (h.subject && !subjectOpen) break;
  }
  // "(từ ngày 15/7/2024 đến ngày 21/7/2024)" under the title: the period it covers, part of the title block.
  if (h.type) {
    let next = h.endLine + 1;
    while (next <= to && !source(next).trim()) next++;
    if (next <= to && PERIOD_NOTE.test(source(next).trim())) h.endLine = next;
  }
  // A closing fence "|" right after the block belongs to it.
  if (h.endLine >= 0 && /^\s*\|\s*$/.test(source(h.endLine + 1) ?? '')) h.endLine++;
  if (h.startLine < 0) return undefined;
  const firstIssuer = issuers[0];
  // A capital heading ("# PHÒNG KẾ HOẠCH …") alone is a heading; a header needs more, or its "|" fence.
  const issuerOnly = firstIssuer !== undefined && (fenced || (looksLikeIssuer(firstIssuer.text) && !/^\s{0,3}#/.test(source(firstIssuer.line))));
  if (!strong && !issuerOnly) return undefined;
  assignIssuers(h, issuers);
  return h;
}

/**
 * The issuing body and its parent body from the capital lines of the header's left column. A
 * name may wrap: a line that does not start with the name of a kind of body ("TỈNH BẮC NINH",
 * "VÀ HỘI ĐỒNG NHÂN DÂN …") continues the line above. The issuing body is the last name, or the
 * bold one when the names above it are upright (NĐ 30/2020 Phụ lục I: the parent body is not bold).
 */
function assignIssuers(h: OfficialHeader, issuers: Piece[]): void {
  const left = issuers.filter((p) => p.column === 0);
  const list = left.length > 0 ? left : issuers;
  if (list.length === 0) return;
  const boldAt = list.findIndex((p) => p.bold);
  let split: number;
  if (boldAt > 0 && list.slice(0, boldAt).every((p) => !p.bold)) split = boldAt;
  else {
    const starts = list.map((p, i) => i === 0 || (looksLikeIssuer(p.text) && !/^(?:VÀ|CỦA)\s/u.test(p.text)));
    split = starts.lastIndexOf(true);
  }
  const join = (ps: Piece[]) => ({ text: ps.map((p) => p.text).join(' '), line: ps[0].line });
  h.issuer = join(list.slice(split));
  if (split > 0) h.parentIssuer = join(list.slice(0, split));
}

type PieceKind = 'national' | 'motto' | 'number' | 'placeDate' | 'type' | 'recipients' | 'upper' | 'other';

function classify(t: string): PieceKind {
  if (isNationalTitle(t) || isPartyTitle(t)) return 'national';
  if (isMotto(t)) return 'motto';
  if (NUMBER_LINE.test(t)) return 'number';
  if (PLACE_DATE_LINE.test(t)) return 'placeDate';
  if (typeNameOf(t) && isUpperLine(t)) return 'type';
  if (RECIPIENTS_LINE.test(t)) return 'recipients';
  // A numbered line ("I. MỤC ĐÍCH, YÊU CẦU", "Phần I") starts the body, however it is written.
  if (NUMBERED.test(t)) return 'other';
  if (isUpperLine(t) && t.length <= 120) return 'upper';
  return 'other';
}

/** The type name a capital line starts with, and the rest of the line: ["BÁO CÁO", "TỔNG KẾT CÔNG TÁC NĂM 2025"]. */
function typePrefix(t: string): [string, string] | undefined {
  const words = t.split(/\s+/);
  for (let n = Math.min(3, words.length - 1); n >= 2; n--) {
    const head = words.slice(0, n).join(' ');
    if (typeNameOf(head)) return [head, words.slice(n).join(' ')];
  }
  return undefined;
}

const NUMBERED = /^(?:Phần|PHẦN|Chương|CHƯƠNG|Mục|MỤC)\s|^(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])[.)]\s/u;

/** A short line that names what the document is about, not a numbered section or a sentence of its body. */
function isSubject(t: string): boolean {
  if (/^(?:Phần|Chương|Mục)\s|^(?:[IVXLC]+|\d+|[a-zđ])[.)]\s|^Căn cứ\s|^Kính gửi/iu.test(t)) return false;
  const words = t.split(/\s+/).length;
  return words <= 40 && !/[.:;!?]$/.test(t.replace(/\.\/\.$/, ''));
}
