import type { Token } from 'markdown-it';
import type { ReportDocument } from '../model/document';
import type { OfficialParts, OfficialText } from '../model/official';
import { formatPlaceDate, parseFieldDate } from '../model/officialDate';
import { hasOfficialFields } from '../model/officialFields';
import { OFFICIAL_KINDS } from '../model/officialKinds';
import { officialPartsOf } from '../model/officialOf';
import { MOTTO, NATIONAL_TITLE, type OfficialProfile, PARTY_TITLE } from '../model/officialText';

/** One line of the official frame, with its size in points and its style (NĐ 30/2020 Phụ lục I, mục V). */
export interface LayoutLine {
  text: string;
  pt: number;
  bold?: boolean;
  italic?: boolean;
  /** A short rule under the line, as long as the line's text or `ruleRatio` of it. */
  rule?: boolean;
  ruleRatio?: number;
}

/**
 * The official frame of a document: one layout that the Word, HTML and PDF exports draw.
 * The header is a two-column table (issuer and number on the left, the Quốc hiệu or the Party's
 * header and the date on the right), then the type and subject centred, the recipients, the
 * body, and a two-column table with "Nơi nhận" on the left and the signature on the right.
 */
export interface OfficialLayout {
  profile: OfficialProfile;
  /** Left column, first row: the parent body, the issuing body, its rule (or the Party's "*"). */
  issuer: LayoutLine[];
  /** Right column, first row: the Quốc hiệu and the Tiêu ngữ, or "ĐẢNG CỘNG SẢN VIỆT NAM". */
  national: LayoutLine[];
  /** Second row: "Số: …" on the left, the place and date on the right. */
  number?: LayoutLine;
  placeDate?: LayoutLine;
  type?: LayoutLine;
  subject?: LayoutLine;
  /** "Kính gửi:" and its recipients (one on the label's line, several as a list). */
  recipients?: { label: string; items: string[]; pt: number };
  distribution?: { label: LayoutLine; items: LayoutLine[] };
  /** Authority and title (bold), then the name (bold) after the space to sign. */
  signer: { above: LayoutLine[]; name?: LayoutLine };
  /** Lines of the body (0-based, inclusive) that the frame replaces: the parts written in it. */
  skip: Array<[number, number]>;
}

/** Sizes in points, per profile: NĐ 30/2020 Phụ lục I (mục V); HD 36's Party header and type name are larger. */
const SIZES = {
  nd30: { national: 12, motto: 13, parent: 12, issuer: 12, number: 13, placeDate: 13, type: 14, subject: 14, body: 13, label: 12, item: 11, signer: 13 },
  hd36: { national: 15, motto: 13, parent: 13, issuer: 13, number: 13, placeDate: 13, type: 15, subject: 14, body: 13, label: 12, item: 11, signer: 13 },
} as const;

/**
 * The layout of an official document, or undefined for any other report (which then exports
 * as before). A document is official when its kind is one of the official kinds, or its front
 * matter gives `profile: nd30|hd36` or an official field, or its body opens with the Quốc hiệu
 * or the Party's header. The front matter's fields win over the parts written in the body.
 */
