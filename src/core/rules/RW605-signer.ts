import type { OfficialText } from '../model/official';
import { AUTHORITY_LINE } from '../model/officialText';
import type { Range } from '../text/lineIndex';
import { documentStart, officialView, textRange } from './officialDoc';
import type { Rule, RuleReport } from './types';
import { lazyPattern } from '../text/gatedPattern';

/** NĐ 30/2020 Phụ lục I mục 7: TM., KT., TL., TUQ., Q.; HD 36: T/M, K/T, T/L. */
const STATE = lazyPattern(() => /^(TM|KT|TL|TUQ|Q)\.\s+\p{Lu}/u);
const PARTY = lazyPattern(() => /^(T\/M|K\/T|T\/L)\s+\p{Lu}/u);
const STATE_OF_PARTY: Record<string, string> = { 'T/M': 'TM.', 'K/T': 'KT.', 'T/L': 'TL.' };
const PARTY_OF_STATE: Record<string, string> = { TM: 'T/M', KT: 'K/T', TL: 'T/L' };
/** An academic title before the name, which the signature does not carry (NĐ 30/2020 Phụ lục I mục 7.d). */
const ACADEMIC = /^(?:GS\.?\s*TS|PGS\.?\s*TS|GS|PGS|TS|ThS|KS|BS|CN|TSKH)\.?\s+/u;

/**
 * RW605: the signer's authority prefix fits the profile, and the title and the name are there
 * (NĐ 30/2020/NĐ-CP Phụ lục I mục 7; HD 36-HD/VPTW). The fix converts the prefix.
 */
export const signer: Rule = {
  id: 'RW605',
  name: 'signer',
  description: {
    en: 'The signature block of an official document is missing, lacks the title or the name, or its authority prefix does not fit the profile (TM., KT., TL., TUQ., Q. for nd30; T/M, K/T, T/L for hd36).',
    vi: 'Văn bản thiếu phần chữ ký, thiếu chức vụ hoặc họ tên người ký, hoặc ghi quyền hạn ký không đúng thể thức (TM., KT., TL., TUQ., Q. theo nd30; T/M, K/T, T/L theo hd36).',
  },
  defaultSeverity: 'warning',
  fixable: true,
  check({ doc, report }) {
    const view = officialView(doc);
    if (!view) return;
    const body = view.parts.signer;
    const fm = view.parts.fields.signer;
    const s = fm ?? body;
    if (!s) {
      report({
        range: documentStart(doc),
        message: {
          en: 'This official document has no signature block: add `signer:` with `authority`, `title` and `name` to the front matter.',
          vi: 'Văn bản chưa có phần chữ ký: thêm `signer:` với `authority`, `title`, `name` vào front matter.',
        },
      });
      return;
    }
    const at = (t: OfficialText) => textRange(doc, 'signer', t);
    const anchor: Range = fm ? at((fm.authority ?? fm.title ?? fm.name)!) : doc.lines.linesRange(body!.startLine, body!.startLine);
    if (s.authority) checkAuthority(report, s.authority, at(s.authority), view.profile === 'hd36');
    if (!s.title) {
      const examples = titleExamples(s.authority?.text);
      report({ range: anchor, message: { en: `The signature block has no title (chức vụ) of the signer, for example ${examples}.`, vi: `Phần chữ ký chưa có chức vụ người ký, ví dụ ${examples}.` } });
    }
    else if (/\p{Ll}/u.test(s.title.text)) {
      const right = s.title.text.toLocaleUpperCase('vi');
      const range = at(s.title);
      report({ range, message: { en: `The signer's title is written in capitals: "${right}".`, vi: `Chức vụ người ký viết in hoa: "${right}".` }, fix: { title: { en: `Write "${right}"`, vi: `Sửa thành "${right}"` }, edits: [{ range, newText: right }] } });
    }
    if (!s.name) report({ range: anchor, message: { en: 'The signature block has no name of the signer.', vi: 'Phần chữ ký chưa có họ tên người ký.' } });
    else if (ACADEMIC.test(s.name.text)) {
      report({ range: at(s.name), message: { en: `The signer's name carries no academic title: "${s.name.text.replace(ACADEMIC, '')}".`, vi: `Họ tên người ký không kèm học hàm, học vị: "${s.name.text.replace(ACADEMIC, '')}".` } });
    }
  },
};

/**
 * Titles that fit the authority, as examples (NĐ 30/2020 Phụ lục I mục 7): "KT. GIÁM ĐỐC" is
 * signed by the deputy, "PHÓ GIÁM ĐỐC"; "TL.", "TUQ." by the head of a unit; else the head.
 */
function titleExamples(authority: string | undefined): string {
  const m = authority ? /^(TM|KT|TL|TUQ|Q|T\/M|K\/T|T\/L)[./]?\s+(.+)$/u.exec(authority.trim()) : null;
  if (m && (m[1] === 'KT' || m[1] === 'K/T') && !/^PHÓ\s/u.test(m[2])) return `"PHÓ ${m[2]}"`;
  if (m && (m[1] === 'TL' || m[1] === 'T/L' || m[1] === 'TUQ')) return '"CHÁNH VĂN PHÒNG", "TRƯỞNG PHÒNG"';
  return '"CHỦ TỊCH", "GIÁM ĐỐC"';
}

function checkAuthority(report: (r: RuleReport) => void, authority: OfficialText, range: Range, hd36: boolean): void {
  const text = authority.text;
  if ((hd36 ? PARTY : STATE)().test(text)) return;
  if (!AUTHORITY_LINE.test(text)) return;
  const m = /^(T\s*\/\s*M|K\s*\/\s*T|T\s*\/\s*L|T\.?\s*M|K\.?\s*T|T\.?\s*L|TUQ|Q)[./]?\s*(.*)$/u.exec(text);
  if (!m) return;
  const letters = m[1].replace(/[\s./]/g, '');
  const prefix = hd36 ? PARTY_OF_STATE[letters] : letters.length === 2 && STATE_OF_PARTY[`${letters[0]}/${letters[1]}`] ? STATE_OF_PARTY[`${letters[0]}/${letters[1]}`] : `${letters}.`;
  const message = hd36
    ? { en: `A Party document (hd36) writes the authority T/M, K/T or T/L: "${prefix ?? 'T/M'} ${m[2]}".`, vi: `Văn bản của Đảng (hd36) ghi quyền hạn ký là T/M, K/T hoặc T/L: "${prefix ?? 'T/M'} ${m[2]}".` }
    : { en: `A state document (nd30) writes the authority TM., KT., TL., TUQ. or Q.: "${prefix} ${m[2]}".`, vi: `Văn bản nhà nước (nd30) ghi quyền hạn ký là TM., KT., TL., TUQ. hoặc Q.: "${prefix} ${m[2]}".` };
  const right = prefix ? `${prefix} ${m[2]}` : undefined;
  report({ range, message, ...(right && right !== text ? { fix: { title: { en: `Write "${right}"`, vi: `Sửa thành "${right}"` }, edits: [{ range, newText: right }] } } : {}) });
}
