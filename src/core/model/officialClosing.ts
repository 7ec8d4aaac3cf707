import type { OfficialList, OfficialSigner, OfficialText } from './official';
import {
  AUTHORITY_LINE,
  DISTRIBUTION_LINE,
  isDecoration,
  isTableDecoration,
  isUpperLine,
  looksLikeName,
  type Piece,
  piecesOf,
  PLACE_DATE_LINE,
  RECIPIENTS_LINE,
  SIGNATURE_NOTE,
} from './officialText';

/**
 * The closing parts of an official document (NĐ 30/2020/NĐ-CP Phụ lục I, mục 7 and 9): "Kính
 * gửi", "Nơi nhận" and its list, and the signature block, as written in a Markdown body.
 */

type Source = (line: number) => string;

const text = (p: Piece): OfficialText => ({ text: p.text, line: p.line });

/** "Kính gửi:" and its recipients, within a few lines after the header. */
export function findRecipients(source: Source, from: number, lastLine: number): OfficialList | undefined {
  const to = Math.min(lastLine, from + 15);
  for (let line = from; line <= to; line++) {
    const raw = source(line);
    if (!raw.trim() || isDecoration(raw)) continue;
    const piece = piecesOf(raw, line)[0];
    const m = piece && RECIPIENTS_LINE.exec(piece.text);
    if (!m) {
      if (piece && !isUpperLine(piece.text) && piece.text.length > 80) return undefined;
      continue;
    }
    const list: OfficialList = { startLine: line, endLine: line, label: { text: piece.text, line }, items: [] };
    if (m[1]?.trim()) list.items.push({ text: m[1]!.trim(), line });
    for (let next = line + 1; next <= lastLine; next++) {
      const rest = source(next);
      if (!rest.trim()) {
        if (list.items.length > 0 && !/^\s*[-+•]\s/.test(source(next + 1) ?? '')) break;
        continue;
      }
      const p = piecesOf(rest, next)[0];
      if (!p || !(/^[-+•]\s/.test(p.text) || (list.items.length === 0 && p.text.length <= 120))) break;
      list.items.push({ text: p.text, line: next });
      list.endLine = next;
    }
    return list;
  }
  return undefined;
}

/** "Nơi nhận:" and its list, and the signature block, near the end of the document. */
export function findClosing(source: Source, from: number, lastLine: number): { distribution?: OfficialList; signer?: OfficialSigner } {
  let distribution: OfficialList | undefined;
  const signerPieces: Piece[] = [];
  let start = -1;
  for (let line = lastLine; line >= from; line--) {
    const raw = source(line);
    if (piecesOf(raw, line).some((p) => DISTRIBUTION_LINE.test(p.text) || AUTHORITY_LINE.test(p.text))) start = line;
  }
  if (start < 0) start = signerWithoutAuthority(source, from, lastLine);
  if (start < 0) return {};
  // Minutes put their signatures, the secretary's and the chair's, above "Nơi nhận:" (NĐ 30/2020
  // Phụ lục III, Mẫu 1.9): "THƯ KÝ   CHỦ TỌA", then the names.
  else if (DISTRIBUTION_LINE.test(piecesOf(source(start), start)[0]?.text ?? '')) {
    const above = signerWithoutAuthority(source, from, start - 1);
    if (above >= 0) start = above;
  }
  let inList = false;
  let listColumn = 0;
  for (let line = start; line <= lastLine; line++) {
    const raw = source(line);
    if (!raw.trim()) continue;
    for (const piece of piecesOf(raw, line)) {
      const label = DISTRIBUTION_LINE.exec(piece.text);
      if (label && !distribution) {
        distribution = { startLine: line, endLine: line, label: { text: piece.text.replace(/\s*:.*$/, ':').trim(), line }, items: [] };
        if (label[1]?.trim()) distribution.items.push({ text: label[1]!.trim(), line });
        inList = true;
        listColumn = piece.column;
        continue;
      }
      const isItem = /^[-+•]\s|;$|^Lưu\s*:/iu.test(piece.text);
      if (distribution && inList && piece.column === listColumn && (isItem || (distribution.items.length > 0 && !AUTHORITY_LINE.test(piece.text) && piece.column === 0 && /^\p{Ll}/u.test(piece.text)))) {
        distribution.items.push({ text: piece.text, line });
        distribution.endLine = line;
        continue;
      }
      if (distribution && piece.column === listColumn && inList && !isItem && listColumn === 1) inList = false;
      signerPieces.push(piece);
    }
  }
  const signer = readSigner(signerPieces);
  // The table the closing is laid out in (its empty first row, its delimiter row) belongs to it.
  const closing = [distribution, signer].filter((c): c is OfficialList | OfficialSigner => c !== undefined);
  if (closing.length > 0) {
    const first = closing.reduce((a, b) => (b.startLine < a.startLine ? b : a));
    while (first.startLine - 1 >= from && isTableDecoration(source(first.startLine - 1))) first.startLine--;
    const last = closing.reduce((a, b) => (b.endLine > a.endLine ? b : a));
    while (last.endLine + 1 <= lastLine && isTableDecoration(source(last.endLine + 1))) last.endLine++;
  }
  return { ...(distribution ? { distribution } : {}), ...(signer ? { signer } : {}) };
}

