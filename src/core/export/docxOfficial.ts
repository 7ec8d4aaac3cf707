import { AlignmentType, BorderStyle, type FileChild, Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType } from 'docx';
import type { LayoutLine, OfficialLayout } from './officialLayout';
import { mmToTwips, type PageProfile } from './profiles';

const halfPoints = (pt: number) => Math.round(pt * 2);
/** Average width of a Times New Roman capital or small letter, as a share of the size: enough to size a rule under a line. */
const CHAR_WIDTH = 0.5;
const NO_BORDERS = TableBorders.NONE;
const NO_CELL_BORDER = { top: { style: BorderStyle.NONE, size: 0, color: 'auto' }, bottom: { style: BorderStyle.NONE, size: 0, color: 'auto' }, left: { style: BorderStyle.NONE, size: 0, color: 'auto' }, right: { style: BorderStyle.NONE, size: 0, color: 'auto' } };

/** One centred line of the frame; `after` in twips. */
function line(l: LayoutLine, alignment: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.CENTER, after = 0): Paragraph {
  return new Paragraph({
    alignment,
    spacing: { before: 0, after, line: 240 },
    indent: { firstLine: 0 },
    keepNext: true,
    children: [new TextRun({ text: l.text, size: halfPoints(l.pt), bold: l.bold || undefined, italics: l.italic || undefined })],
  });
}

/**
 * A short rule under a line, drawn as the bottom border of an empty paragraph narrowed by its
 * indents (Word has no "line as long as the text" otherwise); `columnTwips` is the cell's width.
 */
function rule(l: LayoutLine, columnTwips: number): Paragraph {
  const textTwips = Math.min(columnTwips, Math.round(l.text.length * l.pt * CHAR_WIDTH * 20));
  const width = Math.max(Math.round(textTwips * (l.ruleRatio ?? 1)), 567);
  const side = Math.max(0, Math.round((columnTwips - width) / 2));
  return new Paragraph({
    spacing: { before: 0, after: 60, line: 120 },
    indent: { left: side, right: side, firstLine: 0 },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    keepNext: true,
    children: [],
  });
}

function lines(ls: readonly LayoutLine[], columnTwips: number): Paragraph[] {
  return ls.flatMap((l) => (l.rule ? [line(l), rule(l, columnTwips)] : [line(l)]));
}

function cell(children: Paragraph[], width: number): TableCell {
  return new TableCell({ width: { size: width, type: WidthType.DXA }, borders: NO_CELL_BORDER, verticalAlign: VerticalAlign.TOP, children: children.length ? children : [new Paragraph({ children: [] })] });
}

function table(rows: TableCell[][], widths: number[]): Table {
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: rows.map((cells) => new TableRow({ cantSplit: true, children: cells })),
  });
}

/** The width the text takes on the page, in twips. */
function contentTwips(profile: PageProfile): number {
  return mmToTwips(profile.paper.width - profile.margins.left - profile.margins.right);
}

/**
 * The Word document's children for an official document: the header table, type and subject,
 * recipients, then the body as the block writer made it, then the "Nơi nhận" and signature
 * table. Sizes and styles come from the layout (NĐ 30/2020 Phụ lục I, mục V).
 */
export function officialDocxChildren(layout: OfficialLayout, body: readonly FileChild[], profile: PageProfile): FileChild[] {
  const total = contentTwips(profile);
  const left = Math.round(total * 0.4);
  const right = total - left;
  const out: FileChild[] = [];
  const headerRows: TableCell[][] = [[cell(lines(layout.issuer, left), left), cell(lines(layout.national, right), right)]];
  if (layout.number || layout.placeDate) {
    headerRows.push([cell(layout.number ? [line(layout.number)] : [], left), cell(layout.placeDate ? [line(layout.placeDate)] : [], right)]);
  }
  out.push(table(headerRows, [left, right]));
  if (layout.type) out.push(new Paragraph({ spacing: { before: 0, after: 0 }, children: [] }), line(layout.type, AlignmentType.CENTER));
  if (layout.subject) out.push(line(layout.subject, AlignmentType.CENTER), rule(layout.subject, total));
  if (layout.recipients) out.push(...recipients(layout.recipients));
  out.push(...body);
  // Word ends a document with a paragraph: one after the closing table keeps it from adding its own.
  out.push(new Paragraph({ spacing: { before: 0, after: 0 }, children: [] }), closing(layout, total), new Paragraph({ spacing: { before: 0, after: 0 }, children: [] }));
  return out;
}

function recipients(r: NonNullable<OfficialLayout['recipients']>): Paragraph[] {
  const size = halfPoints(r.pt);
  if (r.items.length === 1) {
    return [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 120, after: 120 }, indent: { firstLine: 0 }, children: [new TextRun({ text: `${r.label} ${r.items[0]}`, size })] })];
  }
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 120, after: 0 }, indent: { firstLine: 0 }, children: [new TextRun({ text: r.label, size })] }),
    ...r.items.map((item, i) => new Paragraph({ spacing: { after: i === r.items.length - 1 ? 120 : 0 }, indent: { left: 2835, firstLine: 0 }, children: [new TextRun({ text: `- ${item}`, size })] })),
  ];
}

/** The closing table: "Nơi nhận:" and its list on the left; authority, title, space to sign, name on the right. */
function closing(layout: OfficialLayout, total: number): Table {
  const left = Math.round(total * 0.45);
  const right = total - left;
  const d = layout.distribution;
  const leftCell = d ? [line(d.label, AlignmentType.LEFT), ...d.items.map((i) => line(i, AlignmentType.LEFT))] : [];
  const sign = layout.signer;
  const rightCell = [...sign.above.map((l) => line(l))];
  // The space to sign and seal: four empty lines of the signer's size.
  const space = sign.above[0]?.pt ?? 13;
  for (let i = 0; i < 4; i++) rightCell.push(new Paragraph({ spacing: { before: 0, after: 0 }, indent: { firstLine: 0 }, children: [new TextRun({ text: '', size: halfPoints(space) })] }));
  if (sign.name) rightCell.push(line(sign.name));
  return table([[cell(leftCell, left), cell(rightCell, right)]], [left, right]);
}
