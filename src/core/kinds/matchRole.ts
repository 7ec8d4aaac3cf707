import { foldCase, stripDiacritics } from '../text/fold';
import type { ReportKind } from './kind';

export interface RoleMatch {
  role: string;
  synonym: string;
  /** True when only the diacritic-insensitive fallback matched. */
  fuzzy: boolean;
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

/** The comparable form of a heading title (numbering prefix already removed). */
export function normalizeTitle(title: string): string {
  return foldCase(title).replace(EMPHASIS, '').replace(SPACES, ' ').trim().replace(TRAILING_PUNCTUATION, '');
}

function startsWithWord(text: string, prefix: string): boolean {
  if (!text.startsWith(prefix)) return false;
  if (text.length === prefix.length) return true;
  return !/[\p{L}\p{N}]/u.test(text[prefix.length]);
}

/** The role a heading title stands for in this kind, if any. */
export function matchRole(title: string, kind: ReportKind): RoleMatch | undefined {
  const normalized = normalizeTitle(title);
  if (!normalized) return undefined;
  const { exact, plain } = bucketsFor(kind);
  const entry = find(exact, normalized);
  if (entry) return { role: entry.role, synonym: entry.synonym, fuzzy: false };
  const fallback = find(plain, stripDiacritics(normalized));
  return fallback ? { role: fallback.role, synonym: fallback.synonym, fuzzy: true } : undefined;
}
