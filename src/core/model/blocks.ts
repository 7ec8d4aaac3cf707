import markdownIt, { type Token } from 'markdown-it';
import footnotes from 'markdown-it-footnote';
import { boundNesting } from '../text/boundedNesting';
import { htmlQuotedRanges, inRanges } from './htmlQuotes';
import { useLeanTokens } from '../text/leanTokens';
import type { LineIndex } from '../text/lineIndex';
import { readHtmlText } from './htmlText';

/** What a source line holds, for rules that must not look inside code or HTML. */
export const LineKind = { prose: 0, code: 1, html: 2, frontMatter: 3 } as const;
export type LineKind = (typeof LineKind)[keyof typeof LineKind];

export interface HeadingBlock {
  level: number;
  /** First and last source line (a setext heading spans its text and underline). 0-based. */
  startLine: number;
  endLine: number;
  /** The heading's inline source, as markdown-it gives it. */
  content: string;
  setext: boolean;
  /** A setext heading's underline: "=" (level 1) or "-" (level 2, which a rule "---" also is). */
  underline?: '=' | '-';
  /** Inside a block quote, a list item or other container: quoted material, not a section. */
  nested: boolean;
  /** An `<h1>`…`<h6>` element of an HTML body (a CMS export). */
  html?: boolean;
}

/** Where a paragraph sits: at the top level, in a list item, or in a block quote. */
export type Container = 'top' | 'list' | 'quote';

export interface ParagraphBlock {
  startLine: number;
  endLine: number;
  content: string;
  container: Container;
  /** Text of an HTML table's cell (in a `<td>` or `<th>`, or in a `<table>`): data, never a heading. */
  cell?: true;
}

/** An item of a list that stands at the top level (not inside a quote or another list). */
export interface ListItemBlock {
  startLine: number;
  endLine: number;
  ordered: boolean;
  /** Index in `paragraphs` of the item's first paragraph, or -1. */
  firstParagraph: number;
  /** True when the item holds more than its first paragraph (an answer under a question). */
  hasBody: boolean;
}

/** A block of raw HTML, lines 0-based inclusive. */
export interface HtmlBlock {
  startLine: number;
  endLine: number;
}

export interface TextBlock {
  type: 'paragraph' | 'heading' | 'table' | 'html';
  startLine: number;
  endLine: number;
  /** For an HTML block: the ranges of its text (pairs of absolute offsets), the only prose in it. */
  ranges?: number[];
}

export interface BlockScan {
  tokens: Token[];
  headings: HeadingBlock[];
  paragraphs: ParagraphBlock[];
  /** Items of top-level lists, in order. */
  listItems: ListItemBlock[];
  htmlBlocks: HtmlBlock[];
  /** Leaf blocks whose text is prose (paragraphs, headings, tables), in order. */
  textBlocks: TextBlock[];
  /** The lines of the thematic breaks ("---", "***", "___") outside quotes and lists, in order. */
  rules: number[];
  lineKinds: Uint8Array;
  /** markdown-it's environment after the block pass: link reference definitions, for the inline pass. */
  env: Record<string, unknown>;
}

/**
 * markdown-it's block parser only: headings, paragraphs and code are block-level, so the
 * inline pass (emphasis, links) is left to the renderer that needs it. `html: true` so that
 * HTML blocks and comments are recognised as such, as VS Code's own Markdown does.
 */
// Footnote definitions (`[^1]: …`) are blocks of their own, not paragraphs (markdown-it-footnote).
const blockParser = markdownIt({ html: true }).use(footnotes);
blockParser.core.ruler.enableOnly(['normalize', 'block']);
useLeanTokens(blockParser);
// A list nested past markdown-it's limit skips its own lines only, not the rest of the document.
boundNesting(blockParser);

/**
 * Parses the body. Front matter lines are passed to markdown-it as blank lines so that its
 * line numbers stay those of the source.
 */
