import type { Token } from 'markdown-it';
import type { Lang } from '../i18n';
import { leadParagraph } from '../model/byline';
import type { ReportDocument } from '../model/document';
import { plainText as inlinePlainText } from '../model/plainText';

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
 * Front matter `title`, else an official document's `subject`, else the first heading's text,
 * else the title the model reads (a bold opening line, an official header's type and subject),
 * else the lead's first sentence shortened to a title's length (news pasted as one block), and
 * only when the report has no text at all "Report"/"Báo cáo"; `author`, `date`.
 */
export function reportMetadata(doc: ReportDocument, tokens: readonly Token[]): ReportMetadata {
  const field = (name: string) => scalar(doc.frontMatter?.fields.get(name)?.value);
  const title = field('title') ?? field('subject') ?? titleOfSection(doc) ?? firstHeadingText(tokens) ?? modelTitle(doc) ?? (doc.lang === 'vi' ? 'Báo cáo' : 'Report');
  return { title: title.normalize('NFC'), author: field('author')?.normalize('NFC'), date: field('date'), lang: doc.lang, kind: doc.kind?.name[doc.lang] };
}

/** The plain text of an inline token: what a reader sees, without the Markdown marks. */
export function plainText(inline: Token | undefined): string {
  return (inline?.children ?? [])
    .map((child) => (child.type === 'text' || child.type === 'code_inline' ? child.content : child.type === 'softbreak' || child.type === 'hardbreak' ? ' ' : child.type === 'image' ? child.content : ''))
    .join('')
    .trim();
}

function firstHeadingText(tokens: readonly Token[]): string | undefined {
  const index = tokens.findIndex((t) => t.type === 'heading_open');
  return index >= 0 ? plainText(tokens[index + 1]) || undefined : undefined;
}

function scalar(value: unknown): string | undefined {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  return undefined;
}

/** The text of the section the model takes for the title: a heading, or a bold line opening the body; as the writer wrote it, however long. */
function titleOfSection(doc: ReportDocument): string | undefined {
  return doc.title ? doc.titleText?.replace(/\s+/g, ' ').trim() || undefined : undefined;
}

/** A title is cut at a word after this many characters, with "…". */
const TITLE_LENGTH = 80;

/** What the model reads as the title, else the lead's first line: plain text, shortened; undefined when there is no text. */
function modelTitle(doc: ReportDocument): string | undefined {
  // An official document's type and subject, or the first heading of level 1 or 2.
  const own = doc.titleText?.trim();
  if (own) return inlinePlainText(own);
  const lead = leadParagraph(doc) ?? doc.paragraphs.find((p) => /[\p{L}\p{N}]/u.test(p.content));
  if (!lead) return undefined;
  const firstLine = lead.content.split('\n').find((line) => /[\p{L}\p{N}]/u.test(line)) ?? '';
  const text = inlinePlainText(firstLine.replace(/<[^<>]*>/g, ' '));
  return text ? shorten(firstSentence(text)) : undefined;
}

/** The text up to its first sentence's end ("… năm 2024. Hội nghị …" → "… năm 2024"); the whole text when it has one sentence. */
function firstSentence(text: string): string {
  // A sentence ends at ". " before a capital letter: "TP. Hồ Chí Minh", "26.1.2024" stay whole.
  const end = /[.!?…](?=\s+\p{Lu})/u.exec(text);
  return end ? text.slice(0, end.index) : text.replace(/[.]$/u, '');
}

/** At most TITLE_LENGTH characters, cut after a whole word with "…". */
function shorten(text: string): string {
  const folded = text.replace(/\s+/g, ' ').trim();
  if (folded.length <= TITLE_LENGTH) return folded;
  const cut = folded.slice(0, TITLE_LENGTH + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > TITLE_LENGTH / 2 ? cut.slice(0, space) : cut.slice(0, TITLE_LENGTH)).replace(/[\s,;:–—-]+$/u, '')}…`;
}
