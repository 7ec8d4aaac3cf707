import { ExternalHyperlink, FootnoteReferenceRun, ImageRun, InternalHyperlink, type IRunOptions, type ParagraphChild, TextRun } from 'docx';
import type { Token } from 'markdown-it';
import { isAllowedLink, linkScheme } from '../render/linkPolicy';
import type { ImageSet, LoadedImage } from './images';
import { wordFootnoteId } from './docxNotes';
import { STYLE } from './docxStyles';
import type { InlineTagMeta } from '../render/inlineHtml';
import type { Mark } from '../render/safeHtml';

interface Marks {
  bold: boolean;
  italics: boolean;
  strike: boolean;
}

export interface InlineContext {
  images: ImageSet;
  /** The largest size an image may take, in pixels (the text area of the page). */
  maxImage: { width: number; height: number };
  /** Each heading's anchor ("kết-quả") to its Word bookmark, for `#…` links within the report. */
  bookmarks: ReadonlyMap<string, string>;
  /** How many more web links may be Word hyperlinks; past that, a link is its text and its address in brackets. */
  links?: { left: number; asText: number };
}

/**
 * The runs of one inline token: text with bold, italic and strike-through marks, code spans,
 * web links as Word hyperlinks, hard breaks, local images. Text is composed (NFC) so Word
 * shows and searches Vietnamese as it should.
 */
export function inlineRuns(inline: Token | undefined, context: InlineContext, base: Partial<Marks> = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  const marks: Marks = { bold: false, italics: false, strike: false, ...base };
  let link: { href: string; bookmark?: string; runs: TextRun[] } | undefined;
  let pendingAddress: string | undefined;
  const push = (run: TextRun) => (link ? link.runs.push(run) : out.push(run));
  // What inline HTML tags give (`<u>`, `<sup>`, `<b>`…), by how many of each are open.
  const html = new Map<Mark, number>();
  const htmlMarks = () => runMarks([...html].filter(([, n]) => n > 0).map(([m]) => m));
  const text = (content: string, extra: { style?: string } = {}) => {
    const h = htmlMarks();
    return new TextRun({
      text: xmlText(content),
      ...h,
      bold: marks.bold || h.bold || undefined,
      italics: marks.italics || h.italics || undefined,
      strike: marks.strike || h.strike || undefined,
      ...extra,
    });
  };

  for (const token of inline?.children ?? []) {
    switch (token.type) {
      case 'text':
        if (token.content) push(text(token.content, link ? { style: 'Hyperlink' } : {}));
        break;
      case 'code_inline':
        push(text(token.content, { style: STYLE.codeChar }));
        break;
      case 'softbreak':
        push(text(' '));
        break;
      case 'hardbreak':
        push(new TextRun({ break: 1 }));
        break;
      case 'strong_open':
      case 'strong_close':
        marks.bold = token.nesting > 0 || !!base.bold;
        break;
      case 'em_open':
      case 'em_close':
        marks.italics = token.nesting > 0 || !!base.italics;
        break;
      case 's_open':
      case 's_close':
        marks.strike = token.nesting > 0;
        break;
      case 'link_open': {
        const href = String(token.attrGet('href') ?? '');
        // Word opens web and mail links, and a link to a heading of the report goes to its
        // bookmark; a relative path would lead nowhere outside the report.
        if (linkScheme(href) && isAllowedLink(href)) {
          if (!context.links || context.links.left-- > 0) link = { href, runs: [] };
          else {
            // Each hyperlink costs Word a relationship: past the budget, the address is written out.
            context.links.asText++;
            pendingAddress = href;
          }
        }
        else if (href.startsWith('#')) {
          const bookmark = context.bookmarks.get(anchorOf(href));
          if (bookmark) link = { href, bookmark, runs: [] };
        }
        break;
      }
      case 'link_close':
        if (pendingAddress) {
          push(text(` (${pendingAddress})`));
          pendingAddress = undefined;
        }
        if (link) {
          const children = link.runs.length ? link.runs : [text(link.href, { style: 'Hyperlink' })];
          out.push(link.bookmark ? new InternalHyperlink({ anchor: link.bookmark, children }) : new ExternalHyperlink({ link: link.href, children }));
          link = undefined;
        }
        break;
      case 'image': {
        const src = String(token.attrGet('src') ?? '');
        const alt = token.content || src;
        const embedded = imageRun(token, context);
        // A web image is not fetched: the document links to it under its alt text.
        if (embedded) out.push(embedded);
        else if (/^https?:/i.test(src) && !link) out.push(new ExternalHyperlink({ link: src, children: [text(alt, { style: 'Hyperlink' })] }));
        else push(text(alt));
        break;
      }
      case 'rw_comment':
        // The writer's notes (`<!-- … -->`) never reach an export.
        break;
      case 'footnote_ref':
        out.push(new FootnoteReferenceRun(wordFootnoteId(Number((token.meta as { id?: number } | null)?.id ?? 0))));
        break;
      case 'html_inline':
        // As in the preview: HTML outside the rendered set is shown as the text it is, never interpreted.
        push(text(token.content));
        break;
      case 'rw_html': {
        // A formatting tag the preview renders (safeHtml.ts): Word's own run properties, a line break.
        const meta = token.meta as unknown as InlineTagMeta;
        if (meta.tag === 'br') push(new TextRun({ break: 1 }));
        else if (meta.mark) html.set(meta.mark, Math.max(0, (html.get(meta.mark) ?? 0) + token.nesting));
        break;
      }
      default:
        if (token.content) push(text(token.content));
    }
  }
  return out;
}

