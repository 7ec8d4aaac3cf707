import { normalizeTitle } from '../kinds/matchRole';
import { qualifies } from '../kinds/titleWords';
import type { ReportDocument } from '../model/document';
import type { Section } from '../model/sections';
import { stripDiacritics } from '../text/fold';
import { displayTitle, headingRange, siblingGroups } from './helpers';
import type { Rule } from './types';

/**
 * The same part written twice: two sibling sections that name one role by the same words ("I.
 * Kết quả đạt được" and "II. Những kết quả nổi bật", "Plans" and "Plans for next week"). Two
 * sections named differently that both serve the role are parts of their own ("Công việc đã
 * làm" and "Kết quả đạt được", "Done" beside "Progress overview"), and so is a heading with
 * nothing under it (an attachment's title; RW003 speaks of an empty section).
 */
export const duplicateSection: Rule = {
  id: 'RW004',
  name: 'duplicate-section',
  description: {
    en: 'Two sibling sections are the same part written twice.',
    vi: 'Hai phần cùng cấp là một phần viết hai lần.',
  },
  defaultSeverity: 'warning',
  fixable: false,
  check({ doc, report }) {
    const kind = doc.kind;
    if (!kind) return;
    for (const group of siblingGroups(doc)) {
      const seen = new Map<string, Section[]>();
      for (const section of group) {
        if (!section.role || !holdsText(doc, section)) continue;
        const earlier = seen.get(section.role);
        if (!earlier) {
          seen.set(section.role, [section]);
          continue;
        }
        earlier.push(section);
        // A record kept in any order (minutes, a post-mortem) may put one role under several
        // headings of its own ("What went well", "What went wrong"): only a title given twice counts.
        const same = earlier.find((e) => e !== section && (kind.ordered ? sameWords(e, section) : sameTitle(e, section)));
        if (!same) continue;
        const role = kind.roles.find((r) => r.id === section.role)!;
        const line = same.heading.line + 1;
        report({
          range: headingRange(doc, section),
          message: {
            en: `"${displayTitle(section)}" repeats the ${role.name.en.toLowerCase()} role of "${displayTitle(same)}" (line ${line}); merge them or rename one.`,
            vi: `"${displayTitle(section)}" trùng vai trò "${role.name.vi}" với "${displayTitle(same)}" (dòng ${line}); hãy gộp hoặc đổi tên một phần.`,
          },
        });
      }
    }
  },
};

function sameTitle(a: Section, b: Section): boolean {
  return normalizeTitle(a.heading.title) === normalizeTitle(b.heading.title);
}

/**
 * Whether two sections name their role by the same words: one's role name starts the other's
 * ("kết quả" in "Kết quả đạt được" and "Những kết quả nổi bật"; "plans" and "plans for next
 * week"), words that qualify or count it aside ("những", "our", "ba"), diacritics aside. A role
 * found otherwise (a question, a goal with its share done) is judged by the whole title.
 */
function sameWords(a: Section, b: Section): boolean {
  const wa = roleWords(a);
  const wb = roleWords(b);
  if (wa === undefined || wb === undefined) return sameTitle(a, b);
  return startsWith(wa, wb) || startsWith(wb, wa);
}

function roleWords(section: Section): string | undefined {
  const synonym = section.roleMatch?.synonym;
  if (synonym === undefined) return undefined;
  const words = normalizeTitle(synonym).split(' ');
  while (words.length > 1 && qualifies(words[0])) words.shift();
  return stripDiacritics(words.join(' '));
}

/** Whether `text` starts with `words`, at a word's end. */
function startsWith(text: string, words: string): boolean {
  return text === words || text.startsWith(words + ' ');
}

/** Whether a section has a line of text under its heading, or a subsection. */
function holdsText(doc: ReportDocument, section: Section): boolean {
  if (section.children.length > 0) return true;
  for (let line = section.heading.endLine + 1; line <= section.endLine; line++) if (doc.lines.line(line).trim() !== '') return true;
  return false;
}
