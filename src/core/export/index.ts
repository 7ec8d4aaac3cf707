/** Export of finished reports to HTML, Word and PDF: what the command line and the extension call. */
export { exportReport, type ExportRequest, type ExportOutcome } from './exportReport';
export { defaultOutputPath, EXPORT_FORMATS, isExportFormat, type ExportFormat } from './formats';
export { ExportError, type ExportErrorCode } from './errors';
export { checkGate, gateSummary, PLACEHOLDER_RULE, type GateResult } from './gate';
export { exportHtml, type HtmlExport } from './html';
export { exportDocx, type DocxExport } from './docx';
export { exportPdf, type PdfExport } from './pdf';
export { findBrowser, browserCandidates, type BrowserSearch } from './browser';
export { PROFILES, PROFILE_IDS, isProfileId, mmToTwips, type ProfileId, type PageProfile } from './profiles';
export type { ReadFile } from './images';
