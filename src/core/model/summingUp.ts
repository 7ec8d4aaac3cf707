import type { ReportKind } from '../kinds/kind';
import { normalizeTitle, type RoleMatch } from '../kinds/matchRole';

/**
 * A heading that sums up ("Summary", "Tóm tắt", "Tổng kết") is the summary where it opens the
 * report and its conclusion where it closes it: an "Executive summary" or "Summary" before the
 * results tells the report in brief, a "Summary" or "Tổng kết" after everything else wraps it
 * up. The words alone cannot tell (the review kind lists "summary" among the conclusion's
 * synonyms, the status kind among the summary's), so the place of the heading among the parts
 * decides:
 *
 * - before every part of the report's body (results, shortcomings, priorities…), with one after
 *   it, a "Summary" or "Tóm tắt" is the summary, in a kind that has one;
 * - after every part of the body, with no conclusion after it, "Summary", "Tóm tắt" or "Tổng
 *   kết" alone is the conclusion, in a kind that has one;
 * - anywhere else, or where another heading already names that role, the words keep the role
 *   they matched.
 *
 * @param found the headings with a role, in document order; `nested` for one inside another
 *   role's part (those keep their role). Changed in place.
 */
export function placeSummingUp(found: Array<{ match: RoleMatch; nested: boolean }>, kind: ReportKind): void {
  const has = (role: string) => kind.roles.some((r) => r.id === role);
  const top = found.filter((f) => !f.nested);
  // One pass for where the body starts and ends, and for the last part of the body or conclusion.
  const body = top.map((f) => !OPENING_ROLES.has(f.match.role) && f.match.role !== 'conclusion');
  const words = top.map((f) => SUMMING_UP.get(normalizeTitle(f.match.synonym)));
  let firstBody = -1;
  let lastBody = -1;
  let lastClosing = -1;
  const count = new Map<string, number>();
  top.forEach((f, k) => {
    count.set(f.match.role, (count.get(f.match.role) ?? 0) + 1);
    if (body[k] && !words[k]) {
      if (firstBody < 0) firstBody = k;
      lastBody = k;
    }
    if (body[k] || f.match.role === 'conclusion') lastClosing = k;
  });
  // Whether another heading names the role already: then this one keeps the role its words gave it.
  const namedElsewhere = (role: string, f: { match: RoleMatch }) => (count.get(role) ?? 0) > (f.match.role === role ? 1 : 0);
  top.forEach((f, k) => {
    const word = words[k];
    if (!word) return;
    const afterBody = firstBody >= 0 && firstBody < k;
    if (!afterBody && word.opens && lastBody > k && has('summary') && !namedElsewhere('summary', f)) f.match = { ...f.match, role: 'summary' };
    else if (afterBody && f.match.rest === '' && lastClosing <= k && has('conclusion') && !namedElsewhere('conclusion', f)) f.match = { ...f.match, role: 'conclusion' };
  });
}

/** Parts that come before a report's body: what it is about, for whom, with what aims. */
const OPENING_ROLES = new Set(['summary', 'context', 'objectives', 'participants', 'agenda', 'purpose']);

/** Words that sum up, and whether they also open a report as its summary ("Tổng kết" first is the review of results). */
const SUMMING_UP = new Map<string, { opens: boolean }>([
  ['summary', { opens: true }],
  ['tóm tắt', { opens: true }],
  ['tổng kết', { opens: false }],
]);
