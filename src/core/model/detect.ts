import { parsePeriod } from './reportPeriod';
import type { ReportKind } from '../kinds/kind';
import type { ReportPart } from './parts';
import { bounded, type GatedPattern } from '../text/gatedPattern';
import { settledPattern } from '../text/settledPattern';
import { lowerAsCaseless } from '../text/fold';
import { isLetterOrDigitChar } from '../text/wordCharacters';
import { DATED_MEETING } from './minutesCues';

/**
 * Words in a report's title that name its kind ("Biên bản họp…", "Outage Postmortem", "2024
 * Annual Report"), not inside a longer word. Tried in order; the first that occurs wins. The
 * letter boundaries are read by `bounded` (which builds no Unicode class for the letters of
 * Vietnamese and English titles). Written in lower case and matched against the title in lower
 * case as `/iu` reads it (`lowerAsCaseless`): without the `i` flag, V8 compiles them without
 * working out the case variants of every Vietnamese letter, which a command-line run would pay at
 * every start.
 */
const TITLE_KINDS: Array<{ kind: string; pattern: GatedPattern; byDate?: true }> = [
  { kind: 'conclusion-notice', pattern: bounded(/thông báo kết luận|conclusion notice/u, { before: 'L', after: 'L' }) },
  {
    kind: 'minutes',
    pattern: bounded(/biên bản (?:họp|cuộc họp|hội nghị|làm việc|giao ban)|biên bản|minutes|meeting notes|notes of the meeting/u, { before: 'L', after: 'L' }),
  },
  // "Sprint 3 Standup 1", "Standup 2026-03-02", "Daily standup notes": what each did, will do and
  // is blocked by, a status report's three parts (named before a dated meeting is).
  { kind: 'status', pattern: bounded(/stand-?ups?(?: meeting| notes)?|daily scrum/u, { before: 'L', after: 'L' }) },
  // "SRT meeting 2024-01-10", "Họp nhóm ngày 10/01/2024": one meeting, named by its date.
  { kind: 'minutes', pattern: DATED_MEETING, byDate: true },
  // "Agenda TA meeting week 4", "Họp nhóm tuần 5": a meeting named by its week, not a week's status report.
  { kind: 'minutes', pattern: bounded(/(?:meeting|họp)(?: \S+){0,3}? (?:week|tuần) ?\d{1,2}/u, { before: 'L', after: 'N' }), byDate: true },
  {
    kind: 'post-mortem',
    pattern: bounded(/post-?mortem|incident (?:report|review|analysis)|outage (?:report|review)|báo cáo sự cố|root cause analysis|rca|(?:incident|outage)(?= (?:on|of|at|in) |$)/u, { before: 'L', after: 'L' }),
  },
  {
    kind: 'annual-report',
    pattern: bounded(/annual report|activity report \d{4}|\d{4} activity report|báo cáo thường niên|báo cáo hằng năm|báo cáo hàng năm|báo cáo hoạt động năm|đánh giá thường niên|đánh giá hằng năm|đánh giá hàng năm/u, { before: 'L', after: 'L' }),
  },
  {
    kind: 'status',
    pattern: bounded(/(?:(?:weekly |monthly |biweekly |bi-weekly )?status (?:report|update)|weekly (?:progress |status )?(?:reports?|updates?|summary|status)|(?:weekly|monthly) recap|progress reports?|worklog|work log|nhật ký công việc|báo cáo (?:công việc )?tuần|báo cáo tiến độ|sprint (?:\d{1,3}:? )?(?:reports?|summary|status|update)|báo cáo (?:kết quả )?sprint|tuần ?\d{1,2}(?:\/\d{1,2})?|week ?\d{1,2})/u, { before: 'L', after: 'L' }),
  },
  { kind: 'plan', pattern: bounded(/^\s*(?:kế hoạch)/u, { after: 'L' }) },
  {
    kind: 'meeting-news',
    pattern: bounded(/hội nghị|hội thảo|tọa đàm|toạ đàm|họp báo|cuộc họp|kỳ họp|phiên họp|buổi làm việc|đại hội/u, { before: 'L', after: 'L' }),
  },
  // "Sprint 3 retrospective", "Retro tuần 12", "Họp rút kinh nghiệm dự án": what went well, what
  // did not, what the team will change.
  { kind: 'retrospective', pattern: bounded(/retrospective|retro|họp rút kinh nghiệm|buổi rút kinh nghiệm|rút kinh nghiệm (?:sprint|dự án|đợt)/u, { before: 'L', after: 'L' }) },
  {
    kind: 'review',
    pattern: bounded(/báo cáo tổng kết|tổng kết (?:công tác )?năm|sơ kết|year-end review|end-of-year review|annual review|(?:year )?in review|\d{4} review|review of \d{4}|\d{4} recap|recap of \d{4}|year(?:-end| in)? recap|sprint review|tổng kết sprint|tổng kết \d{4}|nhìn lại (?:năm|\d{4})|điểm lại (?:năm )?\d{4}|tự nhận xét/u, { before: 'L', after: 'L' }),
  },
  // A monthly work report ("Báo cáo công tác tháng 10/2026", "Monthly report — October"): a
  // status report, when the title starts so. Tried last: a plan or a review may speak of the
  // monthly reports ("Kế hoạch triển khai chế độ báo cáo tháng", "Báo cáo công tác tháng 12 và
  // tổng kết năm 2026"), and a title that only mentions them ("Hướng dẫn lập báo cáo tháng") names none.
  {
    kind: 'status',
    pattern: bounded(/^\s*(?:báo cáo (?:kết quả )?(?:công tác |công việc |hoạt động )?tháng|monthly (?:reports?|updates?|summary|status))/u, { after: 'L' }),
  },
];

