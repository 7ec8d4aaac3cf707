import type { ReportDocument } from './document';

/** One "(n)" marker of an inline enumeration. Line and columns 0-based; `end` exclusive. */
export interface EnumerationItem {
  value: number;
  line: number;
  start: number;
  end: number;
}

export interface Paragraph {
  startLine: number;
  endLine: number;
  content: string;
  /** At the top level, in a list item or in a block quote. */
  container?: 'top' | 'list' | 'quote';
  /** "(1) … (2) …" inside the paragraph: present when it has a "(1)" and at least one more marker. */
  enumeration?: EnumerationItem[];
}

// "(n)" at the start of a line or after a space, a colon or a semicolon, followed by a space.
// The character before is tested apart (a lookbehind would be tried at every position): a line
// starts at the text's start or after a line break, which is a space to `\s`.
const MARKER = /\((\d{1,2})\)(?=\s)/gu;
const BEFORE_MARKER = /[\s:;,.…]/u;

export function findEnumeration(doc: ReportDocument, startLine: number, endLine: number): EnumerationItem[] | undefined {
  const { lines } = doc;
  const from = lines.starts[startLine];
  const source = lines.text.slice(from, lines.ends[endLine]);
  if (!source.includes('(1)')) return undefined;
  const items: EnumerationItem[] = [];
  MARKER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MARKER.exec(source))) {
    if (m.index > 0 && !BEFORE_MARKER.test(source[m.index - 1])) {
      MARKER.lastIndex = m.index + 1;
      continue;
    }
    const offset = from + m.index;
    if (!doc.prose.isProseSpan(offset, offset + m[0].length)) continue;
    const pos = lines.positionAt(offset);
    items.push({ value: Number(m[1]), line: pos.line, start: pos.character, end: pos.character + m[0].length });
  }
  const first = items.findIndex((item) => item.value === 1);
  if (first < 0) return undefined;
  const enumeration = items.slice(first);
  return enumeration.length >= 2 ? enumeration : undefined;
}
