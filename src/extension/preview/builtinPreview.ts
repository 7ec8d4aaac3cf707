import type { MarkdownIt } from 'markdown-it';
import { parseReport } from '../../core';

/**
 * For VS Code's own Markdown preview (`markdown.markdownItPlugins`): the same role badges as
 * Reportwright's preview, on the headings of a report.
 */
export function extendMarkdownIt(md: MarkdownIt): MarkdownIt {
  md.core.ruler.push('reportwright_roles', (state) => {
    const doc = parseReport(state.src);
    if (!doc.isReport || !doc.kind) return;
    const lang = doc.lang;
    const roles = new Map(doc.parts.filter((p) => p.role && p.section && !p.section.heading.pseudo).map((p) => [p.startLine, doc.kind!.roles.find((r) => r.id === p.role)!]));
    const tokens = state.tokens;
    for (let i = tokens.length - 1; i >= 0; i--) {
      const token = tokens[i];
      if (token.type !== 'heading_open' || !token.map) continue;
      const role = roles.get(token.map[0]);
      if (!role) continue;
      const badge = new state.Token('reportwright_badge', '', 0);
      badge.content = role.name[lang];
      badge.meta = { role: role.id };
      tokens.splice(i + 2, 0, badge);
    }
  });
  md.renderer.rules.reportwright_badge = (tokens, idx) =>
    ` <span class="rw-badge" data-role="${md.utils.escapeHtml(String(tokens[idx].meta?.role ?? ""))}">${md.utils.escapeHtml(tokens[idx].content)}</span>`;
  return md;
}
