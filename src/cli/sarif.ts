import { RULES } from '../core/rules/registry';
import { type Finding, type Rule, ruleDocPath, type Severity } from '../core/rules/types';
import { repository, version } from '../../package.json';
import type { FileFindings, UnreadFile } from './format';

/**
 * SARIF 2.1.0, the format code-scanning services read: one run, the tool with every rule
 * (its page in the repository as help), a result per finding with its region (1-based, in
 * UTF-16 code units as editors count) and, where a fix exists, the replacements it makes. A file
 * that could not be read is a tool execution notification of level error, and the invocation
 * is then not successful.
 */
export function toSarif(results: readonly FileFindings[], unread: readonly UnreadFile[] = []): SarifLog {
  const repositoryUrl = repository.url.replace(/\.git$/, '');
  const ruleIndex = new Map(RULES.map((rule, index) => [rule.id, index]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Reportwright',
            version,
            semanticVersion: version,
            informationUri: repositoryUrl,
            rules: RULES.map((rule) => describeRule(rule, repositoryUrl)),
          },
        },
        invocations: [
          {
            executionSuccessful: unread.length === 0,
            toolExecutionNotifications: unread.map(({ file, message }) => ({
              level: 'error',
              message: { text: `${file}: ${message}` },
              locations: [{ physicalLocation: { artifactLocation: { uri: toUri(file), uriBaseId: 'SRCROOT' } } }],
            })),
          },
        ],
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { SRCROOT: { description: { text: "The repository's root (outside a repository, the folder the command ran in)." } } },
        results: results.flatMap(({ file, findings }) => findings.map((finding) => toResult(file, finding, ruleIndex.get(finding.ruleId)))),
      },
    ],
  };
}

const LEVELS: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note' };

function describeRule(rule: Rule, repositoryUrl: string) {
  return {
    id: rule.id,
    name: rule.name,
    shortDescription: { text: rule.description.en },
    fullDescription: { text: `${rule.description.en} / ${rule.description.vi}` },
    helpUri: `${repositoryUrl}/blob/main/${ruleDocPath(rule)}`,
    defaultConfiguration: { level: LEVELS[rule.defaultSeverity] },
    properties: { fixable: rule.fixable },
  };
}

function toResult(file: string, finding: Finding, ruleIndex: number | undefined) {
  const artifactLocation = { uri: toUri(file), uriBaseId: 'SRCROOT' };
  return {
    ruleId: finding.ruleId,
    ...(ruleIndex === undefined ? {} : { ruleIndex }),
    level: LEVELS[finding.severity],
    message: { text: finding.message },
    locations: [{ physicalLocation: { artifactLocation, region: toRegion(finding.range) } }],
    ...(finding.fix
      ? {
          fixes: [
            {
              description: { text: finding.fix.title },
              artifactChanges: [
                {
                  artifactLocation,
                  replacements: finding.fix.edits.map((edit) => ({ deletedRegion: toRegion(edit.range), insertedContent: { text: edit.newText } })),
                },
              ],
            },
          ],
        }
      : {}),
  };
}

function toRegion(range: Finding['range']) {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

/** A relative path as a URI reference: forward slashes, each segment percent-encoded. */
export function toUri(file: string): string {
  return file.replace(/\\/g, '/').split('/').map(encodeURIComponent).join('/');
}

type SarifLevel = 'error' | 'warning' | 'note';

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: unknown[];
}
