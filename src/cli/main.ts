import { parseArgs } from 'node:util';
import { DEFAULT_KINDS, isLang } from '../core';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { loadKinds } from './kinds';
import { ReportSettings } from './reportSettings';
import { runLint } from './lintCommand';
import { runOutline } from './outlineCommand';
import { version } from '../../package.json';

export const EXIT = { ok: 0, errors: 1, usage: 2 } as const;

export interface Io {
  cwd: string;
  out(text: string): void;
  err(text: string): void;
}

const HELP = `Reportwright ${version}: lint and export structured Markdown reports (results, priorities, conclusion).

Usage:
  reportwright lint [options] FILE|FOLDER|GLOB...
  reportwright outline [--format text|json] [--kind KIND] FILE
  reportwright export FILE|FOLDER|GLOB... --to html|docx|pdf [-o OUT] [--profile default|nd30] [--reference-docx FILE] [--force] [--strict]

Lint options:
  --format text|json|sarif  output format (default text); sarif: SARIF 2.1.0 for code-scanning services
  --kind KIND            treat every file as a report of this kind (${DEFAULT_KINDS.ids.join(', ')})
  --report-files GLOB    files matching GLOB are reports even without "kind:" (repeatable)
  --fix                  apply every mechanical fix and write the files
  --lang vi|en           language of the messages (default: each report's "lang", else en)
  --max-warnings N       exit 1 when there are more than N warnings (default: warnings never fail)
  --kinds GLOB           more report kind files (JSON), besides .reportwright/kinds/*.json (repeatable)
  --config FILE          the configuration for every file (default: each file's nearest
                         .reportwright.json or .reportwright.yaml up the folder tree)

Export options:
  --to html|docx|pdf     the format: one standalone HTML file, a Word document, or a PDF
  -o, --output OUT       where to write: a file (one report) or a folder (several reports, or OUT
                         ending in / or naming a folder); default: next to each report, with the
                         format's extension
  --reference-docx FILE  Word only: take the styles (fonts, sizes, spacing, headings) of this Word
                         file, as pandoc's reference documents do
  --profile default|nd30 page layout; nd30: A4, margins 20/20/30/15 mm, Times New Roman 13 pt (NĐ 30/2020)
  --force                replace OUT if it exists (otherwise an existing file is never touched)
  --strict               refuse to export a report with error findings or placeholders (exit 1)
  --browser PATH         Chromium, Chrome or Edge to print PDFs (default: found on PATH or the usual places)

Exit status: 0 no error findings, 1 error findings (or more warnings than --max-warnings), 2 usage error or unreadable file.
export: 0 written, 1 refused by --strict, 2 usage error, existing file, no browser or failed write.
A Markdown file is a report when its front matter has "kind:" (or --kind / --report-files say so);
other Markdown files get no findings.`;

export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    io.out(HELP);
    return command ? EXIT.ok : EXIT.usage;
  }
  if (command === '--version' || command === '-v') {
    io.out(version);
    return EXIT.ok;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        kind: { type: 'string' },
        'report-files': { type: 'string', multiple: true },
        fix: { type: 'boolean', default: false },
        lang: { type: 'string' },
        'max-warnings': { type: 'string' },
        kinds: { type: 'string', multiple: true },
        config: { type: 'string' },
        to: { type: 'string' },
        output: { type: 'string', short: 'o' },
        profile: { type: 'string' },
        force: { type: 'boolean', default: false },
        strict: { type: 'boolean', default: false },
        browser: { type: 'string' },
        'reference-docx': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return usage(io, (error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(HELP);
    return EXIT.ok;
  }
  const { kinds, problems } = await loadKinds(io.cwd, values.kinds ?? []);
  for (const problem of problems) io.err(`reportwright: ${problem}`);
  if (values.config !== undefined && !existsSync(path.resolve(io.cwd, values.config))) return usage(io, `--config ${values.config}: no such file`);
  const settings = new ReportSettings(io, { configFile: values.config, reportFiles: values['report-files'] ?? [], kinds: values.kinds ?? [] }, kinds);
  if (values.kind !== undefined && !kinds.get(values.kind)) {
    // Only a near miss is worth suggesting on the command line: a typo, not another word.
    const closest = kinds.closestId(values.kind, Math.max(2, Math.floor(values.kind.length / 3)));
    return usage(io, `unknown kind "${values.kind}"${closest ? `; did you mean "${closest}"?` : ''} Known kinds: ${kinds.ids.join(', ')}.`);
  }
  if (values.lang !== undefined && !isLang(values.lang)) return usage(io, `--lang must be vi or en, not "${values.lang}"`);
  switch (command) {
    case 'lint':
      if (values.format !== 'text' && values.format !== 'json' && values.format !== 'sarif') {
        return usage(io, `--format must be text, json or sarif, not "${values.format}"`);
      }
      if (positionals.length === 0) return usage(io, 'name at least one file, folder or glob to lint');
      if (values['max-warnings'] !== undefined && !/^\d+$/.test(values['max-warnings'])) {
        return usage(io, `--max-warnings takes a whole number of 0 or more, not "${values['max-warnings']}"`);
      }
      return Math.max(
        problems.length ? EXIT.usage : EXIT.ok,
        await runLint(io, positionals, {
          format: values.format,
          kind: values.kind,
          settings,
          fix: values.fix ?? false,
          lang: values.lang as 'vi' | 'en' | undefined,
          maxWarnings: values['max-warnings'] === undefined ? undefined : Number(values['max-warnings']),
        }),
      );
    case 'outline':
      if (values.format !== 'text' && values.format !== 'json') return usage(io, `--format must be text or json, not "${values.format}"`);
      if (positionals.length !== 1) return usage(io, 'outline takes exactly one file');
      return runOutline(io, positionals[0], { format: values.format, kind: values.kind, settings });
    case 'export':
      if (positionals.length === 0) return usage(io, 'name at least one file, folder or glob to export');
      // Loaded only for an export: the Word writer is as large as the rest of the command line.
      // (require, not import(): the bundle and the tests' TypeScript loader both follow it.)
      return (require('./exportCommand') as typeof import('./exportCommand')).runExport(io, positionals, {
        to: values.to,
        output: values.output,
        profile: values.profile,
        force: values.force ?? false,
        strict: values.strict ?? false,
        browser: values.browser,
        referenceDocx: values['reference-docx'],
        kind: values.kind,
        settings,
        lang: values.lang as 'vi' | 'en' | undefined,
      });
    default:
      return usage(io, `unknown command "${command}"`);
  }
}

function usage(io: Io, message: string): number {
  io.err(`reportwright: ${message}\nRun "reportwright --help" for usage.`);
  return EXIT.usage;
}
