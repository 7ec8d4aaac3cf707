import type { Localized } from '../i18n';

/**
 * The YAML parser's complaint in both languages. It speaks English only; for the mistakes
 * writers make by hand the Vietnamese says the same in Vietnamese, for the rare others it
 * quotes the parser.
 */
const VIETNAMESE: Partial<Record<string, string>> = {
  MISSING_CHAR: 'thiếu dấu đóng (dấu nháy hoặc dấu ngoặc chưa được đóng)',
  BAD_INDENT: 'thụt lề không đúng, hoặc một dấu ngoặc chưa được đóng',
  TAB_AS_INDENT: 'thụt lề bằng phím Tab (YAML chỉ nhận dấu cách)',
  DUPLICATE_KEY: 'một trường được ghi hai lần',
  BLOCK_AS_IMPLICIT_KEY: 'một danh sách hay một khối lồng nhau đặt sai chỗ (xem lại thụt lề và dấu hai chấm)',
  MULTILINE_IMPLICIT_KEY: 'tên trường phải nằm trên một dòng (thiếu dấu hai chấm?)',
  UNEXPECTED_TOKEN: 'có ký tự không đúng chỗ',
  BAD_SCALAR_START: 'giá trị bắt đầu bằng ký tự phải đặt trong dấu nháy (như @ hoặc `)',
  BAD_DQ_ESCAPE: 'dấu \\ trong chuỗi nháy kép không hợp lệ',
  MULTIPLE_DOCS: 'có hơn một khối YAML',
  TOO_LARGE: 'front matter quá dài (quá 64 KB), không được đọc',
};

export function yamlErrorWords(code: string | undefined, message: string): Localized {
  const en = message.split('\n')[0].trim().replace(/[.:]$/, '');
  const vi = (code && VIETNAMESE[code]) ?? `trình đọc YAML báo "${en}"`;
  return { en, vi };
}
