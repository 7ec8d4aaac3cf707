/**
 * Markdown between an HTML `<details>` (or `<blockquote>`) and its closing tag, as GitHub folds
 * old text away ("<details><summary>Last year's plan</summary>", a blank line, Markdown, then
 * "</details>"): markdown-it reads the Markdown inside as top-level blocks, but a reader sees it
 * quoted, folded away, as a `>` quote. Its headings are no sections of the report, and fixes do
 * not move or insert sections into it.
 */

/** The tokens this reads: markdown-it's block tokens (only `type`, `level`, `map` and `content`). */
interface BlockToken {
  type: string;
  level: number;
  map: [number, number] | null;
  content: string;
}

const OPEN = /<(details|blockquote)(?=[\s>/])[^>]*>/gi;
const CLOSE = /<\/(details|blockquote)\s*>/gi;

/**
 * The line ranges (0-based, `[from, to]`: the lines after the opening tag's block up to the
 * line before the closing tag's) that an HTML `<details>` or `<blockquote>` written in top-level
 * HTML blocks holds. A tag with no closing tag later holds nothing (an unclosed `<details>` must
 * not hide the rest of the report), and one closed in its own block holds no Markdown.
 */
export function htmlQuotedRanges(tokens: readonly BlockToken[]): Array<[number, number]> {
  const open: Array<{ tag: string; after: number }> = [];
  const ranges: Array<[number, number]> = [];
  for (const token of tokens) {
    if (token.type !== 'html_block' || token.level !== 0 || !token.map) continue;
    const content = token.content;
    if (!content.includes('<')) continue;
    // Opening and closing tags in the order written.
    const tags: Array<{ at: number; tag: string; close: boolean }> = [];
    for (const m of content.matchAll(OPEN)) tags.push({ at: m.index!, tag: m[1].toLowerCase(), close: false });
    for (const m of content.matchAll(CLOSE)) tags.push({ at: m.index!, tag: m[1].toLowerCase(), close: true });
    tags.sort((a, b) => a.at - b.at);
    for (const { tag, close } of tags) {
      if (!close) {
        open.push({ tag, after: token.map[1] });
        continue;
      }
      // The innermost open tag of the same name closes here.
      let k = open.length - 1;
      while (k >= 0 && open[k].tag !== tag) k--;
      if (k < 0) continue;
      const [{ after }] = open.splice(k, 1);
      const last = token.map[0] - 1;
      if (last >= after) ranges.push([after, last]);
    }
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** Whether `line` lies in one of `ranges` (from `htmlQuotedRanges`). */
export function inRanges(ranges: ReadonlyArray<[number, number]>, line: number): boolean {
  for (const [from, to] of ranges) {
    if (line < from) return false;
    if (line <= to) return true;
  }
  return false;
}
