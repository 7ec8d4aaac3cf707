import * as vscode from 'vscode';
import { displayTitle, type ReportDocument, type ReportPart, roleDisplayName, type Section } from '../core';
import type { ReportCache } from './reportCache';
import { uiLang } from './uiText';

/**
 * Registers the report's symbols only while `reportwright.outline.symbols` is on: VS Code's own
 * Markdown outline already lists every heading, and the Report view is the role-aware tree, so
 * by default the Outline does not show each heading twice.
 */
export function registerSymbols(cache: ReportCache, selector: vscode.DocumentSelector): vscode.Disposable {
  let registration: vscode.Disposable | undefined;
  const apply = () => {
    const wanted = vscode.workspace.getConfiguration('reportwright').get<boolean>('outline.symbols', false);
    if (wanted && !registration) registration = vscode.languages.registerDocumentSymbolProvider(selector, new SymbolsFeature(cache), { label: 'Reportwright' });
    if (!wanted && registration) {
      registration.dispose();
      registration = undefined;
    }
  };
  apply();
  const watch = vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration('reportwright.outline.symbols')) apply();
  });
  return { dispose: () => (watch.dispose(), registration?.dispose()) };
}

/** The report's sections, nested, with their role, and the parts paragraphs play: for Outline, breadcrumbs and Go to Symbol. */
export class SymbolsFeature implements vscode.DocumentSymbolProvider {
  constructor(private readonly cache: ReportCache) {}

  provideDocumentSymbols(document: vscode.TextDocument): vscode.DocumentSymbol[] | undefined {
    const doc = this.cache.report(document);
    // Plain Markdown keeps VS Code's own outline only.
    if (!doc) return undefined;
    const top = doc.sections.map((section) => this.toSymbol(doc, section));
    // The parts no heading marks (a label's block, the paragraphs a cue phrase names, a question
    // item), under the section they stand in: the Outline lists what the Report view lists.
    const added = new Set<vscode.DocumentSymbol[]>();
    for (const part of doc.parts) {
      if (part.section || part.part === 'heading' || part.part === 'pseudo-heading') continue;
      const symbol = this.partSymbol(doc, part);
      let siblings = top;
      for (let holder = siblings.find((s) => s.range.contains(symbol.range.start)); holder; holder = siblings.find((s) => s.range.contains(symbol.range.start))) {
        siblings = holder.children;
      }
      siblings.push(symbol);
      added.add(siblings);
    }
    // Each list that took parts is put back in line order once.
    for (const siblings of added) siblings.sort((a, b) => a.range.start.line - b.range.start.line);
    return top;
  }

  private partSymbol(doc: ReportDocument, part: ReportPart): vscode.DocumentSymbol {
    const range = new vscode.Range(part.startLine, 0, part.endLine, doc.lines.line(part.endLine).length);
    const first = doc.lines.line(part.startLine);
    const indent = first.length - first.trimStart().length;
    const selection = new vscode.Range(part.startLine, indent, part.startLine, first.length);
    const lang = roleLang(doc);
    const detail = part.role ? roleDisplayName(doc.kind, part.role, lang) : '';
    const name = part.title.replace(/\s+/g, ' ').trim() || part.part;
    return new vscode.DocumentSymbol(name, detail, part.role ? vscode.SymbolKind.Module : vscode.SymbolKind.String, range, selection);
  }

  private toSymbol(doc: ReportDocument, section: Section): vscode.DocumentSymbol {
    const { heading } = section;
    const lastLine = doc.lines.line(section.endLine);
    const range = new vscode.Range(section.startLine, 0, section.endLine, lastLine.length);
    const selection = new vscode.Range(heading.line, heading.textColumn, heading.line, heading.textColumn + heading.text.split('\n', 1)[0].length);
    const role = section.role ? doc.kind?.roles.find((r) => r.id === section.role) : undefined;
    const detail = role ? role.name[roleLang(doc)] : '';
    const kind = section.isTitle ? vscode.SymbolKind.File : role ? vscode.SymbolKind.Module : vscode.SymbolKind.String;
    // A heading still being typed ("## ") has no text, and a symbol must have a name.
    const name = displayTitle(heading) || '#'.repeat(heading.level);
    const symbol = new vscode.DocumentSymbol(name, detail, kind, range, selection);
    symbol.children = section.children.map((child) => this.toSymbol(doc, child));
    return symbol;
  }
}

/** Role names in the document's language: its front matter's `lang`, else the language it is written in, else the UI's. */
function roleLang(doc: ReportDocument): 'vi' | 'en' {
  return doc.declaredLang ?? doc.writtenLang ?? uiLang();
}
