import { isLetter, offsetRange } from './helpers';
import type { Rule, RuleContext } from './types';

export const capitalisation: Rule = {
  id: 'RW310',
  name: 'capitalisation',
  description: {
    en: 'Vietnamese capitalisation (NĐ 30/2020 Phụ lục II) of the names of bodies and offices ("Thủ tướng Chính phủ", "Bộ Chính trị", "Ủy ban nhân dân tỉnh …"), of "đồng chí", "ông", "bà" and weekdays mid-sentence ("thứ Hai"), and of common verbs given a capital mid-sentence.',
    vi: 'Viết hoa trong tiếng Việt (NĐ 30/2020, Phụ lục II): tên cơ quan, chức vụ ("Thủ tướng Chính phủ", "Bộ Chính trị", "Ủy ban nhân dân tỉnh …"), "đồng chí", "ông", "bà" và thứ trong tuần giữa câu ("thứ Hai"), động từ thường bị viết hoa giữa câu.',
  },
  defaultSeverity: 'warning',
  fixable: true,
  check(context) {
    if (context.doc.lang !== 'vi') return;
    names(context);
    midSentence(context);
  },
};

/**
 * Names whose capitals NĐ 30/2020 Phụ lục II fixes: the first syllable and those of the proper
 * names inside ("Thủ tướng Chính phủ", "Bộ Công Thương" is written so by its own decree). Each
 * is read in any case; written all in capitals (a document's header) it is left alone.
 */
const BODIES = [
  'Phó Thủ tướng Chính phủ',
  'Thủ tướng Chính phủ',
  'Bộ Chính trị',
  'Ban Bí thư',
  'Tổng Bí thư',
  'Ban Chấp hành Trung ương',
  'Chủ tịch nước',
  'Phó Chủ tịch nước',
  'Quốc hội',
  'Ủy ban Thường vụ Quốc hội',
  'Văn phòng Chính phủ',
  'Thanh tra Chính phủ',
  'Đảng Cộng sản Việt Nam',
  'Mặt trận Tổ quốc Việt Nam',
  'Ngân hàng Nhà nước Việt Nam',
  'Kiểm toán Nhà nước',
  'Tòa án nhân dân tối cao',
  'Viện kiểm sát nhân dân tối cao',
  'Ban Tổ chức Trung ương',
  'Ban Tuyên giáo Trung ương',
  'Ủy ban Kiểm tra Trung ương',
  'Bộ Nội vụ',
  'Bộ Tài chính',
  'Bộ Quốc phòng',
  'Bộ Công an',
  'Bộ Ngoại giao',
  'Bộ Tư pháp',
  'Bộ Y tế',
  'Bộ Giáo dục và Đào tạo',
  'Bộ Kế hoạch và Đầu tư',
  'Bộ Công Thương',
  'Bộ Xây dựng',
  'Bộ Giao thông vận tải',
  'Bộ Tài nguyên và Môi trường',
  'Bộ Thông tin và Truyền thông',
  'Bộ Khoa học và Công nghệ',
  'Bộ Nông nghiệp và Phát triển nông thôn',
  'Bộ Văn hóa, Thể thao và Du lịch',
];
/** "Ủy ban nhân dân" and "Hội đồng nhân dân" of a named place: the body capitalised, the kind of place not. */
const LOCAL = ['Ủy ban nhân dân', 'Hội đồng nhân dân'];
const PLACE_KINDS = 'tỉnh|huyện|quận|thị xã|thị trấn|xã|phường';

/** Each letter in both cases; "Ủy" also as "Uỷ" (the new placement). */
function anyCase(phrase: string): string {
  return [...phrase]
    .map((c, i) => {
      if (c === ' ') return ' ';
      if (c === ',') return ',';
      if ((c === 'Ủ' || c === 'ủ') && phrase[i + 1] === 'y') return '(?:[Ủủ](?=y)|[Uu](?=ỷ))';
      if ((c === 'y' || c === 'Y') && /[Ủủ]/.test(phrase[i - 1] ?? '')) return '[yYỷỶ]';
      const upper = c.toUpperCase();
      const lower = c.toLowerCase();
      return upper === lower ? c : `[${upper}${lower}]`;
    })
    .join('');
}

const NAMES = new RegExp(
  `(?:${[...BODIES].sort((a, b) => b.length - a.length).map(anyCase).join('|')})(?![\\p{L}\\p{N}])` +
    `|(?:${LOCAL.map(anyCase).join('|')}) (?:${PLACE_KINDS.split('|').map(anyCase).join('|')})(?= \\p{Lu})`,
  'gu',
);
const CANONICAL = new Map([...BODIES, ...LOCAL].map((p) => [fold(p), p]));

/** Lower case, "uỷ" as "ủy": the key a written name is looked up by. */
function fold(text: string): string {
  return text.toLowerCase().replace(/uỷ/g, 'ủy');
}

