import vocabulary from './roles.json';
import review from './review.json';
import meetingNews from './meeting-news.json';
import status from './status.json';
import annualReport from './annual-report.json';
import minutes from './minutes.json';
import postMortem from './post-mortem.json';
import officialReport from './official-report.json';
import plan from './plan.json';
import conclusionNotice from './conclusion-notice.json';
import retrospective from './retrospective.json';
import { type KindFile, type ReportKind, type RoleVocabulary, resolveKind } from './kind';
import type { Lang, Localized } from '../i18n';

export const ROLE_VOCABULARY: RoleVocabulary = vocabulary;

/** The kinds shipped with the product, in the order they are offered to writers. */
export const BUILTIN_KINDS: readonly ReportKind[] = [review, meetingNews, status, annualReport, minutes, postMortem, retrospective, officialReport, plan, conclusionNotice].map((file) =>
  resolveKind(file as KindFile, ROLE_VOCABULARY),
);

/**
 * Every role of the vocabulary as one kind: what any report may call a section. Pseudo-headings
 * without numbering are recognised by it ("**Kết luận**"), before the report's kind is known.
 */
export const VOCABULARY_KIND: ReportKind = resolveKind(
  { id: '*', roles: Object.keys(vocabulary).map((role) => ({ role })) },
  ROLE_VOCABULARY,
);

/**
 * The cue phrases shipped with the product (roles.json and the built-in kinds). They are ours,
 * written for the native engine; a workspace's cues run in linear time through re2js instead.
 */
export const BUILTIN_CUES: ReadonlySet<string> = new Set([...BUILTIN_KINDS, VOCABULARY_KIND].flatMap((kind) => kind.roles.flatMap((role) => role.cues ?? [])));

/**
 * The places a news report's parts take that no kind lists as a role: the lead that opens it and
 * the byline that closes it.
 */
const PLACE_NAMES: Readonly<Record<string, Localized>> = {
  lead: { en: 'Lead', vi: 'Phần mở đầu' },
  byline: { en: 'Byline', vi: 'Bút danh' },
};

/**
 * The name of a part's role in a language: the kind's name for it, else the shared vocabulary's,
 * else the place's (lead, byline), else the id as written.
 */
export function roleDisplayName(kind: ReportKind | undefined, id: string, lang: Lang): string {
  const named = kind?.roles.find((r) => r.id === id)?.name ?? (Object.hasOwn(ROLE_VOCABULARY, id) ? ROLE_VOCABULARY[id].name : undefined) ?? (Object.hasOwn(PLACE_NAMES, id) ? PLACE_NAMES[id] : undefined);
  return named?.[lang] ?? id;
}
