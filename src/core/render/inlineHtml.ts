import type { StateCore, Token } from 'markdown-it';
import { BLOCK_TAGS, type Mark, MARK_HTML, MARK_TAGS } from './safeHtml';

/**
 * Raw HTML inside a paragraph: the formatting tags a writer types (see safeHtml.ts), each paired
 * with its closing tag in the same paragraph and rendered as our own tag; any other tag, or one left
 * unclosed, stays text shown as written.
 */

/** What an inline HTML token is once paired: a rendered tag (`rw_html`) or text (`html_inline`, shown as written). */
export interface InlineTagMeta {
  tag: string;
  /** The mark the tag gives, for a formatting tag. */
  mark?: Mark;
  /** Not rendered: outside the set, or opened and never closed (or the other way round). */
  refused?: boolean;
}

/**
 * An inline tag's name and whether it closes (`<b>`, `</b>`, `<br/>`, `<u class="x">`), or
 * nothing for what is no plain tag (a `>` in its attributes, a comment, CDATA…). Read by hand,
 * in one pass, however long the tag.
 */
function tagOf(html: string): { closing: boolean; tag: string } | undefined {
  if (html[0] !== '<' || html.at(-1) !== '>') return undefined;
  const closing = html[1] === '/';
  const name = /^[A-Za-z][A-Za-z0-9-]*/.exec(html.slice(closing ? 2 : 1))?.[0];
  if (!name) return undefined;
  const rest = html.slice((closing ? 2 : 1) + name.length, -1);
  // After the name: nothing, `/`, or white space and attributes, without a `>`.
  if (rest && rest !== '/' && !/^\s/.test(rest)) return undefined;
  if (rest.includes('>')) return undefined;
  return { closing, tag: name.toLowerCase() };
}

/**
 * markdown-it core rule, after the inline pass: inline HTML tags of the rendered set become
 * `rw_html` tokens when they pair up within their paragraph (`<u>…</u>`, `<br>`, `<sup>2</sup>`);
 * block tags inside a paragraph are left out (their text stays); everything else, and a tag
 * left unpaired, stays `html_inline`, shown as the text it is, with `meta.refused`.
 */
export function pairInlineHtml(state: StateCore): void {
  for (const block of state.tokens) {
    if (block.type !== 'inline' || !block.children) continue;
    pairChildren(block.children);
  }
}

function pairChildren(children: Token[]): void {
  const open: Array<{ token: Token; tag: string }> = [];
  // How many of each tag are open: a closing tag with none open is text at once, without a search.
  const openCount = new Map<string, number>();
  const refuse = (token: Token, tag: string) => (token.meta = { tag, refused: true } satisfies InlineTagMeta);
  for (const token of children) {
    if (token.type !== 'html_inline') continue;
    const m = tagOf(token.content);
    if (!m) {
      // A processing instruction, a declaration, CDATA: text.
      token.meta = { tag: '', refused: true } satisfies InlineTagMeta;
      continue;
    }
    const { closing, tag } = m;
    if (tag === 'br' && !closing) {
      token.type = 'rw_html';
      token.meta = { tag } satisfies InlineTagMeta;
    } else if (BLOCK_TAGS.has(tag)) {
      token.type = 'rw_html';
      token.meta = { tag } satisfies InlineTagMeta;
      token.hidden = true;
    } else if (!Object.hasOwn(MARK_TAGS, tag)) refuse(token, tag);
    else if (!closing) {
      open.push({ token, tag });
      openCount.set(tag, (openCount.get(tag) ?? 0) + 1);
    } else if (!openCount.get(tag)) refuse(token, tag);
    else {
      // Tags opened inside it and never closed are text: each opening tag is taken off once.
      let opener = open.pop()!;
      openCount.set(opener.tag, openCount.get(opener.tag)! - 1);
      while (opener.tag !== tag) {
        refuse(opener.token, opener.tag);
        opener = open.pop()!;
        openCount.set(opener.tag, openCount.get(opener.tag)! - 1);
      }
      for (const [t, nesting] of [[opener.token, 1], [token, -1]] as const) {
        t.type = 'rw_html';
        t.nesting = nesting;
        t.meta = { tag, mark: MARK_TAGS[tag] } satisfies InlineTagMeta;
      }
    }
  }
  for (const stray of open) refuse(stray.token, stray.tag);
}

/** The HTML a paired inline tag renders as: only our own tags, no attribute. */
export function inlineTagHtml(token: Token): string {
  const meta = token.meta as unknown as InlineTagMeta;
  if (meta.tag === 'br') return '<br>\n';
  if (!meta.mark) return '';
  const tag = MARK_HTML[meta.mark];
  return token.nesting > 0 ? `<${tag}>` : `</${tag}>`;
}
