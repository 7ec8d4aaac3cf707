import type { LineIndex } from '../text/lineIndex';
import { LineKind, type TextBlock } from './blocks';
import { lazyPattern } from '../text/gatedPattern';

/**
 * Where the writer's prose is: not front matter, code, HTML, code spans, URLs, link
 * destinations or HTML comments. Text rules search the raw text and ask this mask about
 * each hit, so the exclusions are computed only for blocks that have a hit.
 */
export class ProseMask {
  private blockOfLine?: Int32Array;
  private readonly excluded = new Map<number, number[]>();

  constructor(
    private readonly lines: LineIndex,
    private readonly lineKinds: Uint8Array,
    private readonly textBlocks: readonly TextBlock[],
  ) {}

  lineKind(line: number): LineKind {
    return this.lineKinds[line] as LineKind;
  }

  /** The paragraph, heading or table a line belongs to, if any. */
  blockAt(line: number): TextBlock | undefined {
    const index = this.blockIndex(line);
    return index < 0 ? undefined : this.textBlocks[index];
  }

  /** True when the character at this offset is prose a rule may judge. */
  isProseAt(offset: number): boolean {
    const line = this.lines.positionAt(offset).line;
    if (this.lineKinds[line] !== LineKind.prose) return this.htmlRangeAt(line, offset, offset + 1) !== undefined;
    const block = this.blockIndex(line);
    if (block < 0) return true;
    const ranges = this.excludedIn(block);
    for (let i = 0; i < ranges.length; i += 2) {
      if (offset < ranges[i]) return true;
      if (offset < ranges[i + 1]) return false;
    }
    return true;
  }

  /** True when the whole span [from, to) is prose. */
  isProseSpan(from: number, to: number): boolean {
    if (!this.isProseAt(from)) return false;
    const line = this.lines.positionAt(from).line;
    if (this.lineKinds[line] !== LineKind.prose) return this.htmlRangeAt(line, from, to) !== undefined;
    const block = this.blockIndex(line);
    if (block < 0) return true;
    const ranges = this.excludedIn(block);
    for (let i = 0; i < ranges.length; i += 2) {
      if (ranges[i] < to && ranges[i + 1] > from) return false;
    }
    return true;
  }

  /**
   * In an HTML block, the text range that holds [from, to) whole (its index among the block's
   * pairs), if any; undefined elsewhere. Binary search over the block's ranges.
   */
  private htmlRangeAt(line: number, from: number, to: number): number | undefined {
    if (this.lineKinds[line] !== LineKind.html) return undefined;
    const index = this.blockIndex(line);
    const ranges = index < 0 ? undefined : this.textBlocks[index].ranges;
    if (!ranges) return undefined;
    let lo = 0;
    let hi = ranges.length / 2 - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (ranges[2 * mid + 1] <= from) lo = mid + 1;
      else if (ranges[2 * mid] > from) hi = mid - 1;
      else return to <= ranges[2 * mid + 1] ? mid : undefined;
    }
    return undefined;
  }

  private blockIndex(line: number): number {
    if (!this.blockOfLine) {
      const map = new Int32Array(this.lines.lineCount).fill(-1);
      this.textBlocks.forEach((block, index) => map.fill(index, block.startLine, block.endLine + 1));
      this.blockOfLine = map;
    }
    return this.blockOfLine[line];
  }

  private excludedIn(blockIndex: number): number[] {
    let ranges = this.excluded.get(blockIndex);
    if (!ranges) {
      const block = this.textBlocks[blockIndex];
      const start = this.lines.starts[block.startLine];
      const end = this.lines.ends[block.endLine];
      ranges = inlineExclusions(this.lines.text.slice(start, end)).map((offset) => offset + start);
      this.excluded.set(blockIndex, ranges);
    }
    return ranges;
  }
}

const INLINE_SKIP =
  lazyPattern(() => /(`+)|<!--[\s\S]*?-->|<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>|<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>|(?<![\p{L}\p{N}_])(?:https?|ftp):\/\/[^\s<>]*|(?<![\p{L}\p{N}_])www\.[^\s<>]+|\]\([^)]*\)/gu);
const URL_TRAILING = /[.,;:!?'")\]]+$/;
/** What every kind of match of INLINE_SKIP contains: a source without it has nothing to skip (and INLINE_SKIP, costly to compile, is not run). */
const INLINE_GATE = /[`<]|:\/\/|www\.|\]\(/;

/** Start/end pairs (flattened, sorted) of the parts of a block's source that are not prose. */
export function inlineExclusions(source: string): number[] {
  const ranges: number[] = [];
  if (!INLINE_GATE.test(source)) return ranges;
  INLINE_SKIP().lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = INLINE_SKIP().exec(source))) {
    const start = m.index;
    let end = start + m[0].length;
    if (m[1]) {
      if (source[start - 1] === '\\') continue;
      const close = findClosingRun(source, end, m[1].length);
      if (close < 0) continue;
      end = close + m[1].length;
      INLINE_SKIP().lastIndex = end;
    } else if (m[0][0] !== '<' && m[0][0] !== ']') {
      end -= URL_TRAILING.exec(m[0])?.[0].length ?? 0;
    }
    ranges.push(start, end);
  }
  return ranges;
}

function findClosingRun(source: string, from: number, length: number): number {
  const run = '`'.repeat(length);
  let at = source.indexOf(run, from);
  while (at >= 0) {
    let stop = at + length;
    while (source[stop] === '`') stop++;
    if (stop - at === length) return at;
    at = source.indexOf(run, stop);
  }
  return -1;
}
