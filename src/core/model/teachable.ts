import { MAX_SYNONYM_LENGTH } from '../config/configFile';
import type { RoleSpec } from '../kinds/kind';
import type { ReportDocument } from './document';
import type { ReportPart } from './parts';
import { hasLetterOrDigit } from '../text/wordCharacters';

/**
 * The headings a writer may teach a role (a configuration's `synonyms`): top-level sections
 * (headings and pseudo-headings) that play no role, none of whose enclosing sections plays one
 * either ("### Dự án A" under the results is part of them), whose title, without numbering,
 * holds a letter or a digit and is at most MAX_SYNONYM_LENGTH characters. In document order.
 */
export function teachableHeadings(doc: ReportDocument): ReportPart[] {
  const withRole = new Set(doc.parts.filter((p) => p.section && p.role).map((p) => p.section!));
  return doc.parts.filter((p) => {
    if (!p.section || p.role || p.section.isTitle) return false;
    for (let s = p.section.parent; s; s = s.parent) if (withRole.has(s) || s.role) return false;
    const title = p.section.heading.title.trim();
    return hasLetterOrDigit(title) && title.length <= MAX_SYNONYM_LENGTH;
  });
}

/**
 * The roles a heading of this report may be taught, at most `limit`: the required roles no part
 * plays (as RW001 lists them), then the kind's other roles that no part plays, in the kind's order.
 */
export function teachableRoles(doc: ReportDocument, limit = 6): RoleSpec[] {
  const present = new Set(doc.parts.flatMap((p) => (p.role ? [p.role] : [])));
  const missing = doc.missingRoles;
  const absent = (doc.kind?.roles ?? []).filter((r) => !present.has(r.id) && !missing.includes(r));
  return [...missing, ...absent].slice(0, limit);
}
