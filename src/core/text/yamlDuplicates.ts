import type { Node, YAMLError } from 'yaml';
import { yaml } from '../libraries';

/**
 * The first key written twice in one mapping, anywhere in the document, as the parser's
 * DUPLICATE_KEY error: one pass with a set per mapping, in time linear in the number of keys.
 * As the parser does, keys are equal when their values are (`1` and `"1"` differ), and merge
 * keys (`<<`) may repeat.
 */
export function firstDuplicateKey(contents: unknown): YAMLError | undefined {
  if (!contents) return undefined;
  const { isScalar, visit, YAMLParseError } = yaml();
  let found: YAMLError | undefined;
  visit(contents as Node, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const value = pair.key.value;
        if (value === '<<') continue;
        const id = typeof value === 'string' ? 's' + value : value;
        if (seen.has(id)) {
          const [from, to] = pair.key.range ?? [0, 0];
          found = new YAMLParseError([from, to], 'DUPLICATE_KEY', 'Map keys must be unique');
          return visit.BREAK;
        }
        seen.add(id);
      }
      return undefined;
    },
  });
  return found;
}
