import { AlignmentType, Bookmark, BorderStyle, type FileChild, HeadingLevel, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Token } from 'markdown-it';
import type { Localized } from '../i18n';
import { withoutComments } from '../render/markdown';
import { AlignStack } from '../render/htmlOutput';
import { type Align, type HtmlParagraph, readHtmlBlock } from '../render/safeHtml';
import { type InlineContext, inlineRuns, runMarks, xmlText } from './docxInline';
import { BULLETS, LIST_STEP, orderedReference, STYLE } from './docxStyles';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

interface ListFrame {
  reference: string;
  /** Each Markdown list is its own instance of its numbering, so every ordered list counts from its start. */
  instance: number;
}

/** Word's limit on a table's columns. */
export const MAX_WORD_COLUMNS = 63;

/** The cells of a table's first row. */
function columnCount(tokens: readonly Token[]): number {
  let count = 0;
  for (const token of tokens) {
    if (token.type === 'tr_close') break;
    if (token.type === 'th_open' || token.type === 'td_open') count++;
  }
  return count;
}

/** The Word bookmark of the report's n-th heading; the leading underscore keeps it out of Word's bookmark list. */
export function headingBookmark(n: number): string {
  return `_rw_heading_${n + 1}`;
}

/**
 * Turns the model's block tokens (after the inline pass) into Word paragraphs and tables:
 * headings in Word's heading styles, body paragraphs, nested lists on Word numbering, block
 * quotes, code blocks line by line, tables with their header row and column alignment.
 */
export class DocxBlockWriter {
  readonly children: FileChild[] = [];
  /** The start values of ordered lists, each needing its numbering definition. */
  readonly orderedStarts = new Set<number>([1]);
  private readonly lists: ListFrame[] = [];
  private quoteDepth = 0;
  /** A list item was opened and its number not written yet: its first paragraph carries it. */
  private itemPending = false;
  private nextInstance = 1;
  private headingCount = 0;
  /** The aligning HTML blocks (`<div align="center">` … `</div>`) around the blocks being written. */
  private readonly aligned = new AlignStack();
  /** The first heading is the document's title (frontPage's `titleIsFirstHeading`): Word's Title style. */
  firstHeadingIsTitle = false;

  /** The style of body paragraphs: the report's, or Word's "FootnoteText" while a footnote is written. */
  private bodyStyle: string = STYLE.body;

  /** What the Word document could not carry as written (a table too wide), for the writer. */
  readonly notes: Localized[] = [];

  constructor(private readonly context: InlineContext) {}

  /**
   * Writes blocks apart from the body (a footnote's text) and returns them: they share the
   * body's list numbering, so a list in a footnote is a list instance of its own.
   */
  writeApart(tokens: readonly Token[], bodyStyle: string): FileChild[] {
    const mark = this.children.length;
    const saved = this.bodyStyle;
    this.bodyStyle = bodyStyle;
    try {
      this.write(tokens);
      this.flushItem();
    } finally {
      this.bodyStyle = saved;
    }
    return this.children.splice(mark);
  }

