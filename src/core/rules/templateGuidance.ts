import type { Localized } from '../i18n';
import type { ReportDocument } from '../model/document';
import type { Add } from './templateLeftovers';
import { gated, lazyPattern } from '../text/gatedPattern';

/**
 * Guidance a template gives the writer and the writer left in (RW306): an instruction as a
 * paragraph of its own, an instruction or a question set apart in italics or parentheses, a
 * sample's label, and the template's sample table rows. Read with the other leftovers, over the
 * model's text blocks.
 */

/** The verbs a template's instruction to the writer starts with, in both languages. */
export const INSTRUCTION_VERBS = 'Provide|Describe|Insert|Enter|Replace|Fill in|Summari[sz]e|List|Add|Write|Include|Explain|Give|Nêu|Ghi|Điền|Nhập|Mô tả|Trình bày|Liệt kê|Tóm tắt';
/**
 * A lookahead that turns away nouns spelt like an instruction's verb: a writer's note
 * ("Ghi chú: …", "*Ghi nhận …*") or a list ("List of attendees …") tells the reader something,
 * it asks the writer for nothing. Put before `INSTRUCTION_VERBS`, in a `u` pattern.
 */
export const NOT_A_VERB = '(?!(?:Ghi[ \\t]+(?:chú|nhận)|List[ \\t]+of)(?![\\p{L}\\p{N}]))';
/**
 * A paragraph a template sets apart as guidance, in italics or in parentheses from end to end:
 * its words (group 2 or 3). "_Summarize project background and high level goals_",
 * "(Nêu những kết quả chính đạt được)", "*(Liệt kê …)*". Bold ("**…**") is a label, not guidance.
 */
const SET_APART = /^[ \t>]*(?:[-*+][ \t]+)?(?:([_*])(?![_*])[ \t]*\(?([^\n]*?)\)?[ \t]*\1|\((?![_*]{2})[_*]?([^\n]*?)[_*]?\))[ \t]*$/u;
/** Guidance that asks for something: its verb, then a word (the Unicode classes built only for text a verb starts). */
const SET_APART_INSTRUCTION = gated(new RegExp(`^(?:${INSTRUCTION_VERBS})\\s`, 'u'), () => new RegExp(`^${NOT_A_VERB}(?:${INSTRUCTION_VERBS})\\s+\\p{L}`, 'u'));
/** Four words or more, the first a word of letters. */
const FOUR_WORDS = lazyPattern(() => /^\P{L}*\p{L}+(?:\s+\S+){3,}$/u);
/** A table row whose every cell is the template's "etc" ("v.v."): a sample row ("|etc|etc|etc|"). */
const SAMPLE_ROW = /^[ \t]*\|?(?:[ \t]*(?:etc\.?|v\.v\.?)[ \t]*\|)+(?:[ \t]*(?:etc\.?|v\.v\.?)[ \t]*)?$/iu;

/**
 * The template's guidance, set apart in italics or parentheses and left in the report: an
 * instruction ("_Summarize the project's goals_", "(Nêu kết quả chính)"), or a question to the
 * writer ("_What changed since the last review?_") that nothing answers: the next block is a
 * heading, or there is none. Undefined for anything else (a note in italics, "*Ngày nộp: …*").
 */
export function setApartGuidance(doc: ReportDocument, index: number): Localized | undefined {
  const block = doc.textBlocks[index];
  const { lines } = doc;
  // A few short lines at most: guidance is a sentence or two (and the patterns stay cheap).
  if (block.endLine - block.startLine > 3 || lines.ends[block.endLine] - lines.starts[block.startLine] > 1000) return undefined;
  let written = lines.line(block.startLine);
  for (let line = block.startLine + 1; line <= block.endLine; line++) written += ' ' + lines.line(line).trim();
  const last = written.trimEnd();
  const end = last[last.length - 1];
  if (end !== '_' && end !== '*' && end !== ')') return undefined;
  const m = SET_APART.exec(written);
  const words = (m?.[2] ?? m?.[3])?.trim();
  if (!words || words.length > 300) return undefined;
  const shown = `${words.slice(0, 60)}${words.length > 60 ? '…' : ''}`;
  if (SET_APART_INSTRUCTION.test(words)) {
    return {
      en: `"${shown}" is the template's instruction to the writer: write what it asks for in its place.`,
      vi: `"${shown}" là hướng dẫn của mẫu cho người viết: hãy viết nội dung được yêu cầu vào chỗ này.`,
    };
  }
  const next = doc.textBlocks[index + 1];
  // A question in italics ("_What do you know about adoption…? If you can, list…_"), unanswered.
  if (m?.[1] && /\?(?=\s|$)/.test(words) && FOUR_WORDS().test(words) && (!next || next.type === 'heading')) {
    return {
      en: `"${shown}" is the template's question to the writer, with no answer yet: answer it in its place.`,
      vi: `"${shown}" là câu hỏi của mẫu cho người viết, chưa có câu trả lời: hãy trả lời vào chỗ này.`,
    };
  }
  return undefined;
}

