import markdownIt, { type Token } from 'markdown-it';
import footnotes from 'markdown-it-footnote';
import type { Lang } from '../i18n';
import { leadParagraph } from '../model/byline';
import type { ReportDocument } from '../model/document';
import { plainText as inlinePlainText } from '../model/plainText';
import { isMetadataParagraph, isValuedLabelLine } from '../model/labels';
import type { Paragraph } from '../model/paragraphs';
import { hasLetterOrDigit } from '../text/wordCharacters';

/** What an export says about the report besides its body: title, author, date, language. */
export interface ReportMetadata {
  title: string;
  author?: string;
  /** As written in the front matter (`2024-01-26`). */
  date?: string;
  lang: Lang;
  /** The report kind's name in the report's language ("Báo cáo tổng kết", not "review"), for the document's subject. */
  kind?: string;
}

/**
 * Front matter `title`, else an official document's `subject`, else the title heading (or bold
 * title line) the model reads, else the first heading — unless it is a section heading of level 2
 * or more that only names a part ("Root cause"): then the lead's first sentence comes first —,
 * else the official header's type and subject, else the lead's first sentence shortened to a
 * title's length (news pasted as one block), and only when the report has no text at all
 * "Report"/"Báo cáo"; `author`, `date`. A candidate without a letter or digit (a heading of marks
 * alone, "# **") is passed over. Every title is plain text as a reader sees it (reference
 * links resolved, footnote marks dropped, autolinks kept as their text), on one line, without
 * control characters or bidirectional overrides; metadata lines (`**Date:** …`) are never one.
 * The titles are read from the report's source with its own link references; `_tokens` (the
 * rendered tokens) is no longer needed and is kept for the exporters that pass it.
 */
export function reportMetadata(doc: ReportDocument, _tokens?: readonly Token[]): ReportMetadata {
  const field = (name: string) => scalar(doc.frontMatter?.fields.get(name)?.value);
  const candidates = [
    () => field('title'),
    () => field('subject'),
    () => titleOfSection(doc),
    () => firstHeadingOrLead(doc),
    () => modelTitle(doc),
    // Every heading passed over (marks alone): the lead's first sentence.
    () => leadTitle(doc),
  ];
  let title: string | undefined;
  for (const candidate of candidates) {
    const text = cleanTitle(candidate() ?? '');
    // A title says something: marks alone ("# **", "# ---", "# …") are no title; the next candidate is tried.
    if (hasLetterOrDigit(text)) {
      title = text;
      break;
    }
  }
  const author = cleanTitle(field('author') ?? '');
  return {
    title: (title || (doc.lang === 'vi' ? 'Báo cáo' : 'Report')).normalize('NFC'),
    author: author ? author.normalize('NFC') : undefined,
    date: field('date'),
    lang: doc.lang,
    kind: doc.kind?.name[doc.lang],
  };
}

/**
 * A title on one line: white space (line breaks included) folded to one space, C0 and C1 control
 * characters dropped, and bidirectional embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069) dropped, since a title is shown in window bars and file properties.
 */
