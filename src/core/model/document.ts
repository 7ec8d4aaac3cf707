import { markBannerTitle, markSubtitles } from './titleBlock';
import { type Lang, langOfTag } from '../i18n';
import type { PeriodUnit, ReportKind, RoleSpec } from '../kinds/kind';
import type { ReportKindGlob } from '../config/settings';
import { DEFAULT_KINDS, type KindRegistry } from '../kinds/registry';
import { kindOfTitle, SPECIFIC_TITLE_KINDS } from './detect';
import { type Detection, detectKind } from './detection';
export type { Detection } from './detection';
import { findOfficialParts, type OfficialParts } from './official';
import { collectParts, missingRoles, type ReportPart, requiredFor, rolesPresent } from './parts';
import { findPseudoHeadings, withoutSoleAnswers, pseudoLevels } from './pseudoHeadings';
import { LineIndex } from '../text/lineIndex';
import { type BlockScan, type HeadingBlock, scanBlocks, type TextBlock } from './blocks';
import { type FrontMatter, type FrontMatterProblem, readFrontMatter } from './frontMatter';
import { lettersFor } from './numbering';
import { type Caption, findCaptions } from './captions';
import { findEnumeration, type Paragraph } from './paragraphs';
import { readParts, roleParagraphs, sectionIndexOfLines } from './readParts';
import { ProseMask } from './prose';
import { detectLanguage, firstBodyLine, frameLines, inferKind, isWholeRoleTitle, lastBodyLine, readsAsParagraph, reportFileMatch } from './documentText';
export { inferKind, matchesGlobs, readsAsParagraph } from './documentText';
import {
  assignRoles,
  buildSectionTree,
  markTitle,
  reconcileLetterNumbering,
  type Section,
  walkSections,
} from './sections';
import { displayTitle, type Heading, toHeading } from './headings';
import { periodHeading, periodOfReport, periodUnitOf, type RoleContext } from './ownPeriod';
import { matchRole } from '../kinds/matchRole';
import { periodOfField, type ReportPeriod } from './reportPeriod';
import { endBeforeClosingRule } from './closingRule';
import { firstAbove } from '../text/sorted';
import { hasLetterOrDigit } from '../text/wordCharacters';

export interface ParseOptions {
  /** The document's path relative to its workspace (or the working directory), for `reportFiles`. */
  relativePath?: string;
  /** Globs of files that are reports without saying so in front matter. */
  reportFiles?: readonly string[];
  /** Of those, the globs a configuration gives a kind (`"weekly/*.md": status`): the first that matches names the file's kind. */
  reportKinds?: readonly ReportKindGlob[];
  /** Treat the document as a report of this kind, whatever it says. */
  forceKind?: string;
  /**
   * Check a document whose front matter names no kind as the kind it confidently looks like
   * (`lint --kind auto`); a document that does not look like a report stays unchecked.
   */
  detectKind?: boolean;
  kinds?: KindRegistry;
}

export type ReportReason = 'front-matter' | 'glob' | 'forced' | 'detected';


/**
 * The one model of a report. Built once per document version; every feature reads it.
 * Lines are 0-based here; the command line and outline print them 1-based.
 */
export class ReportDocument {
  readonly lines: LineIndex;
  readonly frontMatter?: FrontMatter;
  readonly headings: Heading[];
  readonly sections: Section[];
  readonly title?: Section;
  readonly isReport: boolean;
  readonly reportReason?: ReportReason;
  /** The kind the front matter names (even an unknown one). */
  readonly declaredKind?: string;
  readonly kind?: ReportKind;
  readonly kindSource?: 'front-matter' | 'inferred' | 'forced' | 'detected' | 'title' | 'config';
  /** The kind a configuration's `reportFiles` gives this file, and the file it is written in (even a kind that does not exist: RW005). */
  readonly configKind?: ReportKindGlob;
  /** The front matter names a general kind, and the title a specific one that is used instead ("Biên bản họp" with `kind: meeting-news`). */
  readonly kindFromTitle?: { declared: string; used: string };
  /** The language the report is written in: front matter `lang`, else detected. */
  readonly lang: Lang;
  /** The front matter's `lang`, when valid. */
  readonly declaredLang?: Lang;
  /** The language the text reads in, detected; undefined when it has no letters yet (a new, empty file). */
  readonly writtenLang?: Lang;
  /** The front matter's `period:`: the year, half, quarter, month or week the report covers (reportPeriod.ts). */
  readonly period?: ReportPeriod;
  /** Sections that carry a role, outermost first, in document order. */
  readonly roleSections: Section[];
  readonly frontMatterProblems: FrontMatterProblem[];
  readonly prose: ProseMask;
  /** The last line that is part of the text (a final line break does not start a line of content). */
  readonly lastLine: number;
  /** Headings that read as paragraphs (very long, ending in a sentence): not sections. */
  readonly paragraphHeadings: HeadingBlock[];
  /** The parts of an official document written in its body or front matter (NĐ 30/2020, HD 36). */
  readonly official: OfficialParts;
  private readonly scan: BlockScan;
  private readonly frame: Uint8Array;
  private readonly registry: KindRegistry;
  private partsCache?: ReportPart[];
  private detectionCache?: Detection;
  private paragraphCache?: Paragraph[];
  private captionCache?: Caption[];

