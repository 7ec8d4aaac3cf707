import type { ReportKind } from '../kinds/kind';
import type { ListItemBlock, ParagraphBlock } from './blocks';
import { matchRole } from '../kinds/matchRole';
import { plainText } from './plainText';

/**
 * A question that stands for a section: a top-level list item whose first paragraph asks a
 * question and whose answer is nested under it, as the annual-report templates of many
 * open-source foundations are filled in ("1. What did the group accomplish this year?").
 */
export interface QuestionItem {
  startLine: number;
  endLine: number;
  /** The question in plain text. */
  title: string;
  role?: string;
}

const QUESTION_END = /[?？]\s*$/u;
const MAX_QUESTION = 300;

const compiled = new WeakMap<ReportKind, Array<{ role: string; patterns: RegExp[] }>>();

function questionPatterns(kind: ReportKind): Array<{ role: string; patterns: RegExp[] }> {
  let list = compiled.get(kind);
  if (!list) {
    list = kind.roles
      .filter((r) => r.questions?.length)
      .map((r) => ({
        role: r.id,
        patterns: r.questions!.flatMap((source) => {
          try {
            return [new RegExp(source, 'iu')];
          } catch {
            return [];
          }
        }),
      }));
    compiled.set(kind, list);
  }
  return list;
}

/** Whether a paragraph's first line is a question (a cheap look for "?" first). */
function asksOnFirstLine(content: string): boolean {
  const line = content.split('\n', 1)[0];
  return (line.includes('?') || line.includes('？')) && isQuestion(plainText(line));
}

/** True when a title is a question. */
export function isQuestion(title: string): boolean {
  return QUESTION_END.test(title) && title.length <= MAX_QUESTION;
}

/**
 * The role a question asks about, by its wording: the first role of the kind (in the kind's
 * order) one of whose question patterns occurs in it. Priorities are tried before results so
 * that "What are your goals for next year?" is not read as results.
 */
export function questionRole(question: string, kind: ReportKind): string | undefined {
  const text = question.normalize('NFC').replace(/[‘’ʼ]/g, "'");
  const patterns = questionPatterns(kind);
  const ordered = [...patterns].sort((a, b) => priority(a.role) - priority(b.role));
  return ordered.find((r) => r.patterns.some((p) => p.test(text)))?.role;
}

/** Forward-looking and help-seeking wordings are the more specific: they are tried first. */
function priority(role: string): number {
  return ['priorities', 'objectives', 'shortcomings', 'lessons', 'recommendations'].includes(role) ? 0 : 1;
}

/**
 * The question items among top-level list items: the item's first paragraph is a question (or
 * opens with one on its first line, a hint under it: "What areas need the most help?\n Any
 * areas with 2 or fewer OWNERs?"), and an answer is nested under it, or follows it unindented
 * when the question's wording names a role of the kind (templates filled in by writers who do
 * not indent their answers).
 */
export function findQuestionItems(items: readonly ListItemBlock[], paragraphs: readonly ParagraphBlock[], kind: ReportKind | undefined): QuestionItem[] {
  const found: QuestionItem[] = [];
  for (const item of items) {
    if (item.firstParagraph < 0) continue;
    const first = paragraphs[item.firstParagraph];
    if (first.endLine - first.startLine > 2) continue;
    // An item without an answer under it counts only as a short label or a question, numbered:
    // most list items of a report are neither, and are not read further.
    // A bulleted question with its answer on the next line of the item ("- **What did we do?**"
    // then "  Shipped 2.0.") reads as a numbered one does.
    const answeredBelow = !item.hasBody && !item.ordered && first.endLine > first.startLine && asksOnFirstLine(first.content);
    if (!item.hasBody && !answeredBelow && (!item.ordered || first.content.length > MAX_QUESTION + 20 || (first.content.length > 100 && !first.content.includes('?')))) continue;
    let title = plainText(first.content);
    if (!isQuestion(title)) {
      // "1. Ưu điểm:" — a numbered label that names a role, its content after it.
      const label = kind && first.endLine === first.startLine ? labelItemRole(title, kind) : undefined;
      if (label) {
        found.push({ startLine: item.startLine, endLine: item.endLine, title: title.replace(/[:：]\s*$/u, ''), role: label });
        continue;
      }
      const firstLine = plainText(first.content.split('\n', 1)[0]);
      if (first.endLine === first.startLine || !isQuestion(firstLine)) continue;
      title = firstLine;
    }
    const role = kind ? questionRole(title, kind) : undefined;
    if (!item.hasBody && role === undefined) continue;
    found.push({ startLine: item.startLine, endLine: item.endLine, title, role });
  }
  return found;
}

/**
 * The role a short list item names outright, as typed reports number their parts with list
 * items ("1. Ưu điểm:", "2. Khuyết điểm:"): the whole text is one of the role's names, maybe
 * with a colon; undefined for anything longer or a sentence.
 */
function labelItemRole(text: string, kind: ReportKind): string | undefined {
  if (text.length > 80 || /[.!?…;]$/u.test(text)) return undefined;
  const match = matchRole(text, kind);
  if (!match || match.fuzzy) return undefined;
  // A name of two words or more may be followed by a few of the writer's ("Chiều hướng phát triển bản thân").
  const restWords = match.rest === '' ? 0 : match.rest.split(' ').length;
  return restWords === 0 || (match.synonym.trim().includes(' ') && restWords <= 3) ? match.role : undefined;
}
