import type { Lang, Localized } from '../i18n';
import type { ReportDocument } from '../model/document';
import type { Position, Range } from '../text/lineIndex';

export type Severity = 'error' | 'warning' | 'info';
export type RuleSetting = Severity | 'off';

export interface TextEdit {
  range: Range;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** Where the writer goes on typing once the edits are applied (in the new text), when the fix inserts something to fill in. */
  cursor?: Position;
}

/** What the writer sees: one problem, located exactly, maybe with a mechanical fix. */
export interface Finding {
  ruleId: string;
  ruleName: string;
  severity: Severity;
  message: string;
  range: Range;
  fix?: Fix;
}

export interface RuleReport {
  range: Range;
  message: Localized;
  fix?: { title: Localized; edits: TextEdit[]; cursor?: Position };
}

/** Where a tone mark goes in "oa", "oe", "uy" at the end of a syllable: hòa, thủy (old) or hoà, thuỷ (new). */
export type ToneMarkStyle = 'old' | 'new';

/**
 * Options that tune what a rule accepts, beyond its severity. Each is named after the
 * setting a writer types (in a config file or the editor's settings); all are optional.
 */
export interface RuleOptions {
  /** RW304: `consistent` (default) accepts either tone-mark placement as long as one is used throughout. */
  toneMarks?: 'consistent' | ToneMarkStyle;
}

export interface RuleContext {
  readonly doc: ReportDocument;
  /** The language messages are written in. */
  readonly lang: Lang;
  readonly options: Readonly<RuleOptions>;
  report(report: RuleReport): void;
}

export interface Rule {
  /** Stable id, e.g. "RW001". */
  id: string;
  /** Stable alias, e.g. "missing-section". */
  name: string;
  description: Localized;
  defaultSeverity: Severity;
  fixable: boolean;
  check(context: RuleContext): void;
}

/** Where a rule's page lives, relative to the project root. */
export function ruleDocPath(rule: Pick<Rule, 'id' | 'name'>): string {
  return `docs/rules/${rule.id}-${rule.name}.md`;
}
