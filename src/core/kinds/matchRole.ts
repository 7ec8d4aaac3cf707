import { foldCase, hasVietnameseLetter, stripDiacritics } from '../text/fold';
import { isLetterOrDigitChar, trimToLetterOrDigit } from '../text/wordCharacters';
import type { ReportKind } from './kind';
import { lazyPattern } from '../text/gatedPattern';
import { LEADING_PAIRS, namedAfterWho, proposesNextWork, qualifies } from './titleWords';

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

/**
 * Synonyms by their comparable form, with the longest form's length: a heading is looked up once
 * per word boundary of its first `maxLength` characters, whatever the number of synonyms (a
 * workspace may give 100,000), and the longest synonym that starts it at a word boundary wins, as
 * it always has ("kết quả đạt được" before "kết quả"). Of synonyms with one form, the first given
 * wins. Keyed by the form itself: the engine hashes the strings natively, which a command-line
 * run's start pays far less for than hashing each form in script.
 */
interface Index {
  byForm: Map<string, Entry>;
  maxLength: number;
}

const matchers = new WeakMap<ReportKind, { exact: Index; plain: Index }>();

/**
 * A synonym's comparable forms (exact, then without diacritics; undefined when it has none), by
 * the synonym as written. The built-in kinds share most of their synonyms (4,204 given, 871
 * distinct), so each is folded once per run rather than once per kind a detection reads.
 * Bounded: past `FORMS_KEPT` synonyms (a workspace may give 100,000) the memory starts over.
 */
const forms = new Map<string, readonly [string, string] | undefined>();
const FORMS_KEPT = 20_000;

function formsOf(synonym: string): readonly [string, string] | undefined {
  if (forms.has(synonym)) return forms.get(synonym);
  if (forms.size >= FORMS_KEPT) forms.clear();
  const folded = normalizeTitle(synonym);
  const found = folded ? ([folded, stripDiacritics(folded)] as const) : undefined;
  forms.set(synonym, found);
  return found;
}

function bucketsFor(kind: ReportKind): { exact: Index; plain: Index } {
  let buckets = matchers.get(kind);
  if (!buckets) {
    buckets = { exact: { byForm: new Map(), maxLength: 0 }, plain: { byForm: new Map(), maxLength: 0 } };
    for (const role of kind.roles) {
      for (const synonym of [...role.synonyms.vi, ...role.synonyms.en]) {
        const found = formsOf(synonym);
        if (!found) continue;
        add(buckets.exact, { role: role.id, synonym, form: found[0] });
        add(buckets.plain, { role: role.id, synonym, form: found[1] });
      }
    }
    matchers.set(kind, buckets);
  }
  return buckets;
}

/** Adds `entry` unless a synonym of the same form came first. */
function add(index: Index, entry: Entry): void {
  if (index.byForm.has(entry.form)) return;
  index.byForm.set(entry.form, entry);
  if (entry.form.length > index.maxLength) index.maxLength = entry.form.length;
}

/** The longest synonym that `title` starts with, ending at a word boundary of the title. */
function find(index: Index, title: string): Entry | undefined {
  for (let end = Math.min(title.length, index.maxLength); end > 0; end--) {
    if (end < title.length && isLetterOrDigitChar(title[end])) continue;
    const entry = index.byForm.get(end === title.length ? title : title.slice(0, end));
    if (entry) return entry;
  }
  return undefined;
}

