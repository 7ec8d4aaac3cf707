import { shownNumbering } from '../model/headings';
import type { Section } from '../model/sections';
import { headingRange, siblingGroups } from './helpers';
import type { Rule } from './types';

export const numberingStyle: Rule = {
  id: 'RW102',
  name: 'numbering-style',
  description: {
    en: 'Sibling headings are numbered in different styles (I. / 1. / a)) at one level.',
    vi: 'Các tiêu đề cùng cấp được đánh số theo nhiều kiểu khác nhau (I. / 1. / a)).',
  },
  defaultSeverity: 'warning',
  fixable: false,
  check({ doc, report }) {
    for (const siblings of siblingGroups(doc)) {
      const numbered = siblings.filter((s) => !s.isTitle && s.heading.numbering);
      const byStyle = new Map<string, Section[]>();
      for (const section of numbered) {
        const key = styleKey(section);
        let list = byStyle.get(key);
        if (!list) byStyle.set(key, (list = []));
        list.push(section);
      }
      if (byStyle.size < 2) continue;
      // The style most siblings use is the level's style; on a tie, the first one's.
      const [main] = [...byStyle.entries()].sort((a, b) => b[1].length - a[1].length);
      const example = main[1].slice(0, 2).map((s) => `"${shownNumbering(s.heading.numbering!)}"`).join(', ');
      for (const section of numbered) {
        if (styleKey(section) === main[0]) continue;
        const written = shownNumbering(section.heading.numbering!);
        report({
          range: headingRange(doc, section),
          message: {
            en: `Heading numbered "${written}" among sibling headings numbered ${example}: number one level in one style (${NAMES.en[main[0]] ?? example}).`,
            vi: `Tiêu đề đánh số "${written}" trong khi các tiêu đề cùng cấp đánh số ${example}: mỗi cấp nên dùng một kiểu (${NAMES.vi[main[0]] ?? example}).`,
          },
        });
      }
    }
  },
};

/** "1." and "1.2." are different styles; so are "Phần I" and "I.". */
function styleKey(section: Section): string {
  const n = section.heading.numbering!;
  return n.style === 'multilevel' ? `multilevel:${n.path!.length}` : n.style;
}

const NAMES: Record<'en' | 'vi', Record<string, string>> = {
  en: { part: 'Part I, Part II', 'part-word': 'Part One, Part Two', roman: 'I., II.', arabic: '1., 2.', letter: 'a), b)', 'upper-letter': 'A., B.', 'multilevel:2': '1.1., 1.2.', 'multilevel:3': '1.1.1.' },
  vi: { part: 'Phần I, Phần II', 'part-word': 'Phần thứ nhất, Phần thứ hai', roman: 'I., II.', arabic: '1., 2.', letter: 'a), b)', 'upper-letter': 'A., B.', 'multilevel:2': '1.1., 1.2.', 'multilevel:3': '1.1.1.' },
};
