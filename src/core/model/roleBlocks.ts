import type { ReportKind } from '../kinds/kind';
import { compileWorkspacePattern, type SafePattern } from '../text/safePattern';
import type { Caption } from './captions';
import type { Paragraph } from './paragraphs';
import type { Section } from './sections';

/**
 * A role played by a run of paragraphs rather than by a heading's section: the participants,
 * results or conclusion of a news report that has no headings, recognised by the cue phrases
 * its kind gives ("Tham dự…", "Phát biểu kết luận…").
 */
export interface RoleBlock {
  role: string;
  /** First and last line of the run, 0-based. */
  startLine: number;
  endLine: number;
  source: 'paragraphs';
}

/** How much of a paragraph a cue is tried on: cues name how a paragraph opens. */
const CUE_WINDOW = 2000;

const compiled = new WeakMap<ReportKind, Array<{ role: string; cues: SafePattern[] }>>();

function cuesOf(kind: ReportKind): Array<{ role: string; cues: SafePattern[] }> {
  let list = compiled.get(kind);
  if (!list) {
    list = kind.roles
      .filter((r) => r.cues?.length)
      .map((r) => ({ role: r.id, cues: r.cues!.flatMap((cue) => compile(cue)) }))
      .filter((r) => r.cues.length > 0);
    compiled.set(kind, list);
  }
  return list;
}

function compile(cue: string): SafePattern[] {
  // Cues may come from a workspace's kind file: linear-time matching, whatever the pattern.
  // A refused cue is reported on its file; here it matches nothing.
  const { pattern } = compileWorkspacePattern(`^(?:${cue})`, 'iu');
  return pattern ? [pattern] : [];
}

/**
 * Paragraphs outside the sections whose headings name a role, and not captions, play every
 * role one of whose cues matches their start; consecutive paragraphs playing one role form
 * one block.
 */
export function findRoleBlocks(kind: ReportKind, paragraphs: () => readonly Paragraph[], roleSections: readonly Section[], captions: () => readonly Caption[]): RoleBlock[] {
  const roles = cuesOf(kind);
  if (roles.length === 0) return [];
  const inSection = (line: number) => roleSections.some((s) => line >= s.startLine && line <= s.endLine);
  const isCaption = (p: Paragraph) => captions().some((c) => c.startLine === p.startLine && c.endLine === p.endLine);
  const blocks: RoleBlock[] = [];
  const open = new Map<string, RoleBlock>();
  for (const paragraph of paragraphs()) {
    if (inSection(paragraph.startLine) || isCaption(paragraph)) continue;
    const text = paragraph.content.slice(0, CUE_WINDOW).normalize('NFC').replace(/^[*_\s]+/, '');
    const playing = new Set(roles.filter((r) => r.cues.some((cue) => cue.test(text))).map((r) => r.role));
    for (const role of [...open.keys()]) if (!playing.has(role)) open.delete(role);
    for (const role of playing) {
      const block = open.get(role);
      if (block) block.endLine = paragraph.endLine;
      else {
        const created: RoleBlock = { role, startLine: paragraph.startLine, endLine: paragraph.endLine, source: 'paragraphs' };
        blocks.push(created);
        open.set(role, created);
      }
    }
  }
  return blocks;
}
