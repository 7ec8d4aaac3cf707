import {
  AlignmentType,
  BorderStyle,
  Footer,
  Header,
  type INumberingOptions,
  type ISectionOptions,
  type IStylesOptions,
  LevelFormat,
  PageNumber,
  Paragraph,
  ShadingType,
  TextRun,
} from 'docx';
import type { Lang } from '../i18n';
import { mmToTwips, type PageProfile } from './profiles';

/** Style ids the blocks refer to. Headings use Word's own (Heading1…6) so the navigation pane shows them. */
export const STYLE = { body: 'ReportBody', plain: 'ReportPlain', quote: 'ReportQuote', code: 'ReportCode', codeChar: 'VerbatimChar', tableHeader: 'ReportTableHeader' } as const;

/** Numbering definitions: one for bullets, one per start value of ordered lists (each list is an instance of it). */
export const BULLETS = 'rw-bullets';
export const orderedReference = (start: number) => `rw-ordered-${start}`;

export const MONOSPACE = 'Courier New';
const halfPoints = (pt: number) => Math.round(pt * 2);
const lineTwips = (profile: PageProfile) => Math.round(240 * profile.lineSpacing);
/** How far each list level is indented, in twips (0.63 cm, Word's own step). */
export const LIST_STEP = 360;

export function documentStyles(profile: PageProfile, lang: Lang): IStylesOptions {
  const heading = (level: number) => ({
    run: { font: profile.font, size: halfPoints(profile.headingPt[level - 1]), bold: true, italics: level >= 5 || undefined, color: '000000' },
    paragraph: {
      // Outline levels are what Word's navigation pane and a PDF printer's bookmarks follow.
      outlineLevel: level - 1,
      keepNext: true,
      keepLines: true,
      alignment: level === 1 ? AlignmentType.CENTER : AlignmentType.LEFT,
      spacing: { before: level <= 2 ? 240 : 160, after: 120 },
    },
  });
  return {
    default: {
      document: {
        // The language lets Word check spelling in Vietnamese or English.
        run: { font: profile.font, size: halfPoints(profile.bodyPt), language: { value: lang === 'vi' ? 'vi-VN' : 'en-US' } },
        paragraph: { spacing: { after: Math.round(profile.paragraphAfterPt * 20), line: lineTwips(profile) } },
      },
      heading1: heading(1),
      heading2: heading(2),
      heading3: heading(3),
      heading4: heading(4),
      heading5: heading(5),
      heading6: heading(6),
      hyperlink: { run: { color: '0645AD', underline: {} } },
      title: {
        run: { font: profile.font, size: halfPoints(profile.headingPt[0] + 2), bold: true, color: '000000' },
        // Outline level 1: the title stays in Word's navigation pane and a PDF's bookmarks.
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 120 }, keepNext: true, outlineLevel: 0 },
      },
    },
    paragraphStyles: [
      // The front page (docxFront.ts): under the title, where the profile puts author and date.
      ...(['Author', 'Date'] as const).map((id) => ({
        id,
        name: id,
        basedOn: 'Normal',
        next: STYLE.body,
        run: { italics: id === 'Date' || undefined },
        paragraph: { alignment: profile.titleBlock === 'right' ? AlignmentType.RIGHT : AlignmentType.CENTER, spacing: { after: 60 }, keepNext: true },
      })),
      { id: 'TOCHeading', name: 'TOC Heading', basedOn: 'Normal', next: 'Normal', run: { bold: true, size: halfPoints(profile.headingPt[1]) }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true } },
      {
        id: STYLE.body,
        name: 'Report Body',
        basedOn: 'Normal',
        next: STYLE.body,
        quickFormat: true,
        paragraph: {
          indent: profile.firstLineIndent ? { firstLine: mmToTwips(profile.firstLineIndent) } : undefined,
          alignment: profile.justify ? AlignmentType.JUSTIFIED : AlignmentType.LEFT,
        },
      },
      // List items, table cells: body text without the first-line indent.
      { id: STYLE.plain, name: 'Report Plain', basedOn: 'Normal', next: STYLE.plain, paragraph: { spacing: { after: 60 } } },
      { id: STYLE.tableHeader, name: 'Report Table Header', basedOn: STYLE.plain, next: STYLE.plain, run: { bold: true }, paragraph: { keepNext: true } },
      {
        id: STYLE.quote,
        name: 'Block Text',
        basedOn: 'Normal',
        next: STYLE.quote,
        quickFormat: true,
        run: { italics: true, color: '333333' },
        paragraph: { indent: { left: 567 }, border: { left: { style: BorderStyle.SINGLE, size: 12, color: '999999', space: 8 } } },
      },
      {
        id: STYLE.code,
        name: 'Source Code',
        basedOn: 'Normal',
        next: STYLE.code,
        run: { font: MONOSPACE, size: halfPoints(Math.max(profile.bodyPt - 2, 9)) },
        paragraph: { spacing: { after: 0, line: 240 }, shading: { type: ShadingType.CLEAR, fill: 'F3F3F3', color: 'auto' }, indent: { left: 113, right: 113 } },
      },
    ],
    characterStyles: [
      { id: STYLE.codeChar, name: 'Verbatim Char', run: { font: MONOSPACE, shading: { type: ShadingType.CLEAR, fill: 'F3F3F3', color: 'auto' } } },
    ],
  };
}

