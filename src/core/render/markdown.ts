import markdownIt, { type Env, type MarkdownIt, type StateInline, type Token } from 'markdown-it';
import footnotes from 'markdown-it-footnote';
import { useLeanTokens } from '../text/leanTokens';
import { isAllowedLink, refusedLinkWords } from './linkPolicy';
import { rawBlockTitle } from './htmlNotes';
import { inlineTagHtml, pairInlineHtml } from './inlineHtml';
import { paragraphsHtml } from './htmlOutput';
import { type Align, readHtmlBlock, withoutComments } from './safeHtml';

export interface RenderEnv extends Env {
  /** Turns an image's source into what the page can load (a webview URI, a data URI); undefined drops it. */
  resolveImage?: (src: string) => string | undefined;
  /** Heading ids given so far, to keep them unique. */
  slugs?: Map<string, number>;
  /** The alignment of an HTML block around the block being rendered (`<div align="center">` … `</div>`). */
  align?: Align;
  [key: string]: unknown;
}

/**
 * The markdown-it setup that the preview and the export share. It runs only the inline pass:
 * block tokens come from the report model, so a document is block-parsed once. Raw HTML in a
 * report is never passed through: the formatting tags a writer types (`<br>`, `<u>`, `<sup>`,
 * `<b>`, a centred `<p align="center">` or `<div align="center">`…) are read by safeHtml.ts and
 * rendered as our own tags and classes, without any attribute of the writer's; any other HTML is
 * shown as the text it is. Comments, the writer's notes, are left out, inline ones too (`Done.
 * <!-- ask Lan -->`). Footnotes (`[^1]`, `^[…]`) follow markdown-it-footnote; their list is
 * rendered apart, at the end (see `footnoteTail`), since the block tokens are the model's.
 */
export function createRenderer(): MarkdownIt {
  const md = markdownIt({ html: true, linkify: true, typographer: false });
  md.use(footnotes);
  md.inline.ruler.before('html_inline', 'rw_comment', inlineComment);
  md.renderer.rules.rw_comment = () => '';
  // Bare URLs become links; "fuzzy" ones (example.com, a@b.vn) would cost a scan of every word.
  md.linkify.set({ fuzzyLink: false, fuzzyEmail: false, fuzzyIP: false });
  md.core.ruler.enableOnly(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join']);
  md.core.ruler.after('inline', 'rw_html', pairInlineHtml);
  useLeanTokens(md);

  md.renderer.rules.html_block = (tokens, idx, _options, env) => {
    const content = withoutComments(tokens[idx].content);
    if (!content.trim()) return '';
    const reading = readHtmlBlock(tokens[idx].content);
    if (reading.type === 'paragraphs') return paragraphsHtml(reading.paragraphs, (env as RenderEnv).align);
    // Alone in a list or a quote, an opening or closing <div> aligns nothing.
    if (reading.type !== 'raw') return '';
    const title = rawBlockTitle(reading.tags, (env as RenderEnv).lang === 'vi' ? 'vi' : 'en');
    return `<pre class="rw-raw-html" title="${md.utils.escapeHtml(title)}">${md.utils.escapeHtml(content)}</pre>\n`;
  };
  md.renderer.rules.html_inline = (tokens, idx) => md.utils.escapeHtml(tokens[idx].content);
  md.renderer.rules.rw_html = (tokens, idx) => inlineTagHtml(tokens[idx]);

  // One allow-list of link schemes (linkPolicy.ts): any other link keeps its text, loses its target.
  const linkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const token = tokens[idx];
    const href = String(token.attrGet('href') ?? '');
    if (isAllowedLink(href)) return linkOpen(tokens, idx, options, env, self);
    const words = refusedLinkWords(href)[(env as RenderEnv).lang === 'vi' ? 'vi' : 'en'];
    return `<a class="rw-refused-link" title="${md.utils.escapeHtml(words)}">`;
  };

  const image = md.renderer.rules.image!;
  md.renderer.rules.image = (tokens, idx, options, env, self) => {
    const token = tokens[idx];
    const src = String(token.attrGet('src') ?? '');
    const { resolveImage } = (env ?? {}) as RenderEnv;
    const resolved = resolveImage ? resolveImage(src) : src;
    if (resolved === undefined) {
      const alt = md.utils.escapeHtml(token.content || src);
      const asLink = (env as RenderEnv)?.webImageLinks && /^https?:/i.test(src) && isAllowedLink(src);
      return asLink ? `<a href="${md.utils.escapeHtml(src)}">${alt}</a>` : alt;
    }
    token.attrSet('src', resolved);
    token.attrSet('loading', 'lazy');
    const html = image(tokens, idx, options, env, self);
    // The tokens are the model's: the next rendering (another preview, an export) resolves the source again.
    token.attrSet('src', src);
    return html;
  };

  const headingOpen = md.renderer.rules.heading_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.heading_open = (tokens, idx, options, env, self) => {
    tokens[idx].attrSet('id', headingAnchor(((env as RenderEnv).slugs ??= new Map()), tokens[idx + 1]));
    return headingOpen(tokens, idx, options, env, self);
  };
  // Source lines for the preview's scroll sync, relative to the block being rendered, written
  // as attributes without touching the tokens (they are the report model's).
  const renderAttrs = md.renderer.renderAttrs.bind(md.renderer);
  md.renderer.renderAttrs = (token) => {
    const attrs = renderAttrs(token);
    const base = lineBase.value;
    // markdown-it hands every token to renderAttrs, though its type only promises the attrs.
    const { map, nesting } = token as Token;
    return base !== undefined && map && nesting >= 0 ? `${attrs} data-line="${map[0] - base}"` : attrs;
  };
  return md;
}

