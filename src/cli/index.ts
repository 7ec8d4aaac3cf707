import { main } from './main';
import { wantsColor } from './summary';

main(process.argv.slice(2), {
  cwd: process.cwd(),
  out: (text) => process.stdout.write(text + '\n'),
  err: (text) => process.stderr.write(text + '\n'),
  color: wantsColor(process.stdout, process.env),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`reportwright: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
