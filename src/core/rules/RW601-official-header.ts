import { isMotto, isNationalTitle, isPartyTitle, MOTTO, NATIONAL_TITLE, PARTY_TITLE } from '../model/officialText';
import type { Localized } from '../i18n';
import { bodyTextRange, documentStart, officialView } from './officialDoc';
import type { Rule } from './types';

const PART_NAMES: Record<string, Localized> = {
  issuer: { en: 'the issuing body (issuer)', vi: 'tên cơ quan ban hành (issuer)' },
  number: { en: 'the number and symbol (number)', vi: 'số, ký hiệu (number)' },
  placeDate: { en: 'the place and date (place, date)', vi: 'địa danh, ngày tháng (place, date)' },
  type: { en: 'the type name (type)', vi: 'tên loại văn bản (type)' },
  subject: { en: 'the subject line (subject)', vi: 'trích yếu nội dung (subject)' },
};

/**
 * RW601: the header parts an official document must carry (NĐ 30/2020/NĐ-CP Điều 8.2 items 1–5;
 * HD 36-HD/VPTW), in the front matter or written in the body; and the Quốc hiệu, Tiêu ngữ or the
 * Party's header written exactly as the profile wants them. Minutes carry no place-and-date line:
 * the form of a biên bản (NĐ 30/2020 Phụ lục III, Mẫu 1.9) has "Số: …/BB-…" under the issuing
 * body and nothing under the Tiêu ngữ; the time is in the body.
 */
export const officialHeader: Rule = {
  id: 'RW601',
  name: 'official-header',
  description: {
    en: 'An official document lacks a header part its profile requires (issuing body, number, place and date, type, subject), or its Quốc hiệu, Tiêu ngữ or Party header is not written exactly.',
    vi: 'Văn bản hành chính thiếu thành phần thể thức bắt buộc (tên cơ quan, số ký hiệu, địa danh ngày tháng, tên loại, trích yếu), hoặc Quốc hiệu, Tiêu ngữ, tiêu đề Đảng viết chưa đúng.',
  },
  defaultSeverity: 'warning',
  fixable: true,
  check({ doc, report }) {
    const view = officialView(doc);
    if (!view) return;
    const { fields, header } = view.parts;
    const missing: string[] = [];
    if (!fields.issuer && !header?.issuer) missing.push('issuer');
    if (!fields.number && !header?.number) missing.push('number');
    // Minutes have no place-and-date line: their time is in the body (Phụ lục III, Mẫu 1.9).
    if (!(fields.place && fields.date) && !header?.placeDate && !view.minutes) missing.push('placeDate');
    if (!fields.type && !header?.type && !view.kind) missing.push('type');
    if (!fields.subject && !header?.subject) missing.push('subject');
    if (missing.length > 0) {
      const list = (lang: 'en' | 'vi') => missing.map((m) => PART_NAMES[m][lang]).join(', ');
      const form = view.profile === 'hd36' ? 'HD 36-HD/VPTW' : 'NĐ 30/2020/NĐ-CP';
      report({
        range: documentStart(doc),
        message: {
          en: `This official document has no ${list('en')}: write ${missing.length > 1 ? 'them' : 'it'} in the front matter or in the header (${form}).`,
          vi: `Văn bản chưa có ${list('vi')}: ghi vào front matter hoặc phần đầu văn bản (${form}).`,
        },
      });
    }

    const title = header?.nationalTitle;
    if (title) {
      const range = bodyTextRange(doc, title);
      if (view.profile === 'nd30' && isPartyTitle(title.text)) {
        report({ range, message: { en: `"${PARTY_TITLE}" heads a Party document (HD 36), but this document's profile is nd30: write "${NATIONAL_TITLE}" or set "profile: hd36".`, vi: `"${PARTY_TITLE}" là tiêu đề văn bản của Đảng (HD 36), nhưng văn bản theo thể thức nd30: ghi "${NATIONAL_TITLE}" hoặc đặt "profile: hd36".` } });
      } else if (view.profile === 'hd36' && isNationalTitle(title.text)) {
        report({ range, message: { en: `A Party document (hd36) is headed "${PARTY_TITLE}", not by the Quốc hiệu.`, vi: `Văn bản của Đảng (hd36) có tiêu đề "${PARTY_TITLE}", không ghi Quốc hiệu.` } });
      } else {
        const exact = view.profile === 'hd36' ? PARTY_TITLE : NATIONAL_TITLE;
        if (title.text.normalize('NFC') !== exact) exactly(report, range, title.text, exact, title.start !== undefined);
      }
    }
    const motto = header?.motto;
    if (motto && isMotto(motto.text)) {
      const range = bodyTextRange(doc, motto);
      if (view.profile === 'hd36') {
        report({ range, message: { en: 'A Party document (hd36) has no Tiêu ngữ: its header is "ĐẢNG CỘNG SẢN VIỆT NAM" alone.', vi: 'Văn bản của Đảng (hd36) không có Tiêu ngữ: tiêu đề chỉ là "ĐẢNG CỘNG SẢN VIỆT NAM".' } });
      } else if (motto.text.normalize('NFC') !== MOTTO) exactly(report, range, motto.text, MOTTO, motto.start !== undefined);
    }
  },
};

function exactly(report: Parameters<Rule['check']>[0]['report'], range: ReturnType<typeof bodyTextRange>, written: string, exact: string, located: boolean): void {
  report({
    range,
    message: {
      en: `"${written}" must be written exactly "${exact}" (NĐ 30/2020, Phụ lục I).`,
      vi: `"${written}" phải viết đúng là "${exact}" (NĐ 30/2020, Phụ lục I).`,
    },
    ...(located ? { fix: { title: { en: `Write "${exact}"`, vi: `Sửa thành "${exact}"` }, edits: [{ range, newText: exact }] } } : {}),
  });
}