function names({ doc, report }: RuleContext): void {
  const { text } = doc;
  NAMES.lastIndex = 0;
  for (let m; (m = NAMES.exec(text)); ) {
    const written = m[0];
    const start = m.index;
    if (isLetter(text[start - 1]) || written === written.toUpperCase()) continue;
    const expected = expectedCase(written);
    if (!expected || expected === written || !doc.prose.isProseSpan(start, start + written.length)) continue;
    const range = offsetRange(doc, start, start + written.length);
    report({
      range,
      message: {
        en: `"${written}" is written "${expected}" (NĐ 30/2020, Phụ lục II: the name of a body or office takes a capital on its first syllable and on the proper names in it).`,
        vi: `"${written}" phải viết là "${expected}" (NĐ 30/2020, Phụ lục II: tên cơ quan, chức vụ viết hoa chữ cái đầu và các danh từ riêng trong đó).`,
      },
      fix: { title: { en: `Write "${expected}"`, vi: `Sửa thành "${expected}"` }, edits: [{ range, newText: expected }] },
    });
  }
}

/** The written name with the capitals of its canonical form; the kind of place after a local body in lower case. */
function expectedCase(written: string): string | undefined {
  const local = LOCAL.find((p) => fold(written).startsWith(fold(p)));
  const head = local ? written.slice(0, local.length) : written;
  const canonical = CANONICAL.get(fold(head));
  if (!canonical || canonical.length !== head.length) return undefined;
  const cased = [...head].map((c, i) => (canonical[i] === canonical[i].toUpperCase() && canonical[i] !== canonical[i].toLowerCase() ? c.toUpperCase() : c.toLowerCase())).join('');
  return local ? cased + written.slice(local.length).toLowerCase() : cased;
}

/**
 * Mid-sentence (after a lower-case word or a comma): "Đồng chí", "Ông", "Bà" before a name or
 * a title, a weekday "Thứ Hai", and common verbs ("Biểu dương", "Nhấn mạnh") take no capital.
 */
const MID = new RegExp(
  `(?<=[\\p{Ll},;] )(?:(Đồng chí|Ông|Bà)(?= (?:${'Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đào|Đinh|Mai|Trương|Lương|Tạ|Cao|Lâm|Chu|Thái|Tô|Đoàn|Vương|Trịnh|Lưu|Quách|Kiều|Tăng|Chủ tịch|Phó|Bí thư|Giám đốc|Trưởng|Tổng|Thứ trưởng|Bộ trưởng|Chánh'})(?![\\p{L}]))` +
    `|(Thứ (?:Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ Nhật)(?![\\p{L}\\p{N}])` +
    `|(Biểu dương|Nhấn mạnh|Đề nghị|Yêu cầu|Ghi nhận|Khen ngợi|Tiếp thu|Triển khai|Đánh giá|Chúc mừng|Quán triệt)(?= \\p{Ll})(?![\\p{L}\\p{N}]))`,
  'gu',
);
/** Words after which a capital is a salutation: "Kính thưa Đồng chí", "Kính gửi: Ông". */
const SALUTATION = /(?:thưa|gửi|mời|cảm ơn|chào)[ ,;]*$/iu;

function midSentence({ doc, report }: RuleContext): void {
  const { text } = doc;
  MID.lastIndex = 0;
  for (let m; (m = MID.exec(text)); ) {
    const written = m[0];
    const start = m.index;
    const end = start + written.length;
    if (SALUTATION.test(text.slice(Math.max(0, start - 12), start)) || !doc.prose.isProseSpan(start, end)) continue;
    const right = m[2] === 'Chủ Nhật' ? 'Chủ nhật' : m[2] ? `thứ ${written.slice(4)}` : written[0].toLowerCase() + written.slice(1);
    if (right === written) continue;
    const what = m[1]
      ? { en: `"${written}" before a name or title is not capitalised mid-sentence`, vi: `"${written}" đứng trước tên người, chức vụ ở giữa câu không viết hoa` }
      : m[2]
        ? { en: 'a weekday mid-sentence starts in lower case', vi: 'thứ trong tuần ở giữa câu viết thường chữ "thứ"' }
        : { en: `"${written}" is not capitalised mid-sentence`, vi: `"${written}" ở giữa câu không viết hoa` };
    const range = offsetRange(doc, start, end);
    report({
      range,
      message: { en: `${capitalise(what.en)}: "${right}".`, vi: `${capitalise(what.vi)}: "${right}".` },
      fix: { title: { en: `Write "${right}"`, vi: `Sửa thành "${right}"` }, edits: [{ range, newText: right }] },
    });
  }
}

function capitalise(text: string): string {
  return text[0].toUpperCase() + text.slice(1);
}
