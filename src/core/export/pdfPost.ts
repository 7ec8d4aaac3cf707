/**
 * Reading and amending the PDFs Chromium prints (Skia's writer: classic cross-reference
 * tables, dictionaries in plain text). Two uses: where each heading landed (the named
 * destinations Chromium writes for the table of contents' links), and the document's
 * information dictionary (title, author), written as an incremental update so the printed
 * bytes stay as they are. Anything unexpected leaves the PDF as it was.
 */

interface PdfIndex {
  text: string;
  offsets: Map<number, number>;
  trailer: string;
  startxref: number;
}

/**
 * The objects' offsets from the cross-reference tables (the last one first, then those its
 * `/Prev` points to, for a PDF updated before); undefined when the PDF is not one Skia wrote.
 */
function indexPdf(pdf: Uint8Array): PdfIndex | undefined {
  const text = new TextDecoder('latin1').decode(pdf);
  const start = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text.slice(-64));
  if (!start) return undefined;
  const startxref = Number(start[1]);
  const offsets = new Map<number, number>();
  let trailer: string | undefined;
  const seen = new Set<number>();
  for (let table: number | undefined = startxref; table !== undefined && !seen.has(table); ) {
    seen.add(table);
    const section = readXref(text, table, offsets);
    if (!section) return undefined;
    trailer ??= section;
    const prev = /\/Prev\s+(\d+)/.exec(section);
    table = prev ? Number(prev[1]) : undefined;
  }
  return trailer ? { text, offsets, trailer, startxref } : undefined;
}

/** Reads one cross-reference table into `offsets` (entries already there, from a later table, win); returns its trailer. */
function readXref(text: string, at: number, offsets: Map<number, number>): string | undefined {
  if (!text.startsWith('xref', at)) return undefined;
  const section = /(\d+) (\d+)\r?\n/y;
  at += 4;
  while (/\s/.test(text[at])) at++;
  for (;;) {
    section.lastIndex = at;
    const head = section.exec(text);
    if (!head) break;
    const [first, count] = [Number(head[1]), Number(head[2])];
    at = section.lastIndex;
    for (let i = 0; i < count; i++, at += 20) {
      const entry = text.slice(at, at + 18);
      if (entry[17] === 'n' && !offsets.has(first + i)) offsets.set(first + i, Number(entry.slice(0, 10)));
    }
  }
  return /trailer\s*(<<[\s\S]*?>>)\s*startxref/.exec(text.slice(at))?.[1];
}

function object(index: PdfIndex, n: number): string | undefined {
  const at = index.offsets.get(n);
  if (at === undefined) return undefined;
  const end = index.text.indexOf('endobj', at);
  return end < 0 ? undefined : index.text.slice(at, end);
}

const ref = (dict: string, key: string) => {
  const m = new RegExp(`/${key}\\s+(\\d+)\\s+0\\s+R`).exec(dict);
  return m ? Number(m[1]) : undefined;
};

/** The page objects in reading order, through the page tree. */
function pageObjects(index: PdfIndex, root: number): number[] {
  const pages: number[] = [];
  const visit = (n: number, depth: number) => {
    const dict = object(index, n);
    if (!dict || depth > 32) return;
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(dict);
    if (!kids) {
      pages.push(n);
      return;
    }
    for (const m of kids[1].matchAll(/(\d+)\s+0\s+R/g)) visit(Number(m[1]), depth + 1);
  };
  visit(root, 0);
  return pages;
}

