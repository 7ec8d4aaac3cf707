import { foldCase, hasVietnameseLetter, stripDiacritics, VIETNAMESE_LOWER, VIETNAMESE_UPPER } from '../text/fold';
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

/**
 * Synonyms by their comparable form, for every kind read so far (exact forms and forms without
 * diacritics apart): for each form, its synonyms as kind number, role and synonym, three slots each, a
 * kind's in the order given. A heading is looked up once per word boundary of its first
 * characters, as many as the kind's longest form, whatever the number of synonyms (a workspace
 * may give 100,000), and the longest synonym that starts it at a word boundary wins, as it
 * always has ("kết quả đạt được" before "kết quả"); of a kind's synonyms with one form, the first
 * given wins. One table for all kinds: a detection reads nine, whose 4,204 synonyms have 871
 * forms (a table per kind made 8,400 entries and as many objects). Keyed by the form itself: the
 * engine hashes the strings natively. Bounded: past TABLE_ENTRIES synonyms the shared tables
 * start over, and each kind is read again when next asked for. A kind of more than OWN_TABLE
 * synonyms (a workspace's) has tables of its own, let go with it: kinds as large as the shared
 * tables would otherwise start them over at each turn between them.
 */
let exactForms = new Map<string, unknown[]>();
let plainForms = new Map<string, unknown[]>();
let tableEntries = 0;
let tableGeneration = 0;
const TABLE_ENTRIES = 300_000;
const OWN_TABLE = 5_000;

/** A kind's number in the tables (not the kind itself: a kind no longer used is let go), its longest forms and its tables, for the generation of the shared tables that holds its synonyms. */
interface KindTables {
  /** The shared tables' generation, or -1 for a kind with tables of its own. */
  generation: number;
  id: number;
  exact: number;
  plain: number;
  exactForms: Map<string, unknown[]>;
  plainForms: Map<string, unknown[]>;
}
let kindsRead = 0;
const tables = new WeakMap<ReportKind, KindTables>();

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
  const folded = isPlainWords(synonym) ? plainWordsForm(synonym) : normalizeTitle(synonym);
  const found = folded ? ([folded, ASCII.test(folded) ? folded : stripDiacritics(folded)] as const) : undefined;
  forms.set(synonym, found);
  return found;
}

/**
 * English or Vietnamese words (letters in NFC, digits, "'", "&", commas) with single spaces
 * between, from a letter or digit to anything but a comma: nine synonyms in ten. `normalizeTitle`
 * leaves such a text as it is but for its case (the tests hold the two to each other).
 */
const WORD_CHARACTER = `0-9A-Za-z${VIETNAMESE_LOWER}${VIETNAMESE_UPPER}`;
const PLAIN_WORDS = new RegExp(`^[${WORD_CHARACTER}](?:[${WORD_CHARACTER}'&,]| (?=[^ ]))*$`);
const UPPER_CASE = new RegExp(`[A-Z${VIETNAMESE_UPPER}]`);
const ASCII = /^[\x00-\x7f]*$/;

/** `normalizeTitle` of a text PLAIN_WORDS matches: the text in lower case. */
export function plainWordsForm(text: string): string {
  return UPPER_CASE.test(text) ? text.toLowerCase() : text;
}

/** Whether `plainWordsForm` may stand for `normalizeTitle` on `text` (for the tests). */
export function isPlainWords(text: string): boolean {
  return PLAIN_WORDS.test(text) && !text.endsWith(',');
}

/** The kind's synonyms in the tables (added the first time it is asked for), with its longest forms. */
function tablesFor(kind: ReportKind): KindTables {
  const known = tables.get(kind);
  if (known && (known.generation === tableGeneration || known.generation < 0)) return known;
  let count = 0;
  for (const role of kind.roles) count += role.synonyms.vi.length + role.synonyms.en.length;
  const own = count > OWN_TABLE;
  if (!own && tableEntries + count > TABLE_ENTRIES) {
    exactForms = new Map();
    plainForms = new Map();
    tableEntries = 0;
    tableGeneration++;
  }
  if (!own) tableEntries += count;
  const found: KindTables = own
    ? { generation: -1, id: ++kindsRead, exact: 0, plain: 0, exactForms: new Map(), plainForms: new Map() }
    : { generation: tableGeneration, id: ++kindsRead, exact: 0, plain: 0, exactForms, plainForms };
  for (const role of kind.roles) {
    addSynonyms(role.id, role.synonyms.vi, found);
    addSynonyms(role.id, role.synonyms.en, found);
  }
  tables.set(kind, found);
  return found;
}

function addSynonyms(role: string, synonyms: readonly string[], found: KindTables): void {
  for (const synonym of synonyms) {
    const forms = formsOf(synonym);
    if (!forms) continue;
    addEntry(found.exactForms, forms[0], found.id, role, synonym);
    addEntry(found.plainForms, forms[1], found.id, role, synonym);
    if (forms[0].length > found.exact) found.exact = forms[0].length;
    if (forms[1].length > found.plain) found.plain = forms[1].length;
  }
}

function addEntry(table: Map<string, unknown[]>, form: string, kind: number, role: string, synonym: string): void {
  const list = table.get(form);
  if (list) list.push(kind, role, synonym);
  else table.set(form, [kind, role, synonym]);
}

/** The kind's longest synonym that `title` starts with, ending at a word boundary of the title, with the length of its form. */
function find(table: Map<string, unknown[]>, maxLength: number, title: string, kind: number): { role: string; synonym: string; length: number } | undefined {
  for (let end = Math.min(title.length, maxLength); end > 0; end--) {
    if (end < title.length && isLetterOrDigitChar(title[end])) continue;
    const list = table.get(end === title.length ? title : title.slice(0, end));
    if (!list) continue;
    for (let i = 0; i < list.length; i += 3) if (list[i] === kind) return { role: list[i + 1] as string, synonym: list[i + 2] as string, length: end };
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
  const own = tablesFor(kind);
  const entry = find(own.exactForms, own.exact, normalized, own.id);
  // "What I did not finish", "Done not yet": the role's name, denied, is no such part.
  if (entry && normalized.startsWith('not ', entry.length + 1)) return undefined;
  if (entry) return { role: entry.role, synonym: entry.synonym, fuzzy: false, rest: normalized.slice(entry.length).trim() };
  const plainTitle = stripDiacritics(normalized);
  const fallback = find(own.plainForms, own.plain, plainTitle, own.id);
  return fallback ? { role: fallback.role, synonym: fallback.synonym, fuzzy: true, rest: normalized.slice(fallback.length).trim() } : undefined;
}
