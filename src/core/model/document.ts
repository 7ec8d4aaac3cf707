import { isLang, type Lang } from '../i18n';
import type { ReportKind } from '../kinds/kind';
import { DEFAULT_KINDS, type KindRegistry } from '../kinds/registry';
import { compileWorkspaceGlob } from '../text/safeGlob';
import { LineIndex } from '../text/lineIndex';
import { type BlockScan, scanBlocks, type TextBlock } from './blocks';
import { type FrontMatter, type FrontMatterProblem, readFrontMatter } from './frontMatter';
import { lettersFor } from './numbering';
import { type Caption, findCaptions } from './captions';
import { findEnumeration, type Paragraph } from './paragraphs';
import { ProseMask } from './prose';
import { findRoleBlocks, type RoleBlock } from './roleBlocks';
import {
  assignRoles,
  buildSectionTree,
  type Heading,
  markTitle,
  reconcileLetterNumbering,
  type Section,
  toHeading,
  walkSections,
} from './sections';

export interface ParseOptions {
  /** The document's path relative to its workspace (or the working directory), for `reportFiles`. */
  relativePath?: string;
  /** Globs of files that are reports without saying so in front matter. */
  reportFiles?: readonly string[];
  /** Treat the document as a report of this kind, whatever it says. */
  forceKind?: string;
  kinds?: KindRegistry;
}

export type ReportReason = 'front-matter' | 'glob' | 'forced';

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
  readonly kindSource?: 'front-matter' | 'inferred' | 'forced';
  /** The language the report is written in: front matter `lang`, else detected. */
  readonly lang: Lang;
  /** The front matter's `lang`, when valid. */
  readonly declaredLang?: Lang;
  readonly period?: number;
  /** Sections that carry a role, outermost first, in document order. */
  readonly roleSections: Section[];
  readonly frontMatterProblems: FrontMatterProblem[];
  readonly prose: ProseMask;
  /** The last line that is part of the text (a final line break does not start a line of content). */
  readonly lastLine: number;
  private readonly scan: BlockScan;
  private paragraphCache?: Paragraph[];
  private captionCache?: Caption[];
  private roleBlockCache?: RoleBlock[];

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

    const field = (name: string) => this.frontMatter?.fields.get(name);
    // A front matter too broken to read may still say its language on a line of its own.
    const langValue = field('lang')?.value ?? (this.frontMatter?.malformed ? /^lang[ \t]*:[ \t]*["']?(vi|en)["']?[ \t]*$/m.exec(this.frontMatter.raw)?.[1] : undefined);
    if (isLang(langValue)) this.declaredLang = langValue;
    else if (field('lang')) this.fieldProblem('lang', langValue);
    const periodValue = field('period')?.value;
    if (periodValue !== undefined) {
      const year = typeof periodValue === 'number' ? periodValue : /^\d{4}$/.test(String(periodValue)) ? Number(periodValue) : NaN;
      if (Number.isInteger(year) && year >= 1900 && year <= 2200) this.period = year;
      else this.fieldProblem('period', periodValue);
    }
    this.lang = this.declaredLang ?? detectLanguage(text, this.scan);

    this.headings = this.scan.headings.map((block) => toHeading(block, this.lines.line(block.startLine), this.lang));
    this.sections = buildSectionTree(this.headings, this.lastLine);
    this.title = markTitle(this.sections, this.headings);
    const letters = lettersFor(this.lang);
    reconcileLetterNumbering(this.sections, letters);
    for (const section of walkSections(this.sections)) reconcileLetterNumbering(section.children, letters);

    const kindValue = field('kind')?.value;
    if (kindValue !== undefined && kindValue !== null) this.declaredKind = String(kindValue);
    if (options.forceKind !== undefined) {
      this.isReport = true;
      this.reportReason = 'forced';
      this.kind = kinds.get(options.forceKind);
      this.kindSource = 'forced';
    } else if (this.declaredKind !== undefined || this.frontMatter?.mentionsKind) {
      this.isReport = true;
      this.reportReason = 'front-matter';
      this.kind = this.declaredKind !== undefined ? kinds.get(this.declaredKind) : undefined;
      if (this.kind) this.kindSource = 'front-matter';
    } else if (options.relativePath && options.reportFiles?.length && matchesGlobs(options.relativePath, options.reportFiles)) {
      this.isReport = true;
      this.reportReason = 'glob';
    } else {
      this.isReport = false;
    }
    if (this.isReport && !this.kind && this.reportReason === 'glob') {
      this.kind = inferKind(this.sections, kinds.all);
      this.kindSource = 'inferred';
    }
    this.roleSections = this.kind ? assignRoles(this.sections, this.kind) : [];
    this.prose = new ProseMask(this.lines, this.scan.lineKinds, this.scan.textBlocks);
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

  /**
   * Roles played by runs of paragraphs, for a kind whose roles have paragraph cues (a news
   * report without headings); outside the sections that headings give a role.
   */
  get roleBlocks(): RoleBlock[] {
    this.roleBlockCache ??= this.kind ? findRoleBlocks(this.kind, () => this.paragraphs, this.roleSections, () => this.captions) : [];
    return this.roleBlockCache;
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

export function parseReport(text: string, options?: ParseOptions): ReportDocument {
  return new ReportDocument(text, options);
}

const globCache = new Map<string, (path: string) => boolean>();

export function matchesGlobs(relativePath: string, globs: readonly string[]): boolean {
  const path = relativePath.replace(/\\/g, '/');
  return globs.some((glob) => {
    let matcher = globCache.get(glob);
    if (!matcher) {
      // Globs come from the workspace (settings, configuration files): matched in linear time; a refused one matches nothing.
      matcher = compileWorkspaceGlob(glob).match ?? (() => false);
      globCache.set(glob, matcher);
    }
    return matcher(path);
  });
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

/** Vietnamese when its letters are common in the headings and the opening text. */
function detectLanguage(text: string, scan: BlockScan): Lang {
  const sample = scan.headings.slice(0, 100).map((h) => h.content).join(' ') + ' ' + text.slice(0, 4000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  const vietnamese = sample.normalize('NFC').match(VIETNAMESE_LETTER)?.length ?? 0;
  return letters > 0 && vietnamese / letters > 0.03 ? 'vi' : 'en';
}
