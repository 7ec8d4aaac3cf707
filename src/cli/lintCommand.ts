import { promises as fs } from 'node:fs';
import { kindOption } from './kindOption';
import * as path from 'node:path';
// From each module, not from core's index: the index loads every module of the engine (rendering, templates, teaching), which a lint never runs.
import type { Lang, Localized } from '../core/i18n';
import { DEFAULT_KINDS, type KindRegistry } from '../core/kinds/registry';
import { lint } from '../core/lint';
import { fixAll } from '../core/fix';
import { parseReport, type ReportDocument } from '../core/model/document';
import { expandArguments, FileProblem, readSource, replaceFile, writeSourceAtomically } from './files';
import { repositoryRoot } from './ignores';
import { escapeControls, type FileFindings, toJson, toText, type UnreadFile } from './format';
import { toSarif } from './sarif';
import { toJunit } from './junit';
import { toCodeQuality } from './codequality';
import { toGithub } from './github';
import { colorLine, colorSummary, summaryLine, totals } from './summary';
import { EXIT, type Io } from './main';
import { kindLabel, NOT_CHECKED_CASE, type NotCheckedReason, notCheckedNote, WORDS } from './words';
import type { ReportSettings } from './reportSettings';

/** What `lint --format` can print: text for people, the others for CI services (SARIF: code scanning, JUnit: test reports, codequality: GitLab merge requests). */
export const LINT_FORMATS = ['text', 'json', 'sarif', 'junit', 'codequality', 'github'] as const;
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
  /** `-o FILE`: what would go to standard output is written to FILE instead (see writeOutput). */
  output?: string;
}

interface LintedFile extends FileFindings {
  /** The file's language (front matter `lang`, else detected), for the summary line and the notes. */
  lang: Lang;
  /** Why the file was not checked as a report; undefined for a report. */
  notChecked?: NotCheckedReason;
  /** For a file not checked: the kind it confidently looks like, if any (the note offers --kind auto only then), and its name. */
  looksLike?: string;
  looksLikeName?: Localized;
  /** A file its configuration's `reportFiles` leaves out: no report by the team's choice, so the text note does not name it. */
  leftOut?: true;
}

/**
 * `reportwright lint`: expands the arguments (files, folders, globs), lints each file the
 * configuration's `ignores` leave in, prints the findings in the chosen format (text ends with
 * the summary line, after a note naming the files not checked as reports and how to check them)
 * and returns the exit status: 2 when an argument, a file or a configuration could not be read,
 * else 1 on an error finding or more warnings than --max-warnings, else 0. Its words are in
 * --lang, else the reports' language (see runLang); the other formats carry no note.
 */
