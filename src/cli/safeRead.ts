import { closeSync, constants, fstatSync, lstatSync, openSync, promises as fs, readSync, type Stats } from 'node:fs';
import * as path from 'node:path';
import type { Localized } from '../core/i18n';
import { ReadRefused, SYMBOLIC_LINK } from '../core/export/images';
export { SYMBOLIC_LINK };

/** The largest configuration or kind file read, in bytes. */
export const MAX_DATA_FILE_BYTES = 1024 * 1024;

/**
 * Reads a regular file, never more than `maxBytes`: a device (`/dev/zero`), a FIFO, a socket
 * or a folder is refused without reading a byte (the file is opened non-blocking, so a FIFO
 * with no writer cannot hang the run), and a file longer than the cap is refused after reading
 * at most `maxBytes + 1` bytes (a file's stated size may lie: /proc files say 0). Throws a
 * ReadRefused that says why in words.
 */
export async function readRegularFile(file: string, maxBytes: number, options: ReadOptions = {}): Promise<Buffer> {
  return readRegularFileSync(file, maxBytes, options);
}

export interface ReadOptions {
  /**
   * A symbolic link in the file's place is refused, not followed (the file is opened with
   * O_NOFOLLOW; where there is none, its name is looked at first): for the files a repository
   * holds and the command line finds on its own (`.gitignore`, `.reportwright.yaml`), as git
   * does not follow a `.gitignore` that is a link.
   */
  noFollow?: boolean;
}

/**
 * readRegularFile, synchronously: what the command line reads (a report, a configuration) is read
 * in one go, and Node's promise-based file module is not loaded for it (a few milliseconds at
 * every start). The same refusals, in the same words.
 */
export function readRegularFileSync(file: string, maxBytes: number, options: ReadOptions = {}): Buffer {
  let fd: number;
  const noFollow = options.noFollow ? (constants.O_NOFOLLOW ?? 0) : 0;
  try {
    if (options.noFollow && !noFollow && lstatSync(file).isSymbolicLink()) throw new ReadRefused(SYMBOLIC_LINK);
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | noFollow);
  } catch (error) {
    if (error instanceof ReadRefused) throw error;
    // O_NOFOLLOW fails with ELOOP (EMLINK on some BSDs) when the name itself is a link.
    const code = (error as NodeJS.ErrnoException).code;
    if (noFollow && code !== 'ENOENT' && isLink(file)) throw new ReadRefused(SYMBOLIC_LINK);
    throw new ReadRefused(describeOpenError(error as NodeJS.ErrnoException), code);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new ReadRefused(notRegular(stat));
    if (stat.size > maxBytes) throw new ReadRefused(tooLarge(stat.size, maxBytes));
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      // The stated size and one byte more first, in one read (a file's size may lie: /proc files
      // say 0, and a file may grow), then in 64 KB to 1 MB steps. Only the bytes read are kept,
      // so the buffers need no clearing.
      const chunk = Buffer.allocUnsafe(Math.min(Math.max(stat.size + 1 - total, 1 << 16), total === 0 ? maxBytes + 1 : 1 << 20, maxBytes + 1 - total));
      let filled = 0;
      while (filled < chunk.length) {
        const bytesRead = readSync(fd, chunk, filled, chunk.length - filled, null);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      if (filled === 0) break;
      chunks.push(chunk.subarray(0, filled));
      total += filled;
      if (total > maxBytes) throw new ReadRefused(tooLarge(total, maxBytes));
      if (filled < chunk.length) break;
    }
    return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
  } catch (error) {
    if (error instanceof ReadRefused) throw error;
    throw new ReadRefused(describeOpenError(error as NodeJS.ErrnoException));
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads a file named relative to `root` only when, symbolic links resolved, it is inside
 * `root`'s folder tree: `../../secret.png`, a link pointing out, `%2e%2e/` once decoded, are
 * refused in words. Then as readRegularFile.
 */
export async function readInside(root: string, relative: string, maxBytes: number): Promise<Buffer> {
  const real = await realInside(root, relative);
  return readRegularFile(real, maxBytes);
}

/** The real path of `relative` under `root`, when it stays inside it; else a ReadRefused. */
export async function realInside(root: string, relative: string): Promise<string> {
  if (path.isAbsolute(relative) || /^[a-z]:/i.test(relative) || /^[\\/]{2}/.test(relative)) throw new ReadRefused(OUTSIDE);
  let realRoot: string;
  let real: string;
  try {
    realRoot = await fs.realpath(root);
    real = await fs.realpath(path.resolve(root, relative));
  } catch (error) {
    throw new ReadRefused(describeOpenError(error as NodeJS.ErrnoException));
  }
  const inside = path.relative(realRoot, real);
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) throw new ReadRefused(OUTSIDE);
  return real;
}

function isLink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

const OUTSIDE: Localized = {
  en: "it is outside the report's folder; only files in the report's folder and its subfolders are read",
  vi: 'tệp nằm ngoài thư mục của báo cáo; chỉ đọc tệp trong thư mục của báo cáo và các thư mục con',
};

function notRegular(stat: Stats): Localized {
  const what = stat.isDirectory()
    ? { en: 'a folder', vi: 'một thư mục' }
    : stat.isFIFO()
      ? { en: 'a named pipe (FIFO)', vi: 'một đường ống có tên (FIFO)' }
      : stat.isCharacterDevice() || stat.isBlockDevice()
        ? { en: 'a device', vi: 'một thiết bị' }
        : stat.isSocket()
          ? { en: 'a socket', vi: 'một socket' }
          : { en: 'not a regular file', vi: 'không phải tệp thường' };
  return { en: `it is ${what.en}, not a regular file; not read`, vi: `đó là ${what.vi}, không phải tệp thường; không đọc` };
}

function tooLarge(size: number, maxBytes: number): Localized {
  const mb = (n: number) => (n / 1048576).toFixed(1);
  return { en: `it is larger than ${mb(maxBytes)} MB${size > maxBytes + 1 ? ` (${mb(size)} MB)` : ''}; not read`, vi: `tệp lớn hơn ${mb(maxBytes).replace('.', ',')} MB${size > maxBytes + 1 ? ` (${mb(size).replace('.', ',')} MB)` : ''}; không đọc` };
}

function describeOpenError(error: NodeJS.ErrnoException): Localized {
  switch (error.code) {
    case 'ENOENT':
      return { en: 'no such file or folder', vi: 'không có tệp hay thư mục này' };
    case 'EISDIR':
      return { en: 'it is a folder, not a file', vi: 'đó là thư mục, không phải tệp' };
    case 'EACCES':
    case 'EPERM':
      return { en: 'permission denied', vi: 'không có quyền đọc' };
    case 'ELOOP':
      return { en: 'a loop of symbolic links', vi: 'một vòng liên kết tượng trưng' };
    case 'EAGAIN':
      return { en: 'nothing to read (a pipe or device)', vi: 'không có gì để đọc (đường ống hoặc thiết bị)' };
    default:
      return { en: `cannot read: ${error.code ?? String(error)}`, vi: `không đọc được: ${error.code ?? String(error)}` };
  }
}
