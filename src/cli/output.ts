/**
 * The command line's standard output and error, written to their file descriptors directly.
 * `process.stdout` is built on first use, with Node's stream modules under it (a few
 * milliseconds at every start, more on a pipe); a lint only writes lines. Writing is synchronous,
 * as Node's own stdout is for files, terminals and (on Linux) pipes, so lines keep their order
 * and nothing is left unwritten at exit.
 *
 * A descriptor that refuses a write for now (EAGAIN: a non-blocking pipe the reader has not
 * emptied) hands that write and every later one to Node's stream, which waits for the reader.
 * A reader that has gone (EPIPE: `reportwright lint | head`) ends the output quietly; any other
 * failure (ENOSPC: `> /dev/full`) is said in one line on standard error and the run exits 2.
 */
import { fstatSync, statSync, writeSync, type Stats } from 'node:fs';

/** A writer of text to the descriptor `fd` (1 or 2), and whether that descriptor is a terminal. */
export interface Output {
  write(text: string): void;
  readonly isTTY: boolean;
}

/**
 * Whether `fd` is a terminal. Asked only when needed (NO_COLOR settles colour first): Node's tty
 * module brings its net and stream modules with it, so a file, pipe or socket is told by `fstat`
 * without it, and only a character device is asked of the tty module.
 */
function isTerminal(fd: number): boolean {
  try {
    const stat = fstatSync(fd);
    if (!stat.isCharacterDevice()) return false;
    // `> /dev/null` (a script that reads only the exit status) is a character device too, and no terminal.
    if (isNullDevice(stat)) return false;
  } catch {
    return false;
  }
  return (require('node:tty') as typeof import('node:tty')).isatty(fd);
}

/** Whether `stat` is the null device's (`/dev/null`, where the system has one). */
function isNullDevice(stat: Stats): boolean {
  try {
    const nul = statSync('/dev/null');
    return nul.isCharacterDevice() && nul.rdev === stat.rdev;
  } catch {
    return false;
  }
}

export function output(fd: 1 | 2): Output {
  let mode: 'direct' | 'stream' | 'closed' = 'direct';
  let terminal: boolean | undefined;
  const stream = () => (fd === 1 ? process.stdout : process.stderr);
  /** The output cannot be written (a full disk, a closed descriptor): said once on standard error, and the run exits 2. */
  const fail = (failure: NodeJS.ErrnoException) => {
    mode = 'closed';
    if (failure.code === 'EPIPE') return;
    process.exitCode = 2;
    if (fd === 1) {
      try {
        writeSync(2, `reportwright: cannot write the standard output: ${failure.code ?? failure.message}\n`);
      } catch {
        // Standard error is gone too: the exit status says it.
      }
    }
  };
  return {
    get isTTY() {
      return (terminal ??= isTerminal(fd));
    },
    write(text) {
      if (mode === 'closed') return;
      if (mode === 'stream') {
        stream().write(text);
        return;
      }
      const bytes = Buffer.from(text, 'utf8');
      let at = 0;
      try {
        while (at < bytes.length) at += writeSync(fd, bytes, at, bytes.length - at);
      } catch (error) {
        const failure = error as NodeJS.ErrnoException;
        if (failure.code !== 'EAGAIN') {
          fail(failure);
          return;
        }
        // Refused for now: Node's stream takes over, from the first byte not written, and waits for the reader.
        mode = 'stream';
        stream().on('error', fail);
        stream().write(bytes.subarray(at));
      }
    },
  };
}
