/**
 * In items sorted by a non-decreasing number (`key`, the item itself by default), the index of
 * the first whose number is above `value` (their length when none is): a binary search,
 * O(log n). Used where a per-section question would otherwise scan a whole report: section
 * stats, RW002's kept ranks, the tables after a label, the findings on a range of lines.
 */
export function firstAbove<T>(sorted: readonly T[], value: number, key: (item: T) => number = (item) => item as unknown as number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(sorted[mid]) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
