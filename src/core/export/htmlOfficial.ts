import type { ReportDocument } from '../model/document';
import type { RenderedBlock } from '../render/report';
import { type LayoutLine, officialLayout, type OfficialLayout } from './officialLayout';

/**
 * The official frame in HTML, from the same layout as the Word export: the header as a
 * borderless two-column table, the type and subject centred, the recipients, the body, and the
 * "Nơi nhận" and signature table. The HTML export and the PDF (which prints it) use this;
 * the preview's `document` style shows it too.
 */
export function officialHtml(layout: OfficialLayout, blocks: readonly RenderedBlock[]): string {
  const skipped = (line: number) => layout.skip.some(([a, b]) => line >= a && line <= b);
  const body = blocks
    .filter((b) => b.line < 0 || !skipped(b.line))
    .map((b) => b.html)
    .join('');
  return officialTop(layout) + body + officialBottom(layout);
}

/** The header, type, subject and recipients. */
export function officialTop(layout: OfficialLayout): string {
  const row2 = layout.number || layout.placeDate ? `<tr><td class="rw-o-left">${layout.number ? p(layout.number, 'rw-o-number') : ''}</td><td class="rw-o-right">${layout.placeDate ? p(layout.placeDate, 'rw-o-date') : ''}</td></tr>\n` : '';
  const parts = [
    `<header class="rw-official rw-official-${layout.profile}">`,
    '<table class="rw-o-header" role="presentation">',
    `<tr><td class="rw-o-left">${layout.issuer.map((l) => p(l, 'rw-o-issuer')).join('')}</td><td class="rw-o-right">${layout.national.map((l) => p(l, 'rw-o-national')).join('')}</td></tr>`,
    row2 + '</table>',
  ];
  if (layout.type) parts.push(p(layout.type, 'rw-o-type'));
  if (layout.subject) parts.push(p(layout.subject, 'rw-o-subject'));
  const r = layout.recipients;
  if (r) {
    const size = `rw-pt-${Math.round(r.pt)}`;
    parts.push(
      r.items.length === 1
        ? `<p class="rw-o-recipients ${size}">${escape(`${r.label} ${r.items[0]}`)}</p>`
        : `<p class="rw-o-recipients ${size}">${escape(r.label)}</p><ul class="rw-o-recipient-list ${size}">${r.items.map((i) => `<li>- ${escape(i)}</li>`).join('')}</ul>`,
    );
  }
  parts.push('</header>\n');
  return parts.join('\n');
}

/** "Nơi nhận" and its list beside the signature. */
export function officialBottom(layout: OfficialLayout): string {
  const d = layout.distribution;
  const left = d ? p(d.label, 'rw-o-label') + d.items.map((i) => p(i, 'rw-o-item')).join('') : '';
  const s = layout.signer;
  const right = s.above.map((l) => p(l, 'rw-o-authority')).join('') + '<div class="rw-o-sign-space"></div>' + (s.name ? p(s.name, 'rw-o-name') : '');
  return `<footer class="rw-official-closing rw-official-${layout.profile}"><table class="rw-o-closing" role="presentation"><tr><td class="rw-o-left">${left}</td><td class="rw-o-right">${right}</td></tr></table></footer>\n`;
}

/**
 * One line, its size and style as classes (the preview's content security policy allows no
 * inline style): `rw-pt-13`, `rw-b`, `rw-i`. A rule as long as the text underlines it; a short
 * one (under the issuing body, under the subject) is a centred line below it.
 */
function p(l: LayoutLine, cls: string): string {
  const classes = [cls, `rw-pt-${Math.round(l.pt)}`, l.bold ? 'rw-b' : 'rw-n', l.italic ? 'rw-i' : ''].filter(Boolean).join(' ');
  const text = escape(l.text);
  if (!l.rule) return `<p class="${classes}">${text}</p>`;
  if ((l.ruleRatio ?? 1) >= 1) return `<p class="${classes}"><span class="rw-o-ruled">${text}</span></p>`;
  return `<p class="${classes}">${text}</p><div class="rw-o-rule"></div>`;
}

function escape(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/** The frame's stylesheet: borderless tables, centred columns, no first-line indent in the frame, the sizes of NĐ 30/2020 Phụ lục I. */
export function officialCss(): string {
  return OFFICIAL_CSS;
}

/** Shared with the preview's stylesheet (media/preview.css carries the same rules). */
const OFFICIAL_CSS = `
.rw-official table, .rw-official-closing table { border: 0; width: 100%; border-collapse: collapse; margin: 0; table-layout: fixed; }
.rw-official td, .rw-official-closing td { border: 0; padding: 0; vertical-align: top; text-align: center; }
.rw-o-header td.rw-o-left { width: 40%; } .rw-o-header td.rw-o-right { width: 60%; }
.rw-o-closing td.rw-o-left { width: 45%; text-align: left; } .rw-o-closing td.rw-o-right { width: 55%; }
.rw-official p, .rw-official-closing p { margin: 0; text-indent: 0; text-align: inherit; line-height: 1.3; }
.rw-official-closing td { padding-top: 0.35em; }
.rw-pt-11 { font-size: 11pt; } .rw-pt-12 { font-size: 12pt; } .rw-pt-13 { font-size: 13pt; } .rw-pt-14 { font-size: 14pt; } .rw-pt-15 { font-size: 15pt; } .rw-pt-16 { font-size: 16pt; }
.rw-b { font-weight: bold; } .rw-n { font-weight: normal; } .rw-i { font-style: italic; }
.rw-o-national { white-space: nowrap; }
.rw-o-ruled { display: inline-block; border-bottom: 1px solid currentColor; padding-bottom: 1px; }
.rw-o-rule { border-top: 1px solid currentColor; height: 0; width: 30%; margin: 0.15em auto 0.3em; }
.rw-o-header .rw-o-rule { width: 35%; }
.rw-o-number, .rw-o-date { margin-top: 0.3em !important; }
.rw-o-type { text-align: center !important; margin-top: 1.2em !important; }
.rw-o-subject { text-align: center !important; }
.rw-o-recipients { text-align: center !important; margin: 0.8em 0 !important; }
.rw-o-recipient-list { list-style: none; margin: 0 0 0.8em 30%; padding: 0; }
.rw-official-closing { margin-top: 0.6em; break-inside: avoid; page-break-inside: avoid; }
.rw-o-sign-space { height: 4.5em; }
.rw-o-item { line-height: 1.15 !important; }
`.trim();

/**
 * The preview's blocks of an official document, framed as the export frames it: the header
 * first (on the line the body's header starts, if it writes one), the closing last, and the
 * blocks of the parts written in the body left out. Any other report's blocks are returned as they are.
 */
export function framedBlocks(doc: ReportDocument, blocks: readonly RenderedBlock[]): RenderedBlock[] {
  const layout = officialLayout(doc);
  if (!layout) return [...blocks];
  const skipped = (line: number) => layout.skip.some(([a, b]) => line >= a && line <= b);
  const top = officialTop(layout);
  const bottom = officialBottom(layout);
  return [
    { line: layout.skip[0]?.[0] ?? -1, html: top, key: `rw-official-top-${fnv(top)}` },
    ...blocks.filter((b) => b.line < 0 || !skipped(b.line)),
    { line: -1, html: bottom, key: `rw-official-bottom-${fnv(bottom)}` },
  ];
}

function fnv(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36) + text.length.toString(36);
}
