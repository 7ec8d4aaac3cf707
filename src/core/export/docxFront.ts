import { type FileChild, Paragraph, TableOfContents, TextRun } from 'docx';
import type { Lang } from '../i18n';
import { xmlText } from './docxInline';
import { type FrontPage, hasFrontMatter, TOC_DEPTH, tocTitle } from './frontPage';

/** Style ids of the front page: pandoc's own names, so its Word reader takes them back as the document's metadata. */
export const FRONT_STYLE = { title: 'Title', author: 'Author', date: 'Date', tocHeading: 'TOCHeading' } as const;

/**
 * The front page in Word: the title in Word's Title style, the author and the date in
 * styles of their own (Author, Date: where pandoc's reader looks for them), then with
 * `toc: true` a table of contents: a real TOC field over headings 1–3, its entries already
 * written from the headings (linked to their bookmarks) so it shows before Word updates it;
 * Word fills in the page numbers when it opens the file (after asking).
 */
export function docxFrontPage(page: FrontPage, lang: Lang): FileChild[] {
  const children: FileChild[] = [];
  if (hasFrontMatter(page)) {
    const line = (style: string, text: string) => new Paragraph({ style, children: [new TextRun({ text: xmlText(text) })] });
    if (page.title) children.push(line(FRONT_STYLE.title, page.title));
    if (page.author) children.push(line(FRONT_STYLE.author, page.author));
    if (page.date) children.push(line(FRONT_STYLE.date, page.date));
  }
  if (page.toc) {
    children.push(new Paragraph({ style: FRONT_STYLE.tocHeading, children: [new TextRun({ text: tocTitle(lang) })] }));
    children.push(new TableOfContents(tocTitle(lang), { hyperlink: true, headingStyleRange: `1-${TOC_DEPTH}` }));
  }
  return children;
}

/** The body with the front page put where `frontPage` says: before it, or after its opening title heading. */
export function withDocxFrontPage(body: FileChild[], front: FileChild[], afterFirstHeading: boolean): FileChild[] {
  if (!front.length) return body;
  return afterFirstHeading && body.length ? [body[0], ...front, ...body.slice(1)] : [...front, ...body];
}
