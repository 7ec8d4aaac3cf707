import type { ParseOptions } from '../core';

/**
 * What `--kind` asks of the model: a kind forced on every file, or `auto`: each file is checked
 * as the kind it confidently looks like when its front matter names none, and left alone otherwise.
 */
export function kindOption(kind: string | undefined): Pick<ParseOptions, 'forceKind' | 'detectKind'> {
  if (kind === undefined) return {};
  return kind === 'auto' ? { detectKind: true } : { forceKind: kind };
}
