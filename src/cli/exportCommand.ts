import { promises as fs, statSync } from 'node:fs';
import * as path from 'node:path';
import { type Lang, type Localized, lint, parseReport } from '../core';
import { defaultOutputPath, EXPORT_FORMATS, ExportError, type ExportFormat, exportReport, gateSummary, isExportFormat, isProfileId, PROFILE_IDS, type ProfileId } from '../core/export';
import { MAX_IMAGE_BYTES, ReadRefused } from '../core/export/images';
import { MAX_REFERENCE_BYTES } from '../core/export/formats';
import { sameFile } from '../core/export/write';
import { version } from '../../package.json';
import { expandArguments, FileProblem, namedFilesLang, readSource } from './files';
import { orList, USAGE_HINT } from './words';
import { readInside, readRegularFile } from './safeRead';
import { EXIT, type Io } from './main';
import type { ReportSettings } from './reportSettings';

export interface ExportCommandOptions {
  to?: string;
  output?: string;
  profile?: string;
  force: boolean;
  strict: boolean;
  browser?: string;
  kind?: string;
  settings: ReportSettings;
  lang?: Lang;
  /** A Word file whose styles Word exports take (pandoc's reference document). */
  referenceDocx?: string;
  /** How often a long export says how far it is, in milliseconds (5 s; tests make it shorter). */
  progressEveryMs?: number;
}

/** After this long, a PDF still printing says so, and again every as long. */
const TICK_MS = 5000;

/**
 * `reportwright export FILE|FOLDER|GLOB… --to html|docx|pdf`: writes each report next to
 * itself, or with -o to that file (one report) or into that folder (several, or -o naming a
 * folder; their folders below the common one are kept), never over an existing file without
 * --force. A report with errors or placeholders is exported with a warning, or not at all
 * with --strict (exit 1). One line per file on stdout (`[2/5] …` when there are several) and
 * a summary; a PDF that takes long says how far it is on stderr. Exit status: the worst of
 * the files'.
 */
