import type { ReportDocument } from '../model/document';
import type { OfficialParts, OfficialText } from '../model/official';
import { hasOfficialFields } from '../model/officialFields';
import { type OfficialKind, OFFICIAL_KINDS } from '../model/officialKinds';
import { officialPartsOf } from '../model/officialOf';
import type { OfficialProfile } from '../model/officialText';
import type { Range } from '../text/lineIndex';
import { gated } from '../text/gatedPattern';

/** What the RW6xx rules know of an official document. */
export interface OfficialView {
  parts: OfficialParts;
  /** The front matter's or the header's profile; NĐ 30 when neither says. */
  profile: OfficialProfile;
  /** Set when the report's kind is one of the built-in official kinds. */
  kind?: OfficialKind;
  /**
   * Minutes (biên bản), whose form differs from the other administrative documents' (NĐ
   * 30/2020/NĐ-CP Phụ lục III, Mẫu 1.9): no place-and-date line under the Quốc hiệu (the time is
   * in the body, "Thời gian bắt đầu: …", and in "Cuộc họp … kết thúc vào … giờ …, ngày …"); the
   * secretary's and the chair's signatures ("THƯ KÝ", "CHỦ TỌA"), and "Nơi nhận:" under them,
   * ending with "- Lưu: VT, Hồ sơ.".
   */
  minutes: boolean;
}

/** A type name or a symbol that says minutes: "BIÊN BẢN", "Biên bản họp"; "Số: 05/BB-UBND", "12-BB/ĐU". */
const MINUTES_TYPE = gated(/^biên\s+bản/iu, () => /^biên\s+bản(?![\p{L}\p{N}])/iu);
const MINUTES_SYMBOL = /[/-]BB[/-]/u;

/**
 * The report as an official document (NĐ 30/2020 or HD 36), or undefined when it is not one:
 * a Vietnamese report whose kind is an official kind, or whose front matter sets `profile:
 * nd30|hd36` or an official field, or whose body opens with the Quốc hiệu or the Party's header.
 */
export function officialView(doc: ReportDocument): OfficialView | undefined {
  if (!doc.isReport || doc.lang !== 'vi') return undefined;
  const parts = officialPartsOf(doc);
  // A kind guessed from the headings alone does not make a document official: its parts must say so.
  const kind = doc.kind && doc.kindSource !== 'inferred' ? OFFICIAL_KINDS[doc.kind.id] : undefined;
  const official = kind !== undefined || parts.fields.profile !== undefined || hasOfficialFields(parts.fields) || parts.header?.nationalTitle !== undefined || parts.header?.motto !== undefined;
  if (!official) return undefined;
  const type = (parts.fields.type ?? parts.header?.type)?.text.normalize('NFC');
  const number = (parts.fields.number ?? parts.header?.number)?.text;
  const minutes = doc.kind?.id === 'minutes' || (type !== undefined && MINUTES_TYPE.test(type.trim())) || (number !== undefined && MINUTES_SYMBOL.test(number));
  return { parts, profile: parts.profile ?? 'nd30', minutes, ...(kind ? { kind } : {}) };
}

/** Where a front matter field's value is written (its key when the value has no range). */
export function fieldRange(doc: ReportDocument, name: string): Range {
  const field = doc.frontMatter?.fields.get(name);
  const range = field?.valueRange ?? field?.keyRange;
  if (range) return range;
  return doc.lines.linesRange(doc.frontMatter?.startLine ?? 0, doc.frontMatter?.startLine ?? 0);
}

/**
 * Where a text of the front matter stands: its value searched from its key's line (so that a
 * list item or a signer's sub-field is pointed at exactly), else the field.
 */
export function frontMatterTextRange(doc: ReportDocument, name: string, text: OfficialText): Range {
  const end = doc.frontMatter?.endLine ?? text.line;
  for (let line = text.line; line < end; line++) {
    const at = doc.lines.line(line).indexOf(text.text);
    if (at >= 0) return { start: { line, character: at }, end: { line, character: at + text.text.length } };
  }
  return fieldRange(doc, name);
}

/** Where a part written in the body stands: its text when located, else its whole line. */
export function bodyTextRange(doc: ReportDocument, text: OfficialText): Range {
  if (text.start !== undefined && text.end !== undefined) return { start: { line: text.line, character: text.start }, end: { line: text.line, character: text.end } };
  const at = doc.lines.line(text.line).indexOf(text.text);
  if (at >= 0) return { start: { line: text.line, character: at }, end: { line: text.line, character: at + text.text.length } };
  return doc.lines.linesRange(text.line, text.line);
}

/** The line a finding about a part missing from the whole document goes on: the front matter's first line, else the document's first. */
export function documentStart(doc: ReportDocument): Range {
  const line = doc.frontMatter?.startLine ?? 0;
  return doc.lines.linesRange(line, line);
}

/** Whether a line is in the front matter. */
export function inFrontMatter(doc: ReportDocument, line: number): boolean {
  return doc.frontMatter !== undefined && line >= doc.frontMatter.startLine && line <= doc.frontMatter.endLine;
}

/** A text's range, in the front matter (field `name`) or in the body. */
export function textRange(doc: ReportDocument, name: string, text: OfficialText): Range {
  return inFrontMatter(doc, text.line) ? frontMatterTextRange(doc, name, text) : bodyTextRange(doc, text);
}
