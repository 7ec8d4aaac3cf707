import { LineKind } from './blocks';
import type { ReportDocument } from './document';
import { lastBodyLine } from './documentText';
import { PERIOD_NOTE } from './officialText';
import type { Paragraph } from './paragraphs';
import { lowerAsCaseless } from '../text/fold';
import { settledPattern } from '../text/settledPattern';
import { hasLetterOrDigit } from '../text/wordCharacters';

/**
 * One to five capitalised words without a final period ("Thảo Nguyên", "TTXVN", "Nhóm PV"),
 * maybe after "Tin:", "Tin, ảnh:", "Bài và ảnh:", "Người viết:", "Theo", "By", "Written by(:)" or
 * a dash, maybe with an agency in brackets; emphasis around it is allowed.
 */
const BYLINE_LABEL = /^(?:(?:Tin|Bài|Ảnh|Tin bài|Tin và ảnh|Bài và ảnh|Tác giả|Người viết|Phóng viên|Text|Photos?|Story|Author)(?:\s*(?:,|và|and)\s*(?:ảnh|photos?))?\s*:\s*|Theo\s+|(?:(?:Written|Reported|Prepared)\s+)?[Bb]y(?:\s*:)?\s+|[—–-]\s*)/u;
const BYLINE_NAME = settledPattern(() => /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}(?:\s*\([^)]{1,40}\)|\s+[-–—]\s+\p{Lu}[\p{L}\p{N}&.,/ -]{1,60})?$/u);

/** A label in emphasis opening a line, its colon inside: "**Người viết:**", "*Tác giả:*", "__By:__". */
const EMPHASISED_LABEL = /^([*_]{1,3})([^*_:]{1,40}:)\1\s*/;

/**
 * Whether `text` is BYLINE_NAME, maybe after one BYLINE_LABEL: the two patterns one after the
 * other, as one pattern with the label optional in front would match. The label's alternatives
 * open differently and each ends where the name must start, so a text has one label at most.
 * As one pattern, V8 compiles the name's classes once per way of reading the label.
 */
function isNameWithLabel(text: string): boolean {
  if (BYLINE_NAME(text).test(text)) return true;
  const label = BYLINE_LABEL.exec(text)?.[0].length;
  if (!label) return false;
  const name = text.slice(label);
  return BYLINE_NAME(name).test(name);
}

/** Placeholder markers look like a one-word byline in capitals, and are not one. */
const PLACEHOLDER_WORD = settledPattern(() => /^(?:TODO|TBD|FIXME|XXX)(?![\p{L}\p{N}_])/u);

export function isByline(line: string): boolean {
  // Emphasis around the whole line, or around its label alone ("**Người viết:** Nguyễn Văn An").
  const text = line.trim().replace(/^(?:[*_]{1,3})(.*?)(?:[*_]{1,3})$/u, '$1').trim().replace(EMPHASISED_LABEL, '$2 ');
  return text.length > 0 && text.length <= 80 && !text.startsWith('#') && !PLACEHOLDER_WORD(text).test(text) && isNameWithLabel(text);
}

/** The last line of text, 0-based, or -1 when the body is empty (see `lastBodyLine`). */
export function lastTextLine(doc: ReportDocument): number {
  return lastBodyLine(doc.lines, doc.frontMatter?.endLine ?? -1);
}

/**
 * A news site's teaser of another story, copied with the page: "Xem thêm: …", "Tin liên quan",
 * "Read more", "more(HDDTVN) – …", or another story's lead opening with its dateline,
 * "(Chinhphu.vn) – …". Not a sentence of the story that opens with a number ("More than 300
 * health workers were retrained…"). Run on the text in lower case (`lowerAsCaseless`), as the `iu`
 * flags would read it, without the cost of the `i` flag's case variants. Up to three `*` or `_`
 * may open it, written `(?![*_]{4})[*_]*` rather than `[*_]{0,3}` (the same strings: what follows
 * is a letter or a bracket): V8 unrolls a short counted repetition and compiles what follows it once
 * per count.
 */
