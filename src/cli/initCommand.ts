import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_KINDS, type Lang, type Localized, parseReport } from '../core';
import { expandArguments, FileProblem, namedFilesLang, readSource, replaceFile } from './files';
import { WORDS } from './words';
import { EXIT, type Io } from './main';
import type { ReportSettings } from './reportSettings';
import { pathExists } from '../core/pathExists';
import { escapeGlob } from '../core/text/safeGlob';

/** What `init` found in one file. */
export interface FoundReport {
  /** Relative to the folder the configuration is written in, with forward slashes. */
  file: string;
  kind: string;
  confidence: number;
  /** Whether the front matter already names the kind (then the file needs no glob). */
  declared: boolean;
  /** The language the file is written in: its line's comment speaks it. */
  lang?: Lang;
}

/**
 * `reportwright init [FOLDER]`: looks through a repository's Markdown files (skipping
 * node_modules, what .gitignore leaves out and a configuration's `ignores`), finds those that
 * confidently look like reports, and writes `.reportwright.yaml` in FOLDER naming them in
 * `reportFiles`, each with the kind it looks like (a map from file to kind id), for the writer to review. An existing
 * configuration file is never replaced (use --force to write over it; the write is atomic).
 * Nothing is written, and the exit status is 2 with a message in words, when FOLDER does not
 * exist, is a file, holds no Markdown file, or cannot be written in.
 * It speaks `--lang`, else Vietnamese when every report it found is Vietnamese (when it found
 * none: every Markdown file), else English — in every branch, the refusals included.
 */
export async function runInit(io: Io, folder: string | undefined, options: { settings: ReportSettings; force: boolean; lang?: Lang }): Promise<number> {
  const arg = folder ?? '.';
  const root = path.resolve(io.cwd, arg);
  const refuse = (words: Localized, lang: Lang) => {
    io.err(`reportwright: ${words[lang]}`);
    return EXIT.usage;
  };
  const stat = await fs.stat(root).catch(() => undefined);
  if (!stat) return refuse(WORDS.initNoFolder(arg), options.lang ?? 'en');
  if (!stat.isDirectory()) return refuse(WORDS.initNotFolder(arg), options.lang ?? (await namedFilesLang([arg], io.cwd)));
  const target = path.join(root, '.reportwright.yaml');
  const { files, problems, notes } = await expandArguments([path.relative(io.cwd, root) || '.'], io.cwd);
  const found: FoundReport[] = [];
  const reportLangs = new Set<Lang>();
  const fileLangs = new Set<Lang>();
  for (const file of files) {
    const absolute = path.resolve(io.cwd, file);
    const settings = await options.settings.forFile(absolute);
    if (settings.ignored) continue;
    let text: string;
    try {
      text = (await readSource(absolute)).text;
    } catch (error) {
      if (error instanceof FileProblem) continue;
      throw error;
    }
    const doc = parseReport(text, { kinds: settings.parse.kinds, detectKind: true });
    fileLangs.add(doc.lang);
    const relative = path.relative(root, absolute).split(path.sep).join('/');
    if (doc.declaredKind !== undefined && doc.kind) found.push({ file: relative, kind: doc.kind.id, confidence: 1, declared: true, lang: doc.lang });
    else if (doc.isReport && doc.kind) found.push({ file: relative, kind: doc.kind.id, confidence: doc.detection.confidence, declared: false, lang: doc.lang });
    else continue;
    reportLangs.add(doc.lang);
  }
  const langs = reportLangs.size ? reportLangs : fileLangs;
  const lang = options.lang ?? (langs.size === 1 && langs.has('vi') ? 'vi' : 'en');
  for (const name of ['.reportwright.json', '.reportwright.yaml', '.reportwright.yml']) {
    const existing = path.join(root, name);
    if (!(await pathExists(existing))) continue;
    // --force writes over .reportwright.yaml only: beside a .reportwright.json (read first) or a .reportwright.yml (read after it), one of the two would be ignored.
    if (!options.force || name !== '.reportwright.yaml') return refuse(WORDS.initExists(path.relative(io.cwd, existing) || name, options.force), lang);
  }
  // An empty folder gets no configuration: most likely the wrong folder was named.
  if (files.length === 0) return refuse(WORDS.initNoMarkdown(arg), lang);
  // Problems, and the ignore lists not read (what they leave out was looked through).
  for (const problem of [...problems, ...notes]) io.err(`reportwright: ${problem[lang]}`);
  const yaml = initYaml(found, new Date().toISOString().slice(0, 10), lang);
  const written = path.relative(io.cwd, target) || '.reportwright.yaml';
  try {
    // Whole or not at all, and never through a link: one at the name (with --force) is replaced, its target left alone.
    await replaceFile(target, yaml);
  } catch (error) {
    return refuse(WORDS.initCannotWrite(written, (error as NodeJS.ErrnoException).code ?? String(error)), lang);
  }
  const named = found.filter((f) => !f.declared).length;
  io.out(
    lang === 'vi'
      ? `Đã ghi ${written}: ${named} báo cáo ghi trong reportFiles kèm loại mà mỗi tệp trông giống, ${found.length - named} báo cáo đã ghi loại trong front matter (trong ${files.length} tệp Markdown). Hãy xem lại trước khi commit.`
      : `Wrote ${written}: ${named} report${named === 1 ? '' : 's'} listed under reportFiles with the kind each looks like, ${found.length - named} already naming a kind in front matter (of ${files.length} Markdown file${files.length === 1 ? '' : 's'}). Review it before committing.`,
  );
  return EXIT.ok;
}

