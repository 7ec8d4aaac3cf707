import { kindOption } from './kindOption';
import * as path from 'node:path';
import { fixAll, lint, parseReport, type Lang } from '../core';
import { expandArguments, FileProblem, readSource, writeSourceAtomically } from './files';
import { type FileFindings, toJson, toText } from './format';
import { toSarif } from './sarif';
import { toJunit } from './junit';
import { toCodeQuality } from './codequality';
import { colorLine, colorSummary, summaryLine, totals } from './summary';
import { EXIT, type Io } from './main';
import type { ReportSettings } from './reportSettings';

/** What `lint --format` can print: text for people, the others for CI services (SARIF: code scanning, JUnit: test reports, codequality: GitLab merge requests). */
export const LINT_FORMATS = ['text', 'json', 'sarif', 'junit', 'codequality'] as const;
export type LintFormat = (typeof LINT_FORMATS)[number];

/** True for a name `--format` accepts on `lint`. */
export function isLintFormat(value: string | undefined): value is LintFormat {
  return (LINT_FORMATS as readonly string[]).includes(value ?? '');
}

export interface LintCommandOptions {
  format: LintFormat;
  kind?: string;
  settings: ReportSettings;
  fix: boolean;
  lang?: Lang;
  /** More warnings than this make the run fail (exit 1), for CI that lets a few through. */
  maxWarnings?: number;
}

interface LintedFile extends FileFindings {
  /** The report's language, for the summary line; undefined for plain Markdown. */
  reportLang?: Lang;
}

/**
 * `reportwright lint`: expands the arguments (files, folders, globs), lints each file the
 * configuration's `ignores` leave in, prints the findings in the chosen format (text ends with
 * the summary line) and returns the exit status: 2 when an argument, a file or a configuration
 * could not be read, else 1 on an error finding or more warnings than --max-warnings, else 0.
 */
export async function runLint(io: Io, args: string[], options: LintCommandOptions): Promise<number> {
  const { files, problems } = await expandArguments(args, io.cwd);
  let failed = problems.length > 0;
  for (const problem of problems) io.err(`reportwright: ${problem}`);

  const results: LintedFile[] = [];
  for (const file of files) {
    try {
      const linted = await lintFile(io, file, options);
      if (linted) results.push(linted);
    } catch (error) {
      if (!(error instanceof FileProblem)) throw error;
      io.err(`reportwright: ${file}: ${error.message}`);
      failed = true;
    }
  }
  const sum = totals(results);
  switch (options.format) {
    case 'json':
      io.out(JSON.stringify(toJson(results), null, 2));
      break;
    case 'sarif':
      io.out(JSON.stringify(toSarif(results), null, 2));
      break;
    case 'junit':
      io.out(toJunit(results));
      break;
    case 'codequality':
      io.out(JSON.stringify(toCodeQuality(results), null, 2));
      break;
    default: {
      const text = toText(results);
      if (text) io.out(io.color ? text.split('\n').map(colorLine).join('\n') : text);
      const line = summaryLine(sum, options.lang ?? summaryLang(results));
      io.out(io.color ? colorSummary(line, sum) : line);
    }
  }
  if (failed || options.settings.failed) return EXIT.usage;
  if (options.maxWarnings !== undefined && sum.warnings > options.maxWarnings) {
    io.err(`reportwright: ${sum.warnings} warnings, more than --max-warnings ${options.maxWarnings}`);
    return EXIT.errors;
  }
  return sum.errors > 0 ? EXIT.errors : EXIT.ok;
}

/** Vietnamese when every report checked is Vietnamese, else English. */
function summaryLang(results: readonly LintedFile[]): Lang {
  const langs = new Set(results.flatMap((r) => (r.reportLang ? [r.reportLang] : [])));
  return langs.size === 1 && langs.has('vi') ? 'vi' : 'en';
}

/** Lints one file (and fixes it with --fix); undefined when the configuration's `ignores` leave it out. */
async function lintFile(io: Io, file: string, options: LintCommandOptions): Promise<LintedFile | undefined> {
  const absolute = path.resolve(io.cwd, file);
  const settings = await options.settings.forFile(absolute);
  if (settings.ignored) return undefined;
  const source = await readSource(absolute);
  const parse = { ...settings.parse, ...kindOption(options.kind) };
  const lintOptions = { ...settings.lint, messageLang: options.lang };
  if (!options.fix) {
    const doc = parseReport(source.text, parse);
    return { file, findings: lint(doc, lintOptions), reportLang: doc.isReport ? doc.lang : undefined };
  }
  const result = fixAll(source.text, parse, lintOptions);
  if (result.text !== source.text) {
    await writeSourceAtomically(source, result.text);
    // On stderr, so that --format json stays a JSON document on stdout.
    io.err(`reportwright: ${file}: fixed ${result.applied} problem${result.applied === 1 ? '' : 's'}`);
  }
  const doc = parseReport(result.text, parse);
  return { file, findings: result.findings, reportLang: doc.isReport ? doc.lang : undefined };
}