export async function runLint(given: Io, args: string[], options: LintCommandOptions): Promise<number> {
  const { files, problems, notes } = await expandArguments(args, given.cwd);
  // With -o, the output is gathered and written at the end, without colours.
  const written: string[] = [];
  const io: Io = options.output === undefined ? given : { ...given, out: (text) => written.push(text), color: false };
  let failed = problems.length > 0;
  // Said once the files' language is known.
  const unread: Localized[] = [...problems, ...notes];

  const results: LintedFile[] = [];
  // Files that could not be read: the CI formats list them too, so a report left unread never looks clean.
  const unreadFiles: Array<{ file: string; words: Localized }> = [];
  for (const file of files) {
    try {
      const linted = await lintFile(io, file, options);
      if (linted) results.push(linted);
    } catch (error) {
      if (!(error instanceof FileProblem)) throw error;
      unread.push({ en: `${file}: ${error.words.en}`, vi: `${file}: ${error.words.vi}` });
      unreadFiles.push({ file, words: error.words });
      failed = true;
    }
  }
  const lang = options.lang ?? runLang(results);
  for (const problem of unread) io.err(`reportwright: ${problem[lang]}`);
  const notRead: UnreadFile[] = unreadFiles.map(({ file, words }) => ({ file, message: words[lang] }));
  // The CI formats name files from the repository's root, as code review services map them,
  // wherever in the repository the command runs (a job's working-directory, a monorepo's folder).
  const root = options.format === 'text' || options.format === 'json' ? io.cwd : (repositoryRoot(path.resolve(io.cwd)) ?? io.cwd);
  const fromRoot = (file: string) => path.relative(root, path.resolve(io.cwd, file)).split(path.sep).join('/');
  const ci = {
    results: results.map((r) => ({ ...r, file: fromRoot(r.file), ...(r.notChecked ? { skipped: NOT_CHECKED_CASE[r.notChecked][lang] } : {}) })),
    unread: notRead.map((u) => ({ ...u, file: fromRoot(u.file) })),
  };
  const sum = totals(results);
  switch (options.format) {
    case 'json':
      io.out(JSON.stringify(toJson(results), null, 2));
      break;
    case 'sarif':
      io.out(JSON.stringify(toSarif(ci.results, ci.unread), null, 2));
      break;
    case 'junit':
      io.out(toJunit(ci.results, ci.unread));
      break;
    case 'github': {
      const annotations = toGithub(ci.results, ci.unread);
      if (annotations) io.out(annotations);
      break;
    }
    case 'codequality':
      io.out(JSON.stringify(toCodeQuality(ci.results, ci.unread), null, 2));
      break;
    default: {
      const text = toText(results);
      if (text) io.out(io.color ? text.split('\n').map(colorLine).join('\n') : text);
      // In the run's language, as the summary line: one run never mixes languages.
      for (const note of notCheckedNotes(results, lang)) io.out(note);
      // A run that found nothing to check (every path a slip) says so on stderr, not "Checked 0 files".
      if (files.length === 0 && failed) break;
      const line = summaryLine(sum, lang);
      io.out(io.color ? colorSummary(line, sum) : line);
    }
  }
  if (options.output !== undefined) {
    const refused = await writeOutput(io.cwd, options.output, written.length ? written.join('\n') + '\n' : '', files);
    if (refused) {
      io.err(`reportwright: ${refused[lang]}`);
      return EXIT.usage;
    }
  }
  if (failed || options.settings.failed) return EXIT.usage;
  if (options.maxWarnings !== undefined && sum.warnings > options.maxWarnings) {
    io.err(`reportwright: ${WORDS.tooManyWarnings(sum.warnings, options.maxWarnings)[lang]}`);
    return EXIT.errors;
  }
  return sum.errors > 0 ? EXIT.errors : EXIT.ok;
}

/**
 * The language of the run's own words (the summary line, unreadable files): Vietnamese when every
 * report checked is Vietnamese, or, when none was checked as a report, every file is; else English.
 */
function runLang(results: readonly LintedFile[]): Lang {
  const reports = results.filter((r) => !r.notChecked);
  return commonLang(reports.length ? reports : results);
}

function commonLang(results: readonly LintedFile[]): Lang {
  const langs = new Set(results.map((r) => r.lang));
  return langs.size === 1 && langs.has('vi') ? 'vi' : 'en';
}

/**
 * `lint -o FILE`: the output written to FILE whole, through a new file and a rename (replaceFile):
 * a symbolic link planted at FILE (a repository's `reportwright.sarif -> ~/.bashrc`) is replaced,
 * never written through. Refused in words, with nothing written: FILE is one of the files linted
 * (a report is never replaced by its findings), or FILE is in the working folder while its
 * folder, links resolved, is not (a planted folder link leading out). Undefined when written.
 */
async function writeOutput(cwd: string, output: string, text: string, linted: readonly string[]): Promise<Localized | undefined> {
  const target = path.resolve(cwd, output);
  // A path by its folder's real path and its own name: a link at the name is not resolved (it is replaced).
  const placed = async (file: string) => path.join(await fs.realpath(path.dirname(file)).catch(() => path.dirname(file)), path.basename(file));
  const where = await placed(target);
  for (const file of linted) if ((await placed(path.resolve(cwd, file))) === where) return WORDS.outputIsLinted(output);
  const inside = (folder: string, root: string) => folder === root || folder.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
  const realCwd = await fs.realpath(cwd).catch(() => path.resolve(cwd));
  if (inside(path.dirname(target), path.resolve(cwd)) && !inside(path.dirname(where), realCwd)) return WORDS.outputLeadsOut(output);
  try {
    await replaceFile(target, text);
  } catch (error) {
    return WORDS.cannotWriteOutput(output, describeWriteError(error as NodeJS.ErrnoException));
  }
  return undefined;
}

