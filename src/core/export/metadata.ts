import type { Token } from 'markdown-it';
import type { Lang } from '../i18n';
import type { ReportDocument } from '../model/document';

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

/** Front matter `title`, else an official document's `subject`, else the first heading's text, else "Report"/"Báo cáo"; `author`, `date`. */
export function reportMetadata(doc: ReportDocument, tokens: readonly Token[]): ReportMetadata {
  const field = (name: string) => scalar(doc.frontMatter?.fields.get(name)?.value);
  const title = field('title') ?? field('subject') ?? firstHeadingText(tokens) ?? (doc.lang === 'vi' ? 'Báo cáo' : 'Report');
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
