import { type Lang, LANGS, type Localized } from '../i18n';

/** One section role of a kind, with everything needed to recognise and insert it. */
export interface RoleSpec {
  id: string;
  required: boolean;
  /** Position in the kind's order (0-based). */
  order: number;
  /**
   * The position of the role its kind file orders it with (`orderWith`), else its own. RW002
   * accepts either place: status reports write "Progress, Plans, Problems" as often as
   * "Progress, Problems, Plans".
   */
  rank: number;
  name: Localized;
  /** The heading text inserted when the role is missing. */
  heading: Localized;
  synonyms: Record<Lang, string[]>;
  /** Whether a new report of the kind starts with this section (required ones always do). */
  inTemplate: boolean;
  /** One or two lines on what belongs in the section. */
  guidance?: Localized;
  /**
   * For reports without headings: regular expressions (case-insensitive) that mark a paragraph
   * of this role when they match at its start.
   */
  cues?: string[];
  /** For reports without headings: how a paragraph of this role starts, inserted when it is missing ("Phát biểu kết luận tại hội nghị, đồng chí"). */
  starter?: Localized;
  /**
   * For questions that stand for sections ("What did the group accomplish this year?"): regular
   * expressions (case-insensitive) that give the question this role when found in its text.
   */
  questions?: string[];
  /** Length limits (rule RW007). */
  minWords?: number;
  maxWords?: number;
  maxItems?: number;
  /**
   * The lengths of period whose reports may leave out this required role: a week's official
   * report has its results and next week's tasks, rarely a part on shortcomings. The report's
   * period is its front matter's `period:`, else what its title says ("tuần 23", "công tác tuần").
   */
  optionalFor?: PeriodUnit[];
}

/** A report's period shorter than a year (front matter `period:`, NĐ 30 titles "báo cáo tuần", "quý III"). */
export type PeriodUnit = 'week' | 'month' | 'quarter' | 'half';

export interface ReportKind {
  id: string;
  name: Localized;
  /** The title a new report starts with; may use snippet variables such as $CURRENT_YEAR. */
  templateTitle: Localized;
  roles: RoleSpec[];
  /** Whether the roles must come in the order listed (RW002); false for minutes. */
  ordered: boolean;
}

/** The JSON shape of a kind file (built-in or a workspace's). */
export interface KindFile {
  id: string;
  name?: Partial<Localized>;
  templateTitle?: Partial<Localized>;
  ordered?: boolean;
  roles: Array<{
    role: string;
    required?: boolean;
    template?: boolean;
    name?: Partial<Localized>;
    heading?: Partial<Localized>;
    guidance?: Partial<Localized>;
    synonyms?: Partial<Record<Lang, string[]>>;
    cues?: string[];
    starter?: Partial<Localized>;
    minWords?: number;
    maxWords?: number;
    maxItems?: number;
    orderWith?: string;
    optionalFor?: PeriodUnit[];
  }>;
}

/** Shared role vocabulary: defaults that a kind may override per role. */
export type RoleVocabulary = Record<
  string,
  { name: Localized; heading: Localized; guidance?: Localized; synonyms: Record<Lang, string[]>; questions?: string[]; cues?: string[] }
>;

export class KindError extends Error {}

/**
 * Longer than this, a "heading beginning" is a paragraph: refused in a configuration's synonyms and
 * in a kind file (matching reads this far into every heading, at each word boundary).
 */
export const MAX_SYNONYM_LENGTH = 200;

/** Resolves a kind file against the role vocabulary; throws KindError with a readable reason. */
export function resolveKind(file: KindFile, vocabulary: RoleVocabulary): ReportKind {
  const seen = new Set<string>();
  const roles = file.roles.map((entry, order): RoleSpec => {
    if (seen.has(entry.role)) throw new KindError(`kind "${file.id}" lists role "${entry.role}" twice`);
    seen.add(entry.role);
    // A role named like an Object property ("constructor", "__proto__") is a new role, not the prototype's.
    const base = Object.hasOwn(vocabulary, entry.role) ? vocabulary[entry.role] : undefined;
    const synonyms = {
      vi: entry.synonyms?.vi ?? base?.synonyms.vi ?? [],
      en: entry.synonyms?.en ?? base?.synonyms.en ?? [],
    };
    if (synonyms.vi.length + synonyms.en.length === 0) {
      throw new KindError(`kind "${file.id}": role "${entry.role}" is not a known role and has no synonyms`);
    }
    const name = { ...(base?.name ?? nameFromSynonyms(entry.role, synonyms)), ...entry.name } as Localized;
    const heading = { ...(base?.heading ?? name), ...entry.heading } as Localized;
    // The heading a fix inserts must be recognised as its role.
    for (const lang of LANGS) if (!synonyms[lang].includes(heading[lang])) synonyms[lang] = [...synonyms[lang], heading[lang]];
    const required = entry.required ?? false;
    const guidance = base?.guidance || entry.guidance ? ({ ...base?.guidance, ...entry.guidance } as Localized) : undefined;
    const { minWords, maxWords, maxItems, optionalFor } = entry;
    // Paragraph cues: the kind's own, else the vocabulary's (cues that read the same in every kind).
    const cues = entry.cues ?? base?.cues;
    const questions = base?.questions;
    const starter = entry.starter?.vi && entry.starter?.en ? (entry.starter as Localized) : undefined;
    return { id: entry.role, required, order, rank: order, name, heading, synonyms, inTemplate: required || (entry.template ?? false), guidance, minWords, maxWords, maxItems, cues, questions, starter, ...(optionalFor?.length ? { optionalFor } : {}) };
  });
  // A role ordered with another stands anywhere that role may ("Blockers" before or after "Next
  // week"). One step only: a role another is ordered with keeps its own place, so that each
  // pair is judged on its own (RW002); chains and cycles are refused.
  file.roles.forEach((entry, index) => {
    if (entry.orderWith === undefined) return;
    if (entry.orderWith === entry.role) throw new KindError(`kind "${file.id}": role "${entry.role}" cannot be ordered with itself`);
    const other = file.roles.findIndex((r) => r.role === entry.orderWith);
    if (other < 0) throw new KindError(`kind "${file.id}": role "${entry.role}" is ordered with "${entry.orderWith}", which the kind does not list`);
    if (file.roles[other].orderWith !== undefined) throw new KindError(`kind "${file.id}": role "${entry.role}" is ordered with "${entry.orderWith}", which is itself ordered with "${file.roles[other].orderWith}": order each role with one that keeps its own place`);
    if (file.roles.some((r) => r.orderWith === entry.role)) throw new KindError(`kind "${file.id}": role "${entry.role}" is ordered with "${entry.orderWith}", and another role is ordered with "${entry.role}": order each role with one that keeps its own place`);
    roles[index].rank = roles[other].order;
  });
  const name = { vi: file.id, en: file.id, ...file.name } as Localized;
  return { id: file.id, name, templateTitle: { ...name, ...file.templateTitle }, roles, ordered: file.ordered ?? true };
}

/** A new role without a name is called by its first synonym ("risks" → "Risks"), in each language where it has one. */
function nameFromSynonyms(role: string, synonyms: Record<Lang, string[]>): Localized {
  const fallback = synonyms.en[0] ?? synonyms.vi[0] ?? role;
  const called = (lang: Lang) => {
    const word = synonyms[lang][0] ?? fallback;
    return word.charAt(0).toLocaleUpperCase(lang) + word.slice(1);
  };
  return { vi: called('vi'), en: called('en') };
}
