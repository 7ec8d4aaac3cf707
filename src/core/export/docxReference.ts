import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { ExportError } from './errors';
import { MAX_REFERENCE_BYTES } from './formats';


/** The largest styles or theme part unpacked from a reference, in bytes: a zip bomb is refused, not inflated. */
const MAX_REFERENCE_PART_BYTES = 16 * 1024 * 1024;

/**
 * Gives a Word export an organisation's house style, as pandoc's `--reference-doc` does: the
 * reference's styles (fonts, sizes, spacing, heading styles, its document defaults) replace
 * the export's, and the export keeps its own style only where the reference has none with
 * that id (Report Body, Report Code… in a reference made with Word). The reference's theme
 * (the fonts and colours its styles may name) replaces the export's. Only styles are taken: the
 * reference's text, headers and page setup stay out. Throws an ExportError ('read') when
 * the reference is no Word file.
 */
export function applyReferenceDocx(exported: Uint8Array, reference: Uint8Array, name: string): Uint8Array {
  const theirs = readReference(reference, name);
  const ours = unzipSync(exported);
  const ourStyles = ours['word/styles.xml'] ? strFromU8(ours['word/styles.xml']) : '';
  ours['word/styles.xml'] = strToU8(mergeStyles(ourStyles, theirs.styles));
  if (theirs.theme) {
    ours['word/theme/theme1.xml'] = theirs.theme as Uint8Array<ArrayBuffer>;
    const relsName = 'word/_rels/document.xml.rels';
    const rels = strFromU8(ours[relsName]);
    if (!rels.includes('relationships/theme"')) {
      ours[relsName] = strToU8(rels.replace('</Relationships>', '<Relationship Id="rIdRwTheme1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/></Relationships>'));
    }
    const typesName = '[Content_Types].xml';
    const types = strFromU8(ours[typesName]);
    if (!types.includes('/word/theme/theme1.xml')) {
      ours[typesName] = strToU8(types.replace('</Types>', '<Override PartName="/word/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/></Types>'));
    }
  }
  return zipSync(ours, { level: 6 });
}

/** The reference's styles part (and theme), or a clear error. */
function readReference(reference: Uint8Array, name: string): { styles: string; theme?: Uint8Array } {
  const refuse = (en: string, vi: string) => new ExportError('read', { en: `The reference Word file ${name} ${en}; nothing was written.`, vi: `Tệp Word mẫu ${name} ${vi}; không có tệp nào được ghi.` });
  if (reference.byteLength > MAX_REFERENCE_BYTES) throw refuse('is over 50 MB', 'lớn hơn 50 MB');
  let files: Record<string, Uint8Array>;
  let oversized = false;
  try {
    files = unzipSync(reference, {
      filter: (file) => {
        if (file.name !== 'word/styles.xml' && file.name !== 'word/theme/theme1.xml') return false;
        if (file.originalSize > MAX_REFERENCE_PART_BYTES) oversized = true;
        return !oversized;
      },
    });
  } catch {
    throw refuse('is not a Word (.docx) file', 'không phải tệp Word (.docx)');
  }
  if (oversized) throw refuse('has a styles or theme part over 16 MB unpacked', 'có phần kiểu định dạng hoặc chủ đề lớn hơn 16 MB khi giải nén');
  const styles = files['word/styles.xml'];
  if (!styles) throw refuse('has no styles (word/styles.xml): is it a Word (.docx) file?', 'không có kiểu định dạng (word/styles.xml): đó có phải tệp Word (.docx)?');
  return { styles: strFromU8(styles), theme: files['word/theme/theme1.xml'] };
}

const STYLE = /<w:style(?![A-Za-z0-9_:-])[^>]*?w:styleId="([^"]*)"[^>]*>[\s\S]*?<\/w:style>|<w:style(?![A-Za-z0-9_:-])[^>]*?w:styleId="([^"]*)"[^>]*\/>/g;

/**
 * The reference's styles part with the export's styles it lacks (by style id) added, and the
 * export's document defaults when it has none. Style parts hold no nested `w:style`, so a
 * pattern finds each one.
 */
export function mergeStyles(ours: string, theirs: string): string {
  const theirIds = new Set([...theirs.matchAll(STYLE)].map((m) => m[1] ?? m[2]));
  const missing = [...ours.matchAll(STYLE)].filter((m) => !theirIds.has(m[1] ?? m[2])).map((m) => m[0]);
  let merged = theirs;
  if (!/<w:docDefaults(?![A-Za-z0-9_:-])/.test(merged)) {
    const defaults = /<w:docDefaults(?![A-Za-z0-9_:-])[\s\S]*?<\/w:docDefaults>/.exec(ours)?.[0];
    if (defaults) merged = merged.replace(/<w:styles(?![A-Za-z0-9_:-])[^>]*>/, (open) => open + defaults);
  }
  return missing.length ? merged.replace(/<\/w:styles>\s*$/, `${missing.join('')}</w:styles>`) : merged;
}
