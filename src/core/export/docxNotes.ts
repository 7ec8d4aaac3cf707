import { type FileChild, Paragraph } from 'docx';
import type { Token } from 'markdown-it';
import type { DocxBlockWriter } from './docxBlocks';

/** Word's own style for the text of a footnote (the docx library defines it). */
export const FOOTNOTE_STYLE = 'FootnoteText';

/** The Word footnote id of markdown-it-footnote's note `id` (0-based; Word keeps -1 and 0 for its separators). */
export const wordFootnoteId = (id: number) => id + 1;

/**
 * The report's footnotes as Word footnotes, from markdown-it-footnote's list of notes
 * (`footnoteTail`): each note's blocks in Word's footnote style, by Word footnote id. The
 * back-links of the HTML (↩︎) are left out: Word links a note and its mark by itself. A note
 * may hold only paragraphs in Word; a table in one is left out.
 */
export function docxFootnotes(tail: readonly Token[], writer: DocxBlockWriter): Record<number, { children: Paragraph[] }> {
  const notes: Record<number, { children: Paragraph[] }> = {};
  for (let i = 0; i < tail.length; i++) {
    if (tail[i].type !== 'footnote_open') continue;
    const id = Number((tail[i].meta as { id?: number } | null)?.id ?? 0);
    const end = tail.findIndex((t, j) => j > i && t.type === 'footnote_close');
    const blocks = tail.slice(i + 1, end < 0 ? tail.length : end).filter((t) => t.type !== 'footnote_anchor');
    const children = writer.writeApart(blocks, FOOTNOTE_STYLE).filter((child: FileChild): child is Paragraph => child instanceof Paragraph);
    notes[wordFootnoteId(id)] = { children: children.length ? children : [new Paragraph({ style: FOOTNOTE_STYLE, children: [] })] };
    i = end < 0 ? tail.length : end;
  }
  return notes;
}
