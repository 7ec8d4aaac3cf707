import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { type Lang, parseReport } from '../core';
import { expandArguments, FileProblem, readSource } from './files';
import { EXIT, type Io } from './main';
import type { ReportSettings } from './reportSettings';
import { pathExists } from '../core/pathExists';

/** What `init` found in one file. */
export interface FoundReport {
  /** Relative to the folder the configuration is written in, with forward slashes. */
  file: string;
  kind: string;
  confidence: number;
  /** Whether the front matter already names the kind (then the file needs no glob). */
  declared: boolean;
}

/**
 * `reportwright init [FOLDER]`: looks through a repository's Markdown files (skipping
 * node_modules, what .gitignore leaves out and a configuration's `ignores`), finds those that
 * confidently look like reports, and writes `.reportwright.yaml` in FOLDER naming them in
 * `reportFiles`, each with the kind it looks like, for the writer to review. An existing
 * configuration file is never replaced (use --force to write over it; the write is atomic).
 * It speaks `--lang`, else Vietnamese when every report it found is Vietnamese, else English.
 */
export async function runInit(io: Io, folder: string | undefined, options: { settings: ReportSettings; force: boolean; lang?: Lang }): Promise<number> {
  const root = path.resolve(io.cwd, folder ?? '.');
  const target = path.join(root, '.reportwright.yaml');
  for (const name of ['.reportwright.json', '.reportwright.yaml', '.reportwright.yml']) {
    const existing = path.join(root, name);
    if (!options.force && (await pathExists(existing))) {
      const shown = path.relative(io.cwd, existing) || name;
      io.err(
        (options.lang ?? 'en') === 'vi'
          ? `reportwright: ${shown} đã có; không ghi gì (--force ghi đè .reportwright.yaml)`
          : `reportwright: ${shown} exists; nothing written (--force writes over .reportwright.yaml)`,
      );
      return EXIT.usage;
    }
  }
  const { files, problems } = await expandArguments([path.relative(io.cwd, root) || '.'], io.cwd);
  const found: FoundReport[] = [];
  const langs = new Set<Lang>();
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
    const relative = path.relative(root, absolute).split(path.sep).join('/');
    if (doc.declaredKind !== undefined && doc.kind) found.push({ file: relative, kind: doc.kind.id, confidence: 1, declared: true });
    else if (doc.isReport && doc.kind) found.push({ file: relative, kind: doc.kind.id, confidence: doc.detection.confidence, declared: false });
    else continue;
    langs.add(doc.lang);
  }
  const lang = options.lang ?? (langs.size === 1 && langs.has('vi') ? 'vi' : 'en');
  for (const problem of problems) io.err(`reportwright: ${problem[lang]}`);
  const yaml = initYaml(found, new Date().toISOString().slice(0, 10));
  const temporary = `${target}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`;
  await fs.writeFile(temporary, yaml, { flag: 'wx' });
  await fs.rename(temporary, target);
  const named = found.filter((f) => !f.declared).length;
  const written = path.relative(io.cwd, target) || '.reportwright.yaml';
  io.out(
    lang === 'vi'
      ? `Đã ghi ${written}: tìm thấy ${named} báo cáo chưa có kind:, ${found.length - named} báo cáo đã nêu loại (trong ${files.length} tệp Markdown). Hãy xem lại trước khi commit.`
      : `Wrote ${written}: ${named} report${named === 1 ? '' : 's'} without kind: found, ${found.length - named} that name their kind (of ${files.length} Markdown files). Review it before committing.`,
  );
  return EXIT.ok;
}

/** The configuration `init` writes: the reports it found, with the kind each looks like as a comment. */
export function initYaml(found: readonly FoundReport[], date: string): string {
  const guessed = found.filter((f) => !f.declared);
  const lines = [
    `# Written by "reportwright init" on ${date}: review it before committing.`,
    '# Files listed under reportFiles are checked as reports although their front matter names no kind;',
    '# the kind each looks like is given after it. Add "kind: …" to a file\'s front matter to be sure.',
    '# See the README, "Configuration".',
  ];
  if (guessed.length === 0) lines.push('reportFiles: []');
  else {
    lines.push('reportFiles:');
    for (const f of guessed) lines.push(`  - ${JSON.stringify(f.file)}   # looks like ${f.kind} (${Math.round(f.confidence * 100)}%)`);
  }
  const declared = found.filter((f) => f.declared);
  if (declared.length) {
    lines.push('# Reports that name their kind in front matter (nothing to add):');
    for (const f of declared) lines.push(`#   ${f.file}: ${f.kind}`);
  }
  lines.push('rules: {}', '');
  return lines.join('\n');
}

