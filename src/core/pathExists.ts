import { lstatSync, promises as fs } from 'node:fs';

/**
 * Whether anything is at `file`, a symbolic link included (it is not followed): the question
 * before writing a file that must not replace one. Never throws.
 */
export async function pathExists(file: string): Promise<boolean> {
  try {
    await fs.lstat(file);
    return true;
  } catch {
    return false;
  }
}

/** `pathExists`, synchronously: whether anything is at `file`, a dangling link included. Never throws. */
export function pathExistsSync(file: string): boolean {
  try {
    lstatSync(file);
    return true;
  } catch {
    return false;
  }
}
