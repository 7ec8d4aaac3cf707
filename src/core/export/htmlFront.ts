import type { Token } from 'markdown-it';
import type { Lang } from '../i18n';
import { type FrontPage, hasFrontMatter, tocEntries, tocTitle } from './frontPage';

/**
 * Page numbers for the printed table of contents, by heading anchor; `'measure'` prints
 * placeholders of the same width: the PDF export's page layout (media/paged.js) writes each
 * heading's page into them, and its fallback prints once with them to learn the pages.
 */
export type TocPages = ReadonlyMap<string, number> | 'measure';

/**
 * The body with the front page added: the title block (title, author, date) where the
 * profile puts it — before the body, or after its opening title heading — then, with
 * `toc: true`, the table of contents: links to the headings, with page numbers when
 * `pages` gives them (the PDF export).
 */
export function withFrontPage(body: string, page: FrontPage, tokens: readonly Token[], lang: Lang, pages?: TocPages): string {
  const parts: string[] = [];
  if (hasFrontMatter(page)) {
    const lines = [
      page.title ? `<h1 class="rw-title">${escape(page.title)}</h1>` : '',
      page.author ? `<p class="rw-author">${escape(page.author)}</p>` : '',
      page.date ? `<p class="rw-date">${escape(page.date)}</p>` : '',
    ].filter(Boolean);
    parts.push(`<header class="rw-title-block">\n${lines.join('\n')}\n</header>\n`);
  }
  if (page.toc) parts.push(tocHtml(tokens, lang, pages));
  if (!parts.length) return body;
  const front = parts.join('');
  if (page.afterFirstHeading) {
    const end = body.indexOf('</h1>');
    if (end >= 0) {
      const at = body.indexOf('\n', end) + 1 || end + 5;
      return body.slice(0, at) + front + body.slice(at);
    }
  }
  return front + body;
}

function tocHtml(tokens: readonly Token[], lang: Lang, pages?: TocPages): string {
  const entries = tocEntries(tokens);
  const items = entries.map((entry) => {
    const number = pages === 'measure' ? '000' : pages?.get(entry.anchor);
    const pageSpan = number === undefined ? '' : `<span class="rw-toc-page">${number}</span>`;
    return `<li class="rw-toc-${entry.level}"><a href="#${encodeURIComponent(entry.anchor)}"><span class="rw-toc-text">${escape(entry.text)}</span>${pageSpan}</a></li>`;
  });
  return `<nav class="rw-toc" aria-label="${escape(tocTitle(lang))}">\n<p class="rw-toc-title">${escape(tocTitle(lang))}</p>\n<ul>\n${items.join('\n')}\n</ul>\n</nav>\n`;
}

/** The stylesheet of the title block, the table of contents and the footnotes. */
export function frontCss(titleBlock: 'centre' | 'right' = 'centre'): string {
  const align = titleBlock === 'right' ? 'right' : 'center';
  return `
.rw-title-block { text-align: center; margin: 0 0 1.5em; }
.rw-title-block .rw-title { margin-bottom: 0.4em; }
.rw-title-block .rw-author, .rw-title-block .rw-date { margin: 0.2em 0; text-indent: 0; text-align: ${align}; }
.rw-title-block .rw-date { font-style: italic; }
.rw-toc { margin: 0 0 1.5em; break-after: page; }
.rw-toc .rw-toc-title { font-weight: bold; font-size: 1.2em; text-indent: 0; }
.rw-toc ul { list-style: none; padding: 0; margin: 0; }
.rw-toc li { margin: 0.15em 0; }
.rw-toc .rw-toc-2 { padding-left: 1.5em; }
.rw-toc .rw-toc-3 { padding-left: 3em; }
.rw-toc a { display: flex; color: inherit; text-decoration: none; }
.rw-toc .rw-toc-text { flex: 0 1 auto; }
.rw-toc .rw-toc-page { flex: 1 0 auto; text-align: right; min-width: 2.5em; }
.rw-toc .rw-toc-page::before { content: ""; }
.footnotes-sep { width: 30%; margin: 2em 0 0.5em; border-top: 1px solid #999; }
.footnotes { font-size: 0.85em; }
.footnotes ol { padding-left: 1.5em; }
.footnote-backref { text-decoration: none; }
`.trim();
}

function escape(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}
