import type { Finding, Severity } from '../core';
import type { FileFindings, UnreadFile } from './format';

/**
 * GitHub Actions workflow commands, one a line: `::warning file=F,line=L,col=C,endLine=…,endColumn=…,title=RW001/missing-section::message`.
 * GitHub shows each as an annotation on the pull request's files and on the job's summary,
 * without code scanning (which the SARIF upload needs). An error finding is `::error`, a
 * warning `::warning`, a note `::notice`; a file that could not be read is an `::error` on it.
 * Lines and columns are 1-based. Escaping as GitHub's toolkit does: in the message %, CR and LF;
 * in the properties also "," and ":".
 */
export function toGithub(results: readonly FileFindings[], unread: readonly UnreadFile[] = []): string {
  const lines: string[] = [];
  for (const { file, message } of unread) lines.push(`::error ${properties({ file, title: 'Reportwright: not read' })}::${data(message)}`);
  for (const { file, findings } of results) for (const finding of findings) lines.push(command(file, finding));
  return lines.join('\n');
}

const COMMANDS: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

function command(file: string, f: Finding): string {
  const place = {
    file,
    line: String(f.range.start.line + 1),
    col: String(f.range.start.character + 1),
    endLine: String(f.range.end.line + 1),
    endColumn: String(f.range.end.character + 1),
    title: `${f.ruleId}/${f.ruleName}`,
  };
  return `::${COMMANDS[f.severity]} ${properties(place)}::${data(f.message)}`;
}

function properties(values: Record<string, string>): string {
  return Object.entries(values)
    .map(([key, value]) => `${key}=${data(value).replace(/:/g, '%3A').replace(/,/g, '%2C')}`)
    .join(',');
}

function data(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
