import { LineKind } from './blocks';
import type { ReportDocument } from './document';
import type { Paragraph } from './paragraphs';

/**
 * One to five capitalised words without a final period ("Thảo Nguyên", "TTXVN", "Nhóm PV"),
 * maybe after "Tin:", "Tin, ảnh:", "Bài và ảnh:", "Theo", "By" or a dash, maybe with an agency
 * in brackets; emphasis around it is allowed.
 */
const BYLINE =
  /^(?:(?:Tin|Bài|Ảnh|Tin bài|Tin và ảnh|Bài và ảnh|Tác giả|Text|Photos?|Story|Author)(?:\s*(?:,|và|and)\s*(?:ảnh|photos?))?\s*:\s*|Theo\s+|By\s+|[—–-]\s*)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}(?:\s*\([^)]{1,40}\)|\s+[-–—]\s+\p{Lu}[\p{L}\p{N}&.,/ -]{1,60})?$/u;

/** Placeholder markers look like a one-word byline in capitals, and are not one. */
const PLACEHOLDER_WORD = /^(?:TODO|TBD|FIXME|XXX)(?![\p{L}\p{N}_])/u;

export function isByline(line: string): boolean {
  const text = line.trim().replace(/^(?:[*_]{1,3})(.*?)(?:[*_]{1,3})$/u, '$1').trim();
  return text.length > 0 && text.length <= 80 && !text.startsWith('#') && !PLACEHOLDER_WORD.test(text) && BYLINE.test(text);
}

/** The last line of text, 0-based, or -1 when the body is empty. */
export function lastTextLine(doc: ReportDocument): number {
  let last = doc.lastLine;
  const bodyStart = (doc.frontMatter?.endLine ?? -1) + 1;
  while (last >= bodyStart && doc.lines.line(last).trim() === '') last--;
  return last >= bodyStart ? last : -1;
}

/**
 * The line of the byline that closes a news report, if its last line is one standing on its
 * own (after a blank line): moving or adding sections leaves it last.
 */
export function closingBylineLine(doc: ReportDocument, kindId = doc.kind?.id): number | undefined {
  // A byline closes news reports; in other kinds a short last line is more likely content.
  if (kindId !== 'meeting-news') return undefined;
  const last = lastTextLine(doc);
  if (last <= 0 || doc.prose.lineKind(last) !== LineKind.prose) return undefined;
  if (doc.lines.line(last - 1).trim() !== '' || !isByline(doc.lines.line(last))) return undefined;
  // A heading is not a byline.
  if (doc.headings.some((h) => h.line <= last && h.endLine >= last)) return undefined;
  return last;
}

/** Where a section ends when it is moved or added after: before the report's closing byline. */
export function endBeforeByline(doc: ReportDocument, startLine: number, endLine: number): number {
  const byline = closingBylineLine(doc);
  return byline !== undefined && byline > startLine && byline <= endLine ? byline - 1 : endLine;
}

/** The first paragraph after the title, unless a caption or a picture; none when a section heading comes first. */
export function leadParagraph(doc: ReportDocument): Paragraph | undefined {
  const after = doc.title ? doc.title.heading.endLine : (doc.frontMatter?.endLine ?? -1);
  const firstHeading = doc.headings.find((h) => h.line > after)?.line ?? Infinity;
  return doc.paragraphs.find(
    (p) => p.startLine > after && p.startLine < firstHeading && !doc.isCaptionLine(p.startLine) && !/^\s*!\[[^\]]*\]\([^)]*\)\s*$/.test(p.content),
  );
}
