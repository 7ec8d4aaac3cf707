/**
 * Scoring for the evaluation on real reports (`npm run eval:real`, scripts/eval-real.ts).
 * Pure functions over the CLI's JSON output and the labels in test/real/labels.json; no I/O.
 *
 * Shapes follow the outline contract (notes: "Outline JSON", issue 11): `outline --format json`
 * prints `{ file, lang, kind, detectedKind, confidence, parts: [{ role, title, part, startLine,
 * endLine, level }], missing, … }`. Output without `parts` (older builds print only the heading
 * tree `sections`) is read from `sections`, and fields that are absent are scored as
 * "not reported", never as wrong.
 */

/** One labelled part of a real report: the role a person would name, and its 1-based line. */
export interface LabelPart {
  role: string;
  /** The title, or the first words of the paragraph, as written in the file. */
  title: string;
  line: number;
}

export interface FileLabel {
  kind: string;
  lang: 'vi' | 'en';
  parts: LabelPart[];
  source?: Record<string, unknown>;
}

/** A part of the CLI's outline: a section, a pseudo-heading, a question item or a paragraph block. */
export interface OutputPart {
  role: string | null;
  title: string;
  startLine: number;
  endLine: number;
}

/** A finding of `lint --format json` (only the fields scored here). */
export interface JsonFinding {
  line: number;
  ruleId: string;
  message: string;
}

/** Where the parts came from: the contract's `parts`, the older `sections` tree, or neither. */
export type PartsSource = 'parts' | 'sections' | 'none';

interface SectionNode {
  role?: string;
  title?: string;
  text?: string;
  startLine?: number;
  endLine?: number;
  children?: SectionNode[];
}

/**
 * The parts of one outline JSON object: its `parts` when present, else its `sections` tree
 * flattened (every heading at every depth), else none.
 */
export function outlineParts(outline: unknown): { source: PartsSource; parts: OutputPart[] } {
  const o = (outline ?? {}) as { parts?: unknown; sections?: unknown };
  if (Array.isArray(o.parts)) {
    const parts = o.parts
      .filter((p): p is Record<string, unknown> => typeof p === 'object' && p !== null)
      .map((p) => ({
        role: typeof p.role === 'string' ? p.role : null,
        title: typeof p.title === 'string' ? p.title : '',
        startLine: Number(p.startLine),
        endLine: Number(p.endLine ?? p.startLine),
      }))
      .filter((p) => Number.isFinite(p.startLine) && Number.isFinite(p.endLine));
    return { source: 'parts', parts };
  }
  if (Array.isArray(o.sections)) {
    const parts: OutputPart[] = [];
    const walk = (nodes: SectionNode[]) => {
      for (const n of nodes) {
        if (Number.isFinite(n.startLine) && Number.isFinite(n.endLine)) {
          parts.push({ role: n.role ?? null, title: n.title ?? n.text ?? '', startLine: n.startLine!, endLine: n.endLine! });
        }
        if (Array.isArray(n.children)) walk(n.children);
      }
    };
    walk(o.sections as SectionNode[]);
    return { source: 'sections', parts };
  }
  return { source: 'none', parts: [] };
}

/**
 * Other role ids that count for a labelled role (FOLDER/role-aliases.json, optional), for when
 * the product names a role differently from the labels: `{ "help-needed": ["recommendations"] }`.
 */
export type RoleAliases = Readonly<Record<string, readonly string[]>>;

/**
 * A labelled part counts as recognised when some output part with its role (or one of the
 * role's aliases) spans its line.
 */
export function isRecognised(label: LabelPart, parts: readonly OutputPart[], aliases: RoleAliases = {}): boolean {
  const accepted = [label.role, ...(aliases[label.role] ?? [])];
  return parts.some((p) => p.role !== null && accepted.includes(p.role) && p.startLine <= label.line && label.line <= p.endLine);
}

/** Lower case, NFC, runs of spaces, hyphens and underscores as one space. */
export function normaliseName(name: string): string {
  return name.normalize('NFC').toLowerCase().replace(/[\s_-]+/gu, ' ').trim();
}

