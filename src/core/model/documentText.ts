import { AUTO_KIND, type ReportKindGlob } from '../config/settings';
import { isMarkupOnly } from './officialText';
import type { Lang } from '../i18n';
import type { ReportKind } from '../kinds/kind';
import { VOCABULARY_KIND } from '../kinds/builtin';
import { matchRole } from '../kinds/matchRole';
import { compileWorkspaceGlob } from '../text/safeGlob';
import type { LineIndex } from '../text/lineIndex';
import { countLetters } from '../text/wordCharacters';
import { readsAsUnaccentedVietnamese } from '../text/unaccentedVietnamese';
import type { BlockScan } from './blocks';
import type { OfficialParts } from './official';
import { plainText } from './plainText';
import { assignRoles, type Section, walkSections } from './sections';

/**
 * What the report model reads from the text before and beside its parts: where the body's text
 * starts and ends, the official frame's lines, headings that read as paragraphs, the language,
 * and the kind a workspace's globs or headings give.
 */

/** The body's first line that holds text (after the front matter ending at `frontMatterEnd`), 0-based; -1 when none. */
export function firstBodyLine(lines: LineIndex, frontMatterEnd: number): number {
  for (let line = frontMatterEnd + 1; line < lines.lineCount; line++) {
    const text = lines.line(line).trim();
    // A rule drawn above everything ("---" alone, no front matter) and lines of HTML tags alone
    // (`<p align="center">` around a centred title) hold no text.
    if (text === '' || RULE.test(text) || isMarkupOnly(text)) continue;
    return line;
  }
  return -1;
}

/** A thematic break: three "-", "*" or "_" or more, spaces between. */
const RULE = /^(?:[-*_][ \t]*){3,}$/;

/** A line of closing HTML tags alone. */
const CLOSING_TAGS_ONLY = /^(?:<\/[A-Za-z][A-Za-z0-9-]*\s*>\s*)+$/;

/**
 * The body's last line of text, 0-based, or -1 when the body is empty. HTML comments after the
 * text (an editor's note, an attribution, on one line or several) and lines of closing tags
 * alone (a CMS body's `</div>`) are not text. Each line is visited once.
 */

export function lastBodyLine(lines: LineIndex, frontMatterEnd: number): number {
  const bodyStart = frontMatterEnd + 1;
  let last = lines.lineCount - 1;
  while (last >= bodyStart) {
    const text = lines.line(last).trim();
    // Blank, or only the closing tags of a CMS body's wrapper ("</div>", "</article></section>"):
    // the body's last line is the one before.
    if (text === '' || CLOSING_TAGS_ONLY.test(text)) {
      last--;
      continue;
    }
    if (!text.endsWith('-->')) break;
    // A comment ends the body: go back to where it opens.
    let open = last;
    while (open >= bodyStart && !lines.line(open).includes('<!--')) open--;
    if (open < bodyStart) break;
    const opening = lines.line(open);
    if (opening.slice(0, opening.indexOf('<!--')).trim() !== '') return open;
    last = open - 1;
  }
  return last >= bodyStart ? last : -1;
}

/**
 * A heading that reads as a paragraph: 100 characters or more of plain text ending like a
 * sentence, and long (more than 30 words or 200 characters) or holding a sentence of its own ("…", ".", "!", "?"), as a news site's teaser copied with its markup.
 * Or, with `underline` "-" (a setext heading), a sentence of any length: see `isRuledSentence`.
 */