export function officialLayout(doc: ReportDocument): OfficialLayout | undefined {
  const parts = officialPartsOf(doc);
  // A kind guessed from the headings alone does not make a document official: its parts must say so.
  const kind = doc.kind && doc.kindSource !== 'inferred' ? OFFICIAL_KINDS[doc.kind.id] : undefined;
  const { fields, header } = parts;
  if (!kind && !fields.profile && !hasOfficialFields(fields) && !header?.nationalTitle && !header?.motto) return undefined;
  const profile = parts.profile ?? 'nd30';
  const size = SIZES[profile];
  const text = (t?: OfficialText) => t?.text.normalize('NFC');
  const upper = (t?: string) => t?.toLocaleUpperCase('vi');

  const issuer: LayoutLine[] = [];
  const parent = text(fields.issuer ? fields.parentIssuer : header?.parentIssuer);
  const body = text(fields.issuer ?? header?.issuer);
  if (parent) issuer.push({ text: upper(parent)!, pt: size.parent });
  if (body) issuer.push({ text: upper(body)!, pt: size.issuer, bold: true, ...(profile === 'nd30' ? { rule: true, ruleRatio: 0.4 } : {}) });
  if (body && profile === 'hd36') issuer.push({ text: '*', pt: size.issuer });

  const national: LayoutLine[] =
    profile === 'hd36'
      ? [{ text: PARTY_TITLE, pt: size.national, bold: true, rule: true }]
      : [
          { text: NATIONAL_TITLE, pt: size.national, bold: true },
          { text: MOTTO, pt: size.motto, bold: true, rule: true },
        ];

  const layout: OfficialLayout = { profile, issuer, national, signer: { above: [] }, skip: [] };
  const numberText = fields.number ? `Số: ${text(fields.number)}` : text(header?.number);
  if (numberText) layout.number = { text: numberText, pt: size.number };
  const placeDate = placeDateText(parts);
  if (placeDate) layout.placeDate = { text: placeDate, pt: size.placeDate, italic: true };
  const type = upper(text(fields.type ?? header?.type)) ?? kind?.type;
  if (type) layout.type = { text: type, pt: size.type, bold: true };
  const subject = text(fields.subject ?? header?.subject);
  if (subject) layout.subject = { text: subject, pt: size.subject, bold: true, rule: true, ruleRatio: 0.35 };

  const recipients = fields.recipients?.map((r) => r.text) ?? parts.recipients?.items.map((r) => r.text.replace(/^[-+•]\s*/, ''));
  if (recipients?.length) layout.recipients = { label: 'Kính gửi:', items: punctuate(recipients, false), pt: size.body };

  const list = fields.distribution ? punctuate(fields.distribution.map((d) => d.text), true) : parts.distribution?.items.map((i) => i.text);
  if (list?.length || parts.distribution) {
    layout.distribution = { label: { text: 'Nơi nhận:', pt: size.label, bold: true, italic: true }, items: (list ?? []).map((t) => ({ text: t.normalize('NFC'), pt: size.item })) };
  }
  const signer = fields.signer ?? parts.signer;
  if (signer) {
    if (signer.authority) layout.signer.above.push({ text: upper(text(signer.authority))!, pt: size.signer, bold: true });
    if (signer.title) layout.signer.above.push({ text: upper(text(signer.title))!, pt: size.signer, bold: true });
    if (signer.name) layout.signer.name = { text: text(signer.name)!, pt: size.signer, bold: true };
  }

  // The parts written in the body are drawn by the frame, not repeated as body text.
  if (header) layout.skip.push([header.startLine, header.endLine]);
  if (parts.recipients) layout.skip.push([parts.recipients.startLine, parts.recipients.endLine]);
  const closing = [parts.distribution, parts.signer].filter((p): p is { startLine: number; endLine: number } => p !== undefined);
  if (closing.length) layout.skip.push([Math.min(...closing.map((c) => c.startLine)), Math.max(...closing.map((c) => c.endLine))]);
  return layout;
}

/**
 * The page an official document is printed on when the writer chose none (or `default`): its
 * own profile, nd30 or hd36; undefined for any other report.
 */
export function officialPageProfile(doc: ReportDocument): OfficialProfile | undefined {
  return officialLayout(doc)?.profile;
}

/** "Hà Nội, ngày 05 tháng 01 năm 2026" from the front matter's place and date, else as written in the body. */
function placeDateText(parts: OfficialParts): string | undefined {
  const { fields, header } = parts;
  if (fields.date) {
    const date = parseFieldDate(fields.date.text);
    const place = fields.place?.text ?? '…';
    if (date) return formatPlaceDate({ place, ...date });
    return `${place}, ${fields.date.text}`;
  }
  return header?.placeDate?.text;
}

/**
 * Items as NĐ 30 punctuates a list (Phụ lục I, mục 9): "- " before each (for a distribution),
 * ";" after all but the last, "." after the last; the writer's own final punctuation is kept.
 */
function punctuate(items: string[], bullets: boolean): string[] {
  return items.map((raw, i) => {
    const item = raw.trim().replace(/^[-+•]\s*/, '');
    const end = i === items.length - 1 ? '.' : ';';
    const body = /[;.,:]$/.test(item) ? item : item + end;
    return bullets ? `- ${body}` : body;
  });
}

/**
 * The block tokens outside the lines the frame draws: a top-level block starting on one of
 * those lines is left out with everything inside it.
 */
export function tokensOutside(tokens: readonly Token[], skip: ReadonlyArray<[number, number]>): Token[] {
  if (skip.length === 0) return [...tokens];
  const inSkip = (line: number) => skip.some(([a, b]) => line >= a && line <= b);
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; ) {
    const start = i;
    let depth = 0;
    do depth += tokens[i++].nesting;
    while (depth > 0 && i < tokens.length);
    const line = tokens[start].map?.[0];
    if (line === undefined || !inSkip(line)) out.push(...tokens.slice(start, i));
  }
  return out;
}