/**
 * Role ids by every name a RW001 message may quote: the `name` and `heading` (both languages)
 * of each role in roles.json and of each role entry of the kind files, and the id itself.
 */
export function roleNameIndex(roles: Record<string, unknown>, kinds: readonly unknown[] = []): Map<string, string> {
  const index = new Map<string, string>();
  const add = (id: string, value: unknown) => {
    if (typeof value === 'string') index.set(normaliseName(value), id);
    else if (value && typeof value === 'object') for (const v of Object.values(value)) if (typeof v === 'string') index.set(normaliseName(v), id);
  };
  for (const [id, role] of Object.entries(roles)) {
    add(id, id);
    const r = (role ?? {}) as { name?: unknown; heading?: unknown };
    add(id, r.name);
    add(id, r.heading);
  }
  for (const kind of kinds) {
    const entries = ((kind ?? {}) as { roles?: unknown }).roles;
    if (!Array.isArray(entries)) continue;
    for (const e of entries as { role?: unknown; name?: unknown; heading?: unknown }[]) {
      if (typeof e.role !== 'string') continue;
      add(e.role, e.name);
      add(e.role, e.heading);
    }
  }
  return index;
}

/** The quoted spans of a message: "…", “…”, «…», `…`. */
const QUOTED = /"([^"]*)"|“([^”]*)”|«([^»]*)»|`([^`]*)`/gu;

/**
 * The role a "missing section" message is about: its first quoted name looked up in the index,
 * or, failing that, read as an id ("Action items" → action-items). Null when it has no quote.
 */
export function missingRole(message: string, index: ReadonlyMap<string, string>): string | null {
  QUOTED.lastIndex = 0;
  const m = QUOTED.exec(message);
  if (!m) return null;
  const quoted = normaliseName(m.slice(1).find((g) => g !== undefined) ?? '');
  return index.get(quoted) ?? quoted.replace(/ /gu, '-');
}

/**
 * RW001 findings that call missing a role the labels say is present. `unattributed` counts
 * RW001 findings whose role could not be read from the message.
 */
export function falseMissing(
  findings: readonly JsonFinding[],
  labelledRoles: ReadonlySet<string>,
  index: ReadonlyMap<string, string>,
): { findings: { role: string; message: string }[]; unattributed: number; missingTotal: number } {
  const out: { role: string; message: string }[] = [];
  let unattributed = 0;
  let missingTotal = 0;
  for (const f of findings) {
    if (f.ruleId !== 'RW001') continue;
    missingTotal++;
    const role = missingRole(f.message, index);
    if (role === null) unattributed++;
    else if (labelledRoles.has(role)) out.push({ role, message: f.message });
  }
  return { findings: out, unattributed, missingTotal };
}

/** Roles named in the outline's `missing` list that the labels say are present. */
export function falseMissingFromOutline(outline: unknown, labelledRoles: ReadonlySet<string>): string[] | null {
  const missing = ((outline ?? {}) as { missing?: unknown }).missing;
  if (!Array.isArray(missing)) return null;
  return missing.filter((r): r is string => typeof r === 'string' && labelledRoles.has(r));
}

/**
 * Whether a message is written in Vietnamese: after its quoted spans (titles and words quoted
 * from the report) are removed, it still has a Vietnamese letter (đ, or a Latin letter with a
 * diacritic). English messages quoting Vietnamese headings are English.
 */
export function isVietnameseMessage(message: string): boolean {
  const own = message.replace(QUOTED, ' ').normalize('NFD');
  return /[đĐ]/u.test(own) || /\p{Script=Latin}[\u0300-\u036f]/u.test(own);
}

/** A ratio for display: "12/20 (60%)", or "–" when there is nothing to count. */
export function ratio(n: number, of: number): string {
  return of === 0 ? '–' : `${n}/${of} (${Math.round((100 * n) / of)}%)`;
}
