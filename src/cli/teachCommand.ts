import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { addSynonym, CONFIG_FILE_NAMES, type KindRegistry, type Lang } from '../core';
import { ReadRefused } from '../core/export/images';
import { closest } from '../core/text/fold';
import { EXIT, type Io } from './main';
import { MAX_DATA_FILE_BYTES, readRegularFile } from './safeRead';

/**
 * `reportwright teach "Việc cần làm tuần sau" priorities [--config FILE] [--lang vi|en]`: writes
 * a heading as a synonym of a role into a configuration file, as the editor's quick fix does:
 * `--config FILE`, else the nearest `.reportwright.json` / `.reportwright.yaml` up from the
 * working directory (the one lint would apply to a report there), else a new
 * `.reportwright.json` in the working directory. The synonym joins the `lang` list: `--lang`,
 * else Vietnamese when the heading has Vietnamese letters. Comments and layout are kept; a
 * broken configuration, a symbolic link or a file that is not a regular one is never written.
 * The write is atomic (a temporary file renamed over the old one).
 */
export async function runTeach(io: Io, args: string[], options: { configFile?: string; lang?: Lang; kinds: KindRegistry }): Promise<number> {
  if (args.length !== 2) return usage(io, 'teach takes a heading and a role: reportwright teach "Next up" priorities');
  const [title, role] = args;
  const roles = [...new Set(options.kinds.all.flatMap((kind) => kind.roles.map((r) => r.id)))];
  if (!roles.includes(role)) {
    const meant = closest(role, roles, 3);
    return usage(io, `no report kind has the role "${role}"${meant ? `; did you mean "${meant}"?` : ''} Roles: ${roles.join(', ')}.`);
  }
  const lang = options.lang ?? (/[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/iu.test(title.normalize('NFC')) ? 'vi' : 'en');
  const target = options.configFile ? path.resolve(io.cwd, options.configFile) : ((await nearest(path.resolve(io.cwd))) ?? path.join(path.resolve(io.cwd), CONFIG_FILE_NAMES[0]));
  const shown = path.relative(io.cwd, target) || path.basename(target);
  const stat = await fs.lstat(target).catch(() => undefined);
  if (stat?.isSymbolicLink()) return refuse(io, shown, 'it is a symbolic link; only regular files are written');
  let text = '';
  if (stat) {
    try {
      text = (await readRegularFile(target, MAX_DATA_FILE_BYTES)).toString('utf8');
    } catch (error) {
      return refuse(io, shown, error instanceof ReadRefused ? error.words.en : String(error));
    }
  }
  const result = addSynonym(text, target, role, lang, title);
  if ('problem' in result) return refuse(io, shown, result.problem.en);
  if ('already' in result) {
    io.out(`${shown} already names "${title.trim()}" as ${role}.`);
    return EXIT.ok;
  }
  try {
    await writeAtomically(target, result.text, stat?.mode);
  } catch (error) {
    return refuse(io, shown, `cannot write it: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  io.out(`${shown}: "${title.trim()}" now marks ${role} (${lang}).`);
  return EXIT.ok;
}

/** The nearest configuration file from `folder` up, by the names in CONFIG_FILE_NAMES (a link counts: it is refused, not skipped). */
async function nearest(folder: string): Promise<string | undefined> {
  for (let dir = folder; ; dir = path.dirname(dir)) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(dir, name);
      if (await fs.lstat(candidate).then(() => true, () => false)) return candidate;
    }
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** A new file is created only if nothing (not even a dangling link) is there; an old one is replaced by renaming a temporary file over it. */
async function writeAtomically(file: string, text: string, mode: number | undefined): Promise<void> {
  if (mode === undefined) {
    await fs.writeFile(file, text, { flag: 'wx' });
    return;
  }
  // node:crypto is read here, not when the command line starts.
  const { randomBytes } = require('node:crypto') as typeof import('node:crypto');
  const temp = path.join(path.dirname(file), `.${randomBytes(6).toString('hex')}.reportwright-tmp`);
  try {
    await fs.writeFile(temp, text, { flag: 'wx', mode: mode & 0o7777 });
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}

function refuse(io: Io, shown: string, why: string): number {
  io.err(`reportwright: ${shown} was not changed: ${why}`);
  return EXIT.usage;
}

function usage(io: Io, message: string): number {
  io.err(`reportwright: ${message}\nRun "reportwright --help" for usage.`);
  return EXIT.usage;
}
