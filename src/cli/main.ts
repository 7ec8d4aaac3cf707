import { parseArgs } from 'node:util';
import { isLang } from '../core';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { escapeControls } from './format';
import { loadKinds } from './kinds';
import { ReportSettings } from './reportSettings';
import { isLintFormat, LINT_FORMATS, runLint } from './lintCommand';
import { runOutline } from './outlineCommand';
import { runInit } from './initCommand';
import { runTeach } from './teachCommand';
import { loadExportCommand } from './lazy';
import { helpText } from './help';
import { version } from '../../package.json';

export const EXIT = { ok: 0, errors: 1, usage: 2 } as const;

export interface Io {
  cwd: string;
  out(text: string): void;
  err(text: string): void;
  /** Colour the text output (a terminal, and NO_COLOR not set): see wantsColor in summary.ts. */
  color?: boolean;
}

export async function main(argv: string[], given: Io): Promise<number> {
  // A file name or a kind with ESC, CR or LF must not forge lines or run terminal escapes.
  const io: Io = { ...given, err: (text) => given.err(text.split('\n').map(escapeControls).join('\n')) };
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    io.out(helpText());
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
    io.out(helpText());
    return EXIT.ok;
  }
  const { kinds, problems } = await loadKinds(io.cwd, values.kinds ?? []);
  for (const problem of problems) io.err(`reportwright: ${problem}`);
  if (values.config !== undefined && !existsSync(path.resolve(io.cwd, values.config))) return usage(io, `--config ${values.config}: no such file`);
  const settings = new ReportSettings(io, { configFile: values.config, reportFiles: values['report-files'] ?? [], kinds: values.kinds ?? [] }, kinds);
  if (values.kind !== undefined && values.kind !== 'auto' && !kinds.get(values.kind)) {
    // Only a near miss is worth suggesting on the command line: a typo, not another word.
    const closest = kinds.closestId(values.kind, Math.max(2, Math.floor(values.kind.length / 3)));
    return usage(io, `unknown kind "${values.kind}"${closest ? `; did you mean "${closest}"?` : ''} Known kinds: ${kinds.ids.join(', ')}.`);
  }
  if (values.lang !== undefined && !isLang(values.lang)) return usage(io, `--lang must be vi or en, not "${values.lang}"`);
  // Text on stdout (outlines, export summaries) quotes titles and names: escaped as stderr is. JSON escapes its own.
  // Lint's text output escapes each finding's words itself (its colours are its own escapes).
  if (values.format === 'text' && command !== 'lint') io.out = (text) => given.out(text.split('\n').map(escapeControls).join('\n'));
  switch (command) {
    case 'lint':
      if (!isLintFormat(values.format)) return usage(io, `--format must be ${LINT_FORMATS.slice(0, -1).join(', ')} or ${LINT_FORMATS.at(-1)}, not "${values.format}"`);
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
      return (await loadExportCommand()).runExport(io, positionals, {
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
    case 'init':
      if (positionals.length > 1) return usage(io, 'init takes at most one folder');
      return runInit(io, positionals[0], { settings, force: values.force ?? false });
    case 'teach':
      return runTeach(io, positionals, { configFile: values.config, lang: values.lang as 'vi' | 'en' | undefined, kinds });
    default:
      return usage(io, `unknown command "${command}"`);
  }
}

function usage(io: Io, message: string): number {
  io.err(`reportwright: ${message}\nRun "reportwright --help" for usage.`);
  return EXIT.usage;
}
