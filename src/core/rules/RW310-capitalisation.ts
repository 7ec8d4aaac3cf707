import { BODIES, LOCAL, PLACE_KINDS } from './bodies';
import { characterScan, foldKey, isLetterCode } from './characterScan';
import { gatedGlobal, lazyPattern } from '../text/gatedPattern';
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

/** The names by their first syllable, folded ("thủ" → Thủ tướng Chính phủ…), longest first. */
const BY_HEAD = new Map<number, Array<[string, string]>>();
for (const phrase of [...BODIES, ...LOCAL].sort((x, y) => y.length - x.length)) {
  const head = foldKey(phrase.split(' ')[0]);
  BY_HEAD.set(head, [...(BY_HEAD.get(head) ?? []), [phrase, fold(phrase)]]);
}
BY_HEAD.set(foldKey('uỷ'), BY_HEAD.get(foldKey('ủy'))!);
/** The second words of the names, folded, by first syllable: "bộ" → chính, tài, quốc… */
const SECOND_WORDS = new Map([...BY_HEAD].map(([key, phrases]) => [key, new Set(phrases.map(([, folded]) => folded.split(' ')[1].replace(/,$/, '')))]));

/** The letters from `at` to the next character that is not one, folded (at most 12). */
function secondWord(text: string, at: number): string {
  let end = at;
  while (end < text.length && end - at < 12 && isLetterCode(text.charCodeAt(end))) end++;
  return fold(text.slice(at, end));
}
const LONGEST = Math.max(...[...BODIES, ...LOCAL].map((p) => p.length));
const CANONICAL = new Map([...BODIES, ...LOCAL].map((p) => [fold(p), p]));
/** Built on first use: under `iu` its `\\p{Lu}` is closed over case, a costly class. */
const PLACE_AFTER = lazyPattern(() => new RegExp(`^[ \\u00a0](?:${PLACE_KINDS})(?=[ \\u00a0]\\p{Lu})`, 'iu'));

/** Lower case, "uỷ" as "ủy", a no-break space (pasted from Word or a web page) as a space: the key a written name is looked up by. Keeps the length. */
function fold(text: string): string {
  let lower = text.toLowerCase();
  if (lower.includes('uỷ')) lower = lower.replace(/uỷ/g, 'ủy');
  return lower.includes('\u00a0') ? lower.replace(/\u00a0/g, ' ') : lower;
}

function names({ doc, report }: RuleContext): void {
  const { text } = doc;
  let next = 0;
  // The shared walk over the words notes where a first syllable of a name stands, in any case.
  for (const { start, end, key } of characterScan(doc).heads) {
    if (start < next || (text[end] !== ' ' && text[end] !== '\u00a0')) continue;
    const phrases = BY_HEAD.get(key);
    // Most words that start a name do not start one here ("Ban tổ chức", "hội nghị"): the
    // next word's first letter rules them out before any longer comparison.
    if (!phrases || !SECOND_WORDS.get(key)!.has(secondWord(text, end + 1))) continue;
    // The text ahead, folded once; each name of this first syllable is compared with it.
    const ahead = fold(text.slice(start, start + LONGEST + 1));
    let written: string | undefined;
    for (const [phrase, folded] of phrases) {
      if (!ahead.startsWith(folded)) continue;
      const candidate = text.slice(start, start + phrase.length);
      if (LOCAL.includes(phrase)) {
        const place = PLACE_AFTER().exec(text.slice(start + phrase.length, start + phrase.length + 40));
        if (!place) continue;
        written = candidate + place[0];
      } else {
        if (isLetter(text[start + phrase.length]) || /\d/.test(text[start + phrase.length] ?? '')) continue;
        written = candidate;
      }
      break;
    }
    if (!written || written === written.toUpperCase()) continue;
    // "cán bộ y tế" (health workers), "toàn bộ tài chính": "bộ" ends a word of its own here.
    if (written[0] !== written[0].toUpperCase() && COMPOUND_BEFORE.has(fold(previousWord(text, start)))) continue;
    next = start + written.length;
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

/** Words a lower-case "bộ" ends ("cán bộ", "toàn bộ", "nội bộ", "đồng bộ"): no ministry starts there. */
const COMPOUND_BEFORE = new Set(['cán', 'toàn', 'nội', 'đồng', 'sơ', 'cục', 'tiến', 'bước', 'thủ']);

/** The word right before `at` (letters only, across one space), or "". */
function previousWord(text: string, at: number): string {
  let end = at;
  if (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\u00a0')) end--;
  else return '';
  let start = end;
  while (start > 0 && end - start < 12 && isLetterCode(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end);
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
/** Their words apart by a space or a no-break space (text pasted from Word or a web page). */
const MID_HEADS = 'Đồng[ \\u00a0]chí|Ông|Bà';
const MID_VERBS = 'Biểu dương|Nhấn mạnh|Đề nghị|Yêu cầu|Ghi nhận|Khen ngợi|Tiếp thu|Triển khai|Đánh giá|Chúc mừng|Quán triệt'.replace(/ /g, '[ \\u00a0]');
const MID = gatedGlobal(
  // Each alternative starts with one of these words (all in the BMP, no case folding).
  new RegExp(`${MID_HEADS}|Thứ[ \\u00a0]|Chủ[ \\u00a0]Nhật|${MID_VERBS}`),
  () =>
    new RegExp(
      `(?:(${MID_HEADS})(?=[ \\u00a0](?:${'Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đào|Đinh|Mai|Trương|Lương|Tạ|Cao|Lâm|Chu|Thái|Tô|Đoàn|Vương|Trịnh|Lưu|Quách|Kiều|Tăng|Chủ tịch|Phó|Bí thư|Giám đốc|Trưởng|Tổng|Thứ trưởng|Bộ trưởng|Chánh'})(?![\\p{L}]))` +
        `|(Thứ[ \\u00a0](?:Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ[ \\u00a0]Nhật)(?![\\p{L}\\p{N}])` +
        `|(${MID_VERBS})(?=[ \\u00a0]\\p{Ll})(?![\\p{L}\\p{N}]))`,
      'gu',
    ),
);
/** Words after which a capital is a salutation: "Kính thưa Đồng chí", "Kính gửi: Ông". */
const SALUTATION = /(?:thưa|gửi|mời|cảm ơn|chào)[ \u00a0,;]*$/iu;

function midSentence({ doc, report }: RuleContext): void {
  const { text } = doc;
  for (const m of MID(text)) {
    const written = m[0];
    const start = m.index;
    const end = start + written.length;
    // Mid-sentence: after a lower-case letter or a comma, and a space.
    if ((text[start - 1] !== ' ' && text[start - 1] !== '\u00a0') || !/[\p{Ll},;]/u.test(text[start - 2] ?? '')) continue;
    if (SALUTATION.test(text.slice(Math.max(0, start - 12), start)) || !doc.prose.isProseSpan(start, end)) continue;
    // The writer's space is kept, a no-break one too.
    const right = m[2]?.startsWith('Chủ') ? `${written.slice(0, 4)}nhật` : written[0].toLowerCase() + written.slice(1);
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