export function scanBlocks(lines: LineIndex, frontMatterEnd: number): BlockScan {
  const src =
    frontMatterEnd >= 0 ? '\n'.repeat(frontMatterEnd + 1) + lines.text.slice(lines.starts[frontMatterEnd + 1] ?? lines.text.length) : lines.text;
  const env: Record<string, unknown> = {};
  const tokens = blockParser.parse(src, env);
  const lineKinds = new Uint8Array(lines.lineCount);
  for (let i = 0; i <= frontMatterEnd; i++) lineKinds[i] = LineKind.frontMatter;

  const headings: HeadingBlock[] = [];
  const paragraphs: ParagraphBlock[] = [];
  const textBlocks: TextBlock[] = [];
  const listItems: ListItemBlock[] = [];
  const htmlBlocks: HtmlBlock[] = [];
  const rules: number[] = [];
  // What the current token is inside: quotes and list items, outermost first.
  const containers: Array<'quote' | 'list' | 'other'> = [];
  let openItem: ListItemBlock | undefined;
  // Markdown folded in an HTML <details> or <blockquote>: quoted, as inside a `>` quote.
  const htmlQuoted = htmlQuotedRanges(tokens);
  const quotedInHtml = (line: number) => htmlQuoted.length > 0 && inRanges(htmlQuoted, line);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    switch (token.type) {
      case 'blockquote_open':
        containers.push('quote');
        continue;
      case 'list_item_open':
        if (containers.length === 0 && token.map) {
          openItem = { startLine: token.map[0], endLine: token.map[1] - 1, ordered: token.markup === '.' || token.markup === ')', firstParagraph: -1, hasBody: false };
          listItems.push(openItem);
        } else if (openItem && containers.length === 1 && containers[0] === 'list') {
          openItem.hasBody = true;
        }
        containers.push('list');
        continue;
      case 'blockquote_close':
      case 'list_item_close':
        containers.pop();
        if (containers.length === 0) openItem = undefined;
        continue;
    }
    const map = token.map;
    if (!map) continue;
    if (openItem && containers.length === 1 && token.nesting !== -1 && token.type !== 'paragraph_open' && token.type !== 'inline') openItem.hasBody = true;
    switch (token.type) {
      case 'heading_open': {
        const endLine = map[1] - 1;
        headings.push({
          level: Number(token.tag.slice(1)),
          startLine: map[0],
          endLine,
          content: tokens[i + 1].content,
          setext: token.markup === '=' || token.markup === '-',
          ...(token.markup === '=' || token.markup === '-' ? { underline: token.markup } : {}),
          nested: containers.length > 0 || quotedInHtml(map[0]),
        });
        textBlocks.push({ type: 'heading', startLine: map[0], endLine });
        break;
      }
      case 'paragraph_open': {
        const container: Container = containers.length === 0 ? (quotedInHtml(map[0]) ? 'quote' : 'top') : containers.includes('quote') || quotedInHtml(map[0]) ? 'quote' : 'list';
        if (openItem && containers.length === 1) {
          if (openItem.firstParagraph < 0) openItem.firstParagraph = paragraphs.length;
          else openItem.hasBody = true;
        }
        paragraphs.push({ startLine: map[0], endLine: map[1] - 1, content: tokens[i + 1].content, container });
        textBlocks.push({ type: 'paragraph', startLine: map[0], endLine: map[1] - 1 });
        break;
      }
      case 'table_open':
        textBlocks.push({ type: 'table', startLine: map[0], endLine: map[1] - 1 });
        break;
      case 'hr':
        if (containers.length === 0) rules.push(map[0]);
        break;
      case 'fence':
      case 'code_block':
        lineKinds.fill(LineKind.code, map[0], map[1]);
        break;
      case 'html_block':
        lineKinds.fill(LineKind.html, map[0], map[1]);
        htmlBlocks.push({ startLine: map[0], endLine: map[1] - 1 });
        break;
    }
  }
  // A body written in HTML (a CMS export): its paragraphs and headings are read for the report's
  // structure, in document order with the Markdown ones.
  if (htmlBlocks.length) {
    const html = readHtmlText(lines, htmlBlocks);
    if (html.paragraphs.length) {
      // List items point at their first paragraph by index: keep them pointing at the same one.
      const firsts = listItems.map((item) => (item.firstParagraph >= 0 ? paragraphs[item.firstParagraph] : undefined));
      paragraphs.push(...html.paragraphs);
      paragraphs.sort((a, b) => a.startLine - b.startLine);
      const at = new Map(paragraphs.map((p, i) => [p, i]));
      listItems.forEach((item, i) => (item.firstParagraph = firsts[i] ? at.get(firsts[i]!)! : -1));
    }
    if (html.headings.length) headings.push(...html.headings), headings.sort((a, b) => a.startLine - b.startLine);
    if (html.prose.length) {
      for (const p of html.prose) textBlocks.push({ type: 'html', startLine: p.startLine, endLine: p.endLine, ranges: p.ranges });
      textBlocks.sort((a, b) => a.startLine - b.startLine);
    }
  }
  return { tokens, headings, paragraphs, listItems, htmlBlocks, textBlocks, rules, lineKinds, env };
}
