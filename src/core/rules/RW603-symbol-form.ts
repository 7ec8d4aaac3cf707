import type { Localized } from '../i18n';
import { TYPE_ABBREVIATIONS, typeNameOf } from '../model/officialText';
import type { Range } from '../text/lineIndex';
import { bodyTextRange, frontMatterTextRange, officialView } from './officialDoc';
import type { Rule, RuleReport } from './types';
import { lazyPattern } from '../text/gatedPattern';

/**
 * A number and symbol: "15/BC-UBND" (state, NĐ 30/2020 Phụ lục I mục 3), "123-TB/TU" (Party,
 * HD 36), or the state's công văn "05/BNV-VP". The number may still be blank or "…" (the
 * văn thư writes it when the document is registered).
 */
const SYMBOL = lazyPattern(() => /^(?<n>\d{1,5}|…+|\.{2,}|_+|\s*)\s*(?<sep1>[/-])\s*(?<a>[\p{L}\d]+(?:\s*-\s*[\p{L}\d]+)*?)\s*(?<sep2>[/-])\s*(?<b>[\p{L}\d]+(?:\s*-\s*[\p{L}\d]+)*)\s*$/u);

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
    const typeName = typeNameOf(fields.type?.text ?? header?.type?.text ?? view.kind?.type ?? '');
    const abbreviation = typeName ? TYPE_ABBREVIATIONS[typeName] : undefined;
    const hd36 = view.profile === 'hd36';
    const check = (written: string, range: Range, fixable: boolean) => {
      // A number and symbol is short; a long value is not one, and is not given to the pattern.
      const m = written.length <= 60 ? SYMBOL().exec(written) : null;
      if (!m?.groups) {
        if (written.trim() && !/^[….\s_]*$/u.test(written)) say(report, range, { en: `"${written}" is not a number and symbol: write it as ${hd36 ? '"123-TB/TU" (number-type/issuer)' : '"15/BC-UBND" (number/type-issuer)'}.`, vi: `"${written}" không phải số, ký hiệu: viết dạng ${hd36 ? '"123-TB/TU" (số-loại/cơ quan)' : '"15/BC-UBND" (số/loại-cơ quan)'}.` });
        return;
      }
      const { n, sep1, a, sep2, b } = m.groups;
      const compact = (s: string) => s.replace(/\s+/g, '');
      const number = /^\d+$/.test(n) ? n.padStart(2, '0') : n.trim();
      let type: string;
      let issuer: string;
      if (sep1 === '/' && sep2 === '-') [type, issuer] = [compact(a), compact(b)];
      else if (sep1 === '-' && sep2 === '/') [type, issuer] = [compact(a), compact(b)];
      else return void say(report, range, { en: `"${written}" mixes the shapes: write ${hd36 ? 'number-type/issuer ("123-TB/TU")' : 'number/type-issuer ("15/BC-UBND")'}.`, vi: `"${written}" viết lẫn hai dạng: viết ${hd36 ? 'số-loại/cơ quan ("123-TB/TU")' : 'số/loại-cơ quan ("15/BC-UBND")'}.` });
      const problems: Localized[] = [];
      const wrongFamily = hd36 ? sep1 !== '-' : sep1 !== '/';
      if (wrongFamily) problems.push(hd36 ? { en: 'a Party document writes number-type/issuer', vi: 'văn bản của Đảng viết số-loại/cơ quan' } : { en: 'a state document writes number/type-issuer', vi: 'văn bản nhà nước viết số/loại-cơ quan' });
      if (number !== n.trim()) problems.push({ en: 'a number below 10 takes a leading zero', vi: 'số nhỏ hơn 10 thêm số 0 phía trước' });
      let right = hd36 ? `${number}-${type}/${issuer}` : `${number}/${type}-${issuer}`;
      if (abbreviation && type !== abbreviation) {
        problems.push({ en: `the type abbreviation of ${typeName} is ${abbreviation}, not ${type}`, vi: `chữ viết tắt của ${typeName} là ${abbreviation}, không phải ${type}` });
        right = hd36 ? `${number}-${abbreviation}/${issuer}` : `${number}/${abbreviation}-${issuer}`;
      }
      if (right === written.trim()) return;
      if (problems.length === 0) problems.push({ en: 'no spaces inside', vi: 'viết liền, không có dấu cách' });
      const because = (lang: 'en' | 'vi') => problems.map((p) => p[lang]).join('; ');
      say(report, range, { en: `Write "${right}": ${because('en')}.`, vi: `Viết "${right}": ${because('vi')}.` }, fixable ? { range, newText: right } : undefined);
    };
    if (fields.number) check(fields.number.text, frontMatterTextRange(doc, 'number', fields.number), true);
    const line = header?.number;
    if (line) {
      const m = /^(Số|So)(\s*[:.]?\s*)(.*)$/iu.exec(line.text)!;
      const range = bodyTextRange(doc, line);
      if (m[1] !== 'Số' || m[2].trim() !== ':') {
        const right = `Số: ${m[3].trim()}`;
        say(report, range, { en: `Write "${right}": "Số" with a colon.`, vi: `Viết "${right}": chữ "Số" và dấu hai chấm.` }, line.start !== undefined ? { range, newText: right } : undefined);
      } else if (line.start !== undefined) {
        const start = line.start + line.text.length - m[3].length;
        check(m[3], { start: { line: line.line, character: start }, end: { line: line.line, character: line.end! } }, true);
      } else check(m[3], range, false);
    }
  },
};

function say(report: (r: RuleReport) => void, range: Range, message: Localized, edit?: { range: Range; newText: string }): void {
  const fix = edit ? { title: { en: `Write "${edit.newText}"`, vi: `Sửa thành "${edit.newText}"` }, edits: [edit] } : undefined;
  report({ range, message, ...(fix ? { fix } : {}) });
}