const EMPHASIS = /[*_`~]+/g;
const TRAILING_PUNCTUATION = /[\s.:;,!?…\-–—]+$/u;
const SPACES = /\s+/g;
/** Emoji, symbols and punctuation before the first letter: "📈 Weekly Summary", "✅ What went well". */
const LEADING_SYMBOLS = lazyPattern(() => /^[^\p{L}\p{N}]+/u);
const APOSTROPHES = /[‘’ʼ]/g;

/** The comparable form of a heading title (numbering prefix already removed). */
export function normalizeTitle(title: string): string {
  const spaced = foldCase(title).replace(EMPHASIS, '').replace(APOSTROPHES, "'").replace(SPACES, ' ').trim();
  return trimToLetterOrDigit(spaced, LEADING_SYMBOLS).replace(TRAILING_PUNCTUATION, '');
}

/** Titles already matched, per kind: a report repeats its labels and headings ("Kết quả:", "Ghi chú:"). */
const remembered = new WeakMap<ReportKind, Map<string, RoleMatch | null>>();
/** The most titles remembered per kind; past it the memory starts over (bounded memory for any report). */
const REMEMBERED_TITLES = 4096;

/** The role a heading title stands for in this kind, if any (a new object on every call: callers may keep or change it). */
export function matchRole(title: string, kind: ReportKind): RoleMatch | undefined {
  let known = remembered.get(kind);
  if (!known) remembered.set(kind, (known = new Map()));
  let match = known.get(title);
  if (match === undefined) {
    if (known.size >= REMEMBERED_TITLES) known.clear();
    match = matchTitle(title, kind) ?? null;
    known.set(title, match);
  }
  return match ? { role: match.role, synonym: match.synonym, fuzzy: match.fuzzy, rest: match.rest } : undefined;
}

function matchTitle(title: string, kind: ReportKind): RoleMatch | undefined {
  const normalized = normalizeTitle(title);
  if (!normalized) return undefined;
  const found = matchWords(title, normalized, kind);
  if (found?.rest === '') return proposal(found, kind);
  // "RTD STAFF PRESENT", "Thành viên có mặt" (not "thành viên" with more after it): a role's
  // name after who it is about.
  const after = namedAfterWho(normalized);
  if (after) {
    const named = matchNormalized(after, kind);
    if (named && named.rest === '') return named;
  }
  if (found) return proposal(found, kind);
  // A title in two languages: "HÀNH ĐỘNG CẢI TIẾN (ACTION ITEMS)", "Mô tả triệu chứng (Symptoms)".
  // Only a translation: the words in parentheses are the role's name, whole, in the other
  // language ("Phụ lục (kết quả khảo sát)", "Budget (plan vs actual)" are no role).
  const paren = TRAILING_PARENTHESES.exec(normalized);
  if (!paren || hasVietnameseLetter(paren[1]) === hasVietnameseLetter(paren[2])) return undefined;
  const inner = matchNormalized(paren[2].trim(), kind);
  return inner && inner.rest === '' ? inner : undefined;
}

/**
 * A proposal of what to do next is the plan ("Đề xuất thứ tự làm tiếp theo", "Proposed next
 * steps" — "proposed" qualifies "next steps"), in a kind that has one.
 */
function proposal(match: RoleMatch, kind: ReportKind): RoleMatch {
  if (match.role !== 'recommendations' || !proposesNextWork(match.rest) || !kind.roles.some((r) => r.id === 'priorities')) return match;
  return { ...match, role: 'priorities' };
}

/** The words in a title's last parentheses (2), when they close it, and what stands before them (1). */
const TRAILING_PARENTHESES = /^([^()]+)\(([^()]+)\)$/;

function matchWords(title: string, normalized: string, kind: ReportKind): RoleMatch | undefined {
  const direct = matchNormalized(normalized, kind);
  if (direct) return direct;
  // "Team Activity Summary", "TSC Attendees": the role's name after a word that qualifies it.
  const space = normalized.indexOf(' ');
  if (space <= 0) return undefined;
  const first = normalized.slice(0, space);
  const acronym = /^[A-Z]{2,5}$/.test(trimToLetterOrDigit(title, LEADING_SYMBOLS).split(/\s/, 1)[0]);
  // "2025 accomplishments": a year before the role's name, as English titles put it.
  const year = /^(?:19|20)\d\d$/.test(first);
  const pair = normalized.indexOf(' ', space + 1);
  const skip = qualifies(first) || acronym || year ? space : pair > 0 && LEADING_PAIRS.has(normalized.slice(0, pair)) ? pair : -1;
  if (skip < 0) return undefined;
  // Then up to two more such words or counts: "Về các kiến nghị, đề xuất", "Our team priorities",
  // "Top 5 priorities", "Ba nhiệm vụ trọng tâm", "Our three key results".
  let rest = normalized.slice(skip + 1);
  for (let words = 0; ; words++) {
    const found = matchNormalized(rest, kind);
    if (found || words === 2) return found;
    const next = rest.indexOf(' ');
    if (next <= 0 || !qualifies(rest.slice(0, next))) return undefined;
    rest = rest.slice(next + 1);
  }
}

function matchNormalized(normalized: string, kind: ReportKind): RoleMatch | undefined {
  const { exact, plain } = bucketsFor(kind);
  const entry = find(exact, normalized);
  // "What I did not finish", "Done not yet": the role's name, denied, is no such part.
  if (entry && normalized.startsWith('not ', entry.form.length + 1)) return undefined;
  if (entry) return { role: entry.role, synonym: entry.synonym, fuzzy: false, rest: normalized.slice(entry.form.length).trim() };
  const plainTitle = stripDiacritics(normalized);
  const fallback = find(plain, plainTitle);
  return fallback ? { role: fallback.role, synonym: fallback.synonym, fuzzy: true, rest: normalized.slice(fallback.form.length).trim() } : undefined;
}
