/**
 * The code cache's files (codeCache.ts): the bundle read inside its module wrapper, files removed
 * and written without Node's heavier helpers, never through a planted link.
 */
import { isAscii } from 'node:buffer';
import * as fs from 'node:fs';

/** What a CommonJS module's code is run in (as Node's own loader wraps it). */
const WRAPPER_START = '(function (exports, require, module, __filename, __dirname) {';
const WRAPPER_END = '\n})';

/**
 * The text of a bundle inside the module wrapper, read into one buffer with the wrapper around
 * it: a string made by joining the wrapper to the text would be a rope, which V8 copies whole
 * into a flat string before it reads the cache (a fifth of the cache's cost on a 600 KB bundle).
 * The command line's own bundle is ASCII (scripts/asciiBundle.ts): read as Latin-1 it is copied
 * into a one-byte string, without the UTF-8 decoder's pass; any other is UTF-8.
 */
export function readSource(file: string): string {
  const fd = fs.openSync(file, 'r');
  let bytes: Buffer;
  try {
    const size = fs.fstatSync(fd).size;
    bytes = Buffer.allocUnsafe(WRAPPER_START.length + size + 1 + WRAPPER_END.length);
    let at = bytes.write(WRAPPER_START, 0, 'latin1');
    // One byte more than the size: a file that grew since is seen, and read whole below.
    for (let n; at < bytes.length - WRAPPER_END.length && (n = fs.readSync(fd, bytes, at, bytes.length - WRAPPER_END.length - at, null)) > 0; ) at += n;
    if (at > WRAPPER_START.length + size) return WRAPPER_START + decode(fs.readFileSync(file)) + WRAPPER_END;
    bytes = bytes.subarray(0, at + bytes.write(WRAPPER_END, at, 'latin1'));
  } finally {
    fs.closeSync(fd);
  }
  return decode(bytes);
}

function decode(bytes: Buffer): string {
  return isAscii?.(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

/**
 * Removes the file `file` if it is there (a link is removed, not followed); with `folders`, a
 * folder found in its place too, with what it holds. `fs.rmSync` would do as much but loads
 * Node's recursive remover on every run that ends; it is kept for the folder.
 */
export function removeFile(file: string, folders = false): void {
  try {
    fs.unlinkSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return;
    if (folders && (code === 'EISDIR' || code === 'EPERM')) fs.rmSync(file, { force: true, recursive: true });
    else throw error;
  }
}

/** Writes `data` to a new file beside `target` (never following a link), then renames it onto `target`. */
export function writeAtomically(target: string, data: Buffer): void {
  const temporary = `${target}.${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}.tmp`;
  const flags = fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | (fs.constants.O_NOFOLLOW ?? 0);
  let fd: number | undefined;
  try {
    fd = fs.openSync(temporary, flags, 0o600);
    fs.writeSync(fd, data);
    // On the disk before the name: after a power cut the name never holds a file only partly written.
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(temporary, target);
  } catch (error) {
    if (fd !== undefined) fs.closeSync(fd);
    removeFile(temporary);
    throw error;
  }
}
