import * as vscode from 'vscode';
import { DEFAULT_KINDS, displayTitle, type Finding, kindInSentence, findingsOnLines, type Lang, type ReportDocument, type ReportPart, type RoleSpec, type Section, sectionStats } from '../core';
import type { ActiveReport } from './activeReport';
import { inLang } from './uiText';

export const REPORT_VIEW_ID = 'reportwright.reportView';

type Node =
  | { type: 'kind'; doc: ReportDocument }
  | { type: 'looksLike'; doc: ReportDocument }
  | { type: 'notReport'; doc: ReportDocument }
  | { type: 'section'; doc: ReportDocument; section: Section; role?: RoleSpec; findings: Finding[] }
  | { type: 'part'; doc: ReportDocument; part: ReportPart; role: RoleSpec; findings: Finding[] }
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
    if (!analysis?.doc) {
      // A Markdown file without `kind:` that confidently looks like a report: offer to check it as one.
      const other = this.active.markdownAnalysis?.doc;
      // Any other Markdown file: say so in the file's language (the view's welcome text speaks
      // VS Code's display language), with the command that makes it a report.
      if (node || !other || other.isReport) return [];
      return [other.detection.confident ? { type: 'looksLike', doc: other } : { type: 'notReport', doc: other }];
    }
    const { doc, findings } = analysis;
    if (node?.type === 'section') return node.section.children.map((section) => this.sectionNode(doc, section, node.findings));
    if (node) return [];
    const nodes: Node[] = [{ type: 'kind', doc }];
    const kind = doc.kind;
    if (!kind) return nodes;
    // The roles in the kind's order, each with the parts that play it (the model's one list).
    const missing = new Set(doc.missingRoles.map((r) => r.id));
    for (const role of kind.roles) {
      const parts = doc.parts.filter((p) => p.role === role.id && !(p.section && p.section.parent && p.section.parent.role === role.id));
      for (const part of parts) {
        if (part.section) nodes.push(this.sectionNode(doc, part.section, findings, role));
        else nodes.push({ type: 'part', doc, part, role, findings: findingsOnLines(findings, part.startLine, part.endLine) });
      }
      if (missing.has(role.id)) nodes.push({ type: 'missing', doc, role });
    }
    return nodes;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const lang = this.active.analysis?.lang ?? 'en';
    switch (node.type) {
      case 'kind':
        return kindItem(node.doc, lang);
      case 'looksLike':
        return looksLikeItem(node.doc, node.doc.lang);
      case 'notReport':
        return notReportItem(node.doc.lang);
      case 'part':
        return partItem(node, lang);
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
  const item = new vscode.TreeItem(
    doc.kind ? doc.kind.name[lang] : doc.frontMatter?.malformed ? inLang(lang, 'The front matter cannot be read') : inLang(lang, 'Unknown kind "{0}"', doc.declaredKind ?? doc.configKind?.kind ?? ''),
  );
  item.iconPath = new vscode.ThemeIcon(doc.kind ? 'book' : 'question');
  item.tooltip = doc.kind
    ? doc.kindSource === 'inferred'
      ? inLang(lang, 'Kind inferred from the headings')
      : doc.kindSource === 'title'
        ? inLang(lang, 'Kind named by the title (the front matter says "{0}")', kindLabel(doc.kindFromTitle?.declared ?? '', doc, lang))
        : doc.kindSource === 'config'
          ? inLang(lang, 'Kind named in {0} ("{1}" in reportFiles)', doc.configKind?.source ?? '.reportwright.yaml', doc.configKind?.written ?? '')
          : inLang(lang, 'Kind named in the front matter')
    : doc.frontMatter?.malformed
      ? inLang(lang, 'The front matter is not valid YAML: see the Problems panel.')
      : doc.configKind
      ? inLang(lang, '{0} names a kind that does not exist: see the Problems panel.', doc.configKind.source ?? '.reportwright.yaml')
      : inLang(lang, 'The front matter names a kind that does not exist: see the Problems panel.');
  return item;
}

