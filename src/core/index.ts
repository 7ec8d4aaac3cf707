/** The engine's public surface, shared by the extension and the command line. */
export { type Lang, type Localized, LANGS, isLang } from './i18n';
export { type ReportKind, type RoleSpec, type KindFile, resolveKind, KindError } from './kinds/kind';
export { BUILTIN_KINDS, ROLE_VOCABULARY } from './kinds/builtin';
export { KindRegistry, DEFAULT_KINDS } from './kinds/registry';
export { ReportDocument, parseReport, matchesGlobs, type ParseOptions } from './model/document';
export type { Section, Heading } from './model/sections';
export { walkSections } from './model/sections';
export type { Paragraph, EnumerationItem } from './model/paragraphs';
export { lint, severityOf, type LintOptions } from './lint';
export { applyEdits, fixAll, compatibleFixes, type FixResult } from './fix';
export { RULES, findRule } from './rules/registry';
export { ruleDocPath, type Rule, type Finding, type Fix, type TextEdit, type Severity, type RuleSetting, type RuleOptions, type ToneMarkStyle } from './rules/types';
export { LineIndex, type Position, type Range } from './text/lineIndex';
export { reportSnippet, sectionSnippet, buildSnippets, type SnippetEntry } from './templates';
export { loadKindFile, type LoadedKindFile, type KindFileProblem } from './kinds/kindFile';
export { sectionStats, type SectionStats } from './model/stats';
export { insertSectionEdit } from './rules/insertSection';
export { formatNumber, parseNumbering, type Numbering } from './model/numbering';
