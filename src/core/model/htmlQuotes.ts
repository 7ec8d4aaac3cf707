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

const TAG = /<(\/?)(details|blockquote)(?=[\s>/])[^>]*>/gi;
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
/** At most this many tags are read: a report folds a few blocks, never thousands. */
const MAX_TAGS = 1_000;

/**
 * The line ranges (0-based, `[from, to]`: the lines after the opening tag's block up to the
 * line before the closing tag's) that an HTML `<details>` or `<blockquote>` written in top-level
 * HTML blocks holds, sorted and not overlapping. A tag with no closing tag later holds nothing
 * (an unclosed `<details>` must not hide the rest of the report), one closed in its own block
 * holds no Markdown, and a tag inside an HTML comment is no tag. Linear in the blocks' text.
 */
export function htmlQuotedRanges(tokens: readonly BlockToken[]): Array<[number, number]> {
  // One stack per tag name: a closing tag closes the innermost open one of its name.
  const open: Record<string, number[]> = { details: [], blockquote: [] };
  const ranges: Array<[number, number]> = [];
  let tags = 0;
  for (const token of tokens) {
    if (token.type !== 'html_block' || token.level !== 0 || !token.map || !token.content.includes('<')) continue;
    const content = token.content.includes('<!--') ? token.content.replace(COMMENT, '') : token.content;
    TAG.lastIndex = 0;
    for (let m; (m = TAG.exec(content)); ) {
      if (++tags > MAX_TAGS) return merged(ranges);
      const stack = open[m[2].toLowerCase()];
      if (m[1] === '') {
        stack.push(token.map[1]);
        continue;
      }
      const after = stack.pop();
      if (after === undefined) continue;
      const last = token.map[0] - 1;
      if (last >= after) ranges.push([after, last]);
    }
  }
  return merged(ranges);
}

/** The ranges sorted by start, those inside another folded into it. */
function merged(ranges: Array<[number, number]>): Array<[number, number]> {
  ranges.sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  for (const range of ranges) {
    const last = out[out.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else out.push([range[0], range[1]]);
  }
  return out;
}

/** Whether `line` lies in one of `ranges` (sorted, not overlapping: from `htmlQuotedRanges`); a binary search. */
export function inRanges(ranges: ReadonlyArray<[number, number]>, line: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (line < ranges[mid][0]) hi = mid - 1;
    else if (line > ranges[mid][1]) lo = mid + 1;
    else return true;
  }
  return false;
}
