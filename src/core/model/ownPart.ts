import type { ReportKind } from '../kinds/kind';
import { matchRole, type RoleMatch } from '../kinds/matchRole';
import { lazyPattern } from '../text/gatedPattern';

/**
 * Whether a sub-heading inside a part with another role names a part of its own, though more
 * than the role's name follows: the name joined to a further role's name, neither of them the
 * part's around it ("Kết luận và phân công của Tổ trưởng …" inside "Nội dung cuộc họp",
 * "Decisions and action items" inside "Discussion"); or the name of what a meeting closes with
 * (conclusion, decisions, assignments, directions) and who gave it ("Kết luận của chủ tọa",
 * "Ý kiến chỉ đạo của đồng chí Bí thư", "Decisions of the board"). An ordinary sub-section whose
 * title starts with a role's word ("1. Kết quả công tác tuyên truyền", "Nhiệm vụ được giao
 * trong năm") names none.
 *
 * @param match the role the sub-heading's title starts with (not fuzzy, not the parent's).
 * @param parentRole the role of the part the sub-heading is in.
 */
export function namesOwnPart(match: RoleMatch, kind: ReportKind, parentRole: string): boolean {
  const joined = JOINED.exec(match.rest);
  if (joined) {
    const other = matchRole(joined[1], kind);
    if (other && !other.fuzzy && other.role !== parentRole) return true;
  }
  return CLOSING_ROLES.has(match.role) && BY_WHOM().test(match.rest);
}

/** A rest that joins another name to the role's: "và phân công …", "and action items", ", kiến nghị", "& next steps". */
const JOINED = /^(?:(?:và|cùng|and)\s+|[&+,;/]\s*)(.+)$/u;

/** What a meeting closes with, said by someone: its conclusion, decisions, assignments, directions. */
const CLOSING_ROLES = new Set(['conclusion', 'decisions', 'action-items', 'requests']);

/**
 * Who gave it: "của (đồng chí) Chủ tịch / Tổ trưởng / chủ tọa / Ban Giám hiệu / Hội đồng …",
 * "of / by / from the chair, the board, the director …". The rest is in lower case. Built on
 * first use (a Unicode class is built when its pattern is created).
 */
const BY_WHOM = lazyPattern(
  () =>
    new RegExp(
      '^(?:của|by|of|from) (?:the )?(?:đồng chí|đ/c|ông|bà|thầy|cô|chủ tọa|chủ toạ|chủ trì|chủ tịch|chủ nhiệm|tổ trưởng|nhóm trưởng|trưởng|phó|giám đốc|hiệu trưởng|bí thư|thủ trưởng|lãnh đạo|ban|hội đồng|' +
        'chair|chairs|chairman|chairwoman|chairperson|president|director|board|committee|lead|leads|leader|leadership|manager|facilitator|host|ceo|cto)(?![\\p{L}\\p{N}])',
      'u',
    ),
);
