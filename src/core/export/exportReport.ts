import type { Localized } from '../i18n';
import type { ReportDocument } from '../model/document';
import type { Finding } from '../rules/types';
import { exportDocx } from './docx';
import { ExportError } from './errors';
import type { ExportFormat } from './formats';
import { checkGate, type GateResult, gateSummary } from './gate';
import { exportHtml } from './html';
import type { ReadFile } from './images';
import { exportPdf } from './pdf';
import { officialPageProfile } from './officialLayout';
import { type ProfileId, PROFILES } from './profiles';
import { refuseExisting, refuseOwnSource, writeExport } from './write';
import { inlineTokens } from '../render/report';
import { refusedHtmlNote } from '../render/htmlNotes';


export interface ExportRequest {
  doc: ReportDocument;
  /** The report's findings, for the gate. */
  findings: readonly Finding[];
  format: ExportFormat;
  /** Where the file goes (absolute, or as the host's file system takes it). */
  outPath: string;
  readFile: ReadFile;
  profile?: ProfileId;
  /** Replace an existing file (the editor's save dialog already asked). */
  force?: boolean;
  /** The report's own file, when it has one: never replaced by its export, whatever `force` says. */
  sourcePath?: string;
  browserPath?: string;
  generator?: string;
  /** Word only: an organisation's Word file whose styles the export takes (pandoc's reference document). */
  referenceDocx?: { data: Uint8Array; name: string };
  /** Told each step of a long export (a PDF's browser start, its printing), for a progress line. */
  onProgress?: (step: Localized) => void;
  /**
   * Asked when the gate is closed (errors or placeholders): the export goes on when it answers
   * true. Without it, the gate's counts are only reported in the outcome.
   */
  confirm?: (gate: GateResult) => boolean | Promise<boolean>;
}

export interface ExportOutcome {
  outPath: string;
  bytes: number;
  gate: GateResult;
  /** What the export could not carry over (an unreadable image). */
  notes: Localized[];
  elapsedMs: number;
  /** The browser that printed a PDF. */
  browser?: string;
  /** A PDF's number of pages. */
  pages?: number;
}

/**
 * The one way the command line and the editor export a report: check the gate, refuse to
 * overwrite unless told to, render, and write through a temporary file. Throws an
 * ExportError, having written nothing, when the export does not happen.
 */
export async function exportReport(request: ExportRequest): Promise<ExportOutcome> {
  const started = Date.now();
  const gate = checkGate(request.findings);
  if (!gate.open && request.confirm && !(await request.confirm(gate))) {
    throw new ExportError('gate', { en: `Not exported: the report has ${gateSummary(gate).en}.`, vi: `Chưa xuất: báo cáo còn ${gateSummary(gate).vi}.` });
  }
  // Said before the work, not after it: a PDF can take a while.
  if (request.sourcePath) await refuseOwnSource(request.outPath, request.sourcePath);
  if (!request.force) await refuseExisting(request.outPath);
  // An official document prints on its own page (nd30, hd36) unless another profile is asked for.
  const profile = PROFILES[request.profile && request.profile !== 'default' ? request.profile : (officialPageProfile(request.doc) ?? 'default')];
  const common = { readFile: request.readFile, profile, generator: request.generator };
  let data: Uint8Array;
  let notes: Localized[];
  let browser: string | undefined;
  let pages: number | undefined;
  switch (request.format) {
    case 'html': {
      const result = await exportHtml(request.doc, common);
      data = new TextEncoder().encode(result.html);
      notes = result.notes;
      break;
    }
    case 'docx':
      ({ data, notes } = await exportDocx(request.doc, { ...common, referenceDocx: request.referenceDocx, browserPath: request.browserPath }));
      break;
    case 'pdf':
      ({ data, notes, browser, pages } = await exportPdf(request.doc, { ...common, browserPath: request.browserPath, onProgress: request.onProgress }));
      break;
  }
  // Raw HTML that was shown as written (a <span>, an <img>, a <script>): said, never run.
  const html = refusedHtmlNote(inlineTokens(request.doc));
  if (html) notes = [...notes, html];
  await writeExport(request.outPath, data, request.force ?? false);
  return { outPath: request.outPath, bytes: data.byteLength, gate, notes, elapsedMs: Date.now() - started, browser, pages };
}
