import type { Lang } from './i18n';
import type { ReportKind, RoleSpec } from './kinds/kind';
import type { OfficialProfile } from './model/officialText';
import { officialSnippet, officialSnippetEntries } from './officialTemplates';

/**
 * Snippet bodies (VS Code snippet syntax) for a new report and for one section. Every place
 * the writer must type holds a lone "…", which the placeholder rule reports until it is
 * replaced, so a report cannot go out half-filled unnoticed.
 */
export function reportSnippet(kind: ReportKind, lang: Lang, profile?: OfficialProfile): string {
  const official = officialSnippet(kind, lang, profile);
  if (official) return official;
  let stop = 1;
  const lines = ['---', `kind: ${kind.id}`, `lang: ${lang}`, 'period: $CURRENT_YEAR', '---', '', `# \${${stop++}:${escape(kind.templateTitle[lang])}}`, '', `\${${stop++}:…}`, ''];
  for (const role of kind.roles.filter((r) => r.inTemplate)) {
    lines.push(`## ${escape(role.heading[lang])}`, '', `\${${stop++}:…}`, '');
  }
  return lines.join('\n').replace(/\n$/, '') + '\n$0';
}

export function sectionSnippet(role: RoleSpec, lang: Lang): string {
  return `## \${1:${escape(role.heading[lang])}}\n\n\${2:…}\n$0`;
}

/** Snippet syntax gives `$`, `}` and `\` a meaning; text keeps its own ($CURRENT_YEAR stays a variable). */
function escape(text: string): string {
  return text.replace(/[}\\]/g, (c) => '\\' + c);
}

export interface SnippetEntry {
  prefix: string;
  body: string[];
  description: string;
}

const REPORT_PREFIXES: Record<string, Record<Lang, string>> = {
  review: { en: 'report-review', vi: 'baocao-tongket' },
  'meeting-news': { en: 'report-meeting', vi: 'tin-hoinghi' },
  status: { en: 'report-status', vi: 'baocao-tuan' },
};

const SECTION_PREFIXES: Record<string, Record<Lang, string>> = {
  context: { en: 'background', vi: 'tinh-hinh' },
  participants: { en: 'participants', vi: 'thanh-phan' },
  results: { en: 'results', vi: 'ket-qua' },
  shortcomings: { en: 'shortcomings', vi: 'ton-tai' },
  lessons: { en: 'lessons', vi: 'bai-hoc' },
  priorities: { en: 'priorities', vi: 'phuong-huong' },
  recommendations: { en: 'recommendations', vi: 'kien-nghi' },
  conclusion: { en: 'conclusion', vi: 'ket-luan' },
  purpose: { en: 'purpose', vi: 'muc-dich' },
  content: { en: 'content', vi: 'noi-dung' },
  implementation: { en: 'implementation', vi: 'to-chuc-thuc-hien' },
  requests: { en: 'requests', vi: 'yeu-cau' },
};

/** The contributed snippets: a whole report per kind and language, and one per section role. */
export function buildSnippets(kinds: readonly ReportKind[]): Record<string, SnippetEntry> {
  const snippets: Record<string, SnippetEntry> = {};
  const roles = new Map<string, RoleSpec>();
  for (const kind of kinds) {
    for (const lang of ['vi', 'en'] as const) {
      const prefix = REPORT_PREFIXES[kind.id]?.[lang];
      if (!prefix) continue;
      snippets[`${kind.name[lang]} (${lang})`] = {
        prefix,
        body: reportSnippet(kind, lang).split('\n'),
        description: lang === 'vi' ? `Báo cáo mới: ${kind.name.vi.toLowerCase()}` : `New report: ${kind.name.en.toLowerCase()}`,
      };
    }
    for (const role of kind.roles) if (!roles.has(role.id)) roles.set(role.id, role);
  }
  Object.assign(snippets, officialSnippetEntries(kinds));
  for (const [id, prefixes] of Object.entries(SECTION_PREFIXES)) {
    const role = roles.get(id);
    if (!role) continue;
    for (const lang of ['vi', 'en'] as const) {
      snippets[`${role.name[lang]} (${lang})`] = {
        prefix: prefixes[lang],
        body: sectionSnippet(role, lang).split('\n'),
        description: lang === 'vi' ? `Phần "${role.heading.vi}"` : `"${role.heading.en}" section`,
      };
    }
  }
  return snippets;
}
