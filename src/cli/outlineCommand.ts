import * as path from 'node:path';
import { type Lang, parseReport, type Section } from '../core';
import { FileProblem, readSource } from './files';
import { EXIT, type Io } from './main';
import { kindOption } from './kindOption';
import type { ReportSettings } from './reportSettings';

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
    const lines = [outlineHeader(file, doc.isReport, doc.kind?.id, doc.lang, detection, options.lang ?? doc.lang)];
    for (const p of parts.filter((x) => x.part !== 'heading' && x.part !== 'pseudo-heading')) {
      lines.push(`  ${p.part}: ${p.title}  [${p.startLine}-${p.endLine}]${p.role ? ` (${p.role})` : ''}`);
    }
    const print = (nodes: OutlineNode[], depth: number) => {
      for (const node of nodes) {
        lines.push(`${'  '.repeat(depth)}${node.text}  [${node.startLine}-${node.endLine}]${node.role ? ` (${node.role})` : ''}`);
        print(node.children, depth + 1);
      }
    };
    print(sections, 1);
    io.out(lines.join('\n'));
  }
  return EXIT.ok;
}

/**
 * The first line of the text outline, in `lang` (--lang, else the report's):
 * `notes.md: report, kind status, vi; looks like status (80%)` /
 * `notes.md: báo cáo, loại status, vi; giống loại status (80%)`. Kind ids stay as they are (they are names to type).
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
