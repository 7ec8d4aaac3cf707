import type { PageProfile } from './profiles';

/** The profile's font, with the look-alikes a machine without it has (Liberation, DejaVu). */
export function profileFontStack(profile: PageProfile): string {
  return profile.font === 'Times New Roman' ? '"Times New Roman", "Liberation Serif", "DejaVu Serif", Times, serif' : 'Arial, "Liberation Sans", "DejaVu Sans", Helvetica, sans-serif';
}

/**
 * The profile's page as CSS custom properties, for the preview's `document` style
 * (media/preview.css): the same font, sizes, indent, spacing, alignment, paper width and
 * margins as `exportCss` gives the export, so the preview shows what the export prints.
 */
export function pageVariables(profile: PageProfile): Record<string, string> {
  const { margins: m, headingPt: h } = profile;
  const variables: Record<string, string> = {
    '--rw-font': profileFontStack(profile),
    '--rw-body': `${profile.bodyPt}pt`,
    '--rw-line': String(Number((profile.lineSpacing + 0.15).toFixed(2))),
    '--rw-indent': `${profile.firstLineIndent}mm`,
    '--rw-after': `${profile.paragraphAfterPt}pt`,
    '--rw-align': profile.justify ? 'justify' : 'left',
    '--rw-paper': `${profile.paper.width}mm`,
    '--rw-margins': `${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm`,
  };
  h.forEach((pt, i) => (variables[`--rw-h${i + 1}`] = `${pt}pt`));
  return variables;
}

/**
 * The exported page's stylesheet: readable on screen, and on paper the profile's page size,
 * margins, fonts and indents, so that printing the HTML and the PDF export agree.
 */
export function exportCss(profile: PageProfile): string {
  const { margins: m, headingPt: h } = profile;
  const fontStack = profileFontStack(profile);
  // Page numbers in the page's margin boxes, where the profile puts them (browsers that do not
  // support margin boxes print none from here; the PDF export then asks for a footer instead).
  const pageNumber = (box: string) => `@${box} { content: counter(page); font-family: ${fontStack}; font-size: ${profile.pageNumbers === 'footer' ? 9 : profile.bodyPt}pt; color: #444; }`;
  const pageNumbers = profile.pageNumbers === 'footer' ? `@page { ${pageNumber('bottom-center')} }` : `@page { ${pageNumber('top-center')} }\n@page :first { @top-center { content: none; } }`;
  return `
@page { size: A4; margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; }
${pageNumbers}
:root { color-scheme: light; }
html { background: #fff; color: #111; }
body { font-family: ${fontStack}; font-size: ${profile.bodyPt}pt; line-height: ${Number((profile.lineSpacing + 0.15).toFixed(2))}; margin: 0; }
main.report { max-width: 170mm; margin: 0 auto; padding: 12mm 8mm; }
@media print { main.report { max-width: none; padding: 0; } }
h1, h2, h3, h4, h5, h6 { font-weight: bold; line-height: 1.25; margin: 1.1em 0 0.5em; page-break-after: avoid; break-after: avoid; }
h1 { font-size: ${h[0]}pt; text-align: center; margin-top: 0; }
h2 { font-size: ${h[1]}pt; } h3 { font-size: ${h[2]}pt; } h4 { font-size: ${h[3]}pt; }
h5 { font-size: ${h[4]}pt; font-style: italic; } h6 { font-size: ${h[5]}pt; font-style: italic; }
p { margin: 0 0 ${profile.paragraphAfterPt}pt; text-indent: ${profile.firstLineIndent}mm;${profile.justify ? ' text-align: justify;' : ''} orphans: 2; widows: 2; }
li > p, blockquote p, td p, th p { text-indent: 0; }
ul, ol { margin: 0 0 ${profile.paragraphAfterPt}pt; padding-left: 1.6em; }
li { margin: 0.15em 0; }
a { color: #0645ad; }
img { max-width: 100%; height: auto; }
blockquote { margin: 0 0 ${profile.paragraphAfterPt}pt; padding: 0.2em 1em; border-left: 3px solid #999; color: #333; font-style: italic; }
code { font-family: "Courier New", "Liberation Mono", "DejaVu Sans Mono", monospace; font-size: 0.9em; background: #f3f3f3; padding: 0 0.2em; }
pre { font-family: "Courier New", "Liberation Mono", "DejaVu Sans Mono", monospace; font-size: ${Math.max(profile.bodyPt - 2, 9)}pt; background: #f3f3f3; border: 1px solid #ddd; padding: 0.6em 0.8em; white-space: pre-wrap; overflow-wrap: anywhere; break-inside: avoid; }
pre code { background: none; padding: 0; font-size: inherit; }
table { border-collapse: collapse; margin: 0 0 ${profile.paragraphAfterPt}pt; width: 100%; break-inside: auto; }
th, td { border: 1px solid #777; padding: 0.25em 0.5em; vertical-align: top; }
th { background: #eee; }
tr { break-inside: avoid; }
hr { border: 0; border-top: 1px solid #999; margin: 1em 0; }
/* Raw HTML aligned by its writer (<p align="center">, <div align="center">…</div>, <center>): over any profile's alignment and indent. */
.rw-align-left, .rw-align-left * { text-align: left !important; }
.rw-align-center, .rw-align-center * { text-align: center !important; text-indent: 0 !important; }
.rw-align-right, .rw-align-right * { text-align: right !important; text-indent: 0 !important; }
.rw-align-justify, .rw-align-justify * { text-align: justify !important; }
.rw-align-center > table { margin-left: auto; margin-right: auto; }
`.trim();
}
