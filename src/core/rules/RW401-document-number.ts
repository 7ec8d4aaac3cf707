import { gatedGlobal } from '../text/gatedPattern';
import { officialView } from './officialDoc';
import { offsetRange } from './helpers';
import type { Rule, RuleContext } from './types';

export const documentNumber: Rule = {
  id: 'RW401',
  name: 'document-number',
  description: {
    en: 'A Vietnamese document number is malformed ("35- NQ/TW", "32 -TB/TW"), or a Party number is written in the State shape or the reverse.',
    vi: 'Số, ký hiệu văn bản viết sai ("35- NQ/TW", "32 -TB/TW"), hoặc văn bản của Đảng ghi theo kiểu văn bản nhà nước và ngược lại.',
  },
  defaultSeverity: 'warning',
  fixable: true,
  check(context) {
    const { doc } = context;
    const { text } = doc;
    // The official header's own number is RW603's, which knows the document's type and profile.
    const header = officialView(doc)?.parts.header?.number;
    const own = (start: number) => header !== undefined && doc.lines.positionAt(start).line === header.line;
    // A legal number with its year ("30/2020/NĐ-CP", "64 /2024/QĐ-UBND"): its spaces only.
    const legal: Array<[number, number]> = [];
    for (const m of LEGAL_NUMBER(text)) {
      const [written, number, year, type, issuer] = m;
      const start = m.index;
      const end = start + written.length;
      if ((start > 0 && /[\p{L}\p{N}/.-]/u.test(text[start - 1])) || !doc.prose.isProseSpan(start, end)) continue;
      legal.push([start, end]);
      const canonical = `${number}/${year}/${type}-${issuer}`;
      if (canonical !== written && !own(start)) report(context, start, end, written, canonical, 'spaces');
    }
    for (const m of NUMBER(text)) {
      const [written, number, , first, type, , second, issuer] = m;
      const start = m.index;
      const end = start + written.length;
      // Not the tail of a longer number or of a legal number with its year ("30/2020/NĐ-CP").
      if (start > 0 && /[\p{L}\p{N}/.-]/u.test(text[start - 1])) continue;
      if (legal.some(([a, b]) => start >= a && start < b) || own(start) || !doc.prose.isProseSpan(start, end)) continue;
      const party = first === '-' && second === '/'; // 32-TB/TW
      const state = first === '/' && second === '-'; // 627/TB-VPCP
      if (!party && !state) continue;
      const canonical = party ? `${number}-${type}/${issuer}` : `${number}/${type}-${issuer}`;
      if (canonical !== written) {
        report(context, start, end, written, canonical, 'spaces');
        continue;
      }
      if (state && isPartyIssuer(issuer)) report(context, start, end, written, `${number}-${type}/${issuer}`, 'party');
      else if (party && isStateIssuer(issuer)) report(context, start, end, written, `${number}/${type}-${issuer}`, 'state');
    }
  },
};

/**
 * Type codes of Nghị định 30/2020 Phụ lục III and of Party documents (Hướng dẫn 36-HD/VPTW).
 * Longest first, so that "CTr" is not read as "CT".
 */
const TYPES = 'QyĐ|QĐi|CTr|TTr|TrS|TTLT|BGN|BTT|GUQ|GGT|GNP|QTr|NQ|QĐ|CT|QC|TC|TB|HD|KH|PA|ĐA|DA|BC|BB|HĐ|CĐ|GM|PG|PC|PB|SY|SL|KL|TT|CV|NĐ';
const ISSUER = '[A-ZĐ][A-ZĐa-zđ0-9]*(?:-[A-ZĐ0-9][A-ZĐa-zđ0-9]*)*';
/**
 * A number, a separator, a type code, a separator, an issuer, with spaces allowed around the
 * separators so that the malformed ones are found too. Not a part of a longer number or of a
 * legal number with its year ("30/2020/NĐ-CP").
 */
const NUMBER = gatedGlobal(
  // The pattern's beginning: a digit, a separator, a type code (all in the BMP, no case folding).
  new RegExp(`\\d\\s*[-/]\\s*(?:${TYPES})`),
  () => new RegExp(`(\\d{1,5})(\\s*)([-/])\\s*(${TYPES})(\\s*)([-/])\\s*(${ISSUER})(?![\\p{L}\\p{N}/-])`, 'gu'),
);

/** A state legal number with its year, spaces allowed around the separators so that the malformed ones are found. */
const LEGAL_NUMBER = gatedGlobal(
  /\d\s*\/\s*\d{4}\s*\/\s*[A-ZĐ]/,
  () => new RegExp(`(\\d{1,5})\\s*/\\s*(\\d{4})\\s*/\\s*(${TYPES})\\s*-\\s*(${ISSUER})(?![\\p{L}\\p{N}/-])`, 'gu'),
);

/** Central and local Party bodies: Trung ương, tỉnh ủy, huyện ủy, đảng ủy and their offices and boards. */
function isPartyIssuer(issuer: string): boolean {
  return /^(?:TW|TU|HU|ĐU|ĐUK|QUTW)$/.test(issuer) || /^[A-ZĐ]{2,8}(?:TW|TU|HU|ĐU)$/.test(issuer);
}

/** The Government, the Prime Minister, ministries, people's committees and councils. */
function isStateIssuer(issuer: string): boolean {
  const head = issuer.split('-')[0];
  return /^(?:CP|TTg|VPCP|UBND|HĐND|NHNN|QH\d*|UBTVQH\d*|BNV|BTC|BGDĐT|BYT|BCA|BQP|BKHĐT|BTTTT|BCT|BXD|BGTVT|BTNMT|BNNPTNT|BLĐTBXH|BVHTTDL|BKHCN|BTP|BNG|TTCP)$/.test(head);
}

function report(context: RuleContext, start: number, end: number, written: string, canonical: string, problem: 'spaces' | 'party' | 'state'): void {
  const range = offsetRange(context.doc, start, end);
  const message = {
    spaces: {
      en: `Document number "${written}" has spaces inside: write "${canonical}".`,
      vi: `Số, ký hiệu "${written}" có dấu cách thừa: viết liền là "${canonical}".`,
    },
    party: {
      en: `"${written}" is a Party document (issued by ${written.split('-').pop()}): its number is written number-type/issuer, "${canonical}".`,
      vi: `"${written}" là văn bản của Đảng: số, ký hiệu viết theo dạng số-loại/cơ quan, "${canonical}".`,
    },
    state: {
      en: `"${written}" is a State document: its number is written number/type-issuer, "${canonical}".`,
      vi: `"${written}" là văn bản của cơ quan nhà nước: số, ký hiệu viết theo dạng số/loại-cơ quan, "${canonical}".`,
    },
  }[problem];
  context.report({
    range,
    message,
    fix: { title: { en: `Write "${canonical}"`, vi: `Sửa thành "${canonical}"` }, edits: [{ range, newText: canonical }] },
  });
}
