import * as path from 'node:path';
import { DEFAULT_KINDS, displayTitle, type Lang, parseReport, type ReportKind, roleDisplayName, type Section } from '../core';
import { FileProblem, readSource } from './files';
import { EXIT, type Io } from './main';
import { kindOption } from './kindOption';
import type { ReportSettings } from './reportSettings';
import { kindLabel } from './words';

export interface OutlineNode {
  level: number;
  text: string;
  title: string;
  numbering?: string;
  role?: string;
  /** 1-based, inclusive: from the heading to the line before the next heading of the same or a higher level. */
  startLine: number;
  endLine: number;
  children: OutlineNode[];
}

export async function runOutline(
  io: Io,
  file: string,
  options: { format: 'text' | 'json'; kind?: string; settings: ReportSettings; lang?: Lang },
): Promise<number> {
  let source;
  try {
    source = await readSource(path.resolve(io.cwd, file));
  } catch (error) {
    if (!(error instanceof FileProblem)) throw error;
    io.err(`reportwright: ${file}: ${error.words[options.lang ?? 'en']}`);
    return EXIT.usage;
  }
  const { parse } = await options.settings.forFile(path.resolve(io.cwd, file));
  const doc = parseReport(source.text, { ...parse, ...kindOption(options.kind) });
  // The parts first: a question heading's role is known once they are read.
  const roleOfSection = new Map(doc.parts.filter((p) => p.section && p.role).map((p) => [p.section!, p.role!]));
  const sections = doc.sections.map((s) => toNode(s, roleOfSection));
  const detection = doc.detection;
  const parts = doc.parts.map((p) => ({
    part: p.part,
    role: p.role ?? null,
    title: p.title,
    startLine: p.startLine + 1,
    endLine: p.endLine + 1,
    level: p.level ?? null,
  }));
  const missing = doc.missingRoles.map((r) => r.id);
  if (options.format === 'json') {
    io.out(
      JSON.stringify(
        {
          file,
          isReport: doc.isReport,
          kind: doc.kind?.id ?? null,
          kindSource: doc.kindSource ?? null,
          lang: doc.lang,
          detectedKind: detection.kind ?? null,
          confidence: detection.confidence,
          parts,
          missing,
          sections,
        },
        null,
        2,
      ),
    );
  } else {
    const lang = options.lang ?? doc.lang;
    const registry = parse.kinds ?? DEFAULT_KINDS;
    const named = (id: string | undefined) => (id === undefined ? undefined : kindLabel((registry.get(id) ?? (doc.kind?.id === id ? doc.kind : undefined))?.name, id, lang));
    const lines = [outlineHeader(file, doc.isReport, named(doc.kind?.id), doc.lang, { ...detection, kind: named(detection.kind) }, lang)];
    const role = (id: string | null | undefined) => (id ? ` (${roleWithName(doc.kind, id, lang)})` : '');
    for (const p of parts.filter((x) => x.part !== 'heading' && x.part !== 'pseudo-heading')) {
      lines.push(`  ${PART_WORDS[p.part]?.[lang] ?? p.part}: ${p.title}  [${p.startLine}-${p.endLine}]${role(p.role)}`);
    }
    // Each node stands for the section at its place in the model's tree.
    const print = (nodes: OutlineNode[], of: readonly Section[], depth: number) => {
      nodes.forEach((node, i) => {
        lines.push(`${'  '.repeat(depth)}${displayTitle(of[i].heading)}  [${node.startLine}-${node.endLine}]${role(node.role)}`);
        print(node.children, of[i].children, depth + 1);
      });
    };
    print(sections, doc.sections, 1);
    io.out(lines.join('\n'));
  }
  // A broken configuration or kind file was said on stderr: the outline is of the layers under it, and the run says so by its status, as lint's does.
  return options.settings.failed ? EXIT.usage : EXIT.ok;
}

/** The parts the text outline lists besides the headings, by their name in each language. */
const PART_WORDS: Record<string, Record<Lang, string>> = {
  question: { en: 'question', vi: 'câu hỏi' },
  paragraphs: { en: 'paragraphs', vi: 'các đoạn văn' },
};

/**
 * A role as the text outline names it: in Vietnamese, its name in the report's kind (else in the
 * shared vocabulary) and its id, the name to type (`Thành phần tham dự · participants`); in
 * English the id, which is its name.
 */
function roleWithName(kind: ReportKind | undefined, id: string, lang: Lang): string {
  if (lang === 'en') return id;
  const name = roleDisplayName(kind, id, lang);
  return name !== id ? `${name} · ${id}` : id;
}

/**
 * The first line of the text outline, in `lang` (--lang, else the report's):
 * `notes.md: report, kind Status report (status), vi; looks like Status report (status) (80%)` /
 * `notes.md: báo cáo, loại Báo cáo công việc (status), vi; giống loại Báo cáo công việc (status) (80%)`.
 * `kind` and `detection.kind` are given as they are to be shown (see kindLabel).
 */
export function outlineHeader(
  file: string,
  isReport: boolean,
  kind: string | undefined,
  reportLang: Lang,
  detection: { kind?: string; confidence: number },
  lang: Lang,
): string {
  const percent = Math.round(detection.confidence * 100);
  if (lang === 'vi') {
    const looks = detection.kind ? `; giống loại ${detection.kind} (${percent}%)` : '';
    return `${file}: ${isReport ? `báo cáo, loại ${kind ?? 'chưa rõ'}` : 'không phải báo cáo'}, ${reportLang}${looks}`;
  }
  const looks = detection.kind ? `; looks like ${detection.kind} (${percent}%)` : '';
  return `${file}: ${isReport ? `report, kind ${kind ?? 'unknown'}` : 'not a report'}, ${reportLang}${looks}`;
}

function toNode(section: Section, roleOf: ReadonlyMap<Section, string>): OutlineNode {
  const { heading } = section;
  return {
    level: heading.level,
    text: heading.text,
    title: heading.title,
    ...(heading.numbering ? { numbering: heading.numbering.text } : {}),
    ...(roleOf.get(section) ? { role: roleOf.get(section) } : {}),
    startLine: section.startLine + 1,
    endLine: section.endLine + 1,
    children: section.children.map((c) => toNode(c, roleOf)),
  };
}
