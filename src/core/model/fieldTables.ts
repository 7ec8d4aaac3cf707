import { tableCells } from '../text/tableRow';
import { lazyPattern } from '../text/gatedPattern';
import { hasLetterOrDigit } from '../text/wordCharacters';

/** A row of a table of fields that names a role: its line (0-based), the label and the value as written. */
export interface FieldRow {
  role: string;
  line: number;
  label: string;
  value: string;
}

/**
 * Rows of a table of fields that name a role: a table of two columns whose first cells are
 * labels, as minutes open ("| **Thành phần tham dự** | Nguyên, Tấn, Nhi |", "| Attendees | Ana,
 * Bo |"). A table counts when two of its rows at least are fields a record opens with (a role,
 * a date, a place, a chair): "| **Tổng quan** | Thống kê, biểu đồ |" in a table of screens is no
 * field. `roleOf` gives the role a label names at a line. Linear in the tables' rows; tables of
 * more than 40 rows are no record's header and are not read.
 */
export function fieldRows(
  tables: ReadonlyArray<{ startLine: number; endLine: number }>,
  lines: { line(n: number): string },
  roleOf: (label: string, line: number) => string | undefined,
): FieldRow[] {
  const out: FieldRow[] = [];
  for (const table of tables) {
    if (table.endLine - table.startLine < 2 || table.endLine - table.startLine > 40) continue;
    const found: FieldRow[] = [];
    let fields = 0;
    for (let line = table.startLine + 2; line <= table.endLine; line++) {
      const cells = tableCells(lines.line(line));
      if (cells.length === 0 || cells.length > 2) break;
      const label = cells[0].text.trim().replace(/^(?:\*\*|__)(.*)(?:\*\*|__)$/u, '$1').replace(/[:：]$/u, '').trim();
      const value = cells[1]?.text ?? '';
      if (!label || label.length > 50 || !hasLetterOrDigit(value)) continue;
      const role = roleOf(label, line);
      if (role) found.push({ role, line, label, value });
      if (role || RECORD_FIELD().test(label)) fields++;
    }
    if (fields >= 2) out.push(...found);
  }
  return out;
}

/** The fields a record opens with besides its roles: when, where, who chaired and who took the notes. */
const RECORD_FIELD = lazyPattern(
  () =>
    /^(?:ngày(?: họp)?|thời gian(?: họp)?|địa điểm|chủ (?:trì|tọa|toạ)|thư ký|thư kí|người ghi(?: biên bản)?|date|time|when|where|location|venue|chair(?:ed by)?|facilitator|secretary|note ?taker|minutes by)$/iu,
);