/**
 * "Annual review" names this product's periodic review (its English template's title) and a
 * project's yearly report to its foundation (a CNCF "annual review"): the title names the review,
 * and the annual report instead when fewer of that kind's required parts are missing (detection.ts).
 */
const ALSO_ANNUAL_REPORT = bounded(/annual review/u, { before: 'L', after: 'L' });

/**
 * A title from its first letter or digit: an emoji, a bullet or a bracket before it ("📈 Monthly
 * report", "📆 Monthly Summary – Tháng 05-06/2025", "» Kế hoạch…") is decoration, and the title
 * patterns that read how a title starts would not see its words.
 */
function fromFirstWord(title: string): string {
  let i = 0;
  while (i < title.length && !isLetterOrDigitChar(title[i])) i++;
  return i === 0 ? title : title.slice(i);
}

/** The kind a title may name instead of `named`, when it fits the text better; undefined when none. */
export function otherKindOfTitle(title: string | undefined, named: string | undefined): string | undefined {
  if (named !== 'review' || !title) return undefined;
  return ALSO_ANNUAL_REPORT.test(lowerAsCaseless(title.normalize('NFC'))) ? 'annual-report' : undefined;
}

/**
 * The kind a title names, among the kinds that exist; undefined when it names none. With
 * `outright`, only a kind the title names in words: a meeting named by its date ("Họp giao ban
 * ngày 12/3/2026", "Weekly sync 2026-03-12") may be minutes, a status meeting's report or its
 * news, and names no kind outright.
 */
export function kindOfTitle(title: string | undefined, known: (id: string) => boolean, outright = false): string | undefined {
  if (!title) return undefined;
  const text = lowerAsCaseless(fromFirstWord(title.normalize('NFC')));
  return TITLE_KINDS.find((t) => known(t.kind) && !(outright && t.byDate) && t.pattern.test(text))?.kind;
}

/**
 * Front matter fields in which a site generator's page names what it is (Jekyll, Hugo: `title:
 * weekly update 2015-04-24`, `categories: [steering group minutes]`, `slug`, `tags`, `type`).
 */
const KIND_NAMING_FIELDS = ['title', 'slug', 'type', 'category', 'categories', 'tags'];

/**
 * The kind the front matter's naming fields name (a string each, or a list of strings), among
 * the kinds that exist: for a page whose heading names no kind ("Phát hành io.js 1.8.1" under
 * `title: weekly update`). Undefined when none does.
 */
export function kindOfFields(field: (key: string) => unknown, known: (id: string) => boolean): string | undefined {
  for (const key of KIND_NAMING_FIELDS) {
    const value = field(key);
    for (const item of Array.isArray(value) ? value.slice(0, 20) : [value]) {
      // A tag or a category names a kind in words alone: "10 minutes", "Week 3" name none.
      const words = typeof item === 'string' && item.length <= 200 && (key === 'title' || key === 'slug' || !/\d/.test(item));
      const kind = words ? kindOfTitle(item as string, known) ?? (key !== 'title' && key !== 'slug' ? cadenceTag(item as string, known, titleIsPeriod(field('title'))) : undefined) : undefined;
      if (kind) return kind;
    }
  }
  return undefined;
}

