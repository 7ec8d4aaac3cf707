import { gatedBounded, type GatedPattern } from '../text/gatedPattern';
import { settledPattern, type SettledPattern } from '../text/settledPattern';
import { lowerAsCaseless } from '../text/fold';
import { colonAt, LABEL, LABEL_LINES } from './labels';

/**
 * What says a document is the minutes of a meeting besides the roles of its parts: a title that
 * names one meeting by its date ("SRT meeting 2024-01-10", "Họp nhóm ngày 10/01/2024"), a title
 * that names minutes outright ("Biên bản họp", "Meeting minutes"), and the steps of a meeting's
 * procedure as headings or labels ("Call to Order", "Roll Call", "Approval of Minutes",
 * "Motion:"; "Chủ trì:", "Thư ký:", "Thông qua biên bản"). Patterns are written in lower case
 * and matched against text in lower case as `/iu` reads it (`lowerAsCaseless`).
 */

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/** A date with its year ("2024-01-10", "10/01/2024", "January 10, 2024", "10 Jan 2024"). */
const DATE = `(?:\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}|${MONTH}\\.? \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}|\\d{1,2}(?:st|nd|rd|th)? ${MONTH}\\.?,? \\d{4})`;
/** A Vietnamese date, its year maybe left out ("10/01", "ngày 10/01/2024"). */
const DATE_VI = '(?:\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[-/.]\\d{1,2}(?:[-/.]\\d{2,4})?)';
const MEETING = '(?:meeting|sync|stand-?up)(?: notes| minutes)?';
/** Meetings a team holds and keeps minutes of: "Họp nhóm", "Họp sprint", "Buổi họp định kỳ". */
const TEAM_MEETING = '(?:buổi |cuộc )?họp (?:nhóm|team|sprint|dự án|đồ án|định kỳ|giao ban|tuần|tháng|lớp|tổ|ban dự án)';

/**
 * A title that names one meeting by its date: "<group> meeting <date>", "<date> <group> meeting",
 * "Họp nhóm … <date>". The commonest title of open-source minutes; a news report of a meeting is
 * titled by what was said, not by the meeting and its date.
 */
export const DATED_MEETING_SOURCE = () =>
  new RegExp(
    `${MEETING}[ \\t]*[-–—:,|(#]?[ \\t]*(?:of |on |held on )?\\(?${DATE}(?![\\p{N}])|^\\(?${DATE}\\)?[ \\t]*[-–—:,|]?[ \\t]*(?:[\\p{L}\\p{N}&'’.-]+ ){0,4}${MEETING}$|${TEAM_MEETING}(?: [^\\n]{0,60}?)?(?: |-|–|\\()(?:ngày )?${DATE_VI}(?![\\p{N}])`,
    'u',
  );

/**
 * The dated-meeting pattern, run on text in lower case as `/iu` reads it. Every alternative holds
 * a meeting's word and a digit: a title without both is answered without building the pattern,
 * whose Unicode classes and some forty alternatives cost V8 about 10 ms to compile, and 2 ms more
 * to compile to machine code on its second run, which a lint of any titled report paid.
 */
export const DATED_MEETING: GatedPattern = gatedBounded((text) => /meeting|sync|stand-?up|họp/u.test(text) && /\d/u.test(text), DATED_MEETING_SOURCE, { before: 'L' });

/** Titles that name minutes outright, whatever the body holds: the writer says what the document is. */
const OUTRIGHT = gatedBounded((text) => /biên bản|minutes/u.test(text), () => /biên bản (?:họp|cuộc họp|hội nghị|giao ban|chốt)|meeting minutes|minutes of (?:the |a |an )?(?:[\p{L}\p{N}'’&.-]+ ){0,5}?meeting/u, { before: 'L', after: 'L' });

/** Whether a title (any case) names the minutes of a meeting outright or by the meeting's date. */
export function titleNamesMinutes(title: string | undefined): boolean {
  if (!title || title.length > 500) return false;
  const text = lowerAsCaseless(title.normalize('NFC')).trim();
  return OUTRIGHT.test(text) || DATED_MEETING.test(text);
}

/**
 * The steps of a meeting's procedure, as headings ("III. Roll Call", "Thông qua biên bản") or as
 * labels ("Motion:", "Chủ trì:", "Thư ký:"): Robert's Rules and NĐ 30/2020's minutes.
 */
const PROCEDURE: Array<[string, SettledPattern]> = [
  ['call-to-order', settledPattern(() => /^(?:call(?:ed)? to order|khai mạc)(?![\p{L}\p{N}])/u)],
  ['roll-call', settledPattern(() => /^(?:roll call|điểm danh)(?![\p{L}\p{N}])/u)],
  ['quorum', settledPattern(() => /^(?:(?:determination of )?quorum|kiểm tra số lượng thành viên|xác định số lượng thành viên)(?![\p{L}\p{N}])/u)],
  ['approval-of-minutes', settledPattern(() => /^(?:approval of (?:the )?(?:[\p{L}\p{N}'’&.,-]+ ){0,6}?minutes|approve the minutes|thông qua biên bản)(?![\p{L}\p{N}])/u)],
  ['approval-of-agenda', settledPattern(() => /^(?:approval of (?:the )?agenda|adoption of (?:the )?agenda|thông qua chương trình(?: họp| làm việc)?)(?![\p{L}\p{N}])/u)],
  ['motion', settledPattern(() => /^(?:motions?|(?:main |substitute )?motion to [\p{L}]+)(?![\p{L}\p{N}])/u)],
  ['business', settledPattern(() => /^(?:old|new|unfinished) business(?![\p{L}\p{N}])/u)],
  ['public-comment', settledPattern(() => /^public (?:comments?|participation)(?![\p{L}\p{N}])/u)],
  ['adjournment', settledPattern(() => /^(?:adjourn(?:ment|ed)?|bế mạc|kết thúc cuộc họp)(?![\p{L}\p{N}])/u)],
  ['chair', settledPattern(() => /^(?:chủ trì|chủ tọa|chủ toạ|chair|chairperson|chaired by)$/u)],
  ['secretary', settledPattern(() => /^(?:thư ký|người ghi biên bản|người ghi|note ?taker|minute ?taker|minutes taker|scribe)$/u)],
  ['start-time', settledPattern(() => /^thời gian bắt đầu$/u)],
];

/** How many steps of a meeting's procedure make a document minutes without a title that says so. */
export const PROCEDURE_STEPS = 3;

/**
 * The distinct steps of a meeting's procedure among section titles and the labels that open the
 * lines of paragraphs (their first LABEL_LINES lines; at most 400 paragraphs are read).
 */
export function procedureSteps(titles: Iterable<string>, paragraphs: ReadonlyArray<{ content: string }>): number {
  const found = new Set<string>();
  const note = (text: string) => {
    const plain = lowerAsCaseless(text.normalize('NFC')).replace(/[*_`]/g, '').trim();
    for (const [step, pattern] of PROCEDURE) if (!found.has(step) && pattern(plain).test(plain)) found.add(step);
  };
  for (const title of titles) if (title.length <= 200) note(title);
  for (const p of paragraphs.slice(0, 400)) {
    for (const line of p.content.split('\n', LABEL_LINES)) {
      const colon = colonAt(line);
      if (colon <= 0 || colon >= 70) continue;
      const m = LABEL.exec(line);
      if (m) note(m[1]);
    }
  }
  return found.size;
}
