import type { Lang } from './i18n';
import type { ReportDocument } from './model/document';
import { RULES } from './rules/registry';
import type { Finding, Rule, RuleContext, RuleOptions, RuleSetting, Severity } from './rules/types';
import { Suppressions } from './suppressions';
import { firstAbove } from './text/sorted';

export interface LintOptions {
  /** Per rule id or name: a severity, or "off". */
  rules?: Readonly<Record<string, RuleSetting>>;
  /** Language of the messages; defaults to the report's language (its front matter's `lang`, else the detected one). */
  messageLang?: Lang;
  /** What individual rules accept (e.g. RW304's `toneMarks`); a rule reads only its own. */
  options?: Readonly<RuleOptions>;
}

/** Runs every enabled rule on a report. A document that is not a report gets no findings. */
export function lint(doc: ReportDocument, options: LintOptions = {}): Finding[] {
  if (!doc.isReport) return [];
  const lang = options.messageLang ?? doc.lang;
  const suppressions = new Suppressions(doc);
  const findings: Finding[] = [];
  const ruleOptions = options.options ?? {};
  for (const rule of RULES) {
    const severity = severityOf(rule, options.rules);
    if (severity === 'off') continue;
    const context: RuleContext = {
      doc,
      lang,
      options: ruleOptions,
      report(r) {
        if (suppressions.isSuppressed(rule.id, r.range.start.line)) return;
        findings.push({
          ruleId: rule.id,
          ruleName: rule.name,
          severity,
          message: r.message[lang],
          range: r.range,
          fix: r.fix ? { title: r.fix.title[lang], edits: r.fix.edits, ...(r.fix.cursor ? { cursor: r.fix.cursor } : {}) } : undefined,
        });
      },
    };
    try {
      rule.check(context);
    } catch (error) {
      // A rule's bug must not take the other rules (or the editor) down with it.
      findings.push(internalError(rule, error, lang));
    }
  }
  return findings.sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
}

/**
 * The findings that start on lines [from, to], from findings in document order (as `lint`
 * returns them): found by binary search, so a view can ask per section of a large report.
 */
export function findingsOnLines(findings: readonly Finding[], from: number, to: number): Finding[] {
  const line = (finding: Finding) => finding.range.start.line;
  return findings.slice(firstAbove(findings, from - 1, line), firstAbove(findings, to, line));
}

export function severityOf(rule: Rule, settings: LintOptions['rules']): RuleSetting {
  return settings?.[rule.id] ?? settings?.[rule.name] ?? rule.defaultSeverity;
}

function internalError(rule: Rule, error: unknown, lang: Lang): Finding {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    ruleId: rule.id,
    ruleName: rule.name,
    severity: 'info' as Severity,
    message:
      lang === 'vi'
        ? `Quy tắc ${rule.id} gặp lỗi nội bộ và đã bị bỏ qua: ${detail}`
        : `Rule ${rule.id} failed and was skipped: ${detail}`,
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
  };
}