// Characters XML 1.0 does not allow (C0 controls but tab and newlines, lone surrogates, U+FFFE and
// U+FFFF), which make Word refuse the file, and the other noncharacters (U+FDD0…, U+1FFFE…), which mean nothing in a report.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\p{Noncharacter_Code_Point}]/gu;

/** Text as Word takes it: composed (NFC), without the characters XML forbids. */
export function xmlText(text: string): string {
  return text.normalize('NFC').replace(NOT_XML, '');
}

/** "#K%E1%BA%BFt-qu%E1%BA%A3" or "#Kết-quả" → "kết-quả", as the heading anchors are written. */
function anchorOf(href: string): string {
  let fragment = href.slice(1);
  try {
    fragment = decodeURIComponent(fragment);
  } catch {
    // A stray % in a hand-written link: take it as written.
  }
  return fragment.normalize('NFC').toLowerCase();
}

function imageRun(token: Token, context: InlineContext): ImageRun | undefined {
  const image = context.images.local.get(String(token.attrGet('src') ?? ''));
  // SVG needs a raster stand-in in Word (svgRaster.ts); without one the alt text stands in.
  if (!image || (image.type === 'svg' && !image.fallback)) return undefined;
  const { width, height } = fitImage(image, context.maxImage);
  const alt = xmlText(token.content || '');
  const common = { transformation: { width, height }, altText: { name: alt || 'image', description: alt, title: alt } };
  if (image.type === 'svg') return new ImageRun({ type: 'svg', data: image.data, fallback: { type: 'png', data: image.fallback! }, ...common });
  return new ImageRun({ type: image.type, data: image.data, ...common });
}

/** The image at its own size (96 pixels an inch), shrunk to fit the page's text area, never enlarged. */
export function fitImage(image: Pick<LoadedImage, 'width' | 'height'>, max: { width: number; height: number }): { width: number; height: number } {
  const width = image.width && image.width > 0 ? image.width : max.width / 2;
  const height = image.height && image.height > 0 ? image.height : (width * 3) / 4;
  const scale = Math.min(1, max.width / width, max.height / height);
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** Word's run properties for the marks HTML tags give. */
export function runMarks(marks: readonly Mark[]): Pick<IRunOptions, 'bold' | 'italics' | 'underline' | 'strike' | 'superScript' | 'subScript' | 'highlight'> {
  const has = (m: Mark) => marks.includes(m) || undefined;
  return {
    bold: has('bold'),
    italics: has('italic'),
    underline: marks.includes('underline') ? {} : undefined,
    strike: has('strike'),
    superScript: has('sup'),
    subScript: has('sub'),
    highlight: marks.includes('mark') ? 'yellow' : undefined,
  };
}
