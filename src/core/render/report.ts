import type { MarkdownIt, Token } from 'markdown-it';
import type { Lang } from '../i18n';
import type { ReportDocument } from '../model/document';
import { type Section, walkSections } from '../model/sections';
import { findingsOnLines } from '../lint';
import { insertSectionEdit } from '../rules/insertSection';
import type { Finding } from '../rules/types';
import { createRenderer, lineBase, type RenderEnv, runInlinePass } from './markdown';
import { AlignStack, escapeHtml, withAlign } from './htmlOutput';
import { readHtmlBlock } from './safeHtml';

export interface RenderOptions {
  /** The language of the badges and placeholders. */
  lang: Lang;
  /** Role badges, problem counts and placeholders for missing sections: the preview's aids, not the export's. */
  annotate?: boolean;
  /** The findings whose counts the annotated sections show, in document order (as lint returns them). */
  findings?: readonly Finding[];
  /** Source lines on rendered blocks (`data-line`, relative to the block's `line`), for scroll sync. */
  sourceMap?: boolean;
  resolveImage?: RenderEnv['resolveImage'];
  /** A web image that resolveImage leaves out becomes a link to it under its alt text (the printed PDF fetches nothing). */
  webImageLinks?: boolean;
}

/** One top-level block of the rendered report: a heading, a paragraph, a list, a table… */
export interface RenderedBlock {
  /** The source line the block starts on (0-based); -1 for a placeholder. */
  line: number;
  html: string;
  /** Changes when the HTML does (not when the block merely moved), so a preview replaces only what changed. */
  key: string;
}

/** The shared markdown-it setup, made on first use: a lint that renders nothing never builds it (its link finder compiles large patterns). */
let made: ReturnType<typeof createRenderer> | undefined;
const rendererOf = () => (made ??= createRenderer());
const inlineDone = new WeakSet<ReportDocument>();

/** The report as HTML blocks, rendered from the model's tokens with the shared markdown-it setup. */
export function renderBlocks(doc: ReportDocument, options: RenderOptions): RenderedBlock[] {
  const tokens = inlineTokens(doc);
  const env: RenderEnv = { ...doc.markdownEnv, resolveImage: options.resolveImage, slugs: new Map(), lang: options.lang, webImageLinks: options.webImageLinks };
  const annotations = options.annotate && doc.isReport ? new Annotations(doc, options) : undefined;
  const blocks: RenderedBlock[] = [];
  // `<div align="center">` on a line of its own aligns the blocks up to its `</div>`.
  const aligned = new AlignStack();
  for (let i = 0; i < tokens.length; ) {
    const start = i;
    let depth = 0;
    do depth += tokens[i++].nesting;
    while (depth > 0 && i < tokens.length);
    const chunk = tokens.slice(start, i);
    // A footnote's text is shown where markdown-it-footnote shows it: in the list at the end.
    if (chunk[0].type === 'footnote_reference_open') continue;
    if (chunk[0].type === 'html_block' && aligned.take(readHtmlBlock(chunk[0].content))) continue;
    const line = chunk[0].map?.[0] ?? -1;
    for (const placeholder of annotations?.placeholdersBefore(line) ?? []) blocks.push(block(-1, placeholder));
    env.align = aligned.align;
    let html = options.sourceMap ? renderWithLines(chunk, line, env) : rendererOf().renderer.render(chunk, rendererOf().options, env);
    // Each block carries its alignment (the preview replaces blocks one by one); an HTML block's paragraphs have theirs already.
    if (chunk[0].type !== 'html_block') html = withAlign(html, env.align);
    if (annotations && chunk[0].type === 'heading_open') html = annotations.decorateHeading(line, html);
    else if (annotations) html = annotations.decoratePart(line, html);
    // Link reference definitions and HTML comments render to nothing.
    if (html) blocks.push(block(line, html));
  }
  for (const placeholder of annotations?.placeholdersBefore(Infinity) ?? []) blocks.push(block(-1, placeholder));
  const notes = footnoteTail(doc);
  if (notes.length) blocks.push(block(-1, rendererOf().renderer.render(notes, rendererOf().options, env)));
  return blocks;
}

type CoreRule = (state: InstanceType<MarkdownIt['core']['State']>) => void;
const footnoteTailRule = (): CoreRule | undefined =>
  (rendererOf().core.ruler as unknown as { __rules__: Array<{ name: string; fn: CoreRule }> }).__rules__.find((r) => r.name === 'footnote_tail')?.fn;

/**
 * The report's footnotes as markdown-it-footnote lays them out after the text
 * (`footnote_block_open`, then per note `footnote_open` with `meta.id`, its blocks, the
 * back-links): its own tail rule run on a copy of the token list, since the list is the
 * model's. Empty when the report has no footnote reference.
 */
