import { type Align, type HtmlBlockReading, type HtmlParagraph, MARK_HTML, type Mark } from './safeHtml';

/** Raw HTML as our pages render it: our own tags and alignment classes, the writer's text escaped. */

/** `text` with `&`, `<`, `>` and `"` as entities, for HTML text and attribute values. */
export const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The class that aligns a block: `rw-align-center`… (the page's stylesheets define them). */
export function alignClass(align: Align): string {
  return `rw-align-${align}`;
}

/** An HTML block's paragraphs as HTML: `<p>` with only our classes, only our tags, the text escaped. */
export function paragraphsHtml(paragraphs: readonly HtmlParagraph[], inherited?: Align): string {
  return paragraphs
    .map((p) => {
      const align = p.align ?? inherited;
      const runs = p.runs.map((r) => ('br' in r ? '<br>\n' : marked(r.marks, escapeHtml(r.text)))).join('');
      return `<p class="rw-html${align ? ` ${alignClass(align)}` : ''}">${runs}</p>\n`;
    })
    .join('');
}

function marked(marks: readonly Mark[], html: string): string {
  return marks.reduceRight((inner, mark) => `<${MARK_HTML[mark]}>${inner}</${MARK_HTML[mark]}>`, html);
}

/** Adds an alignment class to the first element of a rendered block (`<p data-line="3">` → `<p class="rw-align-center" data-line="3">`). */
export function withAlign(html: string, align: Align | undefined): string {
  if (!align) return html;
  const cls = alignClass(align);
  return html.replace(/^(\s*<[a-z][a-z0-9]*)((?:\s[^>]*)?)>/i, (_whole, start: string, attributes: string) => {
    if (/\sclass="/.test(attributes)) return `${start}${attributes.replace(/\sclass="([^"]*)"/, ` class="$1 ${cls}"`)}>`;
    return `${start} class="${cls}"${attributes}>`;
  });
}

/**
 * The aligning blocks around the report's top-level blocks: `<div align="center">` on its own
 * opens one, `</div>` on its own closes it, and every block between is aligned.
 */
export class AlignStack {
  private readonly stack: Array<Align | undefined> = [];

  /** Reads a top-level HTML block; true when it only opened or closed aligning blocks (it shows nothing); a block that starts by closing some closes them too. */
  take(reading: HtmlBlockReading): boolean {
    if (reading.type === 'close') this.stack.splice(Math.max(0, this.stack.length - reading.count));
    else if (reading.closes) this.stack.splice(Math.max(0, this.stack.length - reading.closes));
    if (reading.type === 'open') this.stack.push(...reading.aligns);
    return reading.type === 'open' || reading.type === 'close';
  }

  /** The alignment the innermost aligning block gives. */
  get align(): Align | undefined {
    for (let i = this.stack.length - 1; i >= 0; i--) if (this.stack[i]) return this.stack[i];
    return undefined;
  }
}
