/**
 * Words around a role's name in a title (matchRole.ts): those that qualify or count it before
 * it, and the names of a role that follow who they are about.
 */

/**
 * Words a title may start with before the role's name: "Team accomplishments", "Our priorities",
 * "Latest achievements", "User-visible impact", "TSC Attendees", "Về kiến nghị" (and a year:
 * "2025 accomplishments").
 */
const LEADING_WORDS = new Set([
  'the', 'our', 'team', 'project', 'group', 'my', 'sig', 'wg', 'tsc', 'key', 'main', 'overall',
  // Not "other", "additional", "một số": "Other blockers" after "Blockers" is more of a part the
  // report already has, which RW004 would then call a duplicate.
  'latest', 'recent', 'notable', 'major', 'current', 'final', 'top', 'user-visible', 'customer-facing',
  // "Proposed next steps", "Suggested priorities": what the writer proposes to do is still that part.
  'proposed', 'suggested', 'recommended',
  // "Strategic priorities", "Quarterly highlights", "Monthly accomplishments": the plan or the work of the period.
  'strategic', 'weekly', 'monthly', 'quarterly', 'annual', 'yearly',
  'các', 'những', 'về',
]);

/**
 * How many of them the title lists: "Bốn quyết định", "Ba nhiệm vụ trọng tâm", "Three decisions",
 * "Top 5 priorities" (digits too). Not "một số", "some", "other": "Một số kết quả nổi bật" after
 * "Kết quả" is more of that part, not a part of its own ("số" names no role, so it stays so).
 */
const COUNT_WORDS = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười',
]);

/** Vietnamese words of two syllables a title may start with the same way: "Tổng hợp kết quả nghiệm thu", "Báo cáo kết quả", "Mô tả các nhiệm vụ đã thực hiện". */
export const LEADING_PAIRS = new Set(['tổng hợp', 'báo cáo', 'mô tả']);

/** Whether a word (in comparable form) before a role's name only qualifies or counts it, or names its period: "our", "key", "các", "4", "bốn", "three", "q3", "2025". */
export function qualifies(word: string): boolean {
  return LEADING_WORDS.has(word) || COUNT_WORDS.has(word) || PERIOD_WORD.test(word);
}

/** A count (digits), a year, or a part of one as business reports write it before a role's name: "Q3 priorities", "Q3 2025 goals", "H1 highlights", "2025 accomplishments". */
const PERIOD_WORD = /^(?:\d{1,3}|(?:19|20)\d\d|q[1-4]|h[12])$/;

/**
 * Names of a role that stand after who they are about: "Staff present", "Others present",
 * "Guests attending", "Thành viên có mặt", "Khách mời tham dự", "Đại biểu dự họp".
 */
const AFTER_WHO = [' present', ' in attendance', ' attending', ' có mặt', ' tham dự', ' dự họp'];
/** Words that make such a title the opposite ("Not present", "Members not in attendance", "Không có mặt"). */
const NEGATIONS = new Set(['not', 'no', 'absent', 'không', 'chưa', 'vắng']);
/** The most words before such a name: who they are ("RTD staff", "Những người"), not a sentence. */
const WHO_WORDS = 3;

/**
 * The name of a role that a title (in comparable form) ends with after who it is about, with
 * nothing else in the title but a few words naming them: "rtd staff present" → "present".
 */
export function namedAfterWho(normalized: string): string | undefined {
  for (const name of AFTER_WHO) {
    if (!normalized.endsWith(name)) continue;
    const who = normalized.slice(0, -name.length).trim().split(' ');
    if (who[0] === '' || who.length > WHO_WORDS || who.some((w) => NEGATIONS.has(w))) return undefined;
    return name.slice(1);
  }
  return undefined;
}

/**
 * Words after a proposal's name that say what to do next ("Đề xuất thứ tự làm tiếp theo",
 * "Đề xuất các bước tiếp theo", "Suggestions for next steps"): the proposal is the plan itself,
 * not a request to someone else. Not a later period ("Kiến nghị năm tới", "Recommendations for
 * next year"): those stay recommendations.
 */
const NEXT_WORK = /(?:^| )(?:(?:làm|bước|việc|công việc|hành động) tiếp(?: theo)?|next (?:steps?|actions?|tasks?|work)|(?:to )?do next)(?= |$)/u;

/** Whether the words after a proposal's name (in comparable form) say what to do next. */
export function proposesNextWork(rest: string): boolean {
  return NEXT_WORK.test(rest);
}
