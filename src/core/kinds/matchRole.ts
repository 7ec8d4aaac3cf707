import { foldCase, stripDiacritics } from '../text/fold';
import type { ReportKind } from './kind';

export interface RoleMatch {
  role: string;
  synonym: string;
  /** True when only the diacritic-insensitive fallback matched. */
  fuzzy: boolean;
  /** What the title says after the synonym, in comparable form ("năm 2025" in "Phương hướng năm 2025"). */
  rest: string;
}

interface Entry {
  role: string;
  synonym: string;
  form: string;
}

/** Synonyms by their first character, longest first: a heading is compared with few of them. */
type Buckets = Map<string, Entry[]>;

const matchers = new WeakMap<ReportKind, { exact: Buckets; plain: Buckets }>();

function bucketsFor(kind: ReportKind): { exact: Buckets; plain: Buckets } {
  let buckets = matchers.get(kind);
  if (!buckets) {
    buckets = { exact: new Map(), plain: new Map() };
    for (const role of kind.roles) {
      for (const synonym of [...role.synonyms.vi, ...role.synonyms.en]) {
        const folded = normalizeTitle(synonym);
        if (!folded) continue;
        add(buckets.exact, { role: role.id, synonym, form: folded });
        add(buckets.plain, { role: role.id, synonym, form: stripDiacritics(folded) });
      }
    }
    // Longest synonym wins: "kết quả đạt được" before "kết quả".
    for (const map of [buckets.exact, buckets.plain]) for (const list of map.values()) list.sort((a, b) => b.form.length - a.form.length);
    matchers.set(kind, buckets);
  }
  return buckets;
}

function add(buckets: Buckets, entry: Entry): void {
  const key = entry.form[0];
  let list = buckets.get(key);
  if (!list) buckets.set(key, (list = []));
  list.push(entry);
}

function find(buckets: Buckets, title: string): Entry | undefined {
  return buckets.get(title[0])?.find((entry) => startsWithWord(title, entry.form));
}

const EMPHASIS = /[*_`~]+/g;
const TRAILING_PUNCTUATION = /[\s.:;,!?…\-–—]+$/u;
const SPACES = /\s+/g;
/** Emoji, symbols and punctuation before the first letter: "📈 Weekly Summary", "✅ What went well". */
const LEADING_SYMBOLS = /^[^\p{L}\p{N}]+/u;
const APOSTROPHES = /[‘’ʼ]/g;

/** The comparable form of a heading title (numbering prefix already removed). */
export function normalizeTitle(title: string): string {
  return foldCase(title).replace(EMPHASIS, '').replace(APOSTROPHES, "'").replace(SPACES, ' ').trim().replace(LEADING_SYMBOLS, '').replace(TRAILING_PUNCTUATION, '');
}

/** Words a title may start with before the role's name: "Team accomplishments", "Our priorities", "TSC Attendees". */
const LEADING_WORDS = new Set(['the', 'our', 'team', 'project', 'group', 'my', 'sig', 'wg', 'tsc', 'key', 'main', 'overall', 'các', 'những']);

function startsWithWord(text: string, prefix: string): boolean {
  if (!text.startsWith(prefix)) return false;
  if (text.length === prefix.length) return true;
  return !/[\p{L}\p{N}]/u.test(text[prefix.length]);
}

/** The role a heading title stands for in this kind, if any. */
export function matchRole(title: string, kind: ReportKind): RoleMatch | undefined {
  const normalized = normalizeTitle(title);
  if (!normalized) return undefined;
  const direct = matchNormalized(normalized, kind);
  if (direct) return direct;
  // "Team Activity Summary", "TSC Attendees": the role's name after a word that qualifies it.
  const space = normalized.indexOf(' ');
  if (space > 0) {
    const first = normalized.slice(0, space);
    const acronym = /^\p{Lu}{2,5}$/u.test(title.replace(LEADING_SYMBOLS, '').split(/\s/, 1)[0]);
    if (LEADING_WORDS.has(first) || acronym) return matchNormalized(normalized.slice(space + 1), kind);
  }
  return undefined;
}

function matchNormalized(normalized: string, kind: ReportKind): RoleMatch | undefined {
  const { exact, plain } = bucketsFor(kind);
  const entry = find(exact, normalized);
  if (entry) return { role: entry.role, synonym: entry.synonym, fuzzy: false, rest: normalized.slice(entry.form.length).trim() };
  const plainTitle = stripDiacritics(normalized);
  const fallback = find(plain, plainTitle);
  return fallback ? { role: fallback.role, synonym: fallback.synonym, fuzzy: true, rest: normalized.slice(fallback.form.length).trim() } : undefined;
}
