import type { Severity } from '../core';
import type { FileFindings, UnreadFile } from './format';

/**
 * One issue of GitLab's code-quality report (`artifacts:reports:codequality`), the subset of
 * the Code Climate issue format that GitLab reads: description, check_name, fingerprint,
 * severity (info|minor|major|critical|blocker) and location (path, begin line and column).
 */
export interface CodeQualityIssue {
  type: 'issue';
  description: string;
  check_name: string;
  fingerprint: string;
  severity: 'info' | 'minor' | 'major' | 'critical' | 'blocker';
  categories: string[];
  location: {
    path: string;
    lines: { begin: number; end: number };
    positions: { begin: { line: number; column: number }; end: { line: number; column: number } };
  };
}

const SEVERITIES: Record<Severity, CodeQualityIssue['severity']> = { error: 'major', warning: 'minor', info: 'info' };

/**
 * GitLab code-quality JSON: an array of issues, paths relative to the repository's root (as
 * the caller gives them) with forward slashes. The fingerprint is a hash of the
 * file, the rule, the message and how many times the same came before in that file, not of the
 * line: a finding that moves down when text is added above it stays the same issue in the
 * merge request, and two identical findings in one file stay two. A file that could not be read
 * is a major issue of its own (`reportwright/unreadable`) on its first line.
 */
export function toCodeQuality(results: readonly FileFindings[], unread: readonly UnreadFile[] = []): CodeQualityIssue[] {
  // Read here, not at the top: a lint in another format never starts Node's crypto.
  const { createHash } = require('node:crypto') as typeof import('node:crypto');
  const unreadIssues = unread.map(({ file, message }): CodeQualityIssue => {
    const filePath = file.replace(/\\/g, '/').replace(/^\.\//, '');
    return {
      type: 'issue',
      description: `${filePath}: ${message}`,
      check_name: 'reportwright/unreadable',
      fingerprint: createHash('sha256').update(`${filePath}\0unreadable`).digest('hex').slice(0, 32),
      severity: 'major',
      categories: ['Bug Risk'],
      location: { path: filePath, lines: { begin: 1, end: 1 }, positions: { begin: { line: 1, column: 1 }, end: { line: 1, column: 1 } } },
    };
  });
  return unreadIssues.concat(results.flatMap(({ file, findings }) => {
    const seen = new Map<string, number>();
    const filePath = file.replace(/\\/g, '/').replace(/^\.\//, '');
    return findings.map((f): CodeQualityIssue => {
      const key = `${filePath}\0${f.ruleId}\0${f.message}`;
      const occurrence = seen.get(key) ?? 0;
      seen.set(key, occurrence + 1);
      return {
        type: 'issue',
        description: `${f.ruleId}/${f.ruleName}: ${f.message}`,
        check_name: `reportwright/${f.ruleId}/${f.ruleName}`,
        fingerprint: createHash('sha256').update(`${key}\0${occurrence}`).digest('hex').slice(0, 32),
        severity: SEVERITIES[f.severity],
        categories: ['Style'],
        location: {
          path: filePath,
          lines: { begin: f.range.start.line + 1, end: f.range.end.line + 1 },
          positions: {
            begin: { line: f.range.start.line + 1, column: f.range.start.character + 1 },
            end: { line: f.range.end.line + 1, column: f.range.end.character + 1 },
          },
        },
      };
    });
  }));
}
