import type { Lang } from '../core';
import type { FileFindings } from './format';

export interface LintTotals {
  files: number;
  /** Files checked as reports (the others were read as plain Markdown: a kind neither given nor confidently detected). */
  reports: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Findings with a mechanical fix, which `--fix` applies. */
  fixable: number;
}

/**
 * Counts over every linted file (a file with no findings counts as a file); a file with
 * `notChecked` set was not checked as a report.
 */
export function totals(results: readonly (FileFindings & { notChecked?: unknown })[]): LintTotals {
  const sum: LintTotals = { files: results.length, reports: 0, errors: 0, warnings: 0, infos: 0, fixable: 0 };
  for (const { findings, notChecked } of results) {
    if (!notChecked) sum.reports++;
    for (const f of findings) {
      if (f.severity === 'error') sum.errors++;
      else if (f.severity === 'warning') sum.warnings++;
      else sum.infos++;
      if (f.fix) sum.fixable++;
    }
  }
  return sum;
}

/**
 * The line that ends text output: `Checked 3 files: 1 error, 2 warnings (2 fixable with --fix).`,
 * or in Vietnamese `Đã kiểm tra 3 tệp: 1 lỗi, 2 cảnh báo (2 vấn đề sửa được bằng --fix).`
 * When some files were not checked as reports, it says how many were:
 * `Checked 3 files (2 as reports): …`, `Đã kiểm tra 3 tệp (2 tệp như báo cáo): …`.
 * Notes (info findings) are counted only when there are some.
 */
export function summaryLine(t: LintTotals, lang: Lang): string {
  if (lang === 'vi') {
    const counts = [`${t.errors} lỗi`, `${t.warnings} cảnh báo`, ...(t.infos ? [`${t.infos} ghi chú`] : [])].join(', ');
    const fixable = t.fixable ? ` (${t.fixable} vấn đề sửa được bằng --fix)` : '';
    const reports = t.reports === t.files ? '' : t.reports ? ` (${t.reports} tệp được kiểm tra như báo cáo)` : ' (không tệp nào được kiểm tra như báo cáo)';
    return `Đã kiểm tra ${t.files} tệp${reports}: ${counts}${fixable}.`;
  }
  const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  const counts = [n(t.errors, 'error'), n(t.warnings, 'warning'), ...(t.infos ? [n(t.infos, 'note')] : [])].join(', ');
  const fixable = t.fixable ? ` (${t.fixable} fixable with --fix)` : '';
  const reports = t.reports === t.files ? '' : t.reports ? ` (${t.reports} as ${t.reports === 1 ? 'a report' : 'reports'})` : t.files === 1 ? ' (not as a report)' : ' (none as reports)';
  return `Checked ${n(t.files, 'file')}${reports}: ${counts}${fixable}.`;
}

/**
 * Whether to colour the text output: only on a terminal, never when NO_COLOR is set to
 * anything but the empty string (no-color.org) or TERM is "dumb"; FORCE_COLOR (other than
 * "0" or "false") asks for colours in a log that is not a terminal.
 */
export function wantsColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '') return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  if (env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}

const SGR = { red: '\x1b[31m', yellow: '\x1b[33m', cyan: '\x1b[36m', dim: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m' };
const SEVERITY_COLOR: Record<string, string> = { error: SGR.red, warning: SGR.yellow, info: SGR.cyan };

/**
 * Colours a line of text output (`path:line:column severity RULE message`): the place dimmed,
 * the severity in its colour (errors red, warnings yellow, notes cyan). Other lines are left as they are.
 */
export function colorLine(line: string): string {
  return line.replace(/^(.*?:\d+:\d+) (error|warning|info) (\S+) /, (_, place: string, severity: string, rule: string) =>
    `${SGR.dim}${place}${SGR.reset} ${SEVERITY_COLOR[severity]}${severity}${SGR.reset} ${SGR.dim}${rule}${SGR.reset} `,
  );
}

/** The summary line coloured: red when there are errors, yellow with warnings only, else plain bold. */
export function colorSummary(line: string, t: LintTotals): string {
  const color = t.errors ? SGR.red : t.warnings ? SGR.yellow : '';
  return `${SGR.bold}${color}${line}${SGR.reset}`;
}
