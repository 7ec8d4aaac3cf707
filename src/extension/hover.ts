import * as vscode from 'vscode';
import type { ReportCache } from './reportCache';
import { inLang } from './uiText';

/** On a section heading: the role it plays and what belongs in it. */
export class SectionHover implements vscode.HoverProvider {
  constructor(private readonly cache: ReportCache) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const analysis = this.cache.get(document);
    const doc = analysis.doc;
    if (!doc?.isReport || !doc.kind) return undefined;
    // A part's first line: a heading, a pseudo-heading, a question, or paragraphs a cue or label gives a role.
    const part = doc.parts.find((p) => p.role && (p.section ? position.line >= p.section.heading.line && position.line <= p.section.heading.endLine : position.line === p.startLine));
    const role = part && doc.kind.roles.find((r) => r.id === part.role);
    if (!part || !role) return undefined;
    const lang = analysis.lang;
    const status = doc.isRequired(role) ? inLang(lang, 'required in the kind "{0}"', doc.kind.name[lang]) : inLang(lang, 'optional in the kind "{0}"', doc.kind.name[lang]);
    const text = new vscode.MarkdownString(`**${role.name[lang]}** · ${status}`);
    if (role.guidance) text.appendMarkdown(`\n\n${role.guidance[lang]}`);
    const limits = [
      role.minWords !== undefined ? inLang(lang, 'at least {0} words', role.minWords) : '',
      role.maxWords !== undefined ? inLang(lang, 'at most {0} words', role.maxWords) : '',
      role.maxItems !== undefined ? inLang(lang, 'at most {0} list items', role.maxItems) : '',
    ].filter(Boolean);
    if (limits.length) text.appendMarkdown(`\n\n${limits.join(', ')}`);
    const line = document.lineAt(part.section?.heading.line ?? part.startLine);
    return new vscode.Hover(text, line.range);
  }
}
