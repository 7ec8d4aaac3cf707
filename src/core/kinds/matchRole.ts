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
  folded: string;
  stripped: string;
}

const matchers = new WeakMap<ReportKind, Entry[]>();

function entriesFor(kind: ReportKind): Entry[] {
  let entries = matchers.get(kind);
  if (!entries) {
    entries = [];
    for (const role of kind.roles) {
      for (const synonym of [...role.synonyms.vi, ...role.synonyms.en]) {
        const folded = normalizeTitle(synonym);
        if (folded) entries.push({ role: role.id, synonym, folded, stripped: stripDiacritics(folded) });
      }
    }
    // Longest synonym wins: "kết quả đạt được" before "kết quả".
    entries.sort((a, b) => b.folded.length - a.folded.length);
    matchers.set(kind, entries);
  }
  return entries;
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
  const entries = entriesFor(kind);
  for (const entry of entries) {
    if (startsWithWord(normalized, entry.folded)) return { role: entry.role, synonym: entry.synonym, fuzzy: false };
  }
  const stripped = stripDiacritics(normalized);
  for (const entry of entries) {
    if (startsWithWord(stripped, entry.stripped)) return { role: entry.role, synonym: entry.synonym, fuzzy: true };
  }
  return undefined;
}
