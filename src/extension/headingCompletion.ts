import * as vscode from 'vscode';
import { nextPrefix, type ReportDocument } from '../core';
import type { ReportCache } from './reportCache';
import { inLang } from './uiText';

const HEADING_START = /^(\s{0,3}#{1,6})\s+([^#]*)$/;

/**
 * On a heading line ("## "), the headings of the roles the report still lacks, in the kind's
 * order and the report's language, numbered like the headings before them.
 */
export class HeadingCompletion implements vscode.CompletionItemProvider {
  static readonly triggers = ['#', ' '];

  constructor(private readonly cache: ReportCache) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] | undefined {
    const before = document.lineAt(position.line).text.slice(0, position.character);
    const m = HEADING_START.exec(before);
    if (!m) return undefined;
    const analysis = this.cache.get(document);
    const doc = analysis.doc;
    if (!doc?.isReport || !doc.kind) return undefined;
    const level = m[1].trim().length;
    const typed = m[2];
    const replace = new vscode.Range(position.line, position.character - typed.length, position.line, position.character);
    const present = new Set(doc.parts.filter((p) => p.role && p.startLine !== position.line).map((p) => p.role));
    const number = nextNumber(doc, position.line, level);
    const lang = doc.lang;
    return doc.kind.roles
      .filter((role) => !present.has(role.id))
      .map((role) => {
        const heading = doc.headingFor(role, lang);
        const item = new vscode.CompletionItem({ label: heading, description: doc.isRequired(role) ? inLang(analysis.lang, 'required section') : inLang(analysis.lang, 'section') }, vscode.CompletionItemKind.Module);
        item.insertText = number ? `${number} ${heading}` : heading;
        item.filterText = `${number ?? ''} ${heading} ${role.id}`;
        item.range = replace;
        item.sortText = String(role.order).padStart(3, '0');
        item.documentation = role.guidance ? new vscode.MarkdownString(role.guidance[analysis.lang]) : undefined;
        item.detail = role.name[analysis.lang];
        return item;
      });
  }
}

/** The numbering the next heading at this level takes, from the sibling heading before it. */
function nextNumber(doc: ReportDocument, line: number, level: number): string | undefined {
  for (let i = doc.headings.length - 1; i >= 0; i--) {
    const h = doc.headings[i];
    if (h.line >= line || h.level > level) continue;
    if (h.level < level || !h.numbering) return undefined;
    return nextPrefix(h.numbering, doc.lang);
  }
  return undefined;
}
