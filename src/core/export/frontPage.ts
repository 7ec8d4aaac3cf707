import type { Token } from 'markdown-it';
import type { Lang } from '../i18n';
import type { ReportDocument } from '../model/document';
import { headingAnchor, withoutComments } from '../render/markdown';
import { readHtmlBlock, showsText } from '../render/safeHtml';
import { plainText, type ReportMetadata } from './metadata';

/**
 * What the front matter puts on the first page, besides the body: the title (when the body
 * does not already open with it as its first-level heading), the author and the date, and
 * whether a table of contents follows. pandoc does the same with `title`, `author`, `date`
 * and `toc`.
 */
export interface FrontPage {
  /** The title to print, or undefined when the body's first heading already is the title. */
  title?: string;
  author?: string;
  /** The date as the reader sees it (see `displayDate`). */
  date?: string;
  /** True when the body opens with its title heading: author and date go right after it. */
  afterFirstHeading: boolean;
  /**
   * The body opens with the very title the front matter declares: Word shows that heading in
   * its Title style (with the heading's outline level), as pandoc writes a title.
   */
  titleIsFirstHeading: boolean;
  /** `toc: true` in the front matter. */
  toc: boolean;
}

/** The front page of a report, from its metadata and its first block. */
export function frontPage(doc: ReportDocument, tokens: readonly Token[], meta: ReportMetadata): FrontPage {
  const declared = doc.frontMatter?.fields.get('title')?.value;
  // An HTML block that only aligns what follows (`<div align="center">`) or shows nothing is not the first block.
  const first = tokens.find((t) => t.type !== 'html_block' || (withoutComments(t.content).trim() !== '' && showsText(readHtmlBlock(t.content))));
  const opensWithTitle = first?.type === 'heading_open' && first.tag === 'h1';
  const firstText = opensWithTitle ? plainText(tokens[tokens.indexOf(first) + 1]).normalize('NFC') : undefined;
  const printTitle = typeof declared === 'string' && declared.trim() !== '' && firstText !== meta.title;
  const toc = doc.frontMatter?.fields.get('toc')?.value;
  return {
    title: printTitle ? meta.title : undefined,
    author: meta.author,
    date: meta.date ? displayDate(meta.date, meta.lang) : undefined,
    afterFirstHeading: !printTitle && opensWithTitle,
    titleIsFirstHeading: typeof declared === 'string' && opensWithTitle && firstText === meta.title,
    toc: toc === true || (typeof toc === 'string' && /^(?:true|yes|on)$/i.test(toc.trim())),
  };
}

/**
 * The front page of an official document (NĐ 30/2020, HD 36): its frame (officialLayout.ts)
 * already prints the type, subject, place and date, so no title block is added; only the
 * table of contents, when asked for, stays.
 */
export function officialFrontPage(page: FrontPage): FrontPage {
  return { toc: page.toc, afterFirstHeading: false, titleIsFirstHeading: false };
}

/** True when the front page adds anything to the body. */
export function hasFrontMatter(page: FrontPage): boolean {
  return !!(page.title || page.author || page.date);
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * An ISO date (`2024-01-26`) as a reader of the report's language writes it: "26 January 2024";
 * "ngày 26 tháng 01 năm 2024", with the leading zero NĐ 30/2020 (Phụ lục I) asks for on days
 * below 10 and on January and February. Any other date is printed as written.
 */
export function displayDate(date: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  if (!m) return date;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return date;
  if (lang === 'en') return `${day} ${MONTHS_EN[month - 1]} ${year}`;
  const dd = String(day).padStart(2, '0');
  const mm = month < 3 ? String(month).padStart(2, '0') : String(month);
  return `ngày ${dd} tháng ${mm} năm ${year}`;
}

/** One line of a table of contents. */
export interface TocEntry {
  level: number;
  /** The heading's plain text: no emphasis marks, code marks or comments. */
  text: string;
  /** Its anchor, as the HTML export's ids and the Word bookmarks name it. */
  anchor: string;
  /** Its index among all the report's headings (Word bookmark `headingBookmark(n)`). */
  index: number;
}

/** How deep a table of contents goes: headings 1–3, as pandoc's `toc-depth` default. */
export const TOC_DEPTH = 3;

/** The headings a table of contents lists, in order, with the anchors the renderer gives them. */
export function tocEntries(tokens: readonly Token[], depth = TOC_DEPTH): TocEntry[] {
  const slugs = new Map<string, number>();
  const entries: TocEntry[] = [];
  let index = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].type !== 'heading_open') continue;
    const level = Number(tokens[i].tag.slice(1));
    const anchor = headingAnchor(slugs, tokens[i + 1]);
    if (level <= depth) entries.push({ level, text: plainText(tokens[i + 1]).normalize('NFC'), anchor, index });
    index++;
  }
  return entries;
}

/** The heading of a table of contents, in the report's language. */
export const tocTitle = (lang: Lang) => (lang === 'vi' ? 'Mục lục' : 'Contents');
