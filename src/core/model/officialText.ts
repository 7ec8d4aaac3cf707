import { stripDiacritics } from '../text/fold';
import { gated, lazyPattern } from '../text/gatedPattern';
import { settledPattern } from '../text/settledPattern';

/**
 * The text patterns of a Vietnamese official document's parts, as Nghị định 30/2020/NĐ-CP
 * (Phụ lục I, Phụ lục III) and Hướng dẫn 36-HD/VPTW write them. Shared by the part finder
 * (official.ts), the RW6xx rules and the exporter.
 */

/** The exact Quốc hiệu and Tiêu ngữ (NĐ 30/2020 Phụ lục I, mục II.1) and the Party header (HD 36). */
export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
export const PARTY_TITLE = 'ĐẢNG CỘNG SẢN VIỆT NAM';

export type OfficialProfile = 'nd30' | 'hd36';

/**
 * Type names and their abbreviations in a number's symbol (NĐ 30/2020 Phụ lục III), the
 * Party's "Kết luận" (KL) and "Tờ trình" as both write them.
 */
export const TYPE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  'NGHỊ QUYẾT': 'NQ',
  'QUYẾT ĐỊNH': 'QĐ',
  'CHỈ THỊ': 'CT',
  'QUY CHẾ': 'QC',
  'QUY ĐỊNH': 'QyĐ',
  'THÔNG CÁO': 'TC',
  'THÔNG BÁO': 'TB',
  'HƯỚNG DẪN': 'HD',
  'CHƯƠNG TRÌNH': 'CTr',
  'KẾ HOẠCH': 'KH',
  'PHƯƠNG ÁN': 'PA',
  'ĐỀ ÁN': 'ĐA',
  'DỰ ÁN': 'DA',
  'BÁO CÁO': 'BC',
  'BIÊN BẢN': 'BB',
  'TỜ TRÌNH': 'TTr',
  'HỢP ĐỒNG': 'HĐ',
  'CÔNG ĐIỆN': 'CĐ',
  'BẢN GHI NHỚ': 'BGN',
  'BẢN THỎA THUẬN': 'BTT',
  'GIẤY ỦY QUYỀN': 'GUQ',
  'GIẤY MỜI': 'GM',
  'GIẤY GIỚI THIỆU': 'GGT',
  'GIẤY NGHỈ PHÉP': 'GNP',
  'KẾT LUẬN': 'KL',
};

/** Upper case without tone marks or extra spaces: the form parts are recognised in. */
export function plainUpper(text: string): string {
  return stripDiacritics(text.normalize('NFC')).toUpperCase().replace(/\s+/g, ' ').trim();
}

const TYPE_BY_PLAIN = new Map(Object.keys(TYPE_ABBREVIATIONS).map((t) => [plainUpper(t), t]));

/** The canonical type name ("BÁO CÁO") a line names, however its tone marks are placed. */
export function typeNameOf(text: string): string | undefined {
  return TYPE_BY_PLAIN.get(plainUpper(text));
}

export function isNationalTitle(text: string): boolean {
  return plainUpper(text) === 'CONG HOA XA HOI CHU NGHIA VIET NAM';
}

export function isPartyTitle(text: string): boolean {
  return plainUpper(text) === 'DANG CONG SAN VIET NAM';
}

export function isMotto(text: string): boolean {
  return /^DOC LAP\s*[-–—,]?\s*TU DO\s*[-–—,]?\s*HANH PHUC\.?$/.test(plainUpper(text));
}

/** "Số: 15/BC-UBND", "Số:      /BC-UBND", "Số 123-TB/TU": "Số" and a colon, or "Số" and a number and symbol; not "Số 5 người". */
export const NUMBER_LINE = gated(/^(?:Số|So)/u, () => /^(?:Số|So)(?:\s*:|\s*\.?\s*[\d…._ ]*\s*[/-]\s*\p{Lu})/u);

/**
 * "Hà Nội, ngày 05 tháng 01 năm 2026" and its misspellings: a place, then "ngày … tháng … năm …"
 * (the day and month may still be blank, "ngày     tháng 7 năm 2026", until the document is
 * signed) or a numeric date.
 */
export const PLACE_DATE_LINE = gated(/(?:ngày|ngay)|\d{1,2}[/.-]\d{1,2}[/.-]\d{4}/iu, () => /^(\p{L}[\p{L}\p{N} .'’-]{0,60}?)\s*,?\s+(?:ngày|ngay)\s*(\S*?)\s+(?:tháng|thang)\s*(\S*?)\s+(?:năm|nam)\s+(\S+?)\.?$|^(\p{L}[\p{L} .'’-]{0,60}?)\s*,\s*(?:ngày\s+)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\.?$/iu);

/**
 * "Kính gửi:" with its recipient on the same line or none (not "Kính gửi quý khách" in a sentence).
 * Behind a gate on its first two letters (with `i` and `u`, "K" is also the Kelvin sign): most lines
 * never compile it.
 */
