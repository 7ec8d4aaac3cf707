import type { Localized } from '../i18n';
import type { FrontMatterProblem } from '../model/frontMatter';
import { yamlErrorWords } from '../text/yamlErrors';
import type { Rule } from './types';

export const frontMatter: Rule = {
  id: 'RW006',
  name: 'front-matter',
  description: {
    en: 'The front matter is not valid YAML, or a field has a bad value.',
    vi: 'Front matter không phải YAML hợp lệ, hoặc một trường có giá trị sai.',
  },
  defaultSeverity: 'error',
  fixable: false,
  check({ doc, report }) {
    for (const problem of doc.frontMatterProblems) report({ range: problem.range, message: describe(problem) });
  },
};

function describe(problem: FrontMatterProblem): Localized {
  switch (problem.kind) {
    case 'yaml': {
      const words = yamlErrorWords(problem.code, problem.detail);
      return {
        en: `The front matter is not valid YAML: ${words.en}. The report is checked as if it had none.`,
        vi: `Front matter không phải YAML hợp lệ: ${words.vi}. Báo cáo được kiểm tra như khi không có front matter.`,
      };
    }
    case 'syntax': {
      const language = problem.format === 'toml' ? 'TOML' : 'JSON';
      return {
        en: `The front matter is not valid ${language}: ${problem.detail}. The report is checked as if it had none.`,
        vi: `Front matter không phải ${language} hợp lệ: ${problem.detail}. Báo cáo được kiểm tra như khi không có front matter.`,
      };
    }
    case 'unclosed':
      return {
        en: 'The front matter opened here is never closed: add a line with "---" after its last field.',
        vi: 'Front matter mở ở đây nhưng chưa được đóng: thêm một dòng "---" sau trường cuối cùng.',
      };
    case 'not-a-map':
      return {
        en: 'The front matter must be a list of "key: value" lines.',
        vi: 'Front matter phải gồm các dòng "khóa: giá trị".',
      };
    case 'field':
      return problem.field === 'lang'
        ? {
            en: `"lang" must be "vi" or "en" (or a tag such as "vi-VN"), not "${problem.detail}".`,
            vi: `"lang" phải là "vi" hoặc "en" (hoặc một mã như "vi-VN"), không phải "${problem.detail}".`,
          }
        : {
            en: `"period" must be a year (2024), a half (2026-H1), a quarter (2026-Q3), a month (2026-10) or a week (2026-W14), not "${problem.detail}".`,
            vi: `"period" phải là một năm (2024), 6 tháng (6 tháng đầu năm 2026), một quý (quý III/2026), một tháng (tháng 10/2026) hoặc một tuần (tuần 14/2026), không phải "${problem.detail}".`,
          };
  }
}