export function readsAsParagraph(content: string, underline?: '=' | '-'): boolean {
  const text = plainText(content);
  if (underline === '-' && isRuledSentence(text)) return true;
  if (text.length < 100 || !/[.!?…](?:["'”’)])?$/u.test(text)) return false;
  // Long, or holding a sentence that ends inside it: headings name, they do not tell. The
  // heading's own number ("2. Are there any areas…?") ends no sentence.
  const unnumbered = text.replace(/^(?:\d{1,3}(?:\.\d{1,3})*|[IVXLC]{1,6}|[A-Za-z])[.)] /u, '');
  return text.length > 200 || text.split(' ').length > 30 || /[\p{L}\p{N}][.!?] \p{Lu}/u.test(unnumbered);
}

/** Lines of the official header, "Kính gửi", "Nơi nhận" and the signature: 1, others 0. */
export function frameLines(official: OfficialParts, lineCount: number): Uint8Array {
  const frame = new Uint8Array(lineCount);
  for (const part of [official.header, official.recipients, official.distribution, official.signer]) {
    if (part) frame.fill(1, part.startLine, Math.min(lineCount, part.endLine + 1));
  }
  return frame;
}

/** An unnumbered bold line is a heading when it is a role's name outright ("**Kết luận**"). */
export function isWholeRoleTitle(title: string, kind: ReportKind | undefined): boolean {
  for (const k of kind ? [kind, VOCABULARY_KIND] : [VOCABULARY_KIND]) {
    const match = matchRole(title, k);
    if (match && !match.fuzzy && plainText(title).length <= match.synonym.length + 12) return true;
  }
  return false;
}

const globCache = new Map<string, (path: string) => boolean>();

/**
 * Whether a path (relative to the globs' root, either slash) matches one of the globs. Both are
 * compared in Unicode's composed form (NFC): a name written on macOS or taken from a zip file is
 * often decomposed ("tuần" as "tuầ" + combining marks), a glob typed elsewhere is not.
 */
export function matchesGlobs(relativePath: string, globs: readonly string[]): boolean {
  const path = relativePath.replace(/\\/g, '/').normalize('NFC');
  return globs.some((glob) => {
    let matcher = globCache.get(glob);
    if (!matcher) {
      // Globs come from the workspace (settings, configuration files): matched in linear time; a refused one matches nothing.
      matcher = compileWorkspaceGlob(glob.normalize('NFC')).match ?? (() => false);
      globCache.set(glob, matcher);
    }
    return matcher(path);
  });
}

/**
 * Whether a document's path is one of the report globs: for a configuration's map, the first
 * entry that matches it in the order written (`true` for one that says `auto`), else `true` when
 * a glob of the list matches; undefined when none does. One pass over the globs.
 */
export function reportFileMatch(path: string, options: { reportFiles?: readonly string[]; reportKinds?: readonly ReportKindGlob[] }): ReportKindGlob | true | undefined {
  if (options.reportKinds?.length) {
    const entry = options.reportKinds.find((e) => matchesGlobs(path, [e.glob]));
    return entry === undefined ? undefined : entry.kind === AUTO_KIND ? true : entry;
  }
  return options.reportFiles?.length && matchesGlobs(path, options.reportFiles) ? true : undefined;
}

/** The kind whose roles the headings fit best; ties go to the first kind listed. */
export function inferKind(sections: Section[], kinds: readonly ReportKind[]): ReportKind | undefined {
  let best: ReportKind | undefined;
  let bestScore = -Infinity;
  for (const kind of kinds) {
    const present = new Set(assignRoles(sections, kind).map((s) => s.role));
    let score = 0;
    for (const role of kind.roles) {
      if (present.has(role.id)) score += role.required ? 2 : 1;
      else if (role.required) score -= 1;
    }
    if (score > bestScore) {
      best = kind;
      bestScore = score;
    }
  }
  // Inference never leaves a trace on the sections; the caller assigns roles for the winner.
  for (const section of walkSections(sections)) {
    delete section.role;
    delete section.roleMatch;
  }
  return best;
}

const VIETNAMESE_LETTER = /[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/gu;

/**
 * Vietnamese when its letters are common in the headings and the opening text, or when these
 * read as Vietnamese typed without diacritics ("Bao cao tuan 3", "Cong viec da hoan thanh").
 */
export function detectLanguage(text: string, scan: BlockScan): Lang | undefined {
  const sample = scan.headings.slice(0, 100).map((h) => h.content).join(' ') + ' ' + text.slice(0, 4000);
  const letters = countLetters(sample);
  if (letters === 0) return undefined;
  const vietnamese = sample.normalize('NFC').match(VIETNAMESE_LETTER)?.length ?? 0;
  return vietnamese / letters > 0.03 || readsAsUnaccentedVietnamese(sample) ? 'vi' : 'en';
}

/**
 * A sentence with "---" right under it ("Tập trung chuyển đổi số.", then "---"): the writer drew
 * a rule after a paragraph, as a closing is set apart, and Markdown made the sentence a heading
 * of level 2. Headings name, they do not end like a sentence: text that ends with "." or "…"
 * (not a number alone, "1.", "II.") is that paragraph. A question or an exclamation stays a
 * heading ("What did we ship?", as annual reports ask them).
 */
export function isRuledSentence(text: string): boolean {
  const trimmed = text.trim();
  return /[.…]["'”’)]*$/u.test(trimmed) && !/^(?:\d{1,3}(?:\.\d{1,3})*|[IVXLC]{1,6}|[A-Za-z])\.$/u.test(trimmed) && /\p{L}/u.test(trimmed);
}
