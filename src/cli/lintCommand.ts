import { kindOption } from './kindOption';
import * as path from 'node:path';
import { fixAll, lint, parseReport, type Lang } from '../core';
import { expandArguments, FileProblem, readSource, writeSourceAtomically } from './files';
import { type FileFindings, toJson, toText } from './format';
import { toSarif } from './sarif';
import { EXIT, type Io } from './main';
import type { ReportSettings } from './reportSettings';

export interface LintCommandOptions {
  format: 'text' | 'json' | 'sarif';
  kind?: string;
  settings: ReportSettings;
  fix: boolean;
  lang?: Lang;
  /** More warnings than this make the run fail (exit 1), for CI that lets a few through. */
  maxWarnings?: number;
}

export async function runLint(io: Io, args: string[], options: LintCommandOptions): Promise<number> {
  const { files, problems } = await expandArguments(args, io.cwd);
  let failed = problems.length > 0;
  for (const problem of problems) io.err(`reportwright: ${problem}`);

  const results: FileFindings[] = [];
  for (const file of files) {
    try {
      results.push(await lintFile(io, file, options));
    } catch (error) {
      if (!(error instanceof FileProblem)) throw error;
      io.err(`reportwright: ${file}: ${error.message}`);
      failed = true;
    }
  }
  if (options.format === 'json') io.out(JSON.stringify(toJson(results), null, 2));
  else if (options.format === 'sarif') io.out(JSON.stringify(toSarif(results), null, 2));
  else {
    const text = toText(results);
    if (text) io.out(text);
  }
  if (failed || options.settings.failed) return EXIT.usage;
  const findings = results.flatMap((r) => r.findings);
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    io.err(`reportwright: ${warnings} warnings, more than --max-warnings ${options.maxWarnings}`);
    return EXIT.errors;
  }
  return findings.some((f) => f.severity === 'error') ? EXIT.errors : EXIT.ok;
}

async function lintFile(io: Io, file: string, options: LintCommandOptions): Promise<FileFindings> {
  const absolute = path.resolve(io.cwd, file);
  const source = await readSource(absolute);
  const settings = await options.settings.forFile(absolute);
  const parse = { ...settings.parse, ...kindOption(options.kind) };
  const lintOptions = { ...settings.lint, messageLang: options.lang };
  if (!options.fix) return { file, findings: lint(parseReport(source.text, parse), lintOptions) };
  const result = fixAll(source.text, parse, lintOptions);
  if (result.text !== source.text) {
    await writeSourceAtomically(source, result.text);
    // On stderr, so that --format json stays a JSON document on stdout.
    io.err(`reportwright: ${file}: fixed ${result.applied} problem${result.applied === 1 ? '' : 's'}`);
  }
  return { file, findings: result.findings };
}
