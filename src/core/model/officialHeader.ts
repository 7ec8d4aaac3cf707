/**
 * The header of a Vietnamese official document, read from the first lines of a Markdown body:
 * what findOfficialParts (official.ts) asks of them.
 */
import type { OfficialHeader, OfficialText } from './official';
import {
  isDecoration,
  isMotto,
  isTableDecoration,
  isNationalTitle,
  isPartyTitle,
  isUpperLine,
  looksLikeIssuer,
  NUMBER_LINE,
  piecesOf,
  PLACE_DATE_LINE,
  RECIPIENTS_LINE,
  typeNameOf,
  PERIOD_NOTE,
  type Piece,
} from './officialText';

const text = (p: Piece): OfficialText => ({ text: p.text, line: p.line });

/** A body line's text by its number: '' for a line that holds no part (code, HTML tags alone). */
export type Source = (line: number) => string;

/** The header is read from the first lines of the body, at most this many. */
const HEADER_WINDOW = 40;

/**
 * The official header at the top of the body (NĐ 30/2020 Phụ lục I, mục II; HD 36): the issuing
 * body and its parent, the number, the Quốc hiệu and Tiêu ngữ (or the Party's title), place and
 * date, the document type and its subject (trích yếu), read from lines `from`..`lastLine` (at
 * most HEADER_WINDOW of them) as a writer lays them out: plain lines, a table of two columns,
 * lines fenced by a lone "|". Undefined when the body opens with no header.
 */
export function findHeader(source: Source, from: number, lastLine: number): OfficialHeader | undefined {
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