export const RECIPIENTS_LINE = gated(/^[Kk\u212a][íÍiI]/, /^(?:Kính\s+gửi|Kinh\s+gui)\s*(?::\s*(.*))?$/iu);

/** "Nơi nhận:" alone on its line (a list follows), or with its first item after it; not "Nơi nhận hồ sơ: …". Behind a gate on its first two letters. */
export const DISTRIBUTION_LINE = gated(/^[Nn][ơƠoO]/, /^(?:Nơi\s+nhận|Noi\s+nhan)\s*(?::\s*(.*))?$/iu);

/**
 * The signer's authority: TM., KT., TL., TUQ., Q. (NĐ 30) or T/M, K/T, T/L (HD 36), and their
 * misspellings, before a title in capitals ("Q. Hoàn Kiếm", a district, is not one).
 */
export const AUTHORITY_LINE = gated(/^(?:T\.?\s*M|K\.?\s*T|T\.?\s*L|TUQ|Q|T\s*\/\s*M|K\s*\/\s*T|T\s*\/\s*L)[./]?\s/, () => /^(?:T\.?\s*M|K\.?\s*T|T\.?\s*L|TUQ|Q|T\s*\/\s*M|K\s*\/\s*T|T\s*\/\s*L)[./]?\s+\p{Lu}[^\p{Ll}]*$/u);

/** Words of a line that only stands for the signature and the seal: "(Ký, đóng dấu)", "(đã ký)". */
export const SIGNATURE_NOTE = /^\(?\s*(?:ký|đã ký|ky|da ky|chữ ký|ký tên|ký, (?:đóng dấu|ghi rõ)|signed)[^)]*\)?\.?$/iu;

/** The words an issuing body's name starts with, for a header block written without any other part. */
const ISSUER_START =
  lazyPattern(() => /^(?:ỦY BAN|UỶ BAN|UBND|HỘI ĐỒNG|BỘ|SỞ|PHÒNG(?! CHỐNG| NGỪA| CHÁY| TRÁNH)|BAN|CỤC|TỔNG CỤC|VỤ|VIỆN|VĂN PHÒNG|TRƯỜNG|CÔNG TY|TẬP ĐOÀN|TỔNG CÔNG TY|ĐẢNG BỘ|ĐẢNG ỦY|ĐẢNG UỶ|CHI BỘ|TỈNH ỦY|TỈNH UỶ|THÀNH ỦY|THÀNH UỶ|HUYỆN ỦY|HUYỆN UỶ|QUẬN ỦY|QUẬN UỶ|ĐOÀN THANH NIÊN|ĐOÀN ĐBQH|ĐOÀN ĐẠI BIỂU|HỘI LIÊN HIỆP|HỘI NÔNG DÂN|HỘI CỰU CHIẾN BINH|CÔNG ĐOÀN|MẶT TRẬN|TRUNG TÂM|BỆNH VIỆN|CHI CỤC|THANH TRA|KHO BẠC|NGÂN HÀNG|ĐẠI HỌC|HỌC VIỆN|TÒA ÁN|VIỆN KIỂM SÁT|CÔNG AN|BỘ CHỈ HUY|BAN CHẤP HÀNH|BAN THƯỜNG VỤ)(?![\p{L}])/u);

