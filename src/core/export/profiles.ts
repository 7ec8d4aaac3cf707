/**
 * Page profiles: how an exported report is laid out on paper. `nd30` follows the technique
 * of Vietnamese administrative documents (Nghị định 30/2020/NĐ-CP, Phụ lục I): A4; margins
 * top 20, bottom 20, left 30, right 15 mm; Times New Roman 13 pt body, 14 pt titles; first-line
 * indent 1 cm; page numbers centred at the top, not on the first page.
 */
export type ProfileId = 'default' | 'nd30' | 'hd36';

export const PROFILE_IDS: readonly ProfileId[] = ['default', 'nd30', 'hd36'];

export interface PageProfile {
  id: ProfileId;
  /** Paper size in millimetres (both profiles print on A4). */
  paper: { width: number; height: number };
  margins: { top: number; bottom: number; left: number; right: number };
  font: string;
  /** Sizes in points: body text, then headings 1…6. */
  bodyPt: number;
  headingPt: readonly [number, number, number, number, number, number];
  /** Indent of the first line of a body paragraph, in millimetres (0: none). */
  firstLineIndent: number;
  /** Space after a paragraph, in points. */
  paragraphAfterPt: number;
  /** Line height as a multiple of single spacing. */
  lineSpacing: number;
  justify: boolean;
  /** Where page numbers go: the footer of every page, or the top of every page but the first. */
  pageNumbers: 'footer' | 'top-after-first';
  /** Where the front matter's author and date go under the title: centred, or at the right (nd30). */
  titleBlock?: 'centre' | 'right';
}

const A4 = { width: 210, height: 297 };

export const PROFILES: Readonly<Record<ProfileId, PageProfile>> = {
  default: {
    id: 'default',
    paper: A4,
    margins: { top: 20, bottom: 20, left: 20, right: 20 },
    font: 'Arial',
    bodyPt: 11,
    headingPt: [18, 15, 13, 12, 11, 11],
    firstLineIndent: 0,
    paragraphAfterPt: 8,
    lineSpacing: 1.15,
    justify: false,
    pageNumbers: 'footer',
  },
  nd30: {
    id: 'nd30',
    paper: A4,
    margins: { top: 20, bottom: 20, left: 30, right: 15 },
    font: 'Times New Roman',
    bodyPt: 13,
    headingPt: [14, 14, 13, 13, 13, 13],
    firstLineIndent: 10,
    paragraphAfterPt: 6,
    lineSpacing: 1.15,
    justify: true,
    pageNumbers: 'top-after-first',
    titleBlock: 'right',
  },
  // Party documents (Hướng dẫn 36-HD/VPTW): the same page as nd30, with fixed margins 20/20/30/15 mm.
  hd36: {
    id: 'hd36',
    paper: A4,
    margins: { top: 20, bottom: 20, left: 30, right: 15 },
    font: 'Times New Roman',
    bodyPt: 13,
    headingPt: [14, 14, 13, 13, 13, 13],
    firstLineIndent: 10,
    paragraphAfterPt: 6,
    lineSpacing: 1.15,
    justify: true,
    pageNumbers: 'top-after-first',
  },
};

export function isProfileId(value: unknown): value is ProfileId {
  return value === 'default' || value === 'nd30' || value === 'hd36';
}

/** Twentieths of a point, Word's unit: 1 mm = 1440 / 25.4 twips (20 mm → 1134, 30 mm → 1701, 15 mm → 850). */
export function mmToTwips(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

/** The width the text may take, in CSS pixels (96 per inch): what images are scaled to fit. */
export function contentWidthPx(profile: PageProfile): number {
  return Math.floor(((profile.paper.width - profile.margins.left - profile.margins.right) / 25.4) * 96);
}

export function contentHeightPx(profile: PageProfile): number {
  return Math.floor(((profile.paper.height - profile.margins.top - profile.margins.bottom) / 25.4) * 96);
}