const TEASER = settledPattern(() => /^\s*(?:[-*+]\s+)?(?![*_]{4})[*_]*(?:(?:(?:read |see )more|more(?=\s*[(:»›…]|\s*$)|see also|related(?: (?:articles?|news|stories|posts))?|xem thêm|đọc thêm|xem tiếp|tin liên quan|bài liên quan|tin cùng chuyên mục)(?![\p{L}\p{N}])|\([\p{L}\p{N}.&-]{2,24}\)\s*[-–—])/u);
/** Whether a paragraph opens as a news site's teaser of another story does (TEASER), in any case. */
export function isTeaserOpening(text: string): boolean {
  const opening = lowerAsCaseless(text);
  return TEASER(opening).test(opening);
}

/** The most paragraphs of teasers read back from the end. */
const MAX_TEASERS = 6;

/**
 * The last line of the story: the last line of text, or, when a byline is followed by a news
 * site's teasers of other stories (see TEASER), the byline's line. 0-based, -1 when the body is empty.
 */
export function storyLastLine(doc: ReportDocument): number {
  const last = lastTextLine(doc);
  const paragraphs = doc.paragraphs;
  let k = paragraphs.length - 1;
  while (k >= 0 && paragraphs[k].startLine > last) k--;
  for (let seen = 0; k >= 0 && seen < MAX_TEASERS; k--, seen++) {
    const p = paragraphs[k];
    if (!isTeaserOpening(p.content.slice(0, 200))) continue;
    let before = p.startLine - 1;
    while (before >= 0 && doc.lines.line(before).trim() === '') before--;
    // Only after a byline: a story may open with its own dateline.
    if (before >= 0 && doc.prose.lineKind(before) === LineKind.prose && isByline(doc.lines.line(before))) return before;
  }
  return last;
}

/** Lines of a byline, 0-based: one Markdown line, or the lines of the HTML paragraph that holds it. */
export interface BylineLines {
  startLine: number;
  endLine: number;
  /** The byline's text ("Tác giả: Hoàng Mai"). */
  text: string;
}

/**
 * The byline that closes a news report, if its last text is one standing on its own: a line
 * after a blank line, or an HTML paragraph of a CMS export (`<p><i>Tác giả: …</i></p>`,
 * `<p style="text-align:right">T.H</p>`). Moving or adding sections leaves it last.
 */
export function closingByline(doc: ReportDocument, kindId = doc.kind?.id): BylineLines | undefined {
  // A byline closes news reports; in other kinds a short last line is more likely content.
  if (kindId !== 'meeting-news') return undefined;
  const last = storyLastLine(doc);
  if (last <= 0) return undefined;
  // A heading is not a byline.
  if (doc.headings.some((h) => h.line <= last && h.endLine >= last)) return undefined;
  const paragraphs = doc.paragraphs;
  let k = paragraphs.length - 1;
  while (k >= 0 && paragraphs[k].startLine > last) k--;
  const p = k >= 0 && paragraphs[k].endLine >= last ? paragraphs[k] : undefined;
  if (p && p.endLine > p.startLine) {
    // Several lines: an HTML paragraph whose text is one short line.
    const text = p.content.trim();
    const html = doc.lines.line(p.startLine).trimStart().startsWith('<');
    return html && p.container !== 'quote' && !text.includes('\n') && isByline(text) ? { startLine: p.startLine, endLine: p.endLine, text } : undefined;
  }
  const line = doc.lines.line(last);
  const html = line.trimStart().startsWith('<');
  if (html) return p && isByline(p.content) ? { startLine: last, endLine: last, text: p.content.trim() } : undefined;
  if (doc.prose.lineKind(last) !== LineKind.prose) return undefined;
  if (doc.lines.line(last - 1).trim() !== '' || !isByline(line)) return undefined;
  return { startLine: last, endLine: last, text: line.trim() };
}

/**
 * A byline that says it is one in words: "Người viết: …", "Tác giả: …", "By …", "Written by …",
 * maybe after up to three `*` or `_` (written as TEASER writes them).
 */
const LABELLED = settledPattern(() => /^(?![*_]{4})[*_]*(?:(?:Tin|Bài|Ảnh|Tin bài|Tin và ảnh|Bài và ảnh|Tác giả|Người viết|Phóng viên|Author)(?:\s*(?:,|và|and)\s*(?:ảnh|photos?))?\s*:|(?:(?:Written|Reported|Prepared)\s+)?[Bb]y(?:\s*:|\s))/u);

/** Whether a byline names itself one in words (LABELLED). */
export function isLabelledByline(text: string): boolean {
  return LABELLED(text).test(text);
}

/**
 * The lines of the writer's name closing a report of any kind, which are no part of its last
 * section's text (a section's word count leaves them out): a news report's closing byline, or in
 * another kind a last line that names itself a byline ("Người viết: Lan Anh", "By Jane Doe").
 */
export function signatureLines(doc: ReportDocument): BylineLines | undefined {
  const byline = closingByline(doc);
  if (byline || doc.kind?.id === 'meeting-news') return byline;
  const found = closingByline(doc, 'meeting-news');
  return found && isLabelledByline(found.text) ? found : undefined;
}

/** The first line of the closing byline (see `closingByline`). */
export function closingBylineLine(doc: ReportDocument, kindId = doc.kind?.id): number | undefined {
  return closingByline(doc, kindId)?.startLine;
}

/** Where a section ends when it is moved or added after: before the report's closing byline. */
export function endBeforeByline(doc: ReportDocument, startLine: number, endLine: number): number {
  const byline = closingBylineLine(doc);
  return byline !== undefined && byline > startLine && byline <= endLine ? byline - 1 : endLine;
}

/**
 * The first paragraph after the title, unless a caption, a picture or an `excluded` line (the
 * official frame); none when a section heading comes first.
 */
export function leadParagraph(doc: ReportDocument, excluded: (line: number) => boolean = () => false): Paragraph | undefined {
  const after = doc.title ? doc.title.heading.endLine : (doc.frontMatter?.endLine ?? -1);
  const firstHeading = doc.headings.find((h) => h.line > after)?.line ?? Infinity;
  const found = doc.paragraphs.find(
    (p) => p.startLine > after && p.startLine < firstHeading && !excluded(p.startLine) && !isEmptyMarkup(p.content) && !doc.isCaptionLine(p.startLine) && !/^\s*!\[[^\]]*\]\([^)]*\)\s*$/.test(p.content),
  );
  // "(từ ngày 22/7 đến ngày 28/7/2024)", "(from 22 to 28 July 2024)" under the title: the period it covers, no lead.
  if (found && doc.title && PERIOD_NOTE.test(found.content.trim())) return leadParagraph(doc, (line) => excluded(line) || line === found.startLine);
  return found;
}

/** An HTML line with no text in it (`<jsontable name="bang_0"> </jsontable>`): not a lead. */
function isEmptyMarkup(content: string): boolean {
  const head = content.slice(0, 4000);
  return head.trimStart().startsWith('<') && !hasLetterOrDigit(head.replace(/<[^<>]*>/g, ''));
}