export async function runExport(io: Io, args: readonly string[], options: ExportCommandOptions): Promise<number> {
  // Said before any report is read: in --lang, else the language of the reports named.
  const usage = async (message: Localized) => {
    const lang = options.lang ?? (await namedFilesLang(args, io.cwd));
    io.err(`reportwright: ${message[lang]}\n${USAGE_HINT[lang]}`);
    return EXIT.usage;
  };
  if (!options.to) return usage({ en: `export needs --to ${EXPORT_FORMATS.join('|')}`, vi: `export cần --to ${EXPORT_FORMATS.join('|')}` });
  if (!isExportFormat(options.to)) return usage({ en: `--to must be ${orList(EXPORT_FORMATS, 'en')}, not "${options.to}"`, vi: `--to chỉ nhận ${orList(EXPORT_FORMATS, 'vi')}, không nhận "${options.to}"` });
  const format = options.to;
  const profile = options.profile ?? 'default';
  if (!isProfileId(profile)) return usage({ en: `--profile must be ${PROFILE_IDS.join(' or ')}, not "${profile}"`, vi: `--profile chỉ nhận ${PROFILE_IDS.join(' hoặc ')}, không nhận "${profile}"` });
  if (options.referenceDocx !== undefined && format !== 'docx') {
    return usage({ en: '--reference-docx gives Word exports a house style: use it with --to docx', vi: '--reference-docx đặt kiểu trình bày cho tệp Word: dùng cùng --to docx' });
  }
  let referenceDocx: { data: Uint8Array; name: string } | undefined;
  if (options.referenceDocx !== undefined) {
    try {
      // A regular file only, and no larger than a reference can be: a device or a FIFO is refused unread.
      referenceDocx = { data: new Uint8Array(await readRegularFile(path.resolve(io.cwd, options.referenceDocx), MAX_REFERENCE_BYTES)), name: options.referenceDocx };
    } catch (error) {
      return usage({
        en: `--reference-docx ${options.referenceDocx}: ${error instanceof ReadRefused ? error.words.en : 'cannot be read'}`,
        vi: `--reference-docx ${options.referenceDocx}: ${error instanceof ReadRefused ? error.words.vi : 'không đọc được'}`,
      });
    }
  }

  const { files, problems, notes } = await expandArguments(args, io.cwd);
  const problemLang = options.lang ?? (await namedFilesLang(files, io.cwd));
  for (const problem of [...problems, ...notes]) io.err(`reportwright: ${problem[problemLang]}`);
  if (!files.length) return EXIT.usage;
  const outputs = outputPaths(io.cwd, files, format, options.output);
  if (!Array.isArray(outputs)) return usage(outputs);
  const intoFolder = options.output !== undefined && (files.length > 1 || /[\\/]$/.test(options.output) || isDirectory(path.resolve(io.cwd, options.output)));

  const started = Date.now();
  const several = files.length > 1;
  let worst: number = problems.length ? EXIT.usage : EXIT.ok;
  let written = 0;
  const langs = new Set<Lang>();
  for (let i = 0; i < files.length; i++) {
    const prefix = several ? `[${i + 1}/${files.length}] ` : '';
    // -o naming a folder: it (and the reports' folders under it) is made as needed.
    if (intoFolder) await fs.mkdir(path.dirname(outputs[i]), { recursive: true }).catch(() => undefined);
    const result = await exportOne(io, files[i], outputs[i], prefix, { ...options, to: format, profile, referenceDocx });
    worst = Math.max(worst, result.code);
    if (result.code === EXIT.ok) written++;
    langs.add(result.lang);
  }
  if (several) {
    const lang = options.lang ?? (langs.size === 1 && langs.has('vi') ? 'vi' : 'en');
    const failed = files.length - written;
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    io.out(
      lang === 'vi'
        ? `Đã xuất ${written}/${files.length} báo cáo${failed ? `, ${failed} không xuất được` : ''} trong ${seconds.replace('.', ',')} giây.`
        : `Exported ${written} of ${files.length} reports${failed ? `, ${failed} not exported` : ''} in ${seconds} s.`,
    );
  }
  return worst;
}

/**
 * Where each report goes: next to it by default; with -o and one report (and -o not a
 * folder), that file; otherwise into the folder -o names, under the reports' folders
 * relative to the folder they share. A usage message when that is impossible.
 */
function outputPaths(cwd: string, files: readonly string[], format: ExportFormat, output: string | undefined): string[] | Localized {
  const sources = files.map((file) => path.resolve(cwd, file));
  if (output === undefined) return sources.map((source) => defaultOutputPath(source, format));
  const target = path.resolve(cwd, output);
  const isFolder = /[\\/]$/.test(output) || isDirectory(target);
  if (!isFolder && sources.length === 1) return [target];
  if (!isFolder && sources.length > 1 && pathExists(target)) {
    return { en: `-o ${output} is a file: with several reports, -o names the folder they are written to`, vi: `-o ${output} là một tệp: khi xuất nhiều báo cáo, -o là thư mục để ghi chúng vào` };
  }
  const base = commonFolder(sources.map((source) => path.dirname(source)));
  return sources.map((source) => path.join(target, defaultOutputPath(path.relative(base, source), format)));
}

function commonFolder(folders: readonly string[]): string {
  let common = folders[0];
  for (const folder of folders) {
    while (common !== path.dirname(common) && folder !== common && !folder.startsWith(common + path.sep)) common = path.dirname(common);
  }
  return common;
}

function isDirectory(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}

function pathExists(file: string): boolean {
  try {
    statSync(file);
    return true;
  } catch {
    return false;
  }
}

interface OneOptions extends Omit<ExportCommandOptions, 'referenceDocx' | 'to' | 'profile'> {
  to: ExportFormat;
  profile: ProfileId;
  referenceDocx?: { data: Uint8Array; name: string };
}

