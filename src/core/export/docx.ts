import { Document, Packer } from 'docx';
import type { Token } from 'markdown-it';
import type { Localized } from '../i18n';
import type { ReportDocument } from '../model/document';
import { headingAnchor } from '../render/markdown';
import { footnoteTail, inlineTokens } from '../render/report';
import { DocxBlockWriter, headingBookmark } from './docxBlocks';
import { docxFrontPage, withDocxFrontPage } from './docxFront';
import { xmlText } from './docxInline';
import { docxFootnotes } from './docxNotes';
import { applyReferenceDocx } from './docxReference';
import { documentNumbering, documentStyles, sectionProperties } from './docxStyles';
import { frontPage, officialFrontPage } from './frontPage';
import { imageSources, loadImages, type ReadFile } from './images';
import { reportMetadata } from './metadata';
import { officialDocxChildren } from './docxOfficial';
import { officialLayout, tokensOutside } from './officialLayout';
import { contentHeightPx, contentWidthPx, type PageProfile, PROFILES } from './profiles';
import { addSvgFallbacks } from './svgRaster';

/** The most web links a Word export makes hyperlinks (each is a relationship of the document). */
export const MAX_WORD_LINKS = 2000;

export interface DocxExportOptions {
  readFile: ReadFile;
  profile?: PageProfile;
  /** Who made the file, for the document's properties (e.g. "Reportwright 0.1.0"). */
  generator?: string;
  /**
   * An organisation's Word file whose styles the export takes, as pandoc's reference documents
   * (`--reference-docx`, `reportwright.export.referenceDocx`); `name` is how messages call it.
   */
  referenceDocx?: { data: Uint8Array; name: string };
  /** The browser that draws SVG images' PNG stand-ins (found on the machine when not given). */
  browserPath?: string;
}

export interface DocxExport {
  data: Uint8Array;
  notes: Localized[];
}

/**
 * The report as a Word document, built from the same markdown-it tokens as the preview:
 * Word's heading styles (so its navigation pane shows the report's structure), the profile's
 * page, fonts and page numbers, and the title and author in the document's properties; the
 * front page (title, author, date, `toc: true`'s table of contents), footnotes as Word
 * footnotes, SVG images with a PNG stand-in, and a reference file's house style.
 */
export async function exportDocx(doc: ReportDocument, options: DocxExportOptions): Promise<DocxExport> {
  const profile = options.profile ?? PROFILES.default;
  const tokens = inlineTokens(doc);
  const images = await loadImages(imageSources(tokens), options.readFile);
  await addSvgFallbacks(images, options.browserPath);
  const links = { left: MAX_WORD_LINKS, asText: 0 };
  // An official document's header, recipients and signature written in the body are drawn by its frame instead.
  const official = officialLayout(doc);
  const body = official ? tokensOutside(tokens, official.skip) : tokens;
  const writer = new DocxBlockWriter({ images, maxImage: { width: contentWidthPx(profile), height: Math.floor(contentHeightPx(profile) * 0.8) }, bookmarks: headingBookmarks(body), links });
  const meta = reportMetadata(doc, tokens);
  const clean = (text: string | undefined) => (text === undefined ? undefined : xmlText(text));
  // An official document's frame is its title block: only the contents, when asked for, are added.
  const page = official ? officialFrontPage(frontPage(doc, tokens, meta)) : frontPage(doc, tokens, meta);
  writer.firstHeadingIsTitle = page.titleIsFirstHeading;
  writer.write(body);
  const footnotes = docxFootnotes(footnoteTail(doc), writer);
  const withFront = withDocxFrontPage(writer.children, docxFrontPage(page, meta.lang), page.afterFirstHeading);
  const children = official ? officialDocxChildren(official, withFront, profile) : withFront;
  const document = new Document({
    title: xmlText(meta.title),
    // Without an author the properties stay empty (the library would write "Un-named").
    creator: clean(meta.author) ?? '',
    lastModifiedBy: clean(meta.author) ?? '',
    subject: clean(meta.kind),
    description: clean(options.generator ? `${options.generator}${meta.date ? `, ${meta.date}` : ''}` : meta.date),
    styles: documentStyles(profile, meta.lang),
    numbering: documentNumbering(writer.orderedStarts),
    footnotes,
    // A table of contents is a field: Word fills in its page numbers when it opens the file.
    features: page.toc ? { updateFields: true } : undefined,
    sections: [{ ...sectionProperties(profile), children }],
  });
  const packed = await Packer.toBuffer(document);
  let data = new Uint8Array(packed.buffer, packed.byteOffset, packed.byteLength);
  if (options.referenceDocx) data = applyReferenceDocx(data, options.referenceDocx.data, options.referenceDocx.name);
  const linkNotes: Localized[] = links.asText
    ? [{ en: `The report has more than ${MAX_WORD_LINKS} web links; the last ${links.asText} are written as text with their address.`, vi: `Báo cáo có hơn ${MAX_WORD_LINKS} liên kết web; ${links.asText} liên kết cuối được ghi thành chữ kèm địa chỉ.` }]
    : [];
  return { data, notes: [...images.notes, ...writer.notes, ...linkNotes] };
}

/** Each heading's anchor, as the HTML export names it, to its bookmark: a link may point forward. */
function headingBookmarks(tokens: readonly Token[]): Map<string, string> {
  const slugs = new Map<string, number>();
  const bookmarks = new Map<string, string>();
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].type === 'heading_open') bookmarks.set(headingAnchor(slugs, tokens[i + 1]), headingBookmark(bookmarks.size));
  }
  return bookmarks;
}
