import { LineKind } from './model/blocks';
import type { ReportDocument } from './model/document';
import { findRule } from './rules/registry';
import { lazyPattern } from './text/gatedPattern';

const SWITCH = lazyPattern(() => /<!--\s*reportwright-(disable-next-line|disable-line|disable|enable)(?![\p{L}\p{N}_-])([^>]*?)\s*-->/gu);
const ALL = '*';

/**
 * The inline switches of a document:
 * `<!-- reportwright-disable RW003 -->` … `<!-- reportwright-enable RW003 -->`,
 * `<!-- reportwright-disable-next-line RW306 -->`, `<!-- reportwright-disable-line RW306 -->`.
 * Without rule ids a switch applies to every rule. Rule names work as ids.
 */
export class Suppressions {
  /** Per rule id (or "*"), lines where it is off, as [from, to] pairs (inclusive). */
  private readonly ranges = new Map<string, Array<[number, number]>>();

  constructor(doc: ReportDocument) {
    if (!doc.text.includes('reportwright-')) return;
    const open = new Map<string, number>();
    SWITCH().lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = SWITCH().exec(doc.text))) {
      const line = doc.lines.positionAt(m.index).line;
      if (doc.prose.lineKind(line) === LineKind.code) continue;
      const ids = ruleIds(m[2]);
      switch (m[1]) {
        case 'disable-next-line':
          ids.forEach((id) => this.add(id, line + 1, line + 1));
          break;
        case 'disable-line':
          ids.forEach((id) => this.add(id, line, line));
          break;
        case 'disable':
          ids.forEach((id) => open.has(id) || open.set(id, line));
          break;
        case 'enable':
          if (ids.includes(ALL)) {
            for (const [id, from] of open) this.add(id, from, line);
            open.clear();
          } else {
            for (const id of ids) {
              const from = open.get(id);
              if (from !== undefined) this.add(id, from, line);
              open.delete(id);
            }
          }
          break;
      }
    }
    for (const [id, from] of open) this.add(id, from, Number.MAX_SAFE_INTEGER);
  }

  isSuppressed(ruleId: string, line: number): boolean {
    return this.covers(ruleId, line) || this.covers(ALL, line);
  }

  private covers(key: string, line: number): boolean {
    return this.ranges.get(key)?.some(([from, to]) => line >= from && line <= to) ?? false;
  }

  private add(id: string, from: number, to: number): void {
    let list = this.ranges.get(id);
    if (!list) this.ranges.set(id, (list = []));
    list.push([from, to]);
  }
}

function ruleIds(text: string): string[] {
  const words = text.split(/[\s,]+/).filter(Boolean);
  if (words.length === 0) return [ALL];
  return words.map((w) => findRule(w)?.id ?? w.toUpperCase());
}