/**
 * The configuration `init` writes: the reports it found, each with the kind it looks like, in
 * `reportFiles` as a map from file to kind id (the comment names the kind and the confidence). The header speaks the reports' language (`lang`); each report's comment speaks its
 * own file's ("trông giống Báo cáo công việc (status)" for a Vietnamese file in a mixed folder). The
 * keys and kind ids stay as the configuration reads them.
 */
export function initYaml(found: readonly FoundReport[], date: string, lang: Lang = 'en'): string {
  const guessed = found.filter((f) => !f.declared);
  const named = (kind: string, in_: Lang) => `${DEFAULT_KINDS.get(kind)?.name[in_] ?? kind} (${kind})`;
  const vi = lang === 'vi';
  const lines = vi
    ? [
        `# Tệp này do "reportwright init" ghi ngày ${date}: hãy xem lại trước khi commit.`,
        '# Các tệp trong reportFiles được kiểm tra như báo cáo dù front matter chưa ghi loại, mỗi tệp theo',
        '# loại ghi sau nó (loại mà tệp trông giống). Sửa loại nếu cần; "auto" để loại được đọc từ nội dung.',
        '# "kind: …" trong front matter của tệp được ưu tiên. Xem README, mục "Configuration".',
      ]
    : [
        `# Written by "reportwright init" on ${date}: review it before committing.`,
        '# Files listed under reportFiles are checked as reports although their front matter names no kind,',
        '# each as the kind given after it (the kind it looks like). Change a kind if need be; "auto" reads it',
        '# from the text. A file\'s own "kind: …" in front matter comes first. See the README, "Configuration".',
      ];
  if (guessed.length === 0) lines.push('reportFiles: {}');
  else {
    lines.push('reportFiles:');
    for (const f of guessed) {
      const own = f.lang ?? lang;
      // The file's name as a glob that matches it alone ("[draft].md" → "\\[draft\\].md").
      lines.push(`  ${JSON.stringify(escapeGlob(f.file))}: ${f.kind}   # ${own === 'vi' ? 'trông giống' : 'looks like'} ${named(f.kind, own)}, ${Math.round(f.confidence * 100)}%`);
    }
  }
  const declared = found.filter((f) => f.declared);
  if (declared.length) {
    lines.push(vi ? '# Các báo cáo đã ghi loại trong front matter (không cần thêm gì):' : '# Reports that name their kind in front matter (nothing to add):');
    // Quoted, as JSON writes it: a name with a line break would otherwise end the comment.
    for (const f of declared) lines.push(`#   ${JSON.stringify(f.file)}: ${named(f.kind, f.lang ?? lang)}`);
  }
  lines.push('rules: {}', '');
  return lines.join('\n');
}

