import type { MarkdownIt, StateBlock, StateInline, Token } from 'markdown-it';

/**
 * markdown-it builds each token through a helper that defines its fields one at a time, which
 * costs a quarter of its parse. Our own parser instances make the same tokens (the same fields
 * in the same order, the same prototype) with plain assignments. Tests check the headings and
 * the rendered HTML against markdown-it's own on public Markdown.
 */
export function useLeanTokens(md: MarkdownIt): void {
  const tokenPrototype = (new md.core.State('', md, {}).Token as unknown as { prototype: object }).prototype;
  function LeanToken(this: Record<string, unknown>, type: string, tag: string, nesting: number) {
    this.map = null;
    this.level = 0;
    this.children = null;
    this.content = '';
    this.markup = '';
    this.info = '';
    this.block = false;
    this.hidden = false;
    this.type = type;
    this.tag = tag;
    this.attrs = null;
    this.nesting = nesting;
    this.meta = null;
  }
  LeanToken.prototype = tokenPrototype;
  const newToken = LeanToken as unknown as new (type: string, tag: string, nesting: number) => Token;

  const Block = md.block.State as unknown as new (...args: unknown[]) => StateBlock;
  class LeanBlockState extends Block {
    constructor(src: string, md: MarkdownIt, env: unknown, tokens: Token[]) {
      // markdown-it's constructor reads every character for its line marks; an empty text gives
      // its fields, and lineMarks the same marks from the line ends alone.
      super('', md, env, tokens);
      this.src = src;
      lineMarks(this, src);
    }

    override push(type: string, tag: string, nesting: Token['nesting']): Token {
      const token = new newToken(type, tag, nesting);
      token.block = true;
      if (nesting < 0) this.level--;
      token.level = this.level;
      if (nesting > 0) this.level++;
      this.tokens.push(token);
      return token;
    }
  }
  md.block.State = LeanBlockState as unknown as typeof md.block.State;

  const Inline = md.inline.State as unknown as new (...args: unknown[]) => StateInline;
  class LeanInlineState extends Inline {
    override pushPending(): Token {
      const token = new newToken('text', '', 0);
      token.content = this.pending;
      token.level = this.pendingLevel;
      this.tokens.push(token);
      this.pending = '';
      return token;
    }

    override push(type: string, tag: string, nesting: Token['nesting']): Token {
      if (this.pending) this.pushPending();
      const token = new newToken(type, tag, nesting);
      let meta: StateInline['tokens_meta'][number] = undefined;
      if (nesting < 0) {
        this.level--;
        this.delimiters = this._prev_delimiters.pop()!;
      }
      token.level = this.level;
      if (nesting > 0) {
        this.level++;
        this._prev_delimiters.push(this.delimiters);
        this.delimiters = [];
        meta = { delimiters: this.delimiters };
      }
      this.pendingLevel = this.level;
      this.tokens.push(token);
      this.tokens_meta.push(meta);
      return token;
    }
  }
  md.inline.State = LeanInlineState as unknown as typeof md.inline.State;
}

/**
 * The line marks markdown-it's block state starts with (the start and end of each line, its
 * indentation in characters and in columns, a tab counting to the next multiple of 4, and one
 * last entry past the end), found with a native search for each line's end: only the spaces and
 * tabs that start a line are read one by one. As markdown-it does, a last line of spaces and
 * tabs alone with no line break after it is no line. Tested against markdown-it's own marks.
 */
export function lineMarks(state: Pick<StateBlock, 'bMarks' | 'eMarks' | 'tShift' | 'sCount' | 'bsCount' | 'lineMax'>, src: string): void {
  const bMarks: number[] = [];
  const eMarks: number[] = [];
  const tShift: number[] = [];
  const sCount: number[] = [];
  const bsCount: number[] = [];
  const length = src.length;
  let start = 0;
  while (start < length) {
    let pos = start;
    let indent = 0;
    let offset = 0;
    for (; pos < length; pos++) {
      const code = src.charCodeAt(pos);
      if (code === 0x20) offset++;
      else if (code === 0x09) offset += 4 - (offset % 4);
      else break;
      indent++;
    }
    if (pos >= length) break;
    let end = src.indexOf('\n', pos);
    if (end < 0) end = length;
    bMarks.push(start);
    eMarks.push(end);
    tShift.push(indent);
    sCount.push(offset);
    bsCount.push(0);
    start = end + 1;
  }
  bMarks.push(length);
  eMarks.push(length);
  tShift.push(0);
  sCount.push(0);
  bsCount.push(0);
  state.bMarks = bMarks;
  state.eMarks = eMarks;
  state.tShift = tShift;
  state.sCount = sCount;
  state.bsCount = bsCount;
  state.lineMax = bMarks.length - 1;
}
