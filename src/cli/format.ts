import type { Finding } from '../core';

export interface FileFindings {
  file: string;
  findings: Finding[];
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

/** `path:line:column severity RW001/missing-section message`, one per line. */
export function toText(results: readonly FileFindings[]): string {
  return toJson(results)
    .map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.ruleId}/${f.ruleName} ${f.message}`)
    .join('\n');
}
