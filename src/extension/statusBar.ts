import * as vscode from 'vscode';
import type { ActiveReport } from './activeReport';
import { DEFAULT_KINDS, kindInSentence } from '../core';
import { inLang } from './uiText';

/**
 * "Report 3/3 · 2 warnings": required roles present, and problems, for the active report;
 * hidden for anything else. A click shows the Report view.
 */
export class ReportStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('reportwright.status', vscode.StatusBarAlignment.Left, 50);
  /** What the status bar shows, `undefined` when hidden (for tests: VS Code does not tell). */
  shown: { text: string; tooltip: string } | undefined;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly active: ActiveReport) {
    this.item.name = 'Reportwright';
    this.item.command = 'reportwright.showReportView';
    this.subscription = active.onDidChange(() => this.update());
    this.update();
  }

  update(): void {
    const analysis = this.active.analysis;
    const doc = analysis?.doc;
    if (!analysis || !doc) {
      // Not a report, but it confidently looks like one: offer, without any diagnostics.
      const other = this.active.markdownAnalysis?.doc;
      if (other && !other.isReport && other.detection.confident && other.detection.kind) {
        const lang = other.lang;
        const kind = (other.options.kinds ?? DEFAULT_KINDS).get(other.detection.kind);
        const name = kind ? kind.name[lang] : other.detection.kind;
        this.item.text = `$(lightbulb) ${inLang(lang, 'Looks like {0} — check it as one?', kindInSentence(name, lang))}`;
        this.item.tooltip = inLang(lang, 'Adds "kind: {0}" and "lang: {1}" to the front matter; nothing is checked until then.', other.detection.kind, lang);
        this.item.command = { command: 'reportwright.makeReport', title: inLang(lang, 'Check as a report'), arguments: [other.detection.kind] };
        this.item.backgroundColor = undefined;
        this.item.show();
        this.shown = { text: this.item.text, tooltip: String(this.item.tooltip) };
        return;
      }
      this.item.hide();
      this.shown = undefined;
      return;
    }
    this.item.command = 'reportwright.showReportView';
    const { lang, findings } = analysis;
    // The model's one list of parts answers "is this section here?" for every view and for RW001.
    const required = doc.kind?.roles.filter((r) => doc.isRequired(r)) ?? [];
    const present = required.length - doc.missingRoles.length;
    const errors = findings.filter((f) => f.severity === 'error').length;
    const warnings = findings.filter((f) => f.severity === 'warning').length;
    const parts = [];
    if (errors) parts.push(inLang(lang, errors === 1 ? '1 error' : '{0} errors', errors));
    if (warnings) parts.push(inLang(lang, warnings === 1 ? '1 warning' : '{0} warnings', warnings));
    // Notes (RW008's "a bold line stands for a heading") are problems the Problems panel lists too.
    const notes = findings.filter((f) => f.severity === 'info').length;
    if (notes) parts.push(inLang(lang, notes === 1 ? '1 note' : '{0} notes', notes));
    const problems = parts.length ? parts.join(', ') : inLang(lang, 'no problems');
    // With a kind that does not exist there are no required sections to count: say that instead of
    // "0/0"; a kind that requires none (minutes) is named instead (a workspace's name never
    // draws an icon: "$(" is broken by a zero-width space).
    // The kind named where it was written: the front matter, else the configuration's reportFiles (the Report view says the same).
    const named = doc.declaredKind ?? doc.configKind?.kind ?? '';
    const progress = !doc.kind
      ? doc.frontMatter?.malformed
        ? inLang(lang, 'Report: the front matter cannot be read')
        : inLang(lang, 'Report: unknown kind "{0}"', named)
      : required.length === 0
        ? doc.kind.name[lang].replace(/\$\(/g, '$\u200b(')
        : inLang(lang, 'Report {0}/{1}', present, required.length);
    this.item.text = `$(checklist) ${progress} · ${problems}`;
    this.item.tooltip = [
      doc.kind ? doc.kind.name[lang] : doc.frontMatter?.malformed ? inLang(lang, 'The front matter is not valid YAML: see the Problems panel.') : inLang(lang, 'Unknown kind "{0}"', named),
      ...(doc.kind && required.length > 0 ? [inLang(lang, '{0} of {1} required sections present', present, required.length)] : []),
      this.active.configFile
        ? inLang(lang, 'Checked with {0}, over the workspace settings', vscode.workspace.asRelativePath(this.active.configFile))
        : inLang(lang, 'Checked with the workspace settings (no .reportwright.json or .reportwright.yaml applies)'),
      inLang(lang, 'Click to show the Report view'),
    ].join('\n');
    this.item.backgroundColor = errors ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    this.item.show();
    this.shown = { text: this.item.text, tooltip: String(this.item.tooltip) };
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}