/** Rows of a table whose cells are all the template's "etc" (the header row aside; a row of "…" may stand for rows left out, and is not one). */
export function sampleRows(doc: ReportDocument, startLine: number, endLine: number, add: Add): void {
  const { lines } = doc;
  for (let line = startLine + 2; line <= endLine; line++) {
    const row = lines.line(line);
    if (!SAMPLE_ROW.test(row)) continue;
    const from = lines.starts[line] + (row.length - row.trimStart().length);
    add(from, lines.ends[line], {
      en: 'This table row is the template\'s sample ("etc"): put the report\'s own rows in its place, or remove it.',
      vi: 'Dòng bảng này là dòng mẫu ("v.v."): hãy thay bằng các dòng thật của báo cáo, hoặc xóa đi.',
    });
  }
}

/** "Provide a brief summary…": a paragraph that tells the writer what to write. */
const INSTRUCTION = lazyPattern(() => new RegExp(`^(?:${INSTRUCTION_VERBS})\\s.*(?:(?<![\\p{L}\\p{N}])(?:briefly|brief\\s+(?:summary|description|overview|paragraph|explanation|introduction|statement|account))(?![\\p{L}\\p{N}])|in this section|\\d\\s*[-–]\\s*\\d\\s+(?:sentences|bullet points|bullets|lines|paragraphs)|ngắn gọn|vào đây|\\d\\s*[-–]\\s*\\d\\s+câu)`, 'u'));
/**
 * What makes an instruction of a paragraph that stands alone in its section, as a template
 * leaves one under each heading ("Explain the root cause here.", "Replace this text with…",
 * "Describe what you did this week.", "Nhập nội dung tại đây."); in a list of tasks, "Add your
 * updates to the tracker" is a task.
 */
const SOLE_INSTRUCTION = lazyPattern(() => new RegExp(`^(?:${INSTRUCTION_VERBS})\\s.*(?:(?<![\\p{L}\\p{N}])(?:this text|what you (?:did|have done|plan)|your (?:name|plans?|progress|work|goals?|updates?|notes?))(?![\\p{L}\\p{N}])|(?:nội dung|thông tin|ý kiến|câu trả lời) (?:tại|ở) đây|(?<!(?:linked|see|click|found|available|listed|described|stored|shown|attached) )here[.:…]?$)`, 'u'));

/** Whether a paragraph's first line, its Markdown marks taken off, tells the writer what to write ("Provide a brief summary…"). */
export function isInstruction(plain: string): boolean {
  return INSTRUCTION().test(plain);
}

/** Whether it does so as a paragraph standing alone under its heading (see SOLE_INSTRUCTION). */
export function isSoleInstruction(plain: string): boolean {
  return SOLE_INSTRUCTION().test(plain);
}

/** The start of a line that may be an instruction or a sample's label, before its Markdown is taken off. */
const LINE_PREFIX = '^[ \\t>]*(?:#{1,6}[ \\t]+|[-*+][ \\t]+|\\d{1,3}[.)][ \\t]+)?[*_]*';
/** A line that starts with an instruction's verb; the lookahead that turns nouns away (a Unicode class) is built only for a line the verb starts. */
const INSTRUCTION_START = gated(new RegExp(`^(?:${INSTRUCTION_VERBS})\\s`, 'u'), () => new RegExp(`^${NOT_A_VERB}(?:${INSTRUCTION_VERBS})\\s`, 'u'));
const EXAMPLE_START = /^(?:Example|Sample|Ví dụ|Mẫu)\s*[:*_]/iu;
/**
 * LINE_PREFIX as a pattern of its own. Its Markdown marks are taken first and the words looked
 * for after them ("- **Provide …"): one pattern with the prefix's optional marks before a long
 * list of words costs V8 that list's compilation once per way of reading the marks. What
 * follows the prefix starts with a letter, which the prefix never takes, so its greedy match is
 * the only one after which the words can start.
 */
const LINE_PREFIX_PATTERN = new RegExp(LINE_PREFIX, 'u');

/** Whether `line`, past LINE_PREFIX, starts as `pattern` (anchored at `^`) matches. */
function startsAfterPrefix(line: string, pattern: { test(text: string): boolean }): boolean {
  return pattern.test(line.slice(LINE_PREFIX_PATTERN.exec(line)![0].length));
}

/** A line that opens with an instruction's verb, past its Markdown marks ("- **Provide …"). */
export function opensAsInstruction(line: string): boolean {
  return startsAfterPrefix(line, INSTRUCTION_START);
}

/** A line that opens with a sample's label, past its Markdown marks ("### Example:", "**Ví dụ:**"). */
export function opensAsExample(line: string): boolean {
  return startsAfterPrefix(line, EXAMPLE_START);
}
