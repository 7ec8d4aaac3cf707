import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Localized } from '../i18n';
import { ExportError } from './errors';
import { pathExists } from '../pathExists';

/**
 * Writes an export without ever leaving half a file or clobbering one by surprise: the bytes
 * go to a temporary file in the target folder (so the rename stays on one file system), then
 * take the target's name. Without `force`, an existing file is refused, even one that appears
 * while the export runs: the temporary file is hard-linked to the name, which fails if it is
 * taken. On failure the temporary file is removed and the error says why.
 */
export async function writeExport(target: string, data: Uint8Array, force: boolean): Promise<void> {
  if (!force) await refuseExisting(target);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(4).toString('hex')}.reportwright-tmp`);
  try {
    await fs.writeFile(temp, data, { flag: 'wx' });
    if (force) await fs.rename(temp, target);
    else await linkWithoutClobbering(temp, target);
  } catch (error) {
    if (error instanceof ExportError) throw error;
    const why = describe(error);
    throw new ExportError('write', { en: `Cannot write ${target}: ${why.en}; nothing was written.`, vi: `Không ghi được ${target}: ${why.vi}; không có tệp nào được ghi.` });
  } finally {
    await fs.rm(temp, { force: true }).catch(() => undefined);
  }
}

/**
 * Refuses a target that is the report itself: the same real path (a folder link such as
 * `selfdir -> .` on the way, or a link as the target) or the same file by its inode (a hard link).
 */
export async function refuseOwnSource(target: string, source: string): Promise<void> {
  if (await sameFile(target, source)) {
    throw new ExportError('exists', {
      en: `${target} is the report itself; the export would replace it. Choose another name.`,
      vi: `${target} chính là báo cáo; bản xuất sẽ ghi đè lên nó. Hãy chọn tên khác.`,
    });
  }
}

/** True when writing `target` would replace `source`. */
export async function sameFile(target: string, source: string): Promise<boolean> {
  const real = async (file: string) => {
    try {
      return await fs.realpath(file);
    } catch {
      try {
        return path.join(await fs.realpath(path.dirname(file)), path.basename(file));
      } catch {
        return path.resolve(file);
      }
    }
  };
  if ((await real(target)) === (await real(source))) return true;
  try {
    const [a, b] = await Promise.all([fs.stat(target), fs.stat(source)]);
    return a.dev === b.dev && a.ino === b.ino;
  } catch {
    return false;
  }
}

export async function refuseExisting(target: string): Promise<void> {
  if (await pathExists(target)) throw existsError(target);
}

async function linkWithoutClobbering(temp: string, target: string): Promise<void> {
  try {
    await fs.link(temp, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw existsError(target);
    // File systems without hard links (FAT, some network shares): check, then rename.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'EXDEV' && code !== 'ENOSYS') throw error;
    await refuseExisting(target);
    await fs.rename(temp, target);
  }
}

function existsError(target: string): ExportError {
  return new ExportError('exists', {
    en: `${target} already exists; it was left as it is (overwrite it with --force, or choose another name with -o).`,
    vi: `${target} đã có; tệp được giữ nguyên (ghi đè bằng --force, hoặc chọn tên khác bằng -o).`,
  });
}


function describe(error: unknown): Localized {
  const code = (error as NodeJS.ErrnoException)?.code ?? '';
  const known: Record<string, Localized> = {
    EACCES: { en: 'permission denied', vi: 'không có quyền ghi' },
    EPERM: { en: 'permission denied', vi: 'không có quyền ghi' },
    EROFS: { en: 'read-only file system', vi: 'ổ đĩa chỉ cho đọc' },
    ENOSPC: { en: 'no space left on the disk', vi: 'ổ đĩa đã đầy' },
    ENOENT: { en: 'the folder does not exist', vi: 'thư mục không tồn tại' },
    EISDIR: { en: 'it is a folder', vi: 'đó là một thư mục' },
  };
  const other = error instanceof Error ? error.message : String(error);
  return known[code] ?? { en: other, vi: other };
}
