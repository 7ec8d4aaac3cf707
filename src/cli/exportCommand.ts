import * as path from 'node:path';
import { type Lang, lint, parseReport } from '../core';
import { MAX_IMAGE_BYTES } from '../core/export/images';
import { sameFile } from '../core/export/write';
import { defaultOutputPath, EXPORT_FORMATS, ExportError, exportReport, gateSummary, isExportFormat, isProfileId, PROFILE_IDS } from '../core/export';
import { version } from '../../package.json';
import { FileProblem, readSource } from './files';
import { readInside } from './safeRead';
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
}

/**
 * `reportwright export FILE --to html|docx|pdf`: writes the report next to itself (or to -o),
 * never over an existing file without --force. A report with errors or placeholders is
 * exported with a warning, or not at all with --strict (exit 1).
 */
export async function runExport(io: Io, file: string, options: ExportCommandOptions): Promise<number> {
  const usage = (message: string) => {
    io.err(`reportwright: ${message}\nRun "reportwright --help" for usage.`);
    return EXIT.usage;
  };
  if (!options.to) return usage(`export needs --to ${EXPORT_FORMATS.join('|')}`);
  if (!isExportFormat(options.to)) return usage(`--to must be ${EXPORT_FORMATS.join(', ')}, not "${options.to}"`);
  const profile = options.profile ?? 'default';
  if (!isProfileId(profile)) return usage(`--profile must be ${PROFILE_IDS.join(' or ')}, not "${profile}"`);

  const sourcePath = path.resolve(io.cwd, file);
  let source;
  try {
    source = await readSource(sourcePath);
  } catch (error) {
    if (!(error instanceof FileProblem)) throw error;
    io.err(`reportwright: ${file}: ${error.message}`);
    return EXIT.usage;
  }
  const outPath = path.resolve(io.cwd, options.output ?? defaultOutputPath(file, options.to));
  if (outPath === sourcePath || (await sameFile(outPath, sourcePath))) return usage(`${file}: the export would replace the report itself; choose another name with -o`);

  const settings = await options.settings.forFile(sourcePath);
  const doc = parseReport(source.text, { ...settings.parse, forceKind: options.kind });
  const lang = options.lang ?? doc.declaredLang ?? 'en';
  const shown = path.relative(io.cwd, outPath) || outPath;
  try {
    const outcome = await exportReport({
      doc,
      findings: lint(doc, { ...settings.lint, messageLang: lang }),
      format: options.to,
      outPath,
      profile,
      force: options.force,
      browserPath: options.browser,
      generator: `Reportwright ${version}`,
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
    const printedBy = outcome.browser ? (lang === 'vi' ? ` (in bằng ${outcome.browser})` : ` (printed by ${outcome.browser})`) : '';
    io.out(`${shown}: ${formatSize(outcome.bytes)} ${lang === 'vi' ? `trong ${seconds.replace('.', ',')} giây` : `in ${seconds} s`}${printedBy}`);
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof ExportError)) throw error;
    io.err(`reportwright: ${file}: ${error.in(lang)}`);
    return error.code === 'gate' ? EXIT.errors : EXIT.usage;
  }
}

function formatSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1048576).toFixed(1)} MB`;
}
