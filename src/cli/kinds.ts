import * as path from 'node:path';
import { glob } from 'tinyglobby';
import { DEFAULT_KINDS, type KindRegistry, loadKindFile, type ReportKind } from '../core';
import { ReadRefused } from '../core/export/images';
import { MAX_DATA_FILE_BYTES, readRegularFile } from './safeRead';

export const KIND_FOLDER = '.reportwright/kinds';
export const DEFAULT_KIND_FILES = `${KIND_FOLDER}/*.json`;

/**
 * The kinds reports may name: the built-ins and the workspace's own kind files. A broken file
 * is described (file:line:column) and left out; the built-in kinds keep working.
 */
export async function loadKinds(cwd: string, globs: readonly string[]): Promise<{ kinds: KindRegistry; custom: ReportKind[]; problems: string[] }> {
  const files = (await glob([DEFAULT_KIND_FILES, ...globs], { cwd, dot: true, onlyFiles: true })).sort();
  const loaded: ReportKind[] = [];
  const problems: string[] = [];
  for (const file of files) {
    let text;
    const shown = path.relative(process.cwd(), path.resolve(cwd, file)) || file;
    try {
      text = (await readRegularFile(path.resolve(cwd, file), MAX_DATA_FILE_BYTES)).toString('utf8');
    } catch (error) {
      problems.push(`${shown}: cannot read: ${error instanceof ReadRefused ? error.words.en : String(error)}`);
      continue;
    }
    const result = loadKindFile(text);
    if (result.kind) loaded.push(result.kind);
    for (const p of result.problems) {
      problems.push(`${shown}:${p.range.start.line + 1}:${p.range.start.character + 1}: this report kind is not used: ${p.message.en}`);
    }
  }
  return { kinds: DEFAULT_KINDS.with(loaded), custom: loaded, problems };
}