function describeWriteError(error: NodeJS.ErrnoException): Localized {
  switch (error.code) {
    case 'ENOENT':
      return { en: 'its folder does not exist', vi: 'thư mục chứa nó không tồn tại' };
    case 'EISDIR':
      return { en: 'it is a folder', vi: 'đó là một thư mục' };
    case 'EACCES':
    case 'EPERM':
      return { en: 'permission denied', vi: 'không có quyền ghi' };
    case 'ENOTDIR':
      return { en: 'a part of its path is not a folder', vi: 'một phần của đường dẫn không phải thư mục' };
    default:
      return { en: error.code ?? String(error), vi: error.code ?? String(error) };
  }
}

/** For a document that is no report: why, the kind it looks like, and whether its configuration lists the reports and leaves it out. */
function notCheckedFields(doc: ReportDocument, kinds: KindRegistry | undefined, reason: NotCheckedReason, reportsListed: boolean): Pick<LintedFile, 'notChecked' | 'looksLike' | 'looksLikeName' | 'leftOut'> {
  if (doc.isReport) return {};
  return { notChecked: reason, ...notCheckedKind(doc, kinds), ...(reportsListed ? { leftOut: true as const } : {}) };
}

/** One note per reason some files were not checked as reports. */
function notCheckedNotes(results: readonly LintedFile[], lang: Lang): string[] {
  const notes: string[] = [];
  for (const reason of ['no-kind', 'not-confident'] as const) {
    const left = results.filter((r) => r.notChecked === reason && !(reason === 'no-kind' && r.leftOut));
    // A file name with a line break or an escape is shown escaped: the note stays one line.
    if (left.length) notes.push(notCheckedNote(left.map((r) => escapeControls(r.file)), reason, lang, left.map((r) => r.looksLike && kindLabel(r.looksLikeName, r.looksLike, lang))));
  }
  return notes;
}

/** Lints one file (and fixes it with --fix); undefined when the configuration's `ignores` leave it out. */
async function lintFile(io: Io, file: string, options: LintCommandOptions): Promise<LintedFile | undefined> {
  const absolute = path.resolve(io.cwd, file);
  const settings = await options.settings.forFile(absolute);
  if (settings.ignored) return undefined;
  const source = await readSource(absolute);
  const parse = { ...settings.parse, ...kindOption(options.kind) };
  const lintOptions = { ...settings.lint, messageLang: options.lang };
  const reason: NotCheckedReason = options.kind === 'auto' ? 'not-confident' : 'no-kind';
  if (!options.fix) {
    const doc = parseReport(source.text, parse);
    return { file, findings: lint(doc, lintOptions), lang: doc.lang, ...notCheckedFields(doc, parse.kinds, reason, settings.reportsListed) };
  }
  const result = fixAll(source.text, parse, lintOptions);
  const doc = parseReport(result.text, parse);
  if (result.text !== source.text) {
    await writeSourceAtomically(source, result.text);
    // On stderr, so that --format json stays a JSON document on stdout.
    io.err(`reportwright: ${WORDS.fixed(file, result.fixed)[options.lang ?? doc.lang]}`);
  }
  return { file, findings: result.findings, lang: doc.lang, ...notCheckedFields(doc, parse.kinds, reason, settings.reportsListed) };
}

/** What a file not checked as a report confidently looks like, for the note. */
function notCheckedKind(doc: ReportDocument, kinds: KindRegistry | undefined): { looksLike?: string; looksLikeName?: Localized } {
  const id = doc.detection.confident ? doc.detection.kind : undefined;
  if (!id) return {};
  const name = (kinds ?? DEFAULT_KINDS).get(id)?.name;
  return name ? { looksLike: id, looksLikeName: name } : { looksLike: id };
}
