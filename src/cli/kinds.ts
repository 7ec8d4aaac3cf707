import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type { Localized } from '../core/i18n';
import type { ReportKind } from '../core/kinds/kind';
import { DEFAULT_KINDS, type KindRegistry } from '../core/kinds/registry';
import { loadKindFile } from '../core/kinds/kindFile';
import { ReadRefused } from '../core/export/images';
import { compileWorkspaceGlob } from '../core/text/safeGlob';
import { MAX_DATA_FILE_BYTES, readRegularFile } from './safeRead';
import { decodeDataFile } from '../core/text/encoding';

export const KIND_FOLDER = '.reportwright/kinds';
export const DEFAULT_KIND_FILES = `${KIND_FOLDER}/*.json`;

/**
 * The kinds reports may name: the built-ins and the workspace's own kind files. A broken file
 * is described (file:line:column) and left out; the built-in kinds keep working.
 */
/**
 * The files a workspace's glob names, found without handing the glob to a backtracking
 * matcher: the folders are walked from the glob's literal beginning, and each file is matched
 * with compileWorkspaceGlob (linear time). A refused glob is said in `problems`.
 */
async function workspaceGlob(pattern: string, cwd: string, problems: Localized[]): Promise<string[]> {
  // An absolute glob is walked from the root of its file system, and its files kept absolute.
  if (path.isAbsolute(pattern)) {
    const { root } = path.parse(pattern);
    return (await workspaceGlob(pattern.slice(root.length).replace(/\\/g, '/'), root, problems)).map((file) => path.join(root, file));
  }
  const clean = pattern.replace(/^\.\//, '');
  const { match, refused } = compileWorkspaceGlob(clean);
  if (!match) {
    problems.push({ en: `${pattern}: this kind file pattern is not used: ${refused.en}`, vi: `${pattern}: mẫu tệp loại báo cáo này không được dùng: ${refused.vi}` });
    return [];
  }
  const segments = clean.split('/');
  const literal = segments.findIndex((segment) => /[*?[\]{}\\!]/.test(segment));
  if (literal < 0) return match(clean) && existsSync(path.resolve(cwd, clean)) ? [clean] : [];
  const base = segments.slice(0, literal).join('/');
  const walk = base ? `${base.replace(/[*?[\]{}()!+@]/g, '\\$&')}/**` : '**';
  const { glob } = await import('tinyglobby');
  // node_modules is skipped unless the glob itself goes into it (a kind file an npm package ships).
  const ignore = segments.includes('node_modules') ? ['**/.git/**'] : ['**/node_modules/**', '**/.git/**'];
  const candidates = await glob([walk], { cwd, dot: true, onlyFiles: true, ignore });
  return candidates.filter((file) => match(file));
}

export async function loadKinds(
  cwd: string,
  globs: readonly string[],
): Promise<{ kinds: KindRegistry; custom: ReportKind[]; problems: Localized[]; /** The globs that name no file. */ unmatched: string[] }> {
  const problems: Localized[] = [];
  const unmatched: string[] = [];
  // Most folders have no kind files: the glob (and its code) is only for those that do.
  const found = new Set(existsSync(path.resolve(cwd, KIND_FOLDER)) ? await (await import('tinyglobby')).glob([DEFAULT_KIND_FILES], { cwd, dot: true, onlyFiles: true }) : []);
  for (const pattern of globs) {
    const files = await workspaceGlob(pattern, cwd, problems);
    if (files.length === 0) unmatched.push(pattern);
    for (const file of files) found.add(file);
  }
  const files = [...found].sort();
  const loaded: ReportKind[] = [];
  for (const file of files) {
    let text;
    const shown = path.relative(process.cwd(), path.resolve(cwd, file)) || file;
    try {
      text = decodeDataFile(await readRegularFile(path.resolve(cwd, file), MAX_DATA_FILE_BYTES), 'drop');
    } catch (error) {
      const why = error instanceof ReadRefused ? error.words : { en: String(error), vi: String(error) };
      problems.push({ en: `${shown}: cannot read: ${why.en}`, vi: `${shown}: không đọc được: ${why.vi}` });
      continue;
    }
    const result = loadKindFile(text);
    if (result.kind) loaded.push(result.kind);
    for (const p of result.problems) {
      const at = `${shown}:${p.range.start.line + 1}:${p.range.start.character + 1}`;
      problems.push({ en: `${at}: this report kind is not used: ${p.message.en}`, vi: `${at}: loại báo cáo này không được dùng: ${p.message.vi}` });
    }
  }
  return { kinds: DEFAULT_KINDS.with(loaded), custom: loaded, problems, unmatched };
}