  constructor(
    readonly text: string,
    readonly options: ParseOptions = {},
  ) {
    const kinds = options.kinds ?? DEFAULT_KINDS;
    this.lines = new LineIndex(text);
    const lastIndex = this.lines.lineCount - 1;
    this.lastLine = lastIndex > 0 && this.lines.starts[lastIndex] === text.length ? lastIndex - 1 : lastIndex;
    this.frontMatter = readFrontMatter(this.lines);
    this.frontMatterProblems = [...(this.frontMatter?.problems ?? [])];
    this.scan = scanBlocks(this.lines, this.frontMatter?.endLine ?? -1);
    this.prose = new ProseMask(this.lines, this.scan.lineKinds, this.scan.textBlocks);

    const field = (name: string) => this.frontMatter?.fields.get(name);
    // A front matter too broken to read may still say its language on a line of its own.
    const langValue = field('lang')?.value ?? (this.frontMatter?.malformed ? /^lang[ \t]*:[ \t]*["']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*)["']?[ \t]*$/m.exec(this.frontMatter.raw)?.[1] : undefined);
    const declaredLang = langOfTag(langValue);
    if (declaredLang) this.declaredLang = declaredLang;
    else if (field('lang')) this.fieldProblem('lang', langValue);
    const periodField = field('period');
    const periodValue = periodField?.value;
    if (periodValue !== undefined) {
      const range = periodField!.valueRange;
      const period = periodOfField(periodValue, range && range.start.line === range.end.line ? this.lines.line(range.start.line).slice(range.start.character, range.end.character) : undefined);
      if (period) this.period = period;
      else this.fieldProblem('period', periodValue);
    }
    const written = detectLanguage(text, this.scan);
    if (written) this.writtenLang = written;
    this.lang = this.declaredLang ?? written ?? 'en';

    // The official header, "Kính gửi", "Nơi nhận" and the signature frame the body: never sections.
    const bodyStart = (this.frontMatter?.endLine ?? -1) + 1;
    this.official = findOfficialParts(this.lines, bodyStart, this.lastLine, this.frontMatter);
    this.frame = frameLines(this.official, this.lines.lineCount);
    const inFrame = (line: number) => this.frame[line] === 1;
    this.registry = kinds;

    const kindValue = field('kind')?.value;
    if (kindValue !== undefined && kindValue !== null) this.declaredKind = String(kindValue);
    const declared = this.declaredKind !== undefined ? kinds.get(this.declaredKind) : undefined;

    // Sections: top-level headings (a heading in a quote or a list item is quoted material) and
    // pseudo-headings, in document order.
    // A "heading" that is really a paragraph (a scraped teaser: very long, ending in a sentence)
    // is not a section; RW008 says so.
    const top = this.scan.headings.filter((h) => !h.nested && !inFrame(h.startLine));
    this.paragraphHeadings = top.filter((h) => readsAsParagraph(h.content, h.underline));
    // A heading whose text has no letter or digit ("######" alone, "## ---", "### 🎯", "## <br>",
    // an icon image) spaces the text out, as real status reports use it: it heads nothing, and
    // the section before runs over it.
    const real = top
      .filter((h) => !readsAsParagraph(h.content, h.underline))
      .map((block) => toHeading(block, this.lines.line(block.startLine), this.lang))
      .filter((h) => h.numbering !== undefined || hasLetterOrDigit(h.title));
    const isRoleTitle = (title: string) => isWholeRoleTitle(title, declared);
    // A bold line that is all a section holds ("## Blockers", then "**N/A**") answers it.
    const pseudoBlocks = withoutSoleAnswers(findPseudoHeadings(this.lines, this.scan.paragraphs, this.lang, isRoleTitle, inFrame, firstBodyLine(this.lines, this.frontMatter?.endLine ?? -1), lastBodyLine(this.lines, this.frontMatter?.endLine ?? -1)), real, this.lines, this.lastLine);
    // The rules drawn in the body: thematic breaks, and the "---" under a sentence, which Markdown made a heading.
    const rules = [...this.scan.rules, ...this.paragraphHeadings.filter((h) => h.underline === '-').map((h) => h.endLine)].sort((a, b) => a - b);
    const levels = pseudoLevels(pseudoBlocks, (line) => {
      let index = -1;
      for (let k = 0; k < real.length && real[k].line < line; k++) index = k;
      const next = rules[firstAbove(rules, index >= 0 ? real[index].endLine : -1)];
      return { index, level: index >= 0 ? real[index].level : 0, ruled: next !== undefined && next < line };
    });
    const pseudo = pseudoBlocks.map((b, k) => {
      const heading = toHeading({ level: levels[k], startLine: b.startLine, endLine: b.endLine, content: b.content, setext: false }, b.content, this.lang);
      heading.textColumn = b.column;
      heading.pseudo = true;
      if (b.opening) heading.opening = true;
      return heading;
    });
    this.headings = pseudo.length ? [...real, ...pseudo].sort((a, b) => a.line - b.line) : real;
    // An HTML body's first heading, before any text and at its smallest level, opens it as its title.
    const opener = this.headings[0];
    if (opener?.html && !this.scan.paragraphs.some((p) => p.startLine < opener.line) && this.headings.every((h) => h.level >= opener.level)) opener.opening = true;
    this.sections = buildSectionTree(this.headings, this.lastLine);
    this.title =
      markBannerTitle(this.sections, this.headings, this.scan.htmlBlocks, this.scan.paragraphs.map((p) => p.startLine), (n) => this.lines.line(n)) ??
      markTitle(this.sections, this.headings, (title) => isWholeRoleTitle(title, declared), (title) => kindOfTitle(title, (id) => kinds.get(id) !== undefined, true) !== undefined);
    markSubtitles(this.title, this.sections, this.scan.htmlBlocks, (n) => this.lines.line(n));
    endBeforeClosingRule(this.sections, rules, this.lastLine, (n) => this.lines.line(n));
    const letters = lettersFor(this.lang);
    reconcileLetterNumbering(this.sections, letters);
    for (const section of walkSections(this.sections)) reconcileLetterNumbering(section.children, letters);

    let listed: ReportKindGlob | true | undefined;
    if (options.forceKind !== undefined) {
      this.isReport = true;
      this.reportReason = 'forced';
      this.kind = kinds.get(options.forceKind);
      this.kindSource = 'forced';
    } else if (this.declaredKind !== undefined || this.frontMatter?.mentionsKind) {
      this.isReport = true;
      this.reportReason = 'front-matter';
      this.kind = declared;
      if (this.kind) this.kindSource = 'front-matter';
      // "Biên bản họp" under `kind: meeting-news`: the title says what the document is.
      // Only a title the writer gave (not the first section's heading) names the kind, and only
      // in words: a meeting named by its date ("Weekly sync 2026-03-12") leaves `kind:` as written.
      const named = kindOfTitle(this.ownTitle, (id) => kinds.get(id) !== undefined, true);
      const namedKind = named ? kinds.get(named) : undefined;
      if (declared && namedKind && namedKind !== declared && isBuiltinId(declared.id) && this.titleOverrides(declared, namedKind)) {
        this.kind = namedKind;
        this.kindSource = 'title';
        this.kindFromTitle = { declared: declared.id, used: namedKind.id };
      }
    } else if ((listed = options.relativePath ? reportFileMatch(options.relativePath, options) : undefined)) {
      this.isReport = true;
      this.reportReason = 'glob';
      if (listed !== true) this.configKind = listed;
      if (this.configKind) {
        this.kind = kinds.get(this.configKind.kind);
        if (this.kind) this.kindSource = 'config';
      }
    } else if (options.detectKind && this.detection.confident) {
      this.isReport = true;
      this.reportReason = 'detected';
      this.kind = kinds.get(this.detection.kind!);
      this.kindSource = 'detected';
    } else {
      this.isReport = false;
    }
    // A kind the configuration names that does not exist is said (RW005), as in front matter; nothing is checked as a kind.
    if (this.isReport && !this.kind && this.reportReason === 'glob' && !this.configKind) {
      const detected = this.detection;
      this.kind = (detected.kind ? kinds.get(detected.kind) : undefined) ?? inferKind(this.sections, kinds.all);
      this.kindSource = 'inferred';
    }
    this.roleSections = this.kind ? assignRoles(this.sections, this.kind, this.roleContext(this.kind)) : [];
  }

  /**
   * Whether the title's kind replaces the declared one: always for a kind the title names
   * outright (minutes, a post-mortem, a conclusion notice are never news or reviews); for an
   * annual report only when it fits the text better than the declared kind.
   */
  private titleOverrides(declared: ReportKind, named: ReportKind): boolean {
    if (SPECIFIC_TITLE_KINDS.has(named.id)) return true;
    if (named.id !== 'annual-report') return false;
    return this.partsWithMissing(named) < this.partsWithMissing(declared);
  }

  private partsWithMissing(kind: ReportKind): number {
    return missingRoles(kind, this.partsWith(kind, false)).length;
  }

  /** The title the writer gave: the title heading's, the front matter's `title:`, or the official type and subject. */
  get ownTitle(): string | undefined {
    const title = this.titleText;
    return this.title || this.frontMatter?.fields.get('title') || this.official.header?.type ? title : undefined;
  }

  /** The title as plain text: the title heading's, the front matter's `title:`, the official type and subject, else the first heading of level 1 or 2. */
  get titleText(): string | undefined {
    if (this.title) return displayTitle(this.title.heading);
    const value = this.frontMatter?.fields.get('title')?.value;
    if (typeof value === 'string') return value;
    // An official document's title is its type and subject ("BÁO CÁO" / "Tổng kết công tác năm 2024").
    const header = this.official.header;
    if (header?.type) return [header.type.text, header.subject?.text].filter(Boolean).join(' ');
    const first = this.headings[0];
    if (first && first.level <= 2) return first.title;
    return undefined;
  }

  /** The report's own period as the kind's role names read it; once per kind (roles, parts and `periodUnit` ask). */
  private roleContext(kind: ReportKind): RoleContext {
    let context = this.contexts.get(kind);
    if (!context) {
      const headings = this.headings.filter((h) => h !== this.title?.heading).map((h) => h.title);
      this.contexts.set(kind, (context = { period: periodOfReport(this.ownTitle, this.period, headings, kind) }));
    }
    return context;
  }

  private readonly contexts = new Map<ReportKind, RoleContext>();

  /**
   * The report's parts, in document order: sections (headings and pseudo-headings), question
   * items, and runs of paragraphs that play a role. Computed once; every view reads it.
   */
  get parts(): ReportPart[] {
    if (!this.partsCache) {
      // A document that is not (yet) a report is read as the kind it looks like, for views that
      // offer to check it as one; its sections keep no role.
      const looksLike = !this.kind && this.detection.kind ? this.registry.get(this.detection.kind) : undefined;
      this.partsCache = this.kind ? this.partsWith(this.kind, true) : looksLike ? this.partsWith(looksLike, false) : collectParts(this.sections, [], []);
    }
    return this.partsCache;
  }

  /** The roles some part plays. */
  get presentRoles(): Set<string> {
    return rolesPresent(this.parts);
  }

  /** The required roles of the report's kind that no part plays, in the kind's order (none for a document that is not a report). */
  get missingRoles() {
    return this.kind ? missingRoles(this.kind, this.parts, this.optionalityUnit) : [];
  }

  /**
   * The heading a new part of this role gets in this report (a fix, completion): the kind's,
   * with the week its words name made the report's own period ("Done this week" → "Done this
   * quarter", "Kết quả trong tuần" → "Kết quả trong tháng") when the report is for a month, a
   * quarter or a half.
   */
  headingFor(role: RoleSpec, lang: Lang): string {
    const heading = role.heading[lang];
    const adapted = this.kind ? periodHeading(heading, this.periodUnit, lang) : heading;
    // Only a heading that is read as the same role: a fix must not add a part it would add again.
    return adapted !== heading && this.kind && matchRole(adapted, this.kind)?.role === role.id ? adapted : heading;
  }

  /**
   * Whether the report must have the role: required by its kind, and not optional for the
   * length of its period (`optionalFor`: a week's official report needs no shortcomings part).
   * Every view that says "required" asks this.
   */
  isRequired(role: RoleSpec): boolean {
    return requiredFor(role, this.optionalityUnit);
  }

  /** The period's length, read only for a kind that makes a role optional by it (official-report). */
  private get optionalityUnit(): PeriodUnit | undefined {
    return this.kind?.roles.some((r) => r.optionalFor) ? this.periodUnit : undefined;
  }

  /** The length of the report's period when shorter than a year (`periodUnitOf`), for the kind's `optionalFor`. */
  get periodUnit(): PeriodUnit | undefined {
    if (this.periodUnitCache === null) {
      this.periodUnitCache = this.kind ? periodUnitOf(this.ownTitle, this.period, this.roleContext(this.kind).period) : undefined;
    }
    return this.periodUnitCache;
  }

  private periodUnitCache: PeriodUnit | undefined | null = null;

  /**
   * What the text looks like, whatever the front matter says: for every kind, the share of its
   * required roles found and how much of the document they cover, with the title's word.
   */
  get detection(): Detection {
    this.detectionCache ??= detectKind({
      registry: this.registry,
      lang: this.lang,
      titleText: this.titleText,
      field: (key) => this.frontMatter?.fields.get(key)?.value,
      sectionTitles: this.sectionsInOrder.filter((s) => !s.isTitle).map((s) => s.heading.title),
      sectionCount: this.sections.filter((s) => !s.isTitle).length,
      paragraphs: this.scan.paragraphs,
      hasOfficialHeader: this.official.header !== undefined,
      officialType: this.official.header?.type?.text,
      partsWith: (kind) => this.partsWith(kind, false),
    });
    return this.detectionCache;
  }


  private roleParagraphsCache?: Paragraph[];

  /**
   * The paragraphs roles are read from: not those in block quotes; a paragraph of text pasted
   * from the web as it came (lines that each read as a paragraph, "|" fences) is read line by
   * line, as its writer's page had it (RW503 offers to tidy it).
   */
  private get roleParagraphs(): Paragraph[] {
    this.roleParagraphsCache ??= roleParagraphs(this.paragraphs, this.lines);
    return this.roleParagraphsCache;
  }

  private sectionIndexCache?: Int32Array;
  private sectionsInOrderCache?: Section[];

  /** For each line, the index (in document order) of the section it belongs to; -1 before the first. */
  private get sectionIndex(): Int32Array {
    this.sectionIndexCache ??= sectionIndexOfLines(this.headings, this.lines.lineCount);
    return this.sectionIndexCache;
  }

  /** The sections in document order, one per heading. */
  private get sectionsInOrder(): Section[] {
    this.sectionsInOrderCache ??= [...walkSections(this.sections)];
    return this.sectionsInOrderCache;
  }

  /** The parts as read with a kind; `apply` keeps the roles on the sections (only for the report's own kind). */
  private partsWith(kind: ReportKind, apply: boolean): ReportPart[] {
    return readParts(this, kind, apply, {
      context: this.roleContext(kind),
      listItems: this.scan.listItems,
      blockParagraphs: this.scan.paragraphs,
      frame: this.frame,
      roleParagraphs: this.roleParagraphs,
      sectionIndex: this.sectionIndex,
      sectionsInOrder: this.sectionsInOrder,
    });
  }

  /** markdown-it's block tokens (the inline pass is the renderer's). */
  get tokens() {
    return this.scan.tokens;
  }

  /** markdown-it's environment of the block pass (link references), which the inline pass needs. */
  get markdownEnv(): Record<string, unknown> {
    return this.scan.env;
  }

  get textBlocks(): readonly TextBlock[] {
    return this.scan.textBlocks;
  }

  /** Paragraphs with their inline enumerations "(1) … (2) …". */
  get paragraphs(): Paragraph[] {
    this.paragraphCache ??= this.scan.paragraphs.map((p) => ({
      startLine: p.startLine,
      endLine: p.endLine,
      content: p.content,
      container: p.container,
      enumeration: findEnumeration(this, p.startLine, p.endLine),
    }));
    return this.paragraphCache;
  }

  /** Photo captions: lines under an image, fenced by "|", in italics alone, or with a photo credit. */
  get captions(): Caption[] {
    this.captionCache ??= findCaptions(this);
    return this.captionCache;
  }

  isCaptionLine(line: number): boolean {
    return this.captions.some((c) => line >= c.startLine && line <= c.endLine);
  }

  /** Roles played by runs of paragraphs (parts of kind `paragraphs`). */
  get roleBlocks(): ReportPart[] {
    return this.parts.filter((p) => p.part === 'paragraphs' && p.by !== undefined);
  }

  /** The title line: the title heading, else the front matter's `title:`, else line 0. */
  get titleLine(): number {
    if (this.title) return this.title.heading.line;
    const range = this.frontMatter?.fields.get('title')?.keyRange;
    return range ? range.start.line : 0;
  }

  private fieldProblem(name: string, value: unknown): void {
    const field = this.frontMatter!.fields.get(name)!;
    const range = field.valueRange ?? field.keyRange!;
    this.frontMatterProblems.push({ kind: 'field', field: name, range, detail: String(value) });
  }
}

const BUILTIN_IDS = new Set(DEFAULT_KINDS.ids);
function isBuiltinId(id: string): boolean {
  return BUILTIN_IDS.has(id);
}

export function parseReport(text: string, options?: ParseOptions): ReportDocument {
  return new ReportDocument(text, options);
}
