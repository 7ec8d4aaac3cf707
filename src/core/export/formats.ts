/** The formats a report exports to, and where an export goes by default. Light: no renderer loaded. */
export type ExportFormat = 'html' | 'docx' | 'pdf';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['html', 'docx', 'pdf'];

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** The file next to the source with the format's extension: `bao-cao.md` → `bao-cao.docx`. */
export function defaultOutputPath(sourcePath: string, format: ExportFormat): string {
  return sourcePath.replace(/\.(?:md|markdown|mdown|mkd|txt)$/i, '') + '.' + format;
}

/** A reference Word file (house style) larger than this is refused, in bytes: a house-style template is a few hundred KB. */
export const MAX_REFERENCE_BYTES = 50 * 1024 * 1024;
