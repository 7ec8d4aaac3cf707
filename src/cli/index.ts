import type { Io } from './main';
import { INTERNAL_ERROR } from './internalError';
import { output } from './output';
import { wantsColor } from './summary';

const argv = process.argv.slice(2);
const stdout = output(1);
const stderr = output(2);
const io: Io = {
  cwd: process.cwd(),
  out: (text) => stdout.write(text + '\n'),
  err: (text) => stderr.write(text + '\n'),
  color: wantsColor(stdout, process.env),
};

/**
 * --help and --version are answered from the help text alone (a small chunk of the bundle),
 * without reading the linter; every command reads main, and export its own chunk on top.
 * The answers are main's: the same text, the same exit status.
 */
async function run(): Promise<number> {
  const [command] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    const { helpLang, helpText } = await import('./help');
    io.out(helpText(helpLang(argv)));
    return command === undefined ? 2 : 0;
  }
  if (command === '--version' || command === '-v') {
    io.out((await import('./help')).version);
    return 0;
  }
  return (await import('./main')).main(argv, io);
}

run().then(
  (code) => {
    // An output that could not be written has set 2 already: it stays.
    process.exitCode = Math.max(code, Number(process.exitCode ?? 0));
  },
  (error) => {
    (globalThis as Record<symbol, unknown>)[INTERNAL_ERROR] = true;
    stderr.write(`reportwright: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