/** The last lines of a document: a capital title line ("CHỦ TỊCH") and, a few lines on, a name. */
function signerWithoutAuthority(source: Source, from: number, lastLine: number): number {
  let nameLine = -1;
  for (let line = lastLine, seen = 0; line >= from && seen < 8; line--) {
    const raw = source(line);
    if (!raw.trim() || isDecoration(raw)) continue;
    seen++;
    const p = piecesOf(raw, line).at(-1);
    if (!p) continue;
    if (nameLine < 0) {
      if (!looksLikeName(p.text)) return -1;
      nameLine = line;
    } else if (SIGNATURE_NOTE.test(p.text)) continue;
    // A title of two words or more ("GIÁM ĐỐC", "CHỦ TỊCH"), not a placeholder or a numbered heading.
    else if (isUpperLine(p.text) && /^\p{Lu}+(?:\s+\p{Lu}+){1,7}$/u.test(p.text) && !/(?<![\p{L}\p{N}_])(?:TODO|TBD|FIXME)(?![\p{L}\p{N}_])/u.test(p.text) && !/^#|^(?:[IVXLC]+|\d+)\./.test(raw.trim())) return line;
    else return -1;
  }
  return -1;
}

function readSigner(pieces: Piece[]): OfficialSigner | undefined {
  // The date is sometimes written above the signature, in its cell: it is not the signer.
  const useful = pieces.filter((p) => !SIGNATURE_NOTE.test(p.text) && !PLACE_DATE_LINE.test(p.text) && !/^\[.*\]$|^…+$|^\.{3,}$/u.test(p.text));
  if (useful.length === 0) return undefined;
  const signer: OfficialSigner = { startLine: useful[0].line, endLine: useful.at(-1)!.line };
  let i = 0;
  if (AUTHORITY_LINE.test(useful[0].text)) signer.authority = text(useful[i++]);
  if (i < useful.length && isUpperLine(useful[i].text) && !(i === useful.length - 1 && signer.authority && looksLikeName(useful[i].text))) signer.title = text(useful[i++]);
  const rest = useful.slice(i);
  const name = [...rest].reverse().find((p) => looksLikeName(p.text));
  if (name) signer.name = text(name);
  else if (rest.length > 0 && rest.at(-1)!.text.length <= 60) signer.name = text(rest.at(-1)!);
  if (!signer.authority && !signer.title && !signer.name) return undefined;
  signer.startLine = Math.min(...useful.map((p) => p.line));
  signer.endLine = Math.max(...useful.map((p) => p.line));
  return signer;
}
