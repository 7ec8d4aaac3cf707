import type { MarkdownIt, StateBlock } from 'markdown-it';

/**
 * markdown-it's block tokenizer with one change at its nesting limit (`maxNesting`, 100 levels):
 * markdown-it then sets the line to the end of the enclosing range, and since a list item's
 * range runs to the end of the document, everything after a list nested some fifty levels deep
 * was dropped (its sections missing from the outline, the lint and the exports). Here only the
 * lines that belong to the too-deep container are skipped, as a list item would end (a line
 * indented less than the container's content, or the range's end); the document goes on after
 * them. The limit itself stays: it bounds the recursion on hostile input.
 *
 * The loop is markdown-it 14's `ParserBlock.prototype.tokenize` (MIT licence, © Vitaly Puzrin,
 * Alex Kocharin), changed only at the limit.
 *
 * @param md the instance whose block tokenizer is replaced; returns nothing, never throws on input.
 */
export function boundNesting(md: MarkdownIt): void {
  const block = md.block;
  block.tokenize = function tokenize(state: StateBlock, startLine: number, endLine: number): void {
    const rules = block.ruler.getRules('');
    const len = rules.length;
    const maxNesting = state.md.options.maxNesting ?? 100;
    let line = startLine;
    let hasEmptyLines = false;
    while (line < endLine) {
      state.line = line = state.skipEmptyLines(line);
      if (line >= endLine) break;
      if (state.sCount[line] < state.blkIndent) break;
      if (state.level >= maxNesting) {
        // Too deep to read: skip this container's lines, not the rest of the document.
        let next = line + 1;
        while (next < endLine && (state.isEmpty(next) || state.sCount[next] >= state.blkIndent)) next++;
        state.line = line = next;
        continue;
      }
      const prevLine = state.line;
      let ok = false;
      for (let i = 0; i < len; i++) {
        ok = rules[i](state, line, endLine, false);
        if (ok) {
          if (prevLine >= state.line) throw new Error("block rule didn't increment state.line");
          break;
        }
      }
      if (!ok) throw new Error('none of the block rules matched');
      state.tight = !hasEmptyLines;
      if (state.isEmpty(state.line - 1)) hasEmptyLines = true;
      line = state.line;
      if (line < endLine && state.isEmpty(line)) {
        hasEmptyLines = true;
        line++;
        state.line = line;
      }
    }
  };
}
