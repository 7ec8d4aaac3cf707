import type { Localized } from '../i18n';
import { leadParagraph } from '../model/byline';
import type { Rule } from './types';

export const newsLead: Rule = {
  id: 'RW501',
  name: 'news-lead',
  description: {
    en: 'The lead paragraph of a meeting news report does not say when, where, or who chaired.',
    vi: 'Đoạn mở đầu của tin hội nghị không nêu thời gian, địa điểm hoặc người chủ trì.',
  },
  defaultSeverity: 'warning',
  fixable: false,
  check({ doc, report }) {
    if (doc.kind?.id !== 'meeting-news') return;
    const lead = leadParagraph(doc);
    if (!lead) {
      report({
        range: doc.lines.linesRange(doc.titleLine, doc.titleLine),
        message: {
          en: 'The news report has no lead paragraph: open with when, where, what and who chaired.',
          vi: 'Tin chưa có đoạn mở đầu: hãy mở đầu bằng thời gian, địa điểm, sự kiện và người chủ trì.',
        },
      });
      return;
    }
    const text = lead.content.normalize('NFC');
    if (PLACEHOLDER.test(text)) return; // not written yet: RW306 says so
    const missing = SLOTS().filter((slot) => !slot.patterns.some((p) => p.test(text)));
    if (missing.length === 0) return;
    const list = (lang: 'en' | 'vi') => missing.map((s) => s.name[lang]).join(lang === 'en' ? ', ' : ', ');
    report({
      range: doc.lines.linesRange(lead.startLine, lead.startLine),
      message: {
        en: `The lead paragraph does not say ${list('en')}: a news report of a meeting opens with when, where and who chaired.`,
        vi: `Đoạn mở đầu chưa nêu ${list('vi')}: tin hội nghị mở đầu bằng thời gian, địa điểm và người chủ trì.`,
      },
    });
  },
};

/** A lead that is still the template's placeholder. */
const PLACEHOLDER = /^\s*(?:…|\.\.\.|\[(?:…|\.\.\.)\]|TODO|TBD)\s*$/;

const NOT_LETTER_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_LETTER_AFTER = '(?![\\p{L}\\p{N}])';
const word = (source: string, flags = 'iu') => new RegExp(`${NOT_LETTER_BEFORE}(?:${source})${NOT_LETTER_AFTER}`, flags);

/** What a lead names, built the first time a news report's lead is read. */
let slots: Array<{ name: Localized; patterns: RegExp[] }> | undefined;
const SLOTS = (): Array<{ name: Localized; patterns: RegExp[] }> => (slots ??= [
  {
    name: { en: 'when', vi: 'thời gian' },
    patterns: [
      word('sáng|chiều|trưa|tối|đêm|rạng sáng|hôm nay|hôm qua|sáng nay|chiều nay|tối nay'),
      word('ngày|tháng|thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật'),
      /(?<!\d)\d{1,2}[-/.]\d{1,2}(?!\d)|(?<![\p{L}\p{N}_])\d{4}-\d{2}-\d{2}(?![\p{L}\p{N}_])/u,
      word('monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|this (?:morning|afternoon|week)|on \\d{1,2}'),
      // Month names as English writes them, capitalised ("On March 28", "Feb. 3"): in lower case, "may" and "march" are verbs.
      word('January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec', 'u'),
    ],
  },
  {
    name: { en: 'where', vi: 'địa điểm' },
    patterns: [
      word('tại|ở', 'u'),
      /(?<![\p{L}\p{N}])(?:in|at)\s+(?:the\s+)?(?:\p{Lu}|headquarters|office|hall|room)/u,
      word('online|virtually|trực tuyến'),
    ],
  },
  {
    name: { en: 'who chaired', vi: 'người chủ trì' },
    patterns: [word('chủ trì|chủ tọa|chủ toạ'), word('chair(?:ed|s|ing|man|woman|person)?|presided|led by|hosted by')],
  },
]);

