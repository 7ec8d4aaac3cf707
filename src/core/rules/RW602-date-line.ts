import { capitalisePlace, formatPlaceDate, isRealDate, parseFieldDate, parsePlaceDate } from '../model/officialDate';
import { bodyTextRange, frontMatterTextRange, officialView } from './officialDoc';
import type { Rule } from './types';

/**
 * RW602: the place-and-date line as NĐ 30/2020/NĐ-CP Phụ lục I (mục 4) writes it: "Hà Nội, ngày
 * 05 tháng 01 năm 2026". Checked where it is written in the body, and in the front matter's
 * `place` (capitalised) and `date` (a date that exists, ISO or in words).
 */
export const dateLine: Rule = {
  id: 'RW602',
  name: 'date-line',
  description: {
    en: 'The place-and-date line of an official document is not written "Hà Nội, ngày 05 tháng 01 năm 2026" (place capitalised, a comma, "ngày … tháng … năm", a leading zero on days below 10 and months 1–2).',
    vi: 'Dòng địa danh, ngày tháng của văn bản chưa viết đúng dạng "Hà Nội, ngày 05 tháng 01 năm 2026" (địa danh viết hoa, có dấu phẩy, "ngày … tháng … năm", thêm số 0 trước ngày dưới 10 và tháng 1, 2).',
  },
  defaultSeverity: 'warning',
  fixable: true,
  check({ doc, report }) {
    const view = officialView(doc);
    if (!view) return;
    const { header, fields } = view.parts;
    const written = header?.placeDate;
    if (written) {
      const date = parsePlaceDate(written.text);
      const range = bodyTextRange(doc, written);
      if (date && !isRealDate(date)) {
        report({ range, message: { en: `"${written.text}" is not a date that exists.`, vi: `"${written.text}" không phải ngày có thật.` } });
      } else if (date) {
        const monthZero = /tháng\s+0\d|[/.-]0\d[/.-]/iu.test(written.text);
        const right = formatPlaceDate(date, view.profile === 'hd36' && monthZero);
        if (written.text.normalize('NFC') !== right) {
          report({
            range,
            message: {
              en: `Write the place and date as "${right}": the place capitalised and followed by a comma, "ngày … tháng … năm", a leading zero on days below 10 and on months 1 and 2 (NĐ 30/2020, Phụ lục I).`,
              vi: `Viết địa danh, ngày tháng là "${right}": địa danh viết hoa, sau có dấu phẩy, ghi "ngày … tháng … năm", thêm số 0 trước ngày dưới 10 và tháng 1, 2 (NĐ 30/2020, Phụ lục I).`,
            },
            ...(written.start !== undefined ? { fix: { title: { en: `Write "${right}"`, vi: `Sửa thành "${right}"` }, edits: [{ range, newText: right }] } } : {}),
          });
        }
      }
    }
    if (fields.place) {
      const right = capitalisePlace(fields.place.text);
      if (right !== fields.place.text.normalize('NFC')) {
        const range = frontMatterTextRange(doc, 'place', fields.place);
        report({
          range,
          message: { en: `The place name is capitalised: "${right}".`, vi: `Địa danh viết hoa: "${right}".` },
          fix: { title: { en: `Write "${right}"`, vi: `Sửa thành "${right}"` }, edits: [{ range, newText: right }] },
        });
      }
    }
    if (fields.date) {
      const date = parseFieldDate(fields.date.text);
      if (!date || !isRealDate(date)) {
        report({
          range: frontMatterTextRange(doc, 'date', fields.date),
          message: {
            en: `"${fields.date.text}" is not a date: write it as 2026-01-05 (the export prints "ngày 05 tháng 01 năm 2026").`,
            vi: `"${fields.date.text}" không phải ngày hợp lệ: ghi dạng 2026-01-05 (bản xuất in "ngày 05 tháng 01 năm 2026").`,
          },
        });
      }
    }
  },
};
