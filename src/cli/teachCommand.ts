import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { addSynonym, CONFIG_FILE_NAMES, type KindRegistry, type Lang, type Localized } from '../core';
import { ReadRefused } from '../core/export/images';
import { closest } from '../core/text/fold';
import { EXIT, type Io } from './main';
import { MAX_DATA_FILE_BYTES, readRegularFile } from './safeRead';
import { headingLang, USAGE_HINT } from './words';
import { decodeDataFile } from '../core/text/encoding';

/**
 * `reportwright teach "Việc cần làm tuần sau" priorities [--config FILE] [--lang vi|en]`: writes
 * a heading as a synonym of a role into a configuration file, as the editor's quick fix does:
 * `--config FILE`, else the nearest `.reportwright.json` / `.reportwright.yaml` up from the
 * working directory (the one lint would apply to a report there), else a new
 * `.reportwright.json` in the working directory. The synonym joins the `lang` list: `--lang`,
 * else Vietnamese when the heading has Vietnamese letters. Comments and layout are kept; a
 * broken configuration, a symbolic link or a file that is not a regular one is never written.
 * The write is atomic (a temporary file renamed over the old one). Every message is in that
 * language too: `--lang`, else the heading's.
 */
export async function runTeach(io: Io, args: string[], options: { configFile?: string; lang?: Lang; kinds: KindRegistry }): Promise<number> {
  const lang = options.lang ?? (args[0] !== undefined ? headingLang(args[0]) : 'en');
  if (args.length !== 2) {
    return usage(io, lang, {
      en: 'teach takes a heading and a role: reportwright teach "Next up" priorities',
      vi: 'teach nhận một tiêu đề và một vai trò: reportwright teach "Việc tuần tới" priorities',
    });
  }
  const [title, role] = args;
  const roles = [...new Set(options.kinds.all.flatMap((kind) => kind.roles.map((r) => r.id)))];
  if (!roles.includes(role)) {
    const meant = closest(role, roles, 3);
    return usage(io, lang, {
      en: `no report kind has the role "${role}"${meant ? `; did you mean "${meant}"?` : ''} Roles: ${roles.join(', ')}.`,
      vi: `không loại báo cáo nào có vai trò "${role}"${meant ? `; có phải "${meant}"?` : ''} Các vai trò: ${roles.join(', ')}.`,
    });
  }
  const target = options.configFile ? path.resolve(io.cwd, options.configFile) : ((await nearest(path.resolve(io.cwd))) ?? path.join(path.resolve(io.cwd), CONFIG_FILE_NAMES[0]));
  const shown = path.relative(io.cwd, target) || path.basename(target);
  const stat = await fs.lstat(target).catch(() => undefined);
  if (stat?.isSymbolicLink()) return refuse(io, shown, lang, { en: 'it is a symbolic link; only regular files are written', vi: 'đó là liên kết tượng trưng; chỉ ghi vào tệp thường' });
  let text = '';
  if (stat) {
    try {
      text = decodeDataFile(await readRegularFile(target, MAX_DATA_FILE_BYTES), 'keep');
    } catch (error) {
      return refuse(io, shown, lang, error instanceof ReadRefused ? error.words : { en: String(error), vi: String(error) });
    }
  }
  const result = addSynonym(text, target, role, lang, title);
  if ('problem' in result) return refuse(io, shown, lang, result.problem);
  if ('already' in result) {
    io.out(lang === 'vi' ? `${shown} đã có "${title.trim()}" là ${role}.` : `${shown} already names "${title.trim()}" as ${role}.`);
    return EXIT.ok;
  }
  try {
    await writeAtomically(target, result.text, stat?.mode);
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code ?? String(error);
    return refuse(io, shown, lang, { en: `cannot write it: ${why}`, vi: `không ghi được: ${why}` });
  }
  // The role by its name in the writer's language, with the id the configuration keeps.
  const name = options.kinds.all.flatMap((kind) => kind.roles).find((r) => r.id === role)?.name[lang] ?? role;
  io.out(lang === 'vi' ? `${shown}: "${title.trim()}" từ nay đánh dấu phần "${name}" (${role}, ${lang}).` : `${shown}: "${title.trim()}" now marks the part "${name}" (${role}, ${lang}).`);
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

function refuse(io: Io, shown: string, lang: Lang, why: Localized): number {
  io.err(`reportwright: ${shown} ${lang === 'vi' ? 'không được thay đổi' : 'was not changed'}: ${why[lang]}`);
  return EXIT.usage;
}

function usage(io: Io, lang: Lang, message: Localized): number {
  io.err(`reportwright: ${message[lang]}\n${USAGE_HINT[lang]}`);
  return EXIT.usage;
}
