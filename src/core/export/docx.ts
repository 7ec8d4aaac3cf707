import { Document, Packer } from 'docx';
import type { Token } from 'markdown-it';
import type { Localized } from '../i18n';
import type { ReportDocument } from '../model/document';
import { headingAnchor } from '../render/markdown';
import { inlineTokens } from '../render/report';
import { DocxBlockWriter, headingBookmark } from './docxBlocks';
import { xmlText } from './docxInline';
import { documentNumbering, documentStyles, sectionProperties } from './docxStyles';
import { filePath, imageSources, loadImages, type ReadFile } from './images';
import { reportMetadata } from './metadata';
import { officialDocxChildren } from './docxOfficial';
import { officialLayout, tokensOutside } from './officialLayout';
import { contentHeightPx, contentWidthPx, type PageProfile, PROFILES } from './profiles';

/** The most web links a Word export makes hyperlinks (each is a relationship of the document). */
export const MAX_WORD_LINKS = 2000;

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
  const links = { left: MAX_WORD_LINKS, asText: 0 };
  // An official document's header, recipients and signature written in the body are drawn by its frame instead.
  const official = officialLayout(doc);
  const body = official ? tokensOutside(tokens, official.skip) : tokens;
  const writer = new DocxBlockWriter({ images, maxImage: { width: contentWidthPx(profile), height: Math.floor(contentHeightPx(profile) * 0.8) }, bookmarks: headingBookmarks(body), links });
  writer.write(body);
  const meta = reportMetadata(doc, tokens);
  const clean = (text: string | undefined) => (text === undefined ? undefined : xmlText(text));
  const document = new Document({
    title: xmlText(meta.title),
    // Without an author the properties stay empty (the library would write "Un-named").
    creator: clean(meta.author) ?? '',
    lastModifiedBy: clean(meta.author) ?? '',
    subject: clean(meta.kind),
    description: clean(options.generator ? `${options.generator}${meta.date ? `, ${meta.date}` : ''}` : meta.date),
    styles: documentStyles(profile, meta.lang),
    numbering: documentNumbering(writer.orderedStarts),
    sections: [{ ...sectionProperties(profile), children: official ? officialDocxChildren(official, writer.children, profile) : writer.children }],
  });
  const data = await Packer.toBuffer(document);
  // Word needs a raster copy of an SVG image, which the export does not make: say so.
  const svgNotes = [...images.local].filter(([, image]) => image.type === 'svg').map(([src]) => svgNote(filePath(src)));
  const linkNotes: Localized[] = links.asText
    ? [{ en: `The report has more than ${MAX_WORD_LINKS} web links; the last ${links.asText} are written as text with their address.`, vi: `Báo cáo có hơn ${MAX_WORD_LINKS} liên kết web; ${links.asText} liên kết cuối được ghi thành chữ kèm địa chỉ.` }]
    : [];
  return { data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), notes: [...images.notes, ...writer.notes, ...svgNotes, ...linkNotes] };
}

function svgNote(path: string): Localized {
  return {
    en: `The SVG image ${path} is not in the Word document (Word needs a PNG copy of it); its alt text stands in. Save it as PNG and link that for Word.`,
    vi: `Ảnh SVG ${path} không có trong tài liệu Word (Word cần một bản PNG của ảnh); chú thích của ảnh được ghi thay. Hãy lưu ảnh thành PNG và dùng bản đó cho Word.`,
  };
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
