import type { Localized } from '../i18n';
import { TYPE_ABBREVIATIONS, typeNameOf } from '../model/officialText';
import type { Range } from '../text/lineIndex';
import { bodyTextRange, frontMatterTextRange, officialView } from './officialDoc';
import type { Rule, RuleReport } from './types';
import { lazyPattern } from '../text/gatedPattern';

/**
 * A number and symbol: "15/BC-UBND" (state, NĐ 30/2020 Phụ lục I mục 3), "64/2024/QĐ-UBND" (a
 * legal document, with its year), "123-TB/TU" (Party, HD 36), or the state's công văn "05/BNV-VP". The number may still be blank or "…" (the
 * văn thư writes it when the document is registered).
 */
const SYMBOL = lazyPattern(() => /^(?<n>\d{1,5}|…+|\.{2,}|_+|\s*)\s*(?<sep1>[/-])\s*(?:(?<year>\d{4})\s*\/\s*)?(?<a>[\p{L}\d]+(?:\s*-\s*[\p{L}\d]+)*?)\s*(?<sep2>[/-])\s*(?<b>[\p{L}\d]+(?:\s*-\s*[\p{L}\d]+)*)\s*$/u);

/** Legal documents (văn bản quy phạm pháp luật) carry their year: "30/2020/NĐ-CP", "64/2024/QĐ-UBND". */
const WITH_YEAR = new Set(['NQ', 'QĐ', 'NĐ', 'TT', 'TTLT', 'PL']);

/** A number and symbol of the document's type, in the profile's shape, to show how one is written. */
function example(code: string | undefined, hd36: boolean): string {
  return hd36 ? `"123-${code ?? 'TB'}/TU"` : `"15/${code ?? 'BC'}-UBND"`;
}

/**
 * RW603: the number and symbol fit the profile: state `15/BC-UBND`, Party `123-TB/TU`, numbers
 * below 10 with a leading zero, "Số:" with its colon, and the type abbreviation that of the
 * document's type (NĐ 30/2020 Phụ lục III: BC for BÁO CÁO, TB for THÔNG BÁO…).
 */
