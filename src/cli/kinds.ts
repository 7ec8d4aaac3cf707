import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { glob } from 'tinyglobby';
import { DEFAULT_KINDS, type KindRegistry, loadKindFile, type ReportKind } from '../core';

export const KIND_FOLDER = '.reportwright/kinds';
export const DEFAULT_KIND_FILES = `${KIND_FOLDER}/*.json`;

/**
 * The kinds reports may name: the built-ins and the workspace's own kind files. A broken file
 * is described (file:line:column) and left out; the built-in kinds keep working.
 */
export async function loadKinds(cwd: string, globs: readonly string[]): Promise<{ kinds: KindRegistry; custom: ReportKind[]; problems: string[] }> {
  const files = (globs.length ? await glob([DEFAULT_KIND_FILES, ...globs], { cwd, dot: true, onlyFiles: true }) : await kindFolderFiles(cwd)).sort();
  const loaded: ReportKind[] = [];
  const problems: string[] = [];
  for (const file of files) {
    let text;
    const shown = path.relative(process.cwd(), path.resolve(cwd, file)) || file;
    try {
      text = await fs.readFile(path.resolve(cwd, file), 'utf8');
    } catch (error) {
      problems.push(`${shown}: cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
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

/**
 * The files DEFAULT_KIND_FILES names, listed without compiling a glob (most runs have no
 * --kinds, and a lint's start should not pay for a pattern matcher): `.reportwright/kinds/*.json`.
 */
async function kindFolderFiles(cwd: string): Promise<string[]> {
  let entries;
  try {
    entries = await fs.readdir(path.join(cwd, KIND_FOLDER), { withFileTypes: true });
  } catch {
    return []; // no such folder (or not a folder): no kinds of the workspace's own
  }
  return entries.filter((e) => (e.isFile() || e.isSymbolicLink()) && e.name.endsWith('.json')).map((e) => `${KIND_FOLDER}/${e.name}`);
}