/**
 * An HTML comment inside a paragraph or heading (`Shipped. <!-- ask Lan -->`, possibly over
 * several lines) becomes an `rw_comment` token that renders to nothing, in the preview and
 * every export. CommonMark's comment forms: `<!-->`, `<!--->` and `<!-- … -->`. An unclosed
 * `<!--` stays text: nothing the writer typed disappears by accident.
 */
export function inlineComment(state: StateInline, silent: boolean): boolean {
  const { src, pos } = state;
  if (src.charCodeAt(pos) !== 0x3c || !src.startsWith('<!--', pos)) return false;
  let end: number;
  if (src.startsWith('>', pos + 4)) end = pos + 5;
  else if (src.startsWith('->', pos + 4)) end = pos + 6;
  else {
    const close = closingAfter(src, pos + 4);
    if (close < 0 || close + 3 > state.posMax) return false;
    end = close + 3;
  }
  if (!silent) {
    // A comment at the end of a line takes the spaces before it along: "Shipped. <!-- … -->" ends at "Shipped."
    if (end >= state.posMax || src.charCodeAt(end) === 0x0a) state.pending = state.pending.replace(/[ \t]+$/, '');
    const token = state.push('rw_comment', '', 0);
    token.content = src.slice(pos, end);
  }
  state.pos = end;
  return true;
}

/** The last `-->` search, reused: a paragraph of many unclosed `<!--` is scanned once, not once per opener. */
let lastClose = { src: '', from: 0, close: -1 };

/** Where the first `-->` at or after `from` starts in `src`, or -1. */
function closingAfter(src: string, from: number): number {
  const c = lastClose;
  if (c.src === src && from >= c.from && (c.close < 0 || from <= c.close)) return c.close;
  const close = src.indexOf('-->', from);
  lastClose = { src, from, close };
  return close;
}

/** An HTML block without its comments: what is left of a block that is only a comment is blank. */
export { withoutComments };

/** The first source line of the block being rendered, while source lines are wanted. */
export const lineBase: { value?: number } = {};

/**
 * The anchor of a heading (its inline token), unique in the document: "kết-quả", then
 * "kết-quả-1"… `slugs` counts what the document has used so far. HTML ids and Word bookmarks
 * agree on it, so a `#kết-quả` link leads to the same heading in both.
 */
export function headingAnchor(slugs: Map<string, number>, inline: Token | undefined): string {
  const text = inline?.children?.filter((t) => t.type === 'text' || t.type === 'code_inline').map((t) => t.content).join('') ?? '';
  // Inline HTML tags are no part of the anchor (GitHub's slug reads "III. Kết luận
  // <span>(nháp)</span>" as "iii-kết-luận-nháp"); they are tokens of their own, and a tag in a
  // code span is left out as well.
  const base = slugify(text.replace(INLINE_TAG, '')) || 'section';
  const seen = slugs.get(base) ?? 0;
  slugs.set(base, seen + 1);
  return seen ? `${base}-${seen}` : base;
}

const INLINE_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g;

/** GitHub-style heading anchors that keep Vietnamese letters: "Kết quả đạt được" → "kết-quả-đạt-được". */
export function slugify(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .trim()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s+/g, '-');
}

/** Runs the inline pass on block tokens (once per token list: the children it adds are kept). */
export function runInlinePass(md: MarkdownIt, source: string, tokens: Token[], env: Env): void {
  const state = new md.core.State(source, md, env);
  state.tokens = tokens;
  md.core.process(state);
}