const BULLET_GLYPHS = ['•', '◦', '▪'];

/** Bullets, and one ordered definition per start value a report uses. Nine levels each, as Word allows. */
export function documentNumbering(orderedStarts: Iterable<number>): INumberingOptions {
  const indent = (level: number) => ({ indent: { left: LIST_STEP * (level + 1), hanging: LIST_STEP } });
  const levels = Array.from({ length: 9 }, (_, level) => level);
  return {
    config: [
      {
        reference: BULLETS,
        levels: levels.map((level) => ({
          level,
          format: LevelFormat.BULLET,
          text: BULLET_GLYPHS[level % BULLET_GLYPHS.length],
          alignment: AlignmentType.LEFT,
          style: { paragraph: indent(level) },
        })),
      },
      ...[...new Set(orderedStarts)].map((start) => ({
        reference: orderedReference(start),
        // Decimal at every level, as a browser numbers nested <ol>s (the HTML and PDF exports):
        // a nested "1." list reads 1. 2., never a. b. Each Markdown list is an instance of the
        // definition of its start value, so it counts from where the Markdown says, nested or not.
        levels: levels.map((level) => ({
          level,
          format: LevelFormat.DECIMAL,
          text: `%${level + 1}.`,
          start,
          alignment: AlignmentType.LEFT,
          style: { paragraph: indent(level) },
        })),
      })),
    ],
  };
}

/**
 * The section: A4, the profile's margins, and its page numbers. `nd30` numbers pages at the top,
 * centred, and not on the first page (a different first-page header, Word's "title page").
 */
export function sectionProperties(profile: PageProfile): Omit<ISectionOptions, 'children'> {
  const m = profile.margins;
  const pageNumber = () =>
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 0 }, children: [new TextRun({ children: [PageNumber.CURRENT], size: halfPoints(profile.bodyPt) })] });
  const page = {
    size: { width: mmToTwips(profile.paper.width), height: mmToTwips(profile.paper.height) },
    margin: { top: mmToTwips(m.top), bottom: mmToTwips(m.bottom), left: mmToTwips(m.left), right: mmToTwips(m.right), header: mmToTwips(10), footer: mmToTwips(10) },
  };
  if (profile.pageNumbers === 'top-after-first') {
    return {
      properties: { page, titlePage: true },
      headers: { default: new Header({ children: [pageNumber()] }), first: new Header({ children: [new Paragraph({})] }) },
    };
  }
  return { properties: { page }, footers: { default: new Footer({ children: [pageNumber()] }) } };
}
