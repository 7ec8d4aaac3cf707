import type { Finding } from '../core';

export interface FileFindings {
  file: string;
  findings: Finding[];
  /** A file not checked as a report (no `kind:`, or `--kind auto` not sure): why, in the run's language, for the formats that say so (JUnit: a skipped test case). */
  skipped?: string;
}

/** A file the run could not read (UTF-16, binary, too large…), with why, in the run's language. */
export interface UnreadFile {
  file: string;
  message: string;
}

export interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  ruleId: string;
  ruleName: string;
  severity: Finding['severity'];
  message: string;
  fixable: boolean;
}

/** 1-based lines and columns, as editors and CI annotations count them. */
export function toJson(results: readonly FileFindings[]): JsonFinding[] {
  return results.flatMap(({ file, findings }) =>
    findings.map((f) => ({
      file,
      line: f.range.start.line + 1,
      column: f.range.start.character + 1,
      endLine: f.range.end.line + 1,
      endColumn: f.range.end.character + 1,
      ruleId: f.ruleId,
      ruleName: f.ruleName,
      severity: f.severity,
      message: f.message,
      fixable: f.fix !== undefined,
    })),
  );
}

/**
 * `path:line:column severity RW001/missing-section message`, one per line, always: control
 * characters in a file name or a message (ESC, CR, LF… which would run terminal escapes or
 * forge finding lines) are written as escapes (`\x1b`, `\r`, `\n`).
 */
export function toText(results: readonly FileFindings[]): string {
  return toJson(results)
    .map((f) => `${escapeControls(f.file)}:${f.line}:${f.column} ${f.severity} ${f.ruleId}/${f.ruleName} ${escapeControls(f.message)}`)
    .join('\n');
}

// C0 and C1 controls, DEL, line and paragraph separators, and the bidirectional controls that can reorder what a terminal shows.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Text safe to print on one terminal line: each control character as a visible escape. */
export function escapeControls(text: string): string {
  return text.replace(CONTROLS, (c) => NAMED[c] ?? (c.charCodeAt(0) < 0x100 ? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}` : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}
