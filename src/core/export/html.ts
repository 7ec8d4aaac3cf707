import type { Localized } from '../i18n';
import type { ReportDocument } from '../model/document';
import { inlineTokens, renderBlocks, renderHtml } from '../render/report';
import { officialCss, officialHtml } from './htmlOfficial';
import { officialLayout, tokensOutside } from './officialLayout';
import { dataUri, imageSources, type ImageSet, loadImages, type ReadFile } from './images';
import { frontPage, officialFrontPage } from './frontPage';
import { frontCss, type TocPages, withFrontPage } from './htmlFront';
import { reportMetadata } from './metadata';
import { type PageProfile, PROFILES } from './profiles';
import { exportCss } from './style';

export interface HtmlExportOptions {
  readFile: ReadFile;
  profile?: PageProfile;
  /** Who made the file, for the `generator` meta (e.g. "Reportwright 0.1.0"). */
  generator?: string;
  /**
   * For a page that is printed (PDF): web images become links under their alt text and the
   * content security policy allows data URIs only, so the printer never makes a request.
   */
  offline?: boolean;
  /** Page numbers for the table of contents (the PDF export measures them by printing once). */
  tocPages?: TocPages;
}

export interface HtmlExport {
  html: string;
  /** What could not be carried into the export (an unreadable image), for the writer. */
  notes: Localized[];
}

/**
 * The report as one standalone HTML file: the preview's renderer (without its annotations),
 * an embedded print stylesheet, local images as data URIs, and no script at all; the content
 * security policy says so to the browser too.
 */
export async function exportHtml(doc: ReportDocument, options: HtmlExportOptions): Promise<HtmlExport> {
  const tokens = inlineTokens(doc);
  const images = await loadImages(imageSources(tokens), options.readFile);
  return { html: htmlPage(doc, images, options), notes: images.notes };
}

/** The page, once the images are read (the PDF export prints this page). */
export function htmlPage(doc: ReportDocument, images: ImageSet, options: Omit<HtmlExportOptions, 'readFile'>): string {
  const tokens = inlineTokens(doc);
  const meta = reportMetadata(doc, tokens);
  const profile = options.profile ?? PROFILES.default;
  const offline = options.offline ?? false;
  const render = { lang: doc.lang, resolveImage: (src: string) => resolveImage(src, images, offline), webImageLinks: offline };
  // An official document is framed by its header and signature (one layout with the Word export):
  // the frame is its title block, and the contents, when asked for, follow the frame's header.
  const official = officialLayout(doc);
  const front = frontPage(doc, tokens, meta);
  const rendered = official
    ? officialHtml(official, [{ line: -1, html: withFrontPage('', officialFrontPage(front), tokensOutside(tokens, official.skip), meta.lang, options.tocPages), key: 'toc' }, ...renderBlocks(doc, render)])
    : withFrontPage(renderHtml(doc, render), front, tokens, meta.lang, options.tocPages);
  // Lazy loading would leave images out of a printed page; the data is in the file anyway.
  const body = rendered.replace(/(<img(?=[\s/>])[^>]*?) loading="lazy"/g, '$1');
  const head = [
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:${offline ? '' : ' https: http:'}; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escape(meta.title)}</title>`,
    meta.author ? `<meta name="author" content="${escape(meta.author)}">` : '',
    meta.date ? `<meta name="date" content="${escape(meta.date)}">` : '',
    options.generator ? `<meta name="generator" content="${escape(options.generator)}">` : '',
    `<style>\n${exportCss(profile)}\n${frontCss(profile.titleBlock)}${official ? `\n${officialCss()}` : ''}\n</style>`,
  ].filter(Boolean);
  const page = `<!DOCTYPE html>\n<html lang="${meta.lang}">\n<head>\n${head.join('\n')}\n</head>\n<body>\n<main class="report">\n${body}</main>\n</body>\n</html>\n`;
  // Word, browsers and search all expect composed Vietnamese letters; the text means the same.
  return page.normalize('NFC');
}

/** Local images become data URIs; web images stay where they are; unreadable ones give way to their alt text. */
function resolveImage(src: string, images: ImageSet, offline: boolean): string | undefined {
  const local = images.local.get(src);
  if (local) return dataUri(local);
  if (/^data:image\/(?:png|jpeg|gif|bmp|webp|svg\+xml)[;,]/i.test(src)) return src;
  if (!offline && /^https?:/i.test(src)) return src;
  return undefined;
}

function escape(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}