  write(tokens: readonly Token[]): void {
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      switch (token.type) {
        case 'heading_open':
          this.flushItem();
          this.children.push(
            new Paragraph({
              ...(this.firstHeadingIsTitle && this.headingCount === 0 ? { style: 'Title' } : { heading: HEADINGS[Number(token.tag.slice(1)) - 1] }),
              alignment: wordAlignment(this.aligned.align),
              // Every heading is a bookmark, in document order: links within the report lead to it.
              children: [new Bookmark({ id: headingBookmark(this.headingCount++), children: inlineRuns(tokens[i + 1], this.context) })],
            }),
          );
          i += 2;
          break;
        case 'paragraph_open':
          this.children.push(this.paragraph(tokens[i + 1]));
          i += 2;
          break;
        case 'bullet_list_open':
        case 'ordered_list_open':
          this.flushItem();
          this.lists.push({ reference: this.listReference(token), instance: this.nextInstance++ });
          break;
        case 'bullet_list_close':
        case 'ordered_list_close':
          this.lists.pop();
          break;
        case 'list_item_open':
          this.itemPending = true;
          break;
        case 'list_item_close':
          this.flushItem();
          break;
        case 'blockquote_open':
          this.flushItem();
          this.quoteDepth++;
          break;
        case 'blockquote_close':
          this.quoteDepth--;
          break;
        case 'fence':
        case 'code_block':
          this.flushItem();
          this.code(token.content);
          break;
        case 'html_block': {
          // As in the preview: comments are the writer's notes; formatting tags are drawn with
          // Word's own properties (safeHtml.ts); other raw HTML is shown as the text it is.
          const content = withoutComments(token.content);
          if (!content.trim()) break;
          const reading = readHtmlBlock(token.content);
          // `<div align="center">` on a line of its own aligns what follows, up to its `</div>`.
          // `</div> and some text` closes it, and the text is not aligned.
          const topLevel = !this.lists.length && !this.quoteDepth;
          if (reading.type === 'open' || reading.type === 'close') {
            if (topLevel) this.aligned.take(reading);
            break;
          }
          if (topLevel) this.aligned.take(reading);
          this.flushItem();
          if (reading.type === 'raw') this.code(content);
          else for (const p of reading.paragraphs) this.children.push(this.htmlParagraph(p));
          break;
        }
        case 'footnote_reference_open':
          // A footnote's text goes into Word's footnotes (docxNotes.ts), not the body.
          while (i < tokens.length && tokens[i].type !== 'footnote_reference_close') i++;
          break;
        case 'hr':
          this.flushItem();
          this.children.push(new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '999999', space: 1 } }, children: [] }));
          break;
        case 'table_open': {
          this.flushItem();
          const end = tokens.findIndex((t, j) => j > i && t.type === 'table_close');
          const body = tokens.slice(i + 1, end < 0 ? tokens.length : end);
          if (columnCount(body) > MAX_WORD_COLUMNS) this.tableAsText(body);
          else this.children.push(this.table(body));
          i = end < 0 ? tokens.length : end;
          break;
        }
        default:
          break;
      }
    }
  }

  private listReference(token: Token): string {
    if (token.type === 'bullet_list_open') return BULLETS;
    const start = Number(token.attrGet('start') ?? 1);
    const safe = Number.isInteger(start) && start >= 0 && start < 1_000_000 ? start : 1;
    this.orderedStarts.add(safe);
    return orderedReference(safe);
  }

  private paragraph(inline: Token | undefined): Paragraph {
    const children = inlineRuns(inline, this.context);
    const list = this.lists.at(-1);
    const alignment = wordAlignment(this.aligned.align);
    if (list && this.itemPending) {
      this.itemPending = false;
      return new Paragraph({ style: this.quoteDepth ? STYLE.quote : STYLE.plain, alignment, numbering: { reference: list.reference, level: Math.min(this.lists.length - 1, 8), instance: list.instance }, children });
    }
    if (list) return new Paragraph({ style: STYLE.plain, alignment, indent: { left: LIST_STEP * this.lists.length }, children });
    return new Paragraph({ style: this.quoteDepth ? STYLE.quote : this.bodyStyle, alignment, ...centred(this.aligned.align), children });
  }

  /** A paragraph of an HTML block: its alignment (or the block's around it), its runs bold, underlined, raised… as the tags say. */
  private htmlParagraph(p: HtmlParagraph): Paragraph {
    const align = p.align ?? this.aligned.align;
    const list = this.lists.length;
    const children = p.runs.map((run) => ('br' in run ? new TextRun({ break: 1 }) : new TextRun({ text: xmlText(run.text), ...runMarks(run.marks) })));
    if (list) return new Paragraph({ style: STYLE.plain, alignment: wordAlignment(align), indent: { left: LIST_STEP * list }, children });
    return new Paragraph({ style: this.quoteDepth ? STYLE.quote : this.bodyStyle, alignment: wordAlignment(align), ...centred(align), children });
  }

  /** An item whose first block is not a paragraph (a nested list, a code block) still gets its number, on a line of its own. */
  private flushItem(): void {
    if (!this.itemPending) return;
    this.children.push(this.paragraph(undefined));
  }

  private code(content: string): void {
    const lines = content.replace(/\n$/, '').split('\n');
    const indent = this.lists.length ? { left: LIST_STEP * this.lists.length } : undefined;
    for (const line of lines) {
      this.children.push(new Paragraph({ style: STYLE.code, indent, children: [new TextRun({ text: xmlText(line) })] }));
    }
    // A little air after the block: code paragraphs have no spacing of their own.
    this.children.push(new Paragraph({ style: STYLE.plain, spacing: { after: 0 }, children: [] }));
  }

  /** A table wider than Word allows: each row a paragraph of its cells, separated by " | ", and a note. */
  private tableAsText(tokens: readonly Token[]): void {
    let row: string[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      if (token.type === 'tr_open') row = [];
      else if (token.type === 'tr_close') this.children.push(new Paragraph({ style: STYLE.plain, children: [new TextRun({ text: xmlText(row.join(' | ')) })] }));
      else if (token.type === 'th_open' || token.type === 'td_open') row.push(tokens[i + 1]?.content ?? '');
    }
    this.notes.push({
      en: `A table has ${columnCount(tokens)} columns, more than the ${MAX_WORD_COLUMNS} Word allows; it is written as text, one row a line.`,
      vi: `Một bảng có ${columnCount(tokens)} cột, nhiều hơn ${MAX_WORD_COLUMNS} cột Word cho phép; bảng được ghi thành văn bản, mỗi hàng một dòng.`,
    });
  }

  private table(tokens: readonly Token[]): Table {
    const rows: TableRow[] = [];
    let cells: TableCell[] = [];
    let inHead = false;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      if (token.type === 'thead_open') inHead = true;
      else if (token.type === 'thead_close') inHead = false;
      else if (token.type === 'tr_open') cells = [];
      else if (token.type === 'tr_close') rows.push(new TableRow({ tableHeader: inHead, cantSplit: true, children: cells }));
      else if (token.type === 'th_open' || token.type === 'td_open') {
        const header = token.type === 'th_open';
        const align = /text-align:(left|center|right)/.exec(String(token.attrGet('style') ?? ''))?.[1];
        const alignment = align === 'right' ? AlignmentType.RIGHT : align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT;
        cells.push(
          new TableCell({
            shading: header ? { type: ShadingType.CLEAR, fill: 'EEEEEE', color: 'auto' } : undefined,
            // The header row is bold by its style, not by bold text: emphasis in it stays the writer's.
            children: [new Paragraph({ style: header ? STYLE.tableHeader : STYLE.plain, alignment, children: inlineRuns(tokens[i + 1], this.context) })],
          }),
        );
      }
    }
    return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows });
  }
}

/** Word's paragraph alignment for an HTML alignment; undefined keeps the style's. */
export function wordAlignment(align: Align | undefined): (typeof AlignmentType)[keyof typeof AlignmentType] | undefined {
  switch (align) {
    case 'left':
      return AlignmentType.LEFT;
    case 'center':
      return AlignmentType.CENTER;
    case 'right':
      return AlignmentType.RIGHT;
    case 'justify':
      return AlignmentType.JUSTIFIED;
    default:
      return undefined;
  }
}

/** A centred or right-aligned paragraph has no first-line indent (the nd30 body style has one). */
function centred(align: Align | undefined): { indent?: { firstLine: number } } {
  return align === 'center' || align === 'right' ? { indent: { firstLine: 0 } } : {};
}