async function exportOne(io: Io, file: string, outPath: string, prefix: string, options: OneOptions): Promise<{ code: number; lang: Lang }> {
  const sourcePath = path.resolve(io.cwd, file);
  let source;
  try {
    source = await readSource(sourcePath);
  } catch (error) {
    if (!(error instanceof FileProblem)) throw error;
    const lang = options.lang ?? 'en';
    io.err(`reportwright: ${file}: ${error.words[lang]}`);
    return { code: EXIT.usage, lang };
  }
  const settings = await options.settings.forFile(sourcePath);
  const doc = parseReport(source.text, { ...settings.parse, forceKind: options.kind });
  // The report's language: its front matter's `lang`, else the language its text is written in.
  const lang = options.lang ?? doc.lang;
  if (outPath === sourcePath || (await sameFile(outPath, sourcePath))) {
    const said = lang === 'vi' ? 'tệp xuất sẽ thay chính báo cáo; hãy chọn tên khác bằng -o' : 'the export would replace the report itself; choose another name with -o';
    io.err(`reportwright: ${file}: ${said}\n${USAGE_HINT[lang]}`);
    return { code: EXIT.usage, lang };
  }
  const shown = path.relative(io.cwd, outPath) || outPath;
  // A long print says how far it is: quiet for the first seconds, then every few.
  let step = '';
  let stepShown = false;
  const fileStarted = Date.now();
  const say = () => io.err(`reportwright: ${file}: ${step}… ${Math.round((Date.now() - fileStarted) / 1000)} ${lang === 'vi' ? 'giây' : 's'}`);
  const ticker = setInterval(() => {
    if (step) (say(), (stepShown = true));
  }, options.progressEveryMs ?? TICK_MS);
  try {
    const outcome = await exportReport({
      doc,
      findings: lint(doc, { ...settings.lint, messageLang: lang }),
      format: options.to,
      outPath,
      profile: options.profile,
      force: options.force,
      browserPath: options.browser,
      generator: `Reportwright ${version}`,
      referenceDocx: options.referenceDocx,
      onProgress: (next) => {
        step = next[lang];
        if (stepShown) say();
      },
      // Images are read relative to the report, as the preview shows them, and only from its folder tree.
      readFile: async (src) => new Uint8Array(await readInside(path.dirname(sourcePath), src, MAX_IMAGE_BYTES)),
      confirm: options.strict ? () => false : undefined,
    });
    for (const note of outcome.notes) io.err(`reportwright: ${file}: ${note[lang]}`);
    if (!outcome.gate.open) {
      const found = gateSummary(outcome.gate)[lang];
      const said =
        lang === 'vi'
          ? `đã xuất dù báo cáo còn ${found}; chạy "reportwright lint ${file}" để xem, hoặc xuất với --strict để từ chối.`
          : `exported although the report has ${found}; run "reportwright lint ${file}" to see them, or export with --strict to refuse.`;
      io.err(`reportwright: ${file}: ${said}`);
    }
    const seconds = (outcome.elapsedMs / 1000).toFixed(1);
    const pages = outcome.pages ? (lang === 'vi' ? `, ${outcome.pages} trang` : `, ${outcome.pages} page${outcome.pages === 1 ? '' : 's'}`) : '';
    const printedBy = outcome.browser ? (lang === 'vi' ? ` (in bằng ${outcome.browser})` : ` (printed by ${outcome.browser})`) : '';
    io.out(`${prefix}${shown}: ${formatSize(outcome.bytes)}${pages} ${lang === 'vi' ? `trong ${seconds.replace('.', ',')} giây` : `in ${seconds} s`}${printedBy}`);
    return { code: EXIT.ok, lang };
  } catch (error) {
    if (!(error instanceof ExportError)) throw error;
    io.err(`reportwright: ${file}: ${error.in(lang)}`);
    return { code: error.code === 'gate' ? EXIT.errors : EXIT.usage, lang };
  } finally {
    clearInterval(ticker);
  }
}

function formatSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1048576).toFixed(1)} MB`;
}