export function footnoteTail(doc: ReportDocument): Token[] {
  const tokens = inlineTokens(doc);
  const env = doc.markdownEnv as { footnotes?: { list?: unknown[] } };
  const tail = footnoteTailRule();
  if (!tail || !env.footnotes?.list?.length) return [];
  const renderer = rendererOf();
  const state = new renderer.core.State(doc.text, renderer, doc.markdownEnv);
  state.tokens = tokens.slice();
  tail(state);
  const start = state.tokens.findIndex((t) => t.type === 'footnote_block_open');
  return start < 0 ? [] : state.tokens.slice(start);
}

/**
 * The model's block tokens with their inline children (emphasis, links, images), from the
 * shared setup's inline pass, run once per document: what the HTML and the Word export read.
 */
export function inlineTokens(doc: ReportDocument): Token[] {
  const tokens = doc.tokens;
  if (!inlineDone.has(doc)) {
    runInlinePass(rendererOf(), doc.text, tokens, doc.markdownEnv);
    inlineDone.add(doc);
  }
  return tokens;
}

/** The report's body as one HTML string. */
export function renderHtml(doc: ReportDocument, options: RenderOptions): string {
  return renderBlocks(doc, options)
    .map((b) => b.html)
    .join('');
}

function renderWithLines(chunk: Token[], base: number, env: RenderEnv): string {
  lineBase.value = base;
  try {
    return rendererOf().renderer.render(chunk, rendererOf().options, env);
  } finally {
    lineBase.value = undefined;
  }
}

function block(line: number, html: string): RenderedBlock {
  return { line, html, key: hash(html) };
}

/** FNV-1a, 32 bits, with the length: enough to tell a changed block from an unchanged one. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${(h >>> 0).toString(36)}-${text.length.toString(36)}`;
}


/** What the preview adds to a report: role badges, problem counts, missing sections. */
class Annotations {
  private readonly placeholders: Array<{ line: number; html: string }> = [];
  private readonly sectionAt = new Map<number, Section>();
  /** Parts that start a block but are not headings: pseudo-headings, question items, paragraphs with a role. */
  private readonly partAt = new Map<number, string>();

  constructor(
    private readonly doc: ReportDocument,
    private readonly options: RenderOptions,
  ) {
    for (const section of walkSections(doc.sections)) this.sectionAt.set(section.heading.line, section);
    const kind = doc.kind;
    if (!kind) return;
    for (const part of doc.parts) if (part.role && part.part !== 'heading' && !this.partAt.has(part.startLine)) this.partAt.set(part.startLine, part.role);
    for (const role of doc.missingRoles) {
      const at = insertSectionEdit(doc, role, doc.lang).range.start.line;
      const text = options.lang === 'vi' ? `${role.name.vi} — chưa có` : `${role.name.en} — missing`;
      this.placeholders.push({ line: at, html: `<div class="rw-missing" data-role="${escapeHtml(role.id)}">${escapeHtml(text)}</div>\n` });
    }
  }

  /** Placeholders that belong before the block starting on this line (each given once). */
  placeholdersBefore(line: number): string[] {
    const due = this.placeholders.filter((p) => p.line <= line);
    for (const p of due) this.placeholders.splice(this.placeholders.indexOf(p), 1);
    return due.map((p) => p.html);
  }

  /** The role badge of a part that is not a heading, at the end of the block's first paragraph or item. */
  decoratePart(line: number, html: string): string {
    const id = this.partAt.get(line);
    const role = id ? this.doc.kind?.roles.find((r) => r.id === id) : undefined;
    if (!role) return html;
    const badge = ` <span class="rw-badge" data-role="${escapeHtml(role.id)}">${escapeHtml(role.name[this.options.lang])}</span>`;
    return html.replace(/<\/(p|li)>/, `${badge}</$1>`);
  }

  decorateHeading(line: number, html: string): string {
    const section = this.sectionAt.get(line);
    if (!section) return html;
    const { lang } = this.options;
    let extra = '';
    const role = section.role ? this.doc.kind?.roles.find((r) => r.id === section.role) : undefined;
    if (role) extra += ` <span class="rw-badge" data-role="${escapeHtml(role.id)}">${escapeHtml(role.name[lang])}</span>`;
    const count = findingsOnLines(this.options.findings ?? [], section.startLine, section.endLine).length;
    if (count) {
      const title = lang === 'vi' ? `${count} vấn đề trong phần này` : `${count} problem${count === 1 ? '' : 's'} in this section`;
      extra += ` <span class="rw-problems" title="${title}">${count}</span>`;
    }
    return extra ? html.replace(/<\/h([1-6])>\s*$/, `${extra}</h$1>\n`) : html;
  }
}