/** A tag or category that is how often the page comes ("monthly", "weekly-update", "báo cáo tuần"): a status report's, as a team's monthly update tags it. */
function cadenceTag(item: string, known: (id: string) => boolean, titleIsPeriod: boolean): string | undefined {
  const tag = lowerAsCaseless(item.normalize('NFC')).trim().replace(/[-_]+/g, ' ');
  if (!known('status')) return undefined;
  if (/^(?:(?:bi ?weekly|weekly|monthly|hằng tuần|hàng tuần|hằng tháng|hàng tháng) (?:updates?|reports?|status)|báo cáo (?:tuần|tháng))$/u.test(tag)) return 'status';
  // A bare "monthly" or "weekly" tags a blog's series as well: a report's only when its title is the period ("March 2025", "2025-03", "Week 12").
  return /^(?:bi ?weekly|weekly|monthly|hằng tuần|hàng tuần|hằng tháng|hàng tháng)$/u.test(tag) && titleIsPeriod ? 'status' : undefined;
}

/** Whether a front matter title is a period shorter than a year and nothing else, as `period:` reads one: "March 2025", "2025-03", "2025-W12", "Tháng 3/2025". */
function titleIsPeriod(title: unknown): boolean {
  if (typeof title !== 'string' || title.length > 40) return false;
  const period = parsePeriod(title);
  return period !== undefined && period.unit !== undefined;
}

/** The kinds whose names in a title are specific enough to override a front matter's general kind. */
export const SPECIFIC_TITLE_KINDS: ReadonlySet<string> = new Set(['minutes', 'post-mortem']);

export interface KindScore {
  kind: string;
  /** 0–1: how sure the detection is that the document is a report of this kind. */
  confidence: number;
  /** Required roles some part plays, and how many the kind requires. */
  required: number;
  requiredTotal: number;
  /** Distinct roles found. */
  roles: number;
}

/**
 * How well a document's parts fit a kind: the share of the kind's required roles found, how
 * much of the document its role parts cover, and whether the title names the kind
 * (`titleDecides`: names it so plainly that the document is one, see minutesCues.ts).
 *
 * @param parts the document's parts as read with this kind.
 * @param sectionCount the top-level sections of the document, the title left out.
 * @returns a score with a confidence between 0 and 1.
 */
