import { Document, Packer } from 'docx';
import type { Token } from 'markdown-it';
import type { Localized } from '../i18n';
import type { ReportDocument } from '../model/document';
import { headingAnchor } from '../render/markdown';
import { inlineTokens } from '../render/report';
import { DocxBlockWriter, headingBookmark } from './docxBlocks';
import { documentNumbering, documentStyles, sectionProperties } from './docxStyles';
import { imageSources, loadImages, type ReadFile } from './images';
import { reportMetadata } from './metadata';
import { officialDocxChildren } from './docxOfficial';
import { officialLayout, tokensOutside } from './officialLayout';
import { contentHeightPx, contentWidthPx, type PageProfile, PROFILES } from './profiles';

export interface DocxExportOptions {
  readFile: ReadFile;
  profile?: PageProfile;
  /** Who made the file, for the document's properties (e.g. "Reportwright 0.1.0"). */
  generator?: string;
}

export interface DocxExport {
  data: Uint8Array;
  notes: Localized[];
}

/**
 * The report as a Word document, built from the same markdown-it tokens as the preview:
 * Word's heading styles (so its navigation pane shows the report's structure), the profile's
 * page, fonts and page numbers, and the title and author in the document's properties.
 */
export async function exportDocx(doc: ReportDocument, options: DocxExportOptions): Promise<DocxExport> {
  const profile = options.profile ?? PROFILES.default;
  const tokens = inlineTokens(doc);
  const images = await loadImages(imageSources(tokens), options.readFile);
  // An official document's header, recipients and signature written in the body are drawn by its frame instead.
  const official = officialLayout(doc);
  const body = official ? tokensOutside(tokens, official.skip) : tokens;
  const writer = new DocxBlockWriter({ images, maxImage: { width: contentWidthPx(profile), height: Math.floor(contentHeightPx(profile) * 0.8) }, bookmarks: headingBookmarks(body) });
  writer.write(body);
  const meta = reportMetadata(doc, tokens);
  const document = new Document({
    title: meta.title,
    // Without an author the properties stay empty (the library would write "Un-named").
    creator: meta.author ?? '',
    lastModifiedBy: meta.author ?? '',
    subject: meta.kind,
    description: options.generator ? `${options.generator}${meta.date ? `, ${meta.date}` : ''}` : meta.date,
    styles: documentStyles(profile, meta.lang),
    numbering: documentNumbering(writer.orderedStarts),
    sections: [{ ...sectionProperties(profile), children: official ? officialDocxChildren(official, writer.children, profile) : writer.children }],
  });
  const data = await Packer.toBuffer(document);
  return { data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), notes: images.notes };
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