/** A PDF name as written (`/k#E1#BA#BFt-qu#E1#BA#A3`) back to its text ("kết-quả"). */
function decodeName(name: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < name.length; i++) {
    if (name[i] === '#' && /^[0-9A-Fa-f]{2}$/.test(name.slice(i + 1, i + 3))) {
      bytes.push(parseInt(name.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(name.charCodeAt(i) & 0xff);
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

/** Chromium names a destination after the link's fragment as written: percent-encoded when the link is. */
function decodeFragment(name: string): string {
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/**
 * The page (1-based) of each named destination: Chromium names one for each element a link
 * of the page points to (`#kết-quả` → the heading with that id). Empty when there are none.
 */
export function destinationPages(pdf: Uint8Array): Map<string, number> {
  const found = new Map<string, number>();
  const index = indexPdf(pdf);
  if (!index) return found;
  const catalog = object(index, ref(index.trailer, 'Root') ?? -1);
  const pagesRoot = catalog ? ref(catalog, 'Pages') : undefined;
  const destsRef = catalog ? ref(catalog, 'Dests') : undefined;
  if (pagesRoot === undefined || destsRef === undefined) return found;
  const pageNumber = new Map(pageObjects(index, pagesRoot).map((n, i) => [n, i + 1]));
  const dests = object(index, destsRef) ?? '';
  for (const m of dests.matchAll(/\/([^\s/[\]<>()]+)\s*\[\s*(\d+)\s+0\s+R/g)) {
    const page = pageNumber.get(Number(m[2]));
    if (page) found.set(decodeFragment(decodeName(m[1])), page);
  }
  return found;
}

/** How many pages the PDF has, or undefined when it cannot tell. */
export function pageCount(pdf: Uint8Array): number | undefined {
  const index = indexPdf(pdf);
  const catalog = index && object(index, ref(index.trailer, 'Root') ?? -1);
  const root = catalog ? ref(catalog, 'Pages') : undefined;
  return index && root !== undefined ? pageObjects(index, root).length : undefined;
}

/** A PDF text string: literal when ASCII, else UTF-16BE with its byte order mark, in hex. */
function pdfString(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})`;
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

export interface PdfInfo {
  title: string;
  author?: string;
  subject?: string;
  /** Who made it ("Reportwright 0.1.0"), in place of the browser's user agent. */
  creator?: string;
}

/**
 * The PDF with its information dictionary replaced (title, author, subject, creator; the
 * producer and dates kept), appended as an incremental update. The PDF as it was when its
 * structure is not one this reads.
 */
export function withInfo(pdf: Uint8Array, info: PdfInfo): Uint8Array {
  const index = indexPdf(pdf);
  const root = index && ref(index.trailer, 'Root');
  if (!index || root === undefined) return pdf;
  const size = Number(/\/Size\s+(\d+)/.exec(index.trailer)?.[1] ?? NaN);
  if (!Number.isInteger(size)) return pdf;
  const old = object(index, ref(index.trailer, 'Info') ?? -1) ?? '';
  const keep = ['Producer', 'CreationDate', 'ModDate'].map((key) => new RegExp(`/${key}\\s*(\\([^)]*\\))`).exec(old)).filter((m) => m).map((m) => `/${m![0].slice(1)}`);
  const fields = [
    `/Title ${pdfString(info.title)}`,
    info.author ? `/Author ${pdfString(info.author)}` : '',
    info.subject ? `/Subject ${pdfString(info.subject)}` : '',
    info.creator ? `/Creator ${pdfString(info.creator)}` : '',
    ...keep,
  ].filter(Boolean);
  const head = index.text.endsWith('\n') ? '' : '\n';
  const objectAt = pdf.byteLength + head.length;
  const body = `${head}${size} 0 obj\n<<${fields.join('\n')}>>\nendobj\n`;
  const xrefAt = pdf.byteLength + body.length;
  const id = /\/ID\s*\[[^\]]*\]/.exec(index.trailer)?.[0] ?? '';
  const tail = `xref\n${size} 1\n${String(objectAt).padStart(10, '0')} 00000 n \ntrailer\n<</Size ${size + 1}\n/Root ${root} 0 R\n/Info ${size} 0 R\n/Prev ${index.startxref}${id ? `\n${id}` : ''}>>\nstartxref\n${xrefAt}\n%%EOF\n`;
  const update = new TextEncoder().encode(body + tail);
  const out = new Uint8Array(pdf.byteLength + update.byteLength);
  out.set(pdf);
  out.set(update, pdf.byteLength);
  return out;
}
