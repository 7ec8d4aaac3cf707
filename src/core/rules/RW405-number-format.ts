import { gatedGlobal } from '../text/gatedPattern';
import { offsetRange } from './helpers';
import type { Rule, RuleContext } from './types';

export const numberFormat: Rule = {
  id: 'RW405',
  name: 'number-format',
  description: {
    en: 'In Vietnamese text, a number in the English style ("12.5%" for 12,5%, "1,000,000" for 1.000.000), thousands separators mixed in one report, or a unit glued to its number ("1.700km").',
    vi: 'Trong văn bản tiếng Việt: số viết theo kiểu tiếng Anh ("12.5%" thay cho 12,5%, "1,000,000" thay cho 1.000.000), dấu phân cách hàng nghìn không thống nhất trong báo cáo, hoặc số dính liền đơn vị ("1.700km").',
  },
  defaultSeverity: 'warning',
  fixable: true,
  check(context) {
    if (context.doc.lang !== 'vi') return;
    englishStyle(context);
    mixedSeparators(context);
    gluedUnits(context);
  },
};

/** Units of measure written after a number, with a space (TCVN 7870, the SI as Vietnam adopts it). */
const UNITS = 'km²|km2|km|m²|m³|m2|m3|cm|mm|kg|ha|tấn|kWh|kW|MWh|MW|GWh|GW|lít|ml';
/** What a decimal number may be followed by: a per cent sign, or a unit or an amount word. */
const AFTER_DECIMAL = `[ \\t]*(?:%|(?:${UNITS}|tỷ|triệu|nghìn|ngàn|đồng|USD|lần|điểm|giờ|phút|giây|năm|tháng|MB|GB)(?![\\p{L}\\p{N}]))`;
/**
 * "12.5%", "3.75 tỷ": a dot then one or two digits is a decimal point in English, a comma in
 * Vietnamese (a dot groups thousands, three digits at a time). "1,000,000": commas grouping
 * thousands. Not a part of a longer dotted number (a date "12.5.2025", a version "1.2.3").
 */
const ENGLISH = gatedGlobal(
  // Every match holds a digit, a comma or dot, a digit ("1,000", "12.5"): without one the
  // pattern (and its Unicode classes) is never built.
  /\d[.,]\d/,
  () =>
    new RegExp(
      `(?<![\\p{L}\\p{N}.,])(?:(\\d{1,3}(?:,\\d{3}){2,}(?:\\.\\d+)?|\\d{1,3}(?:,\\d{3})+\\.\\d+)|(\\d+)\\.(\\d{1,2})(?=${AFTER_DECIMAL}))(?![\\p{N}]|[.,]\\d)`,
      'gu',
    ),
);

function englishStyle({ doc, report }: RuleContext): void {
  const { text } = doc;
  for (const m of ENGLISH(text)) {
    const written = m[0];
    const start = m.index;
    const end = start + written.length;
    if (!doc.prose.isProseSpan(start, end)) continue;
    // Swap the two marks: 1,234.5 → 1.234,5; 12.5 → 12,5.
    const right = written.replace(/[.,]/g, (c) => (c === '.' ? ',' : '.'));
    const range = offsetRange(doc, start, end);
    report({
      range,
      message: {
        en: `"${written}" is written in the English style: Vietnamese writes the decimal mark as a comma and groups thousands with dots, "${right}".`,
        vi: `"${written}" viết theo kiểu tiếng Anh: tiếng Việt dùng dấu phẩy ngăn phần thập phân và dấu chấm ngăn hàng nghìn, "${right}".`,
      },
      fix: { title: { en: `Write "${right}"`, vi: `Sửa thành "${right}"` }, edits: [{ range, newText: right }] },
    });
  }
}

/**
 * Numbers with their thousands grouped: by dots ("1.250.000") or by spaces ("1 250 000", with
 * a no-break or thin space, or two groups and more). One report uses one way.
 */
const GROUPED = gatedGlobal(
  // Every match holds a digit, a dot or space, a digit.
  /\d[.\u00A0\u202F ]\d/,
  () => /(?<![\p{L}\p{N}.,\u00A0\u202F])\d{1,3}(?:(\.)\d{3}(?:\.\d{3})*|([\u00A0\u202F])\d{3}(?:\2\d{3})*| \d{3}(?: \d{3})+)(?![\p{N}]|[.,]\d|[\u00A0\u202F ]\d)/gu,
);

function mixedSeparators({ doc, report }: RuleContext): void {
  const { text } = doc;
  const found: Array<{ start: number; written: string; dot: boolean }> = [];
  for (const m of GROUPED(text)) {
    if (doc.prose.isProseSpan(m.index, m.index + m[0].length)) found.push({ start: m.index, written: m[0], dot: m[1] === '.' });
  }
  const dots = found.filter((f) => f.dot).length;
  const spaces = found.length - dots;
  if (dots === 0 || spaces === 0) return;
  const majorityDot = dots >= spaces;
  for (const f of found) {
    if (f.dot === majorityDot) continue;
    const right = majorityDot ? f.written.replace(/[\u00A0\u202F ]/g, '.') : f.written.replace(/\./g, '\u00A0');
    const range = offsetRange(doc, f.start, f.start + f.written.length);
    const style = majorityDot ? { en: 'dots (1.250.000)', vi: 'dấu chấm (1.250.000)' } : { en: 'spaces (1 250 000)', vi: 'dấu cách (1 250 000)' };
    report({
      range,
      message: {
        en: `"${f.written}" groups thousands differently from the rest of the report, which uses ${style.en} (${Math.max(dots, spaces)} of ${found.length}).`,
        vi: `"${f.written}" ngăn hàng nghìn khác phần còn lại của báo cáo, vốn dùng ${style.vi} (${Math.max(dots, spaces)}/${found.length}).`,
      },
      fix: { title: { en: `Write "${right}"`, vi: `Sửa thành "${right}"` }, edits: [{ range, newText: right }] },
    });
  }
}

/** "1.700km", "25ha", "3,5tấn": a number glued to its unit. */
const GLUED = gatedGlobal(
  // Every match ends in a digit glued to a unit (the units are all in the BMP, one code unit a letter).
  new RegExp(`\\d(?:${UNITS})`),
  () => new RegExp(`(?<![\\p{L}\\p{N}.,])\\d+(?:[.,]\\d+)*(${UNITS})(?![\\p{L}\\p{N}])`, 'gu'),
);

function gluedUnits({ doc, report }: RuleContext): void {
  const { text } = doc;
  for (const m of GLUED(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const unitAt = end - m[1].length;
    if (!doc.prose.isProseSpan(start, end)) continue;
    const range = offsetRange(doc, unitAt, unitAt);
    const number = text.slice(start, unitAt);
    report({
      range: offsetRange(doc, start, end),
      message: {
        en: `"${m[0]}": a space goes between a number and its unit, "${number} ${m[1]}".`,
        vi: `"${m[0]}": giữa số và đơn vị đo có một dấu cách, "${number} ${m[1]}".`,
      },
      fix: { title: { en: `Write "${number} ${m[1]}"`, vi: `Sửa thành "${number} ${m[1]}"` }, edits: [{ range, newText: ' ' }] },
    });
  }
}
