import { BUILTIN_KINDS } from '../core/kinds/builtin';
import { version } from '../../package.json';

export { version };

/**
 * The text of `reportwright --help`. It names the built-in kinds only, so that printing it
 * needs neither the linter nor the workspace: src/cli/index.ts answers --help and --version
 * from this module alone, before the rest of the command line is read.
 */
export function helpText(): string {
  return `Reportwright ${version}: lint and export structured Markdown reports (results, priorities, conclusion).

Usage:
  reportwright lint [options] FILE|FOLDER|GLOB...
  reportwright init [FOLDER] [--force] [--lang vi|en]   find the reports in a repository and write .reportwright.yaml naming them
  reportwright outline [--format text|json] [--kind KIND] FILE
  reportwright teach HEADING ROLE [--config FILE] [--lang vi|en]   add HEADING to ROLE's synonyms in the nearest configuration
  reportwright export FILE|FOLDER|GLOB... --to html|docx|pdf [-o OUT] [--profile default|nd30|hd36] [--reference-docx FILE] [--force] [--strict]

Lint options:
  --format FORMAT        text (default; ends with a summary line), json, sarif (SARIF 2.1.0,
                         code scanning), junit (JUnit XML, CI test reports), codequality
                         (GitLab merge requests) or github (GitHub Actions annotations);
                         colours only on a terminal, never with NO_COLOR
  -o, --output FILE      write the output to FILE instead of standard output, whole (a new
                         file renamed over FILE: a link at FILE is replaced, never written through)
  --kind KIND            treat every file as a report of this kind (${BUILTIN_KINDS.map((kind) => kind.id).join(', ')});
                         --kind auto: check each file as the kind it confidently looks like, leave the rest alone
  --report-files GLOB    files matching GLOB are reports even without "kind:" (repeatable)
  --fix                  apply every mechanical fix and write the files
  --lang vi|en           language of the messages (default: the reports' language, "lang:" or detected)
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
  --profile default|nd30|hd36 page layout; nd30: A4, margins 20/20/30/15 mm, Times New Roman 13 pt (NĐ 30/2020);
                         hd36: the same for Party documents (HD 36-HD/VPTW); an official document uses its own
  --force                replace OUT if it exists (otherwise an existing file is never touched)
  --strict               refuse to export a report with error findings or placeholders (exit 1)
  --browser PATH         Chromium, Chrome or Edge to print PDFs (default: found on PATH or the usual places)

Exit status: 0 no error findings, 1 error findings (or more warnings than --max-warnings), 2 usage error or unreadable file.
export: 0 written, 1 refused by --strict, 2 usage error, existing file, no browser or failed write.
A folder is its Markdown files, less node_modules, what .gitignore leaves out and the configuration's "ignores".
A Markdown file is a report when its front matter has "kind:" (or --kind / --report-files say so);
other Markdown files get no findings, and the text output names them in a note.`;
}
