import { tableCells } from '../text/tableRow';

/**
 * A table of the tasks of the period with how each stands, as weekly reports of interns and
 * teams are laid out: "| TT | Nội dung công việc | … | Tình trạng công việc |" and rows
 * "Đã hoàn thành"; "| Task | Status |" and rows "Done". Such a table is the period's results.
 */

/** A header cell that names how a task stands. */
const STATUS_COLUMN = /^(?:tình trạng|trạng thái|tiến độ|kết quả|status|state|progress)(?:\s+(?:công việc|thực hiện|task|of (?:the )?task))?$/iu;
/** A cell that says a task is done. */
const DONE = /^(?:đã hoàn thành|hoàn thành|xong|đã xong|done|completed?|finished|100\s*%)[.!]?$/iu;

/**
 * The tables among `tables` (lines 0-based, header row first) that list tasks done: a header
 * cell names the tasks' status, and half the rows at least say "done" in that column. Tables
 * of more than 60 rows are not read.
 */
export function doneTaskTables<T extends { startLine: number; endLine: number }>(tables: readonly T[], lines: { line(n: number): string }): T[] {
  return tables.filter((table) => {
    const rows = table.endLine - table.startLine - 1;
    if (rows < 1 || rows > 60) return false;
    const header = tableCells(lines.line(table.startLine)).map((c) => plain(c.text));
    const column = header.findIndex((h) => STATUS_COLUMN.test(h));
    if (column < 0) return false;
    let done = 0;
    for (let line = table.startLine + 2; line <= table.endLine; line++) {
      const cell = tableCells(lines.line(line))[column];
      if (cell && DONE.test(plain(cell.text))) done++;
    }
    return done * 2 >= rows;
  });
}

function plain(text: string): string {
  return text.replace(/[*_`]/g, '').trim();
}
