import { isLang, type Lang, type Localized } from '../core/i18n';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { parseArguments } from './args';
import { escapeControls } from './format';
import { loadKinds } from './kinds';
import { ReportSettings } from './reportSettings';
import { isLintFormat, LINT_FORMATS, runLint } from './lintCommand';
import { loadExportCommand, loadInitCommand, loadOutlineCommand, loadTeachCommand } from './lazy';
import { helpLang, helpText } from './help';
import { version } from '../../package.json';
import { argumentError, headingLang, USAGE_HINT, WORDS } from './words';
import { namedFilesLang } from './files';

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
    io.out(helpText(helpLang(argv)));
    return command ? EXIT.ok : EXIT.usage;
  }
  if (command === '--version' || command === '-v') {
    io.out(version);
    return EXIT.ok;
  }
  let parsed;
  try {
    parsed = parseArguments(negativeValues(rest), {
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
    });
  } catch (error) {
    return usage(io, argumentError(error as Error), await usageLang(io, command, rest, undefined));
  }
  const { values, positionals, tokens } = parsed;
  /** A usage error, in --lang or the language of what the command works on. */
  const refuse = async (words: Localized) => usage(io, words, await usageLang(io, command, positionals, values.lang));
  if (values.help) {
    io.out(helpText(helpLang(argv)));
    return EXIT.ok;
  }
  // An option another command takes (`lint --to pdf`, `init --to pdf`) is refused, never ignored.
  const takes = COMMAND_OPTIONS[command];
  const foreign = takes && tokens.find((t) => t.kind === 'option' && !takes.includes(t.name));
  if (foreign && foreign.kind === 'option') return refuse(WORDS.optionNotForCommand(foreign.rawName, command, commandsTaking(foreign.name)));
  const { kinds, problems, unmatched } = await loadKinds(io.cwd, values.kinds ?? []);
  const givenLang = isLang(values.lang) ? values.lang : undefined;
  for (const problem of problems) io.err(`reportwright: ${problem[givenLang ?? 'en']}`);
  // A --kinds that names no file is a slip (a path from another folder, a quoted glob): the
  // reports of those kinds would all be "unknown kind".
  if (unmatched.length) return refuse(WORDS.noKindFile(unmatched[0]));
  if (values.config !== undefined && !existsSync(path.resolve(io.cwd, values.config))) return refuse(WORDS.noConfigFile(values.config));
  const settings = new ReportSettings(io, { configFile: values.config, reportFiles: values['report-files'] ?? [], kinds: values.kinds ?? [], lang: givenLang }, kinds);
  if (values.kind !== undefined && values.kind !== 'auto' && !kinds.get(values.kind)) {
    // Only a near miss is worth suggesting on the command line: a typo, not another word.
    const closest = kinds.closestId(values.kind);
    return refuse(WORDS.unknownKind(values.kind, closest, kinds.ids));
  }
  if (values.lang !== undefined && !isLang(values.lang)) return refuse(WORDS.badLang(values.lang));
  // Text on stdout (outlines, export summaries) quotes titles and names: escaped as stderr is. JSON escapes its own.
  // Lint's text output escapes each finding's words itself (its colours are its own escapes).
  if (values.format === 'text' && command !== 'lint') io.out = (text) => given.out(text.split('\n').map(escapeControls).join('\n'));
  switch (command) {
    case 'lint':
      if (!isLintFormat(values.format)) return refuse(WORDS.badFormat(LINT_FORMATS, values.format));
      if (positionals.length === 0) return refuse(WORDS.nothingToLint);
      if (values['max-warnings'] !== undefined && !/^\d+$/.test(values['max-warnings'])) {
        return refuse(WORDS.badMaxWarnings(values['max-warnings']));
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
          output: values.output,
        }),
      );
    case 'outline':
      if (values.format !== 'text' && values.format !== 'json') return refuse(WORDS.badFormat(['text', 'json'], values.format));
      if (positionals.length !== 1) return refuse(WORDS.outlineOneFile);
      return (await loadOutlineCommand()).runOutline(io, positionals[0], { format: values.format, kind: values.kind, settings, lang: values.lang as Lang | undefined });
    case 'export':
      if (positionals.length === 0) return refuse(WORDS.nothingToExport);
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
      if (positionals.length > 1) return refuse(WORDS.initOneFolder);
      return (await loadInitCommand()).runInit(io, positionals[0], { settings, force: values.force ?? false, lang: values.lang as Lang | undefined });
    case 'teach':
      return (await loadTeachCommand()).runTeach(io, positionals, { configFile: values.config, lang: values.lang as 'vi' | 'en' | undefined, kinds });
    default:
      return refuse(WORDS.unknownCommand(command));
  }
}

/** The options each command reads (`--help` aside); any other given to it is a usage error. */
const COMMAND_OPTIONS: Readonly<Record<string, readonly string[]>> = {
  lint: ['format', 'output', 'kind', 'report-files', 'fix', 'lang', 'max-warnings', 'kinds', 'config', 'help'],
  outline: ['format', 'kind', 'report-files', 'lang', 'kinds', 'config', 'help'],
  export: ['to', 'output', 'profile', 'force', 'strict', 'browser', 'reference-docx', 'kind', 'report-files', 'lang', 'kinds', 'config', 'help'],
  init: ['force', 'lang', 'report-files', 'kinds', 'config', 'help'],
  teach: ['config', 'lang', 'kinds', 'help'],
};

/** The commands that take an option, for the message that refuses it elsewhere. */
function commandsTaking(option: string): string[] {
  return Object.keys(COMMAND_OPTIONS).filter((command) => COMMAND_OPTIONS[command].includes(option));
}

function usage(io: Io, message: Localized, lang: Lang): number {
  io.err(`reportwright: ${message[lang]}\n${USAGE_HINT[lang]}`);
  return EXIT.usage;
}

/**
 * The language of a usage error: `--lang` (read from the raw arguments when they could not be
 * parsed), else for `teach` the heading's, else the language of the reports named (Vietnamese
 * when every one readable is), else English. Read only when there is an error to say.
 */
async function usageLang(io: Io, command: string, args: readonly string[], lang: string | undefined): Promise<Lang> {
  const given = lang ?? langArgument(args);
  if (isLang(given)) return given;
  const positionals = args.filter((a) => !a.startsWith('-'));
  if (command === 'teach') return positionals[0] ? headingLang(positionals[0]) : 'en';
  return namedFilesLang(positionals, io.cwd);
}

/** `--lang vi` or `--lang=vi` among raw arguments. */
function langArgument(args: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--lang') return args[i + 1];
    if (args[i].startsWith('--lang=')) return args[i].slice('--lang='.length);
  }
  return undefined;
}

/**
 * `--max-warnings -1` read as `--max-warnings=-1`: Node's parseArgs takes "-1" for an option and
 * would say the value is missing; joined, the value is judged (and refused) in words like any other.
 */
function negativeValues(args: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--max-warnings' && /^-\d/.test(args[i + 1] ?? '')) out.push(`--max-warnings=${args[++i]}`);
    else out.push(args[i]);
  }
  return out;
}
