import fc from 'fast-check';
import { ROLE_VOCABULARY } from '../../../src/core';

/**
 * Random Markdown reports with the Vietnamese (and English) text the rules read: headings made
 * of role synonyms with every numbering style, paragraphs of words mixed with the slips the
 * rules look for (misplaced tone marks, both placements, look-alikes, spacing, dates, document
 * numbers, "Đ/c", acronyms, mojibake), enumerations, lists, tables, code that must stay
 * untouched, NFD text and placeholders.
 */

const WORDS = [
  'cấp', 'ủy', 'tổ', 'chức', 'đảng', 'lãnh', 'đạo', 'thực', 'hiện', 'công', 'tác', 'bảo', 'vệ', 'người', 'được', 'nhiệm', 'vụ',
  'quý', 'già', 'ngoài', 'khuỷu', 'the', 'team', 'shipped', 'results', 'next', 'year', 'Trương', 'Thị', 'Mai', 'Hà', 'Nội',
];
const SLIPS = [
  'baỏ', 'lựơng', 'nghịêm', 'ngòai', 'qúa', 'gìa', 'CUẢ', 'hòa', 'hoà', 'thủy', 'thuỷ', 'khỏe', 'khoẻ', 'Ủy', 'Uỷ', 'HOÀ',
  'Ðảng', 'ðạo', 'Сông', 'quа', 'lu\u200Bận', '\u200D', '\uFEFF', 'Đ/c', 'đ/c', 'Đ/C', 'đ.c',
  'chiều 26-1', 'sáng 25/1', 'ngày 26 tháng 1', 'ngày 5 tháng 01 năm 2024', 'tối 30-2', '26-28/1', '01-10-1997', 'ngày 29/2/2023',
  '35- NQ/TW', '32 -TB/TW', '02-HD / BTCTW', '32-TB/TW', '177/TB-VPTW', '15-QĐ/UBND', '30/2020/NĐ-CP', 'số 460/TB-VPCP ngày 04/9/2025',
  'BCĐ', 'Ban chỉ đạo (BCĐ)', 'KEP', 'Kubernetes Enhancement Proposal (KEP)', 'JWT (JSON Web Token)',
  'nh©n d©n', 'c¸c ®ång chÝ', 'cuûa', 'vieân', 'ngöôøi',
  'a,b', 'x ;', 'y ,', 'z .', '…', '...', 'TODO', 'TBD', '${1:…}', '3 : 2', '7,5', '&nbsp;',
  'Kết quả'.normalize('NFD'), 'hòa'.normalize('NFD'), '`baỏ  ,x`', '<!-- Đ/c  baỏ -->', 'https://example.org/a,b/baỏ', '**Đ/c**', '_hoà_',
];
const SEPARATORS = [' ', ' ', ' ', '  ', '', ', ', '; ', '. ', ' .', '\n'];

const token = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...WORDS) }, { weight: 2, arbitrary: fc.constantFrom(...SLIPS) });
const sentence = fc
  .array(fc.tuple(token, fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 14 })
  .map((parts) => parts.map(([t, s]) => t + s).join('').trim());

const synonyms = Object.values(ROLE_VOCABULARY).flatMap((role) => [...role.synonyms.vi, ...role.synonyms.en]);
const numbering = fc.constantFrom('', '', 'I. ', 'II. ', 'IV. ', '1. ', '2. ', '3. ', 'a) ', 'b) ', 'đ) ', 'A. ', 'Phần I ', '1.1. ', '1.2. ');
const heading = fc
  .tuple(fc.constant(2), numbering, fc.constantFrom(...synonyms), fc.constantFrom('', ' năm 2022', ' năm 2023', ' năm 2024', ' 2021–2025', ' Ð'))
  .map(([level, number, title, year]) => `${'#'.repeat(level)} ${number}${title}${year}`);
const enumeration = fc
  .array(fc.tuple(fc.integer({ min: 1, max: 5 }), sentence), { minLength: 2, maxLength: 5 })
  .map((items) => 'Nổi bật là: ' + items.map(([n, s]) => `(${n}) ${s}`).join('; '));
const list = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((items) => items.map((s, i) => (i % 2 ? `${i}. ${s}` : `- ${s}`)).join('\n'));
const fence = sentence.map((s) => '```text\n# ' + s + '\nĐ/c baỏ  ,  26/1\n```');
const table = fc.tuple(sentence, sentence).map(([a, b]) => `| ${a} | Đ/c  x |\n|---|---|\n| ${b} | 26/1 ,x |`);
const caption = sentence.map((s) => `*Đ/c ${s}*`);
const block = fc.oneof(
  { weight: 5, arbitrary: sentence },
  { weight: 3, arbitrary: heading },
  { weight: 1, arbitrary: enumeration },
  { weight: 1, arbitrary: list },
  { weight: 1, arbitrary: fence },
  { weight: 1, arbitrary: table },
  { weight: 1, arbitrary: caption },
  { weight: 1, arbitrary: fc.constantFrom('…', 'Thảo Nguyên', 'Tin, ảnh: Trọng Lộc', '> trích dẫn Đ/c  baỏ', '---', '<!-- reportwright-disable RW305 -->') },
);

const frontMatter = fc
  .tuple(fc.constantFrom('review', 'meeting-news', 'status'), fc.constantFrom('vi', 'en'), fc.constantFrom('', 'period: 2023\n'))
  .map(([kind, lang, period]) => `---\nkind: ${kind}\nlang: ${lang}\n${period}---\n`);

/** A report may open with a title; its headings are of levels 1 to 3, in any order. */
const title = fc.constantFrom('', '# Báo cáo tổng kết công tác năm 2023\n\n', '# Annual review 2023\n\n');

export const reportArbitrary = fc
  .tuple(frontMatter, title, fc.array(block, { minLength: 1, maxLength: 12 }), fc.constantFrom('\n', '\r\n'), fc.boolean())
  .map(([head, top, blocks, eol, finalBreak]) => (head + '\n' + top + blocks.join('\n\n') + (finalBreak ? '\n' : '')).replace(/\n/g, eol));
