import type { Lang } from '../i18n';
import type { HeadingBlock } from './blocks';
import { parseNumbering, type Numbering } from './numbering';
import { plainText, unwrapEmphasis } from './plainText';
import { withoutInvisibles } from '../text/fold';
import { isLetterOrDigitChar } from '../text/wordCharacters';

/**
 * A heading as the model reads it: its level and lines, its numbering and its plain title,
 * wherever the writer put the number (after markup, a symbol or an icon) and however the text was
 * typed (combining marks, invisible characters). The sections are built from these (sections.ts).
 */
export interface Heading {
  level: number;
  /** First and last source line, 0-based (a setext heading spans two lines). */
  line: number;
  endLine: number;
  /** The heading's text as written (inline Markdown, no `#` markers, without emphasis that wraps it whole). */
  text: string;
  /** Column of the text on its first line. */
  textColumn: number;
  setext: boolean;
  numbering?: Numbering;
  /** The title in plain text, without its numbering prefix: no emphasis, code marks, links or comments. */
  title: string;
  /** A wholly bold or all-caps numbered paragraph that stands for a heading (no `#`). */
  pseudo?: boolean;
  /** A pseudo-heading that opens the body: the report's title when nothing else claims it. */
  opening?: boolean;
  /** An `<h1>`…`<h6>` of an HTML body. */
  html?: boolean;
}

export function toHeading(block: Pick<HeadingBlock, 'level' | 'startLine' | 'endLine' | 'content' | 'setext' | 'html'>, lineText: string, lang: Lang): Heading {
  const firstLine = block.content.split('\n', 1)[0];
  let column = lineText.indexOf(firstLine);
  // "## **I. KẾT QUẢ**": the emphasis wraps the title; numbering and fixes read inside it.
  const unwrapped = unwrapEmphasis(block.content);
  if (unwrapped && column >= 0) column += unwrapped.lead;
  // Read the numbering on the NFC form, so that a decomposed "Phần" is still a part; the
  // offsets that fixes use are then mapped back onto the text as typed.
  const raw = unwrapped?.inner ?? block.content;
  const nfc = raw.normalize('NFC');
  let numbering = parseNumbering(nfc, lang);
  if (numbering && nfc !== raw) {
    numbering = {
      ...numbering,
      text: raw.slice(0, rawOffset(raw, numbering.text.length)),
      valueStart: rawOffset(raw, numbering.valueStart),
      valueEnd: rawOffset(raw, numbering.valueEnd),
    };
  }
  let title = plainText(numbering ? raw.slice(numbering.text.length) : raw);
  if (!numbering) {
    const after = numberingAfterMarkup(raw, lang);
    if (after) ({ numbering, title } = after);
  }
  // An HTML heading's text with markup or entities inside ("<h2><b>III.</b> …", "III.&nbsp;…") is
  // not found as such on its line: its number cannot be placed, and nothing edits it.
  if (column < 0 && numbering) numbering = { ...numbering, located: false };
  return {
    level: block.level,
    line: block.startLine,
    endLine: block.endLine,
    text: raw,
    textColumn: column < 0 ? 0 : column,
    setext: block.setext,
    numbering,
    title,
    ...(block.html ? { html: true } : {}),
  };
}

const LEADING_ICON = /^!\[[^\]\n]*\]\([^)\n]*\)\s+(?=\S)/;

/** Emphasis, code and link brackets a plain text keeps when they do not pair in a slice of a heading. */
const MARKS = /[*_`~[\]]/g;

/** How many symbols stand before a text's first letter or digit; "(" may open a number, "(1)". */
function leadLength(text: string): number {
  let lead = 0;
  while (lead < text.length && text[lead] !== '(') {
    const char = String.fromCodePoint(text.codePointAt(lead)!);
    if (isLetterOrDigitChar(char)) break;
    lead += char.length;
  }
  return lead;
}

function withoutLead(text: string): string {
  return text.slice(leadLength(text));
}

/**
 * The numbering of a heading whose number comes after markup or a symbol: "**I.** Kết quả",
 * "**III.** **KẾT LUẬN**", "<b>II. …</b>", "[II. …](#x)", "`III. Kết luận`", "🎯 4. Kết quả",
 * "![icon](a.png) I. Kết quả" (a leading image is an icon, its alt text no part of the title).
 * The number is read on the plain text; `shift` places it in the text as typed when the text
 * before it there is markup alone, else it is `located: false`. Undefined when the text starts
 * with a letter or a digit (parsed already), or its plain text starts with no numbering.
 */
function numberingAfterMarkup(raw: string, lang: Lang): { numbering: Numbering; title: string } | undefined {
  // Most headings start with a letter or a digit: nothing stands before their number.
  if (raw === '' || isLetterOrDigitChar(String.fromCodePoint(raw.codePointAt(0)!))) return undefined;
  const icon = LEADING_ICON.exec(raw);
  const from = icon ? icon[0].length : 0;
  const plain = plainText(raw.slice(from)).normalize('NFC');
  const lead = leadLength(plain);
  const found = parseNumbering(plain.slice(lead), lang);
  if (!found) return undefined;
  const title = plain.slice(lead + found.text.length).trim();
  // The number as typed: the occurrence whose text up to it reads, markup aside, as the plain
  // text up to the number ("3" in "[![](3.png)](#k) 3." is the one after the image).
  const value = found.text.slice(found.valueStart, found.valueEnd);
  const wanted = plain.slice(lead, lead + found.valueEnd);
  const readsAsNumber = (at: number) =>
    raw.lastIndexOf('<!--', at) <= raw.lastIndexOf('-->', at) && withoutLead(plainText(raw.slice(from, at + value.length)).replace(MARKS, '')) === wanted;
  let at = -1;
  for (let next = raw.indexOf(value, from), tries = 0; next >= 0 && tries < 8; next = raw.indexOf(value, next + 1), tries++) {
    if (readsAsNumber(next)) {
      at = next;
      break;
    }
  }
  return { numbering: at >= 0 ? { ...found, shift: at - found.valueStart } : { ...found, located: false }, title };
}

/**
 * A heading's number as a reader sees it: "II." for "II\\." (how Markdown escapes the dot that
 * would start a list), trimmed.
 */
export function shownNumbering(numbering: Pick<Numbering, 'text'>): string {
  return numbering.text.trim().replace(/\\([.)])/g, '$1');
}

/**
 * A heading as a reader sees it, for outlines, symbols and messages: its numbering and plain
 * title ("I. Kết quả" for "**I.** Kết quả <!-- nháp -->"); the text as typed when both are empty.
 */
export function displayTitle(heading: Pick<Heading, 'numbering' | 'title' | 'text'>): string {
  const shown = [heading.numbering && shownNumbering(heading.numbering), heading.title].filter(Boolean).join(' ');
  // Invisible characters pasted in a title are no part of what a reader sees.
  return withoutInvisibles(shown || heading.text.replace(/\s+/g, ' ').trim());
}

/** The offset in `raw` that corresponds to `offset` in its NFC form. */
function rawOffset(raw: string, offset: number): number {
  for (let i = 0; i <= raw.length; i++) {
    if (raw.slice(0, i).normalize('NFC').length >= offset && !/\p{M}/u.test(raw[i] ?? '')) return i;
  }
  return raw.length;
}
