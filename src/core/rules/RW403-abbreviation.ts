import type { ReportDocument } from '../model/document';
import { stripDiacritics } from '../text/fold';
import { gatedGlobal, lazyPattern } from '../text/gatedPattern';
import { inImageText, inTable, offsetRange } from './helpers';
import type { Rule, RuleContext } from './types';

export const abbreviation: Rule = {
  id: 'RW403',
  name: 'abbreviation',
  description: {
    en: '"Đ/c" written for "đồng chí" in the text (captions and tables may abbreviate), or an acronym used before it is defined as "Full name (ABBR)".',
    vi: 'Viết tắt "Đ/c" thay cho "đồng chí" trong bài (chú thích ảnh và bảng được viết tắt), hoặc dùng chữ viết tắt trước khi giải thích "Tên đầy đủ (VIẾT TẮT)".',
  },
  defaultSeverity: 'warning',
  fixable: true,
  check(context) {
    comrade(context);
    acronymsBeforeDefinition(context);
  },
};

const COMRADE = gatedGlobal(
  // Each alternative without its lookarounds, loosened to one class.
  /[Đđ][/.][cC]/,
  () => /(?<![\p{L}\p{N}/.])(?:Đ\/[cC]|đ\/[cC]|[Đđ]\.c)(?![\p{L}\p{N}])/gu,
);

function comrade({ doc, report }: RuleContext): void {
  const { text } = doc;
  if (!text.includes('/c') && !text.includes('/C') && !text.includes('.c')) return;
  for (const m of COMRADE(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const line = doc.lines.positionAt(start).line;
    if (!doc.prose.isProseSpan(start, end) || inTable(doc, start) || doc.isCaptionLine(line) || inImageText(doc, start)) continue;
    const written = sentenceStart(doc, start) ? 'Đồng chí' : 'đồng chí';
    const range = offsetRange(doc, start, end);
    report({
      range,
      message: {
        en: `"${m[0]}" abbreviates "đồng chí" (comrade): write it in full in the text; captions and tables may abbreviate.`,
        vi: `"${m[0]}" là viết tắt của "đồng chí": trong bài viết đầy đủ; chỉ chú thích ảnh và bảng mới viết tắt.`,
      },
      fix: { title: { en: `Write "${written}"`, vi: `Viết đầy đủ "${written}"` }, edits: [{ range, newText: written }] },
    });
  }
}

/** After a sentence's end, or first on a line that starts a paragraph, list item or heading. */
function sentenceStart(doc: ReportDocument, offset: number): boolean {
  const { line, character } = doc.lines.positionAt(offset);
  const before = doc.lines.line(line).slice(0, character).replace(/[*_"“(\s]+$/u, '');
  if (/[.!?…]$/.test(before)) return true;
  if (!/^[ \t>]*(?:[-*+]|\d{1,9}[.)]|#{1,6})?[ \t]*$/.test(before)) return false;
  const block = doc.prose.blockAt(line);
  return !block || block.startLine === line || /^[ \t>]*(?:[-*+]|\d{1,9}[.)])\s/.test(doc.lines.line(line));
}

/** "(ABBR)": two to ten capitals (Vietnamese ones included) in brackets; the words before are read apart. */
const DEFINITION = /\(\s*([A-ZĐĂÂÊÔƠƯ][A-ZĐĂÂÊÔƠƯ0-9&]{1,9})\s*\)/gu;
/** Up to ten words just before the bracket. */
const WORDS_BEFORE = lazyPattern(() => /((?:\p{L}+[ \t]+){1,10})$/u);
const ROMAN = /^[IVXLCDM]+$/;
/** Acronyms a reader knows without a definition: using them before one is fine. */
const WELL_KNOWN = new Set(
  ('UBND HĐND TW TƯ VN TP TPHCM HCM CP QH MTTQ BCH BTV USD VND VNĐ GDP CNTT THPT THCS ĐH CĐ TNHH CSVN ' +
    'US USA UK EU UN AI API CEO CTO CFO HR IT OK PDF URL HTML CSS JSON HTTP HTTPS FAQ PR QA KPI OKR ETA CI CD UTC GMT').split(' '),
);

function acronymsBeforeDefinition({ doc, report }: RuleContext): void {
  const { text } = doc;
  if (!text.includes(')')) return;
  const defined = new Map<string, { offset: number; line: number; phrase: string }>();
  DEFINITION.lastIndex = 0;
  for (let m; (m = DEFINITION.exec(text)); ) {
    const acronym = m[1];
    if (defined.has(acronym) || WELL_KNOWN.has(acronym) || ROMAN.test(acronym)) continue;
    const before = WORDS_BEFORE().exec(text.slice(Math.max(0, m.index - 160), m.index));
    if (!before) continue;
    const words = before[1].trim().split(/\s+/);
    // The acronym's first letter starts one of the words before it ("Ban chỉ đạo (BCĐ)").
    const initial = stripDiacritics(acronym[0]).toLowerCase();
    const first = words.findIndex((w) => stripDiacritics(w[0]).toLowerCase() === initial);
    if (first < 0 || !doc.prose.isProseSpan(m.index, m.index + m[0].length)) continue;
    defined.set(acronym, { offset: m.index, line: doc.lines.positionAt(m.index).line, phrase: `${words.slice(first).join(' ')} (${acronym})` });
  }
  // "JWT (JSON Web Token)" defines the acronym too, the other way round.
  const reversed = new Set<number>();
  for (const acronym of defined.keys()) {
    const spelled = new RegExp(`(?<![\\p{L}\\p{N}])${acronym.replace(/&/g, '\\&')}\\s*\\(\\s*${initialClass(acronym)}`, 'gu');
    for (let m; (m = spelled.exec(text)); ) reversed.add(m.index);
  }
  for (const [acronym, definition] of defined) {
    const use = new RegExp(`(?<![\\p{L}\\p{N}])${acronym.replace(/&/g, '\\&')}(?![\\p{L}\\p{N}])`, 'gu');
    for (let m; (m = use.exec(text)) && m.index < definition.offset; ) {
      if (!doc.prose.isProseSpan(m.index, m.index + acronym.length)) continue;
      if (reversed.has(m.index)) break;
      report({
        range: offsetRange(doc, m.index, m.index + acronym.length),
        message: {
          en: `"${acronym}" is used before it is defined as "${definition.phrase}" on line ${definition.line + 1}: define it where it first appears.`,
          vi: `"${acronym}" được dùng trước khi giải thích "${definition.phrase}" ở dòng ${definition.line + 1}: hãy giải thích ngay lần dùng đầu tiên.`,
        },
      });
      break;
    }
  }
}

/** Both cases of the acronym's first letter, with and without diacritics. */
function initialClass(acronym: string): string {
  const first = acronym[0];
  const plain = stripDiacritics(first);
  return `[${first}${first.toLowerCase()}${plain}${plain.toLowerCase()}]`;
}