export function cleanTitle(text: string): string {
  return text
    .replace(/[\t\n\v\f\r\u0085\u2028\u2029]/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The plain text of an inline token: what a reader sees, without the Markdown marks (footnote marks and HTML left out). */
export function plainText(inline: Token | undefined): string {
  return lineTexts(inline).join(' ').trim();
}

/** An inline token's plain text, one string a source line (split at its line breaks). */
function lineTexts(inline: Token | undefined): string[] {
  const lines = [''];
  for (const child of inline?.children ?? []) {
    if (child.type === 'softbreak' || child.type === 'hardbreak' || (child.type === 'rw_html' && (child.meta as { tag?: string } | null)?.tag === 'br')) lines.push('');
    else if (child.type === 'text' || child.type === 'text_special' || child.type === 'code_inline' || child.type === 'image') lines[lines.length - 1] += child.content;
  }
  return lines;
}

/** markdown-it's inline pass as a title reads it: inline HTML recognised (to be left out), footnotes as marks (left out). */
const titleParser = markdownIt({ html: true, linkify: false }).use(footnotes);

/**
 * Inline Markdown's plain text, one string a source line: reference links resolved through the
 * report's own definitions (`env`, from its block pass), footnote marks (`[^1]`, `^[…]`) and
 * inline HTML left out, autolinks kept as their text. Never throws (the source is then read as text).
 */
function sourceLines(source: string, env: Record<string, unknown>): string[] {
  // A footnote mark, also when the model's pass read its definition as a link reference.
  const marked = source.replace(/(?<!\\)\[\^[^\]\s]+\]/g, '');
  try {
    return lineTexts(titleParser.parseInline(marked, { references: (env.references ?? {}) as Record<string, never> })[0]);
  } catch {
    return marked.split('\n');
  }
}

/**
 * The first heading's text, unless it is of level 2 or more and names a part (a role's
 * heading such as "Root cause"): then the lead's first sentence when there is one, else the heading.
 */
function firstHeadingOrLead(doc: ReportDocument): string | undefined {
  const first = doc.headings.find((h) => !h.pseudo && !h.html);
  if (!first) return undefined;
  const text = sourceLines(first.text, doc.markdownEnv).join(' ').trim() || undefined;
  const namesPart = first.level >= 2 && doc.parts.some((p) => p.role && p.section?.heading.line === first.line);
  return namesPart ? (leadTitle(doc) ?? text) : text;
}

function scalar(value: unknown): string | undefined {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  return undefined;
}

/**
 * The title the model reads, as a reader sees it: the title heading's inline text (reference
 * links resolved, footnote marks dropped), or a bold title line's; however long the writer made it.
 */
function titleOfSection(doc: ReportDocument): string | undefined {
  if (!doc.title) return undefined;
  const { numbering, text } = doc.title.heading;
  const plain = sourceLines(text, doc.markdownEnv).join(' ').trim();
  // The numbering is read apart from the text in some headings ("I." before a bold title).
  return (numbering && !plain.startsWith(numbering.text) ? `${numbering.text} ${plain}` : plain) || doc.titleText?.trim() || undefined;
}

/** A title is cut at a word after this many characters, with "…". */
const TITLE_LENGTH = 80;

/** The official header's type and subject (or the first heading of level 1 or 2), else the lead's first sentence; undefined when there is no text. */
function modelTitle(doc: ReportDocument): string | undefined {
  const own = doc.titleText?.trim();
  if (own) return inlinePlainText(own);
  return leadTitle(doc);
}

/**
 * The lead's first line of text (its metadata lines, `**Date:** …`, left out), to its first
 * sentence's end, shortened; undefined when no paragraph before the first section has text.
 */
function leadTitle(doc: ReportDocument): string | undefined {
  const metadata = (p: Paragraph) => isMetadataParagraph(doc.lines, p.startLine, p.endLine);
  const lead =
    leadParagraph(doc, (line) => doc.paragraphs.some((p) => p.startLine === line && metadata(p))) ??
    doc.paragraphs.find((p) => !metadata(p) && hasLetterOrDigit(p.content));
  if (!lead) return undefined;
  // One plain text a source line, less the lines that are a label with its value.
  const lines = sourceLines(lead.content, doc.markdownEnv);
  const firstLine = lines.find((text, i) => !isValuedLabelLine(doc.lines.line(lead.startLine + i)) && hasLetterOrDigit(text)) ?? '';
  const text = cleanTitle(firstLine);
  return text ? shorten(firstSentence(text)) : undefined;
}

/** The text up to its first sentence's end ("… năm 2024. Hội nghị …" → "… năm 2024"); the whole text when it has one sentence. */
function firstSentence(text: string): string {
  // A sentence ends at ". " before a capital letter: "TP. Hồ Chí Minh", "26.1.2024" stay whole.
  const end = /[.!?…](?=\s+\p{Lu})/u.exec(text);
  return end ? text.slice(0, end.index) : text.replace(/[.]$/u, '');
}

/** At most TITLE_LENGTH characters (user-perceived: an emoji or a letter with its marks is one, never split), cut after a whole word with "…". */
function shorten(text: string): string {
  const folded = text.replace(/\s+/g, ' ').trim();
  const graphemes = Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(folded), (g) => g.segment);
  if (graphemes.length <= TITLE_LENGTH) return folded;
  const cut = graphemes.slice(0, TITLE_LENGTH + 1).join('');
  const space = cut.lastIndexOf(' ');
  const kept = space > 0 && Array.from(cut.slice(0, space)).length > TITLE_LENGTH / 2 ? cut.slice(0, space) : graphemes.slice(0, TITLE_LENGTH).join('');
  return `${kept.replace(/[\s,;:–—-]+$/u, '')}…`;
}
