import * as vscode from 'vscode';
import { type Finding, findingsOnLines, type Lang, type ReportDocument, type RoleSpec, type Section, sectionStats } from '../core';
import type { ActiveReport } from './activeReport';
import { inLang } from './uiText';

export const REPORT_VIEW_ID = 'reportwright.reportView';

type Node =
  | { type: 'kind'; doc: ReportDocument }
  | { type: 'section'; doc: ReportDocument; section: Section; role?: RoleSpec; findings: Finding[] }
  | { type: 'missing'; doc: ReportDocument; role: RoleSpec };

/**
 * The "Report" view: the active report's kind, then its roles in the kind's order — present
 * sections with word counts and problems, a missing required role as a greyed item that can
 * insert it. Follows the active editor; updates as the writer types.
 */
export class ReportView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly active: ActiveReport) {
    this.subscription = active.onDidChange(() => this.changed.fire(undefined));
  }

  getChildren(node?: Node): Node[] {
    const analysis = this.active.analysis;
    if (!analysis?.doc) return [];
    const { doc, findings } = analysis;
    if (node?.type === 'section') return node.section.children.map((section) => this.sectionNode(doc, section, node.findings));
    if (node) return [];
    const nodes: Node[] = [{ type: 'kind', doc }];
    const kind = doc.kind;
    if (!kind) return nodes;
    for (const role of kind.roles) {
      const sections = doc.roleSections.filter((s) => s.role === role.id);
      for (const section of sections) nodes.push(this.sectionNode(doc, section, findings, role));
      if (sections.length === 0 && role.required) nodes.push({ type: 'missing', doc, role });
    }
    return nodes;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const lang = this.active.analysis?.lang ?? 'en';
    switch (node.type) {
      case 'kind':
        return kindItem(node.doc, lang);
      case 'missing':
        return missingItem(node.role, lang);
      case 'section':
        return sectionItem(node, lang);
    }
  }

  private sectionNode(doc: ReportDocument, section: Section, findings: Finding[], role?: RoleSpec): Node {
    const inside = findingsOnLines(findings, section.startLine, section.endLine);
    return { type: 'section', doc, section, role, findings: inside };
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

function kindItem(doc: ReportDocument, lang: Lang): vscode.TreeItem {
  const item = new vscode.TreeItem(doc.kind ? doc.kind.name[lang] : inLang(lang, 'Unknown kind "{0}"', doc.declaredKind ?? ''));
  item.description = doc.kind ? doc.kind.id : undefined;
  item.iconPath = new vscode.ThemeIcon(doc.kind ? 'book' : 'question');
  item.tooltip = doc.kind
    ? doc.kindSource === 'inferred'
      ? inLang(lang, 'Kind inferred from the headings')
      : inLang(lang, 'Kind named in the front matter')
    : inLang(lang, 'The front matter names a kind that does not exist: see the Problems panel.');
  return item;
}

function missingItem(role: RoleSpec, lang: Lang): vscode.TreeItem {
  const item = new vscode.TreeItem(role.name[lang]);
  item.description = inLang(lang, 'missing (required)');
  item.iconPath = new vscode.ThemeIcon('circle-large-outline', new vscode.ThemeColor('disabledForeground'));
  item.contextValue = 'missingRole';
  item.tooltip = role.guidance?.[lang];
  return item;
}

function sectionItem(node: Extract<Node, { type: 'section' }>, lang: Lang): vscode.TreeItem {
  const { doc, section, role, findings } = node;
  const item = new vscode.TreeItem(section.heading.text.replace(/\s+/g, ' '), section.children.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
  const { words } = sectionStats(doc, section);
  const parts = [role ? role.name[lang] : undefined, inLang(lang, words === 1 ? '1 word' : '{0} words', words)];
  const marks = new Set(findings.filter((f) => f.range.start.line === section.heading.line).map((f) => f.ruleId));
  if (marks.has('RW003')) parts.push(inLang(lang, 'empty'));
  if (marks.has('RW007')) parts.push(inLang(lang, 'length out of bounds'));
  if (findings.length) parts.push(inLang(lang, findings.length === 1 ? '1 problem' : '{0} problems', findings.length));
  item.description = parts.filter(Boolean).join(' · ');
  const worst = findings.some((f) => f.severity === 'error') ? 'error' : findings.some((f) => f.severity === 'warning') ? 'warning' : undefined;
  item.iconPath = worst
    ? new vscode.ThemeIcon(worst, new vscode.ThemeColor(worst === 'error' ? 'problemsErrorIcon.foreground' : 'problemsWarningIcon.foreground'))
    : new vscode.ThemeIcon(role ? 'pass' : 'symbol-string', role ? new vscode.ThemeColor('testing.iconPassed') : undefined);
  item.tooltip = sectionTooltip(role?.guidance?.[lang], findings, lang);
  item.command = { command: 'reportwright.revealSection', title: inLang(lang, 'Go to section'), arguments: [section.heading.line] };
  return item;
}

/** How many problems a section's tooltip lists: VS Code re-reads every tooltip as Markdown, so a long list would stall a large report's view. */
const TOOLTIP_PROBLEMS = 10;

function sectionTooltip(guidance: string | undefined, findings: readonly Finding[], lang: Lang): vscode.MarkdownString {
  const more = findings.length - TOOLTIP_PROBLEMS;
  const lines = [
    guidance,
    ...findings.slice(0, TOOLTIP_PROBLEMS).map((f) => `- ${f.ruleId}: ${plain(f.message)}`),
    more > 0 ? inLang(lang, more === 1 ? '…and 1 more problem (Problems panel)' : '…and {0} more problems (Problems panel)', more) : undefined,
  ];
  return new vscode.MarkdownString(lines.filter(Boolean).join('\n\n'));
}

/** A message shown as written: the characters Markdown would take as formatting are escaped. */
function plain(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~]/g, '\\$&');
}
