import type { OfficialText } from '../model/official';
import { bodyTextRange, documentStart, fieldRange, officialView } from './officialDoc';
import type { Rule } from './types';
import { lazyPattern } from '../text/gatedPattern';

/** The last item: "Lưu: VT, VP." (NĐ 30/2020 Phụ lục I mục 9.b) or the Party's "Lưu Văn phòng Tỉnh ủy." */
const ARCHIVE = lazyPattern(() => /^(?:[-+*•]\s*)?Lưu(?![\p{L}\p{N}])/iu);

/**
 * RW604: "Nơi nhận:" and its list (NĐ 30/2020/NĐ-CP Phụ lục I, mục 9.b): each item starts with
 * "- " and ends with ";", the last is "- Lưu: VT, …." and ends with ".". A front matter list is
 * punctuated by the export, so only its last item is checked there.
 *
 * Minutes (biên bản) have one too, and the rule checks it: Nơi nhận is a required part of every
 * administrative document (NĐ 30/2020 Điều 8.2, and Điều 7 counts the biên bản among them), and
 * the minutes form (Phụ lục III, Mẫu 1.9) puts "Nơi nhận: - …; - Lưu: VT, Hồ sơ." under the
 * signatures of the secretary and the chair. Its messages say so for minutes. Minutes that are
 * not official documents (no Quốc hiệu, no official front matter) are not checked at all.
 */
export const distribution: Rule = {
  id: 'RW604',
  name: 'distribution',
  description: {
    en: 'The "Nơi nhận:" list of an official document is missing, or its items do not start with "- " and end with ";", or it does not end with "- Lưu: VT, …."',
    vi: 'Văn bản thiếu "Nơi nhận:", hoặc các dòng nơi nhận không bắt đầu bằng "- " và kết thúc bằng ";", hoặc dòng cuối không phải "- Lưu: VT, …."',
  },
  defaultSeverity: 'warning',
  fixable: true,
  check({ doc, report }) {
    const view = officialView(doc);
    if (!view) return;
    const { fields, distribution: list } = view.parts;
    const archive = view.profile === 'hd36' ? '"- Lưu Văn phòng …."' : view.minutes ? '"- Lưu: VT, Hồ sơ."' : '"- Lưu: VT, …."';
    if (!list && !fields.distribution) {
      report({
        range: documentStart(doc),
        message:
          view.minutes && view.profile !== 'hd36'
            ? {
                en: `These minutes have no "Nơi nhận:" list: write it under the signatures of the secretary and the chair, or add \`distribution:\` to the front matter, ending with ${archive} (NĐ 30/2020, Phụ lục III, Mẫu 1.9).`,
                vi: `Biên bản chưa có "Nơi nhận:": ghi dưới chữ ký của thư ký và chủ tọa, hoặc thêm \`distribution:\` vào front matter, dòng cuối là ${archive} (NĐ 30/2020, Phụ lục III, Mẫu 1.9).`,
              }
            : {
                en: `This official document has no "Nơi nhận:" list: add \`distribution:\` to the front matter, ending with ${archive}.`,
                vi: `Văn bản chưa có "Nơi nhận:": thêm \`distribution:\` vào front matter, dòng cuối là ${archive}.`,
              },
      });
      return;
    }
    if (fields.distribution) {
      const last = fields.distribution[fields.distribution.length - 1];
      if (!ARCHIVE().test(last.text)) {
        report({
          range: fieldRange(doc, 'distribution'),
          message: { en: `The last place a document goes is the archive: end \`distribution\` with ${archive}.`, vi: `Nơi nhận cuối cùng là nơi lưu: kết thúc \`distribution\` bằng ${archive}.` },
        });
      }
    }
    if (!list) return;
    if (!list.label.text.includes(':')) {
      report({ range: bodyTextRange(doc, list.label), message: { en: 'Write "Nơi nhận:" with its colon.', vi: 'Viết "Nơi nhận:" có dấu hai chấm.' } });
    }
    if (list.items.length === 0) {
      report({ range: bodyTextRange(doc, list.label), message: { en: `"Nơi nhận:" lists no one: add its items, ending with ${archive}.`, vi: `"Nơi nhận:" chưa có nơi nào: thêm các nơi nhận, dòng cuối là ${archive}.` } });
      return;
    }
    list.items.forEach((item, i) => checkItem(doc, report, item, i === list.items.length - 1));
    const last = list.items[list.items.length - 1];
    if (!ARCHIVE().test(last.text)) {
      report({ range: bodyTextRange(doc, last), message: { en: `The last item of "Nơi nhận:" is the archive: ${archive}.`, vi: `Dòng cuối của "Nơi nhận:" là nơi lưu: ${archive}.` } });
    }
  },
};

function checkItem(doc: Parameters<Rule['check']>[0]['doc'], report: Parameters<Rule['check']>[0]['report'], item: OfficialText, last: boolean): void {
  const text = item.text;
  const end = last ? '.' : ';';
  const bullet = /^-\s/.test(text);
  const body = text.replace(/^[-+*•]\s*/, '');
  const punctuated = body.endsWith(end);
  if (bullet && punctuated) return;
  const right = `- ${body.replace(/[;,.:]+$/, '')}${end}`;
  const range = bodyTextRange(doc, item);
  const located = item.start !== undefined || doc.lines.line(item.line).includes(text);
  const problems = {
    en: [bullet ? '' : 'start with "- "', punctuated ? '' : `end with "${end}"`].filter(Boolean).join(' and '),
    vi: [bullet ? '' : 'bắt đầu bằng "- "', punctuated ? '' : `kết thúc bằng "${end}"`].filter(Boolean).join(' và '),
  };
  const newText = right;
  report({
    range,
    message: {
      en: `Each item of "Nơi nhận:" must ${problems.en}${last ? ' (the last ends with ".")' : ''}: "${right}".`,
      vi: `Mỗi dòng nơi nhận phải ${problems.vi}${last ? ' (dòng cuối kết thúc bằng ".")' : ''}: "${right}".`,
    },
    ...(located ? { fix: { title: { en: `Write "${newText}"`, vi: `Sửa thành "${newText}"` }, edits: [{ range, newText }] } } : {}),
  });
}