export const symbolForm: Rule = {
  id: 'RW603',
  name: 'symbol-form',
  description: {
    en: 'The number and symbol of an official document does not fit its profile (state 15/BC-UBND, Party 123-TB/TU), lacks a leading zero or "Số:", or its type abbreviation is not the type\'s.',
    vi: 'Số, ký hiệu văn bản không đúng thể thức (nhà nước 15/BC-UBND, Đảng 123-TB/TU), thiếu số 0 hoặc "Số:", hoặc chữ viết tắt tên loại không khớp tên loại văn bản.',
  },
  defaultSeverity: 'warning',
  fixable: true,
  check({ doc, report }) {
    const view = officialView(doc);
    if (!view) return;
    const { header, fields } = view.parts;
    // The document's type as written (its type line or `type:`, "QUYẾT ĐỊNH"), else its kind's.
    const writtenType = typeNameOf(fields.type?.text ?? header?.type?.text ?? '');
    const kindType = typeNameOf(view.kind?.type ?? '');
    const hd36 = view.profile === 'hd36';
    const check = (written: string, range: Range, fixable: boolean) => {
      // A number and symbol is short; a long value is not one, and is not given to the pattern.
      const m = written.length <= 60 ? SYMBOL().exec(written) : null;
      if (!m?.groups) {
        const shown = example(TYPE_ABBREVIATIONS[writtenType ?? kindType ?? ''], hd36);
        if (written.trim() && !/^[….\s_]*$/u.test(written)) say(report, range, { en: `"${written}" is not a number and symbol: write it as ${shown} (${hd36 ? 'number-type/issuer' : 'number/type-issuer'}).`, vi: `"${written}" không phải số, ký hiệu: viết dạng ${shown} (${hd36 ? 'số-loại/cơ quan' : 'số/loại-cơ quan'}).` });
        return;
      }
      const { n, sep1, year, a, sep2, b } = m.groups;
      const typeName = writtenType ?? kindType;
      const abbreviation = typeName ? TYPE_ABBREVIATIONS[typeName] : undefined;
      // The year belongs to a legal document's state number only ("64/2024/QĐ-UBND").
      if (year !== undefined && (hd36 || sep1 !== '/' || sep2 !== '-' || !WITH_YEAR.has(abbreviation ?? a.replace(/\s+/g, '')))) {
        const shown = example(abbreviation, hd36);
        return void say(report, range, { en: `"${written}" mixes the shapes: write ${hd36 ? 'number-type/issuer' : 'number/type-issuer'} (${shown}); only a legal document's number carries its year.`, vi: `"${written}" viết lẫn hai dạng: viết ${hd36 ? 'số-loại/cơ quan' : 'số/loại-cơ quan'} (${shown}); chỉ số của văn bản quy phạm pháp luật mới có năm.` });
      }
      const compact = (s: string) => s.replace(/\s+/g, '');
      const number = /^\d+$/.test(n) ? n.padStart(2, '0') : n.trim();
      let type: string;
      let issuer: string;
      if (sep1 === '/' && sep2 === '-') [type, issuer] = [compact(a), compact(b)];
      else if (sep1 === '-' && sep2 === '/') [type, issuer] = [compact(a), compact(b)];
      else return void say(report, range, { en: `"${written}" mixes the shapes: write ${hd36 ? 'number-type/issuer' : 'number/type-issuer'} (${example(abbreviation, hd36)}).`, vi: `"${written}" viết lẫn hai dạng: viết ${hd36 ? 'số-loại/cơ quan' : 'số/loại-cơ quan'} (${example(abbreviation, hd36)}).` });
      const problems: Localized[] = [];
      const wrongFamily = hd36 ? sep1 !== '-' : sep1 !== '/';
      if (wrongFamily) problems.push(hd36 ? { en: 'a Party document writes number-type/issuer', vi: 'văn bản của Đảng viết số-loại/cơ quan' } : { en: 'a state document writes number/type-issuer', vi: 'văn bản nhà nước viết số/loại-cơ quan' });
      if (number !== n.trim()) problems.push({ en: 'a number below 10 takes a leading zero', vi: 'số nhỏ hơn 10 thêm số 0 phía trước' });
      const yearPart = year !== undefined ? `${year}/` : '';
      let right = hd36 ? `${number}-${type}/${issuer}` : `${number}/${yearPart}${type}-${issuer}`;
      if (abbreviation && type !== abbreviation) {
        problems.push({ en: `the type abbreviation of ${typeName} is ${abbreviation}, not ${type}`, vi: `chữ viết tắt của ${typeName} là ${abbreviation}, không phải ${type}` });
        right = hd36 ? `${number}-${abbreviation}/${issuer}` : `${number}/${yearPart}${abbreviation}-${issuer}`;
      }
      if (right === written.trim()) return;
      if (problems.length === 0) problems.push({ en: 'no spaces inside', vi: 'viết liền, không có dấu cách' });
      const because = (lang: 'en' | 'vi') => problems.map((p) => p[lang]).join('; ');
      say(report, range, { en: `Write "${right}": ${because('en')}.`, vi: `Viết "${right}": ${because('vi')}.` }, fixable ? { range, newText: right } : undefined);
    };
    if (fields.number) check(fields.number.text, frontMatterTextRange(doc, 'number', fields.number), true);
    const line = header?.number;
    if (line) {
      // As written, its spaces kept, when it was found in its line.
      const text = line.start !== undefined && line.end !== undefined ? doc.lines.line(line.line).slice(line.start, line.end) : line.text;
      const m = /^(Số|So)(\s*[:.]?\s*)(.*)$/iu.exec(text)!;
      const range = bodyTextRange(doc, line);
      if (m[1] !== 'Số' || m[2].trim() !== ':') {
        const right = `Số: ${m[3].trim()}`;
        say(report, range, { en: `Write "${right}": "Số" with a colon.`, vi: `Viết "${right}": chữ "Số" và dấu hai chấm.` }, line.start !== undefined ? { range, newText: right } : undefined);
      } else if (line.start !== undefined) {
        const start = line.start + text.length - m[3].length;
        check(m[3], { start: { line: line.line, character: start }, end: { line: line.line, character: line.end! } }, true);
      } else check(m[3], range, false);
    }
  },
};

function say(report: (r: RuleReport) => void, range: Range, message: Localized, edit?: { range: Range; newText: string }): void {
  const fix = edit ? { title: { en: `Write "${edit.newText}"`, vi: `Sửa thành "${edit.newText}"` }, edits: [edit] } : undefined;
  report({ range, message, ...(fix ? { fix } : {}) });
}
