import markdownIt, { type Token } from 'markdown-it';

/**
 * markdown-it's inline pass alone, with raw HTML recognised as such so that comments and tags
 * can be left out of a title.
 */
const inlineParser = markdownIt({ html: true, linkify: false });

/**
 * The plain text of one line of inline Markdown, as a reader sees it: emphasis markers, code
 * marks, link destinations, inline HTML and comments removed; an image stands for its alt text.
 * Used for the titles of headings and pseudo-headings (roles, numbering, outline, ids).
 *
 * @param source inline Markdown (a heading's content); never throws.
 * @returns the text with white space folded and trimmed.
 */
export function plainText(source: string): string {
  if (!/[*_`<[\\!&~]/.test(source)) return source.replace(/\s+/g, ' ').trim();
  let tokens: Token[];
  try {
    tokens = inlineParser.parseInline(source, {})[0]?.children ?? [];
  } catch {
    return source.replace(/\s+/g, ' ').trim();
  }
  let out = '';
  for (const token of tokens) {
    switch (token.type) {
      case 'text':
      case 'code_inline':
        out += token.content;
        break;
      case 'image':
        out += token.content;
        break;
      case 'softbreak':
      case 'hardbreak':
        out += ' ';
        break;
    }
  }
  return out.replace(/\s+/g, ' ').trim();
}

const WRAPPER = /^(\*\*\*|___|\*\*|__|\*|_)(?=\S)([\s\S]*?\S)\1$/u;

/**
 * A title wholly wrapped in one pair of emphasis markers ("**I. KẾT QUẢ**"): the inner text and
 * how many characters the opening marker takes, so that offsets into the inner text map back
 * onto the line. Undefined when the text is not wrapped as a whole.
 */
export function unwrapEmphasis(text: string): { inner: string; lead: number } | undefined {
  const m = WRAPPER.exec(text);
  if (!m) return undefined;
  const inner = m[2];
  // "**a** and **b**" is not wrapped as a whole.
  if (inner.includes(m[1])) return undefined;
  return { inner, lead: m[1].length };
}
