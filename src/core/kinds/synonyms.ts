import { LANGS, type Lang } from '../i18n';
import type { ReportKind } from './kind';

/**
 * Heading beginnings a workspace adds to roles (a configuration file's `synonyms`): by role id,
 * in Vietnamese and English. `{ priorities: { vi: ['Việc tuần tới'], en: ['Next up'] } }`.
 */
export type RoleSynonyms = Record<string, Partial<Record<Lang, string[]>>>;

/** The role ids a set of synonyms names, with at least one synonym. */
export function rolesNamed(synonyms: RoleSynonyms): string[] {
  return Object.keys(synonyms).filter((role) => LANGS.some((lang) => (synonyms[role][lang]?.length ?? 0) > 0));
}

/**
 * The kind with these synonyms added to its roles' own (after them: a kind's own synonym keeps
 * winning a tie). A synonym the role already has is not repeated. The kind itself is unchanged;
 * when no role of the kind is named, the kind is returned as it is.
 */
export function withRoleSynonyms(kind: ReportKind, synonyms: RoleSynonyms): ReportKind {
  let changed = false;
  const roles = kind.roles.map((role) => {
    const added = Object.hasOwn(synonyms, role.id) ? synonyms[role.id] : undefined;
    if (!added) return role;
    const merged = { ...role.synonyms };
    for (const lang of LANGS) {
      // A Set, not includes(): a configuration may give a role a thousand synonyms per language.
      const known = new Set(merged[lang]);
      const extra = new Set((added[lang] ?? []).map((s) => s.trim()).filter((s) => s && !known.has(s)));
      if (extra.size) merged[lang] = [...merged[lang], ...extra];
    }
    if (LANGS.every((lang) => merged[lang] === role.synonyms[lang])) return role;
    changed = true;
    return { ...role, synonyms: merged };
  });
  return changed ? { ...kind, roles } : kind;
}
