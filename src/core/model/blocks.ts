import markdownIt, { type Token } from 'markdown-it';
import footnotes from 'markdown-it-footnote';
import { useLeanTokens } from '../text/leanTokens';
import type { LineIndex } from '../text/lineIndex';

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
}

export interface TextBlock {
  type: 'paragraph' | 'heading' | 'table';
  startLine: number;
  endLine: number;
}

export interface BlockScan {
  tokens: Token[];
  headings: HeadingBlock[];
  paragraphs: Array<{ startLine: number; endLine: number; content: string }>;
  /** Leaf blocks whose text is prose (paragraphs, headings, tables), in order. */
  textBlocks: TextBlock[];
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
  const paragraphs: BlockScan['paragraphs'] = [];
  const textBlocks: TextBlock[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const map = token.map;
    if (!map) continue;
    switch (token.type) {
      case 'heading_open': {
        const endLine = map[1] - 1;
        headings.push({
          level: Number(token.tag.slice(1)),
          startLine: map[0],
          endLine,
          content: tokens[i + 1].content,
          setext: token.markup === '=' || token.markup === '-',
        });
        textBlocks.push({ type: 'heading', startLine: map[0], endLine });
        break;
      }
      case 'paragraph_open':
        paragraphs.push({ startLine: map[0], endLine: map[1] - 1, content: tokens[i + 1].content });
        textBlocks.push({ type: 'paragraph', startLine: map[0], endLine: map[1] - 1 });
        break;
      case 'table_open':
        textBlocks.push({ type: 'table', startLine: map[0], endLine: map[1] - 1 });
        break;
      case 'fence':
      case 'code_block':
        lineKinds.fill(LineKind.code, map[0], map[1]);
        break;
      case 'html_block':
        lineKinds.fill(LineKind.html, map[0], map[1]);
        break;
    }
  }
  return { tokens, headings, paragraphs, textBlocks, lineKinds, env };
}
