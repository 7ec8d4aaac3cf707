/**
 * Phrases of well-formed syllables that are misspelt all the same, each with its one right
 * form: the common confusions of s/x, ch/tr, d/gi/r and of the final n/ng in administrative
 * writing (as Vietnamese style guides list them). Only these exact phrases, in lower case or
 * with the first letter capitalised.
 */
export const PHRASES: ReadonlyArray<[string, string]> = [
  ['sử lý', 'xử lý'],
  ['sử lí', 'xử lí'],
  ['xử dụng', 'sử dụng'],
  ['rứt khoát', 'dứt khoát'],
  ['chuẩn đoán', 'chẩn đoán'],
  ['xắp xếp', 'sắp xếp'],
  ['sắp sếp', 'sắp xếp'],
  ['bổ xung', 'bổ sung'],
  ['xác xuất', 'xác suất'],
  ['sơ xuất', 'sơ suất'],
  ['suất xứ', 'xuất xứ'],
  ['xuất xắc', 'xuất sắc'],
  ['chia xẻ', 'chia sẻ'],
  ['sát nhập', 'sáp nhập'],
  ['cọ sát', 'cọ xát'],
  ['dành mạch', 'rành mạch'],
  ['chau chuốt', 'trau chuốt'],
  ['trinh phục', 'chinh phục'],
  ['tựu chung', 'tựu trung'],
  ['sáng lạng', 'xán lạn'],
  ['dè xẻn', 'dè sẻn'],
  ['xơ xài', 'sơ sài'],
  ['tham quang', 'tham quan'],
];