export function scoreKind(kind: ReportKind, parts: readonly ReportPart[], sectionCount: number, titleNamesKind: boolean, titleDecides = false): KindScore {
  // A news report of a meeting is told in paragraphs: its roles found only in headings make it a
  // review or a status more likely than news.
  const newsPenalty = kind.id === 'meeting-news' && !parts.some((p) => (p.part === 'paragraphs' && p.role) || p.role === 'participants') ? 0.5 : 1;
  // Labels ("Blockers:", "Decisions:") name roles in minutes and post-mortems; elsewhere they are
  // too common in notes of every sort to say what the document is.
  // Paragraphs read by their place (a lead, a byline, the opening summary) say nothing of the kind.
  // Cue phrases tell the roles of news, which is written in paragraphs; elsewhere a phrase such as
  // "we plan to … in 2026" adds to a report's reading but is too common to say what a document is.
  const worded = parts.filter((p) => p.part !== 'paragraphs' || p.by === 'label' || (p.by === 'cue' && kind.id === 'meeting-news'));
  // A title that names the kind ("# Weekly status", "BÁO CÁO TUẦN") has said what the document
  // is: then its labels ("**Done:**", "**Kế hoạch tuần tới:**") count as its headings would.
  const own = new Set(kind.roles.map((r) => r.id));
  const required = kind.roles.filter((r) => r.required);
  const rolesOf = (list: readonly ReportPart[]) => new Set(list.filter((p) => p.role && own.has(p.role)).map((p) => p.role!));
  let present = rolesOf(kind.id === 'minutes' || kind.id === 'post-mortem' ? worded : worded.filter((p) => p.by !== 'label'));
  // ... and only when they give every part the kind requires: "# Week 3: Recursion" with
  // "**Next steps:**" is lecture notes.
  if (titleNamesKind && kind.id !== 'minutes' && kind.id !== 'post-mortem') {
    const labelled = rolesOf(worded);
    if (required.length > 0 && required.every((r) => labelled.has(r.id))) present = labelled;
    // A status report's title ("BÁO CÁO TIẾN ĐỘ THỰC TẬP TUẦN 2") over its work done, in a
    // table of tasks or under a label: a weekly report that plans nothing is still one.
    else if (kind.id === 'status' && labelled.has('results')) present = labelled;
  }
  const requiredPresent = required.filter((r) => present.has(r.id)).length;
  const requiredShare = required.length ? requiredPresent / required.length : present.size > 0 ? 1 : 0;
  // Reports are made of their roles; a README with one "Summary" among ten sections is not one.
  const topLevel = parts.filter((p) => p.section && !p.section.parent);
  const roled = topLevel.filter((p) => p.role || p.section!.children.some((c) => c.role)).length;
  const coverage = sectionCount > 0 ? roled / sectionCount : 1;
  let confidence: number;
  if (titleNamesKind) confidence = present.size === 0 ? 0.35 : 0.6 + 0.4 * Math.max(requiredShare, Math.min(1, present.size / 3));
  else if (present.size < 2) confidence = 0;
  else confidence = requiredShare * (0.5 + 0.3 * Math.min(1, present.size / 4)) * Math.min(1, 0.2 + coverage);
  confidence *= newsPenalty;
  // Minutes require no part, so any two roles would score them: without a title that names them,
  // notes with "To do" and "Conclusion" are not minutes unless a part only a meeting has is there
  // (who attended, the agenda, what was discussed or decided, the next meeting).
  if (kind.id === 'minutes' && !titleNamesKind && ![...present].some((role) => MEETING_ROLES.has(role))) confidence *= 0.5;
  // A title that names the minutes of a meeting outright or by its date, or the steps of a
  // meeting's procedure, say what the document is whatever roles its parts play (minutes require none).
  if (titleDecides) confidence = Math.max(confidence, CONFIDENT);
  // A README, a guide or a spec has sections no report has: how to install, use and license it.
  if (parts.some((p) => p.section && (!p.section.parent || p.section.parent.isTitle) && isSoftwareDocSection(p.section.heading.title))) confidence *= 0.6;
  // Questions with their answers are how annual-report templates are filled in: a numbered item
  // or a heading that asks ("What work did the SIG do this year…?"), not a numbered label ("1. Ưu điểm:").
  const questions = parts.filter((p) => p.role && (p.part === 'question' || p.section) && /[?？]$/u.test(p.title));
  if (kind.id === 'annual-report' && new Set(questions.map((p) => p.role)).size >= 2) confidence = Math.min(1, confidence + 0.3);
  return { kind: kind.id, confidence: Math.round(confidence * 100) / 100, required: requiredPresent, requiredTotal: required.length, roles: present.size };
}

/**
 * Section titles of software documentation, never of a report ("Installation", "Usage", "License",
 * "Cài đặt"). Written in lower case and matched against the title in lower case as `/iu` would
 * read it (`lowerAsCaseless`): an `i` pattern of this size costs V8 several million instructions
 * to compile, at every start of the command line that reads a report without a kind.
 */
const NOT_REPORT_SECTION =
  settledPattern(() => /^(?:installation|installing|install|getting started|quick ?start|usage|how to use|license|licence|contributing|building|build|api(?: reference)?|configuration|requirements|prerequisites|faq|changelog|checklist|parameters|arguments|returns?|return value|examples?|version \d|cài đặt|hướng dẫn cài đặt|hướng dẫn sử dụng|cách dùng|cách sử dụng|giấy phép|đóng góp|tham số|đối số|giá trị trả về|kết quả trả về|ví dụ|câu hỏi thường gặp|hỏi đáp)(?![\p{L}\p{N}])/u);

/** Whether a section title is one of software documentation (NOT_REPORT_SECTION), in any case. */
export function isSoftwareDocSection(title: string): boolean {
  const lowered = lowerAsCaseless(title);
  return NOT_REPORT_SECTION(lowered).test(lowered);
}

/** Roles only a meeting's record has. */
const MEETING_ROLES: ReadonlySet<string> = new Set(['participants', 'agenda', 'discussion', 'decisions', 'next-meeting']);

/** The confidence from which a detected kind is offered to the writer, or used by `--kind auto`. */
export const CONFIDENT = 0.6;