/** A line in capitals (at least two letters, no lower-case letter): an issuer or a title line. */
export function isUpperLine(text: string): boolean {
  // An ASCII lower-case letter is a \p{Ll}: such a line (most lines) is settled without the Unicode classes.
  return !/[a-z]/.test(text) && /\p{Lu}.*\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/** An issuing body's name: in capitals, starting with the name of a kind of body. */
export function looksLikeIssuer(text: string): boolean {
  return isUpperLine(text) && ISSUER_START().test(text.normalize('NFC'));
}

/** A person's name: two to six words, each capitalised, no digits or punctuation but "." in initials. */
export function looksLikeName(text: string): boolean {
  const words = text.split(/\s+/);
  return words.length >= 2 && words.length <= 6 && words.every((w) => CAPITALISED_WORD(w).test(w));
}
const CAPITALISED_WORD = settledPattern(() => /^\p{Lu}[\p{L}]*\.?$/u);

/** The longest line (in UTF-16 units) read as a part: a two-column row of a header or a closing is far shorter. */
const MAX_PART_LINE = 2000;

/** One piece of a line's text: a table cell, a `<br>`-separated part, or a column of a spaced layout. */
export interface Piece {
  /** The text without Markdown emphasis, heading marks or list bullets kept (bullets are kept: "- Lưu: VT."). */
  text: string;
  line: number;
  /** 0 for the left column or a whole line, 1 for the right column of a two-column layout. */
  column: number;
  bold: boolean;
  italic: boolean;
}

/** A line that holds only a fence "|", a rule, a setext underline, an asterisk, or a table's empty or delimiter row. */
export function isDecoration(line: string): boolean {
  const t = line.trim();
  // One character class, no nested quantifiers: linear on any line.
  return isTableDecoration(t) || /^\|?[-=_*~—–\s]*\|?$/.test(t);
}

/**
 * A line of HTML tags and comments only, no text: the `<div align="right">` … `</div>` a
 * conversion from Word puts around the signature, a `<br>`, an `<img>` of the seal. Layout, read
 * as a blank line. Each tag is delimited by its brackets: linear on any line.
 */
export function isMarkupOnly(line: string): boolean {
  return line.length <= 2000 && /^\s*(?:<(?:\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?|!--[^<>]*--)>\s*)+$/.test(line);
}

/** An empty table row ("| | |") or a table's delimiter row ("|---|:---:|"). */
export function isTableDecoration(line: string): boolean {
  const t = line.trim();
  return /^\|[\s|]*\|$/.test(t) || (/^\|?[\s:|-]*$/.test(t) && /-{2,}/.test(t) && t.includes('|'));
}

/** Removes the Markdown marks around a piece of text: heading marks, emphasis, escapes, `<u>`. */
export function stripMarks(text: string): { text: string; bold: boolean; italic: boolean } {
  let t = text.trim().replace(/^#{1,6}\s+/, '').replace(/\s+#+\s*$/, '');
  // The inline elements, and a paragraph or block that lays the piece out ("<p align="center"><b>TỜ TRÌNH</b>").
  t = t.replace(/<\/?(?:u|b|strong|i|em|span|font|center|(?:p|div)(?=[\s>]))[^>]*>/gi, '');
  const bold = /^(\*\*|__).*\1$/.test(t) || /^\*\*\*.*\*\*\*$/.test(t);
  let italic = /^\*\*\*.*\*\*\*$/.test(t) || (/^([*_])(?![*_]).*(?<![*_])\1$/.test(t));
  t = t.replace(/(\*\*\*|\*\*|__)(?=\S)(.*?\S)\1/g, '$2');
  if (/^([*_])(?=\S).*\S\1$/.test(t)) {
    italic = true;
    t = t.slice(1, -1);
  }
  t = t.replace(/(^|[\s(])([*_])(?=\S)([^*_]*?\S)\2(?=$|[\s).,;:])/g, '$1$3');
  t = t.replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1').replace(/&nbsp;|\u00a0/g, ' ').replace(/\s+/g, ' ').trim();
  return { text: t, bold, italic };
}

/**
 * The pieces of one source line: the cells of a table row, the parts of a cell split at `<br>`,
 * the two halves of a line spaced into columns (a tab or three spaces or more between them).
 */
export function piecesOf(source: string, line: number): Piece[] {
  // A part of a header or a signature is a short line; a long one is body text, read no further.
  if (source.length > MAX_PART_LINE) return [{ text: source.slice(0, 80), line, column: 0, bold: false, italic: false }];
  if (isDecoration(source)) return [];
  const trimmed = source.trim();
  let cells: string[];
  if (trimmed.startsWith('|') && trimmed.length > 1) {
    cells = trimmed.replace(/^\||(?<!\\)\|$/g, '').split(/(?<!\\)\|/);
  } else {
    // Cells and the gaps between them: [cell, gap, cell, …].
    const split = trimmed.replace(/^>\s?/, '').split(/(\t+|\s{3,})/);
    cells = [split[0]];
    for (let i = 1; i + 1 < split.length; i += 2) {
      const cell = cells[cells.length - 1];
      const next = split[i + 1];
      // Spaces left for the clerk ("Số:      /BC-UBND", "ngày     tháng 7") or where the number
      // was typed into the clerk's blank ("Số: 64        /2024/QĐ-UBND") are not a gap between columns.
      if (/(?:^Số\s*:?|ngày|tháng)$/iu.test(cell) || (/^Số\s*:?\s*\d{1,5}$/iu.test(cell) && /^[/-]/.test(next))) cells[cells.length - 1] = cell + split[i] + next;
      else cells.push(next);
    }
  }
  const pieces: Piece[] = [];
  cells.forEach((cell, index) => {
    for (const part of cell.split(/<br\s*\/?>/i)) {
      if (isDecoration(part)) continue;
      const { text, bold, italic } = stripMarks(part);
      if (text && text !== '*') pieces.push({ text, line, column: Math.min(index, 1), bold, italic });
    }
  });
  return pieces;
}

/** A line in brackets under a document's title that gives the period it covers: "(từ ngày … đến ngày …)", "(Kỳ báo cáo: tuần 2)", "(from 8 to 14 July 2024)". Its Unicode classes are built only for a line in brackets that starts with those words. */
export const PERIOD_NOTE = gated(
  /^[*_]*\(\s*(?:từ|tính từ|kỳ báo cáo|thời gian|giai đoạn|from|period|reporting period|for the (?:week|month|period))/iu,
  () => /^[*_]*\(\s*(?:từ|tính từ|kỳ báo cáo|thời gian|giai đoạn|from|period|reporting period|for the (?:week|month|period))(?![\p{L}\p{N}])[^()\n]{3,120}\)[*_]*$/iu,
);