/** "Looks like a status report — check it as one?", "Looks like meeting minutes — …": one click adds the front matter. */
function looksLikeItem(doc: ReportDocument, lang: Lang): vscode.TreeItem {
  const kind = doc.detection.kind!;
  const name = kindName(kind, doc, lang);
  const item = new vscode.TreeItem(inLang(lang, 'Looks like {0} — check it as one?', name));
  item.iconPath = new vscode.ThemeIcon('lightbulb');
  item.tooltip = inLang(lang, 'Adds "kind: {0}" and "lang: {1}" to the front matter; nothing is checked until then.', kind, doc.lang);
  item.command = { command: 'reportwright.makeReport', title: inLang(lang, 'Check as a report'), arguments: [kind] };
  return item;
}

/** A kind's name in a language ("Báo cáo công việc"), its id only when no kind has it. */
function kindLabel(id: string, doc: ReportDocument, lang: Lang): string {
  return (doc.options.kinds ?? DEFAULT_KINDS).get(id)?.name[lang] ?? id;
}

/** "Not a report yet: nothing names its kind" — a click asks which kind it is and adds the front matter. */
function notReportItem(lang: Lang): vscode.TreeItem {
  const item = new vscode.TreeItem(inLang(lang, 'Not a report yet: nothing names its kind'));
  item.description = inLang(lang, 'Make this a report…');
  item.iconPath = new vscode.ThemeIcon('info');
  item.tooltip = inLang(lang, 'A Markdown file is checked once its front matter says which kind of report it is (kind:). Click to choose the kind.');
  item.command = { command: 'reportwright.makeReport', title: inLang(lang, 'Make this a report…') };
  return item;
}

function kindName(id: string, doc: ReportDocument, lang: Lang): string {
  const kind = (doc.options.kinds ?? DEFAULT_KINDS).get(id);
  return kindInSentence(kind?.name[lang] ?? id, lang);
}

function partItem(node: Extract<Node, { type: 'part' }>, lang: Lang): vscode.TreeItem {
  const { part, role, findings } = node;
  const item = new vscode.TreeItem(part.title);
  const how = part.part === 'question' ? inLang(lang, 'question') : inLang(lang, 'paragraphs');
  const parts = [role.name[lang], how];
  if (findings.length) parts.push(inLang(lang, findings.length === 1 ? '1 problem' : '{0} problems', findings.length));
  item.description = parts.join(' · ');
  item.iconPath = stateIcon(findings, true);
  item.tooltip = sectionTooltip(role.guidance?.[lang], findings, lang);
  item.command = { command: 'reportwright.revealSection', title: inLang(lang, 'Go to section'), arguments: [part.startLine] };
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
  const title = displayTitle(section.heading);
  const item = new vscode.TreeItem(title, section.children.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
  const { words } = sectionStats(doc, section);
  const parts = [role ? role.name[lang] : undefined, inLang(lang, words === 1 ? '1 word' : '{0} words', words)];
  const marks = new Set(findings.filter((f) => f.range.start.line === section.heading.line).map((f) => f.ruleId));
  if (marks.has('RW003')) parts.push(inLang(lang, 'empty'));
  if (marks.has('RW007')) parts.push(inLang(lang, 'length out of bounds'));
  if (findings.length) parts.push(inLang(lang, findings.length === 1 ? '1 problem' : '{0} problems', findings.length));
  item.description = parts.filter(Boolean).join(' · ');
  item.iconPath = stateIcon(findings, !!role);
  item.tooltip = sectionTooltip(role?.guidance?.[lang], findings, lang);
  item.command = { command: 'reportwright.revealSection', title: inLang(lang, 'Go to section'), arguments: [section.heading.line] };
  return item;
}

/**
 * A part's state: the worst of its problems (error, warning, or information), a green check only
 * for a part with a role and no problem at all; a section without a role and without problems
 * is plain text.
 */
export function stateIcon(findings: readonly Finding[], hasRole: boolean): vscode.ThemeIcon {
  const worst = findings.some((f) => f.severity === 'error') ? 'error' : findings.some((f) => f.severity === 'warning') ? 'warning' : findings.length ? 'info' : undefined;
  if (worst) return new vscode.ThemeIcon(worst, new vscode.ThemeColor(`problems${worst[0].toUpperCase()}${worst.slice(1)}Icon.foreground`));
  return new vscode.ThemeIcon(hasRole ? 'pass' : 'symbol-string', hasRole ? new vscode.ThemeColor('testing.iconPassed') : undefined);
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
