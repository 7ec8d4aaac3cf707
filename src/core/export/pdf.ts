import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import type { Localized } from '../i18n';
import type { ReportDocument } from '../model/document';
import { findBrowser } from './browser';
import { ExportError } from './errors';
import { inlineTokens } from '../render/report';
import { frontPage } from './frontPage';
import { htmlPage, type HtmlExportOptions } from './html';
import type { TocPages } from './htmlFront';
import { imageSources, loadImages } from './images';
import { reportMetadata } from './metadata';
import { pagedScript, pageLayout } from './pages';
import { destinationPages, pageCount, withInfo } from './pdfPost';
import { type PageProfile, PROFILES } from './profiles';

export interface PdfExportOptions extends HtmlExportOptions {
  /** The browser to print with; found on the machine when not given. */
  browserPath?: string;
  /** How long the browser may take to start, load and print, in milliseconds. */
  timeoutMs?: number;
  /** Told each step of a print (starting the browser, printing, numbering the contents), for a progress line. */
  onProgress?: (step: Localized) => void;
}

export interface PdfExport {
  data: Uint8Array;
  notes: Localized[];
  /** The browser that printed it. */
  browser: string;
  /** How many pages it has, when the PDF says. */
  pages?: number;
}

/**
 * The HTML export printed to PDF by a Chromium, Chrome or Edge already on the machine, driven
 * through playwright-core (which never downloads a browser when given an executable): laid out
 * in pages by the layout the paged preview shows (media/paged.js: A4, the profile's margins and
 * page numbers, each footnote at the foot of the page that refers to it), the headings as the
 * PDF's outline (bookmarks) and a tagged PDF where the browser supports them.
 */
export async function exportPdf(doc: ReportDocument, options: PdfExportOptions): Promise<PdfExport> {
  const profile = options.profile ?? PROFILES.default;
  const executablePath = findBrowser(options.browserPath);
  const tokens = inlineTokens(doc);
  const images = await loadImages(imageSources(tokens), options.readFile);
  const meta = reportMetadata(doc, tokens);
  // With `toc: true` the contents get their page numbers from where the layout puts each heading.
  const toc = frontPage(doc, tokens, meta).toc;
  // Offline: web images become links and the page allows data URIs only, so the printer needs no request.
  const render = (tocPages?: TocPages) => htmlPage(doc, images, { ...options, offline: true, tocPages });
  const { data: printed, sandboxed, flowing } = await printHtml(render, toc, profile, executablePath, options.timeoutMs ?? 120_000, options.onProgress ?? (() => undefined));
  // The document's title and author, not the browser's user agent, in the PDF's properties.
  const data = withInfo(printed, { title: meta.title, author: meta.author, subject: meta.kind, creator: options.generator });
  const notes = images.notes;
  if (sandboxed === 'failed') notes.push(SANDBOX_FAILED);
  if (flowing) notes.push(flowingNote(flowing));
  return { data, notes, browser: executablePath, pages: pageCount(data) };
}

/** Said when the PDF was printed as the page flows (footnotes after the text) because the page layout could not run. */
function flowingNote(reason: Localized): Localized {
  return {
    en: `The pages could not be laid out (${reason.en}), so the PDF was printed as the page flows: its footnotes are listed after the text instead of at the foot of their pages.`,
    vi: `Không dàn trang được (${reason.vi}) nên PDF được in liền mạch: chú thích nằm sau phần nội dung thay vì ở cuối trang có chú thích.`,
  };
}

const LAYOUT_MISSING: Localized = {
  en: 'its scripts, media/paged.js and media/pagedParts.js, are missing from this installation',
  vi: 'thiếu mã dàn trang media/paged.js và media/pagedParts.js trong bản cài đặt này',
};

const SANDBOX_FAILED: Localized = {
  en: "The browser's sandbox could not start on this machine, so the PDF was printed without it (the page has no script and loads nothing from outside).",
  vi: 'Hộp cát (sandbox) của trình duyệt không khởi động được trên máy này nên PDF được in không có nó (trang in không có mã chạy và không tải gì từ bên ngoài).',
};

/**
 * Whether to keep Chromium's sandbox on: always, except for the root user on Linux, where
 * Chromium refuses to start with it (it would need a user namespace root does not get).
 */
export function wantsSandbox(platform: NodeJS.Platform, uid: number | undefined): boolean {
  return !(platform === 'linux' && uid === 0);
}

/**
 * Starts the browser headless with its sandbox on where Chromium can have one (wantsSandbox);
 * when the sandbox fails to start (containers without user namespaces), starts it without
 * and says so: `sandboxed` is then 'failed'. Throws the launch error otherwise.
 */
export async function launchBrowser(
  chromium: typeof import('playwright-core').chromium,
  executablePath: string,
  timeout: number,
): Promise<{ browser: import('playwright-core').Browser; sandboxed: boolean | 'failed' }> {
  const wanted = wantsSandbox(process.platform, process.getuid?.());
  const launch = (sandbox: boolean) => chromium.launch({ executablePath, headless: true, timeout, chromiumSandbox: sandbox, args: ['--disable-gpu', '--no-first-run'] });
  try {
    return { browser: await launch(wanted), sandboxed: wanted };
  } catch (error) {
    if (!wanted) throw error;
    return { browser: await launch(false), sandboxed: 'failed' };
  }
}

async function printHtml(
  render: (tocPages?: TocPages) => string,
  toc: boolean,
  profile: PageProfile,
  executablePath: string,
  timeout: number,
  progress: (step: Localized) => void,
): Promise<{ data: Uint8Array; sandboxed: boolean | 'failed'; flowing?: Localized }> {
  const { chromium } = await loadPlaywright();
  progress({ en: 'starting the browser', vi: 'đang khởi động trình duyệt' });
  let browser;
  let sandboxed: boolean | 'failed';
  try {
    ({ browser, sandboxed } = await launchBrowser(chromium, executablePath, timeout));
  } catch (error) {
    throw new ExportError('browser', {
      en: `The browser ${executablePath} could not be started to print the PDF: ${firstLine(error)}`,
      vi: `Không khởi động được trình duyệt ${executablePath} để in PDF: ${firstLine(error)}`,
    });
  }
  try {
    // The page is the HTML export: it has no script of its own and runs none (its content
    // security policy allows none, and scripts are off). Its images are in it as data URIs and
    // web images are links: the printer needs no request and makes none (offline, and every
    // request refused, should the page ask for one all the same).
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    await context.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort('blockedbyclient')));
    const page = await context.newPage();
    page.setDefaultTimeout(timeout);
    const script = pagedScript();
    if (script) {
      try {
        return { data: await printPaged(page, render, toc, profile, script, timeout, progress), sandboxed };
      } catch (error) {
        if (error instanceof ExportError) throw error;
        // The page layout failed on this report or in this browser: the flowing print still makes a PDF.
        const reason = firstLine(error);
        return { data: await printFlowing(page, browser.version(), render, toc, profile, progress), sandboxed, flowing: { en: reason, vi: reason } };
      }
    }
    return { data: await printFlowing(page, browser.version(), render, toc, profile, progress), sandboxed, flowing: LAYOUT_MISSING };
  } catch (error) {
    if (error instanceof ExportError) throw error;
    throw new ExportError('browser', { en: `The browser failed to print the PDF: ${firstLine(error)}`, vi: `Trình duyệt không in được PDF: ${firstLine(error)}` });
  } finally {
    await browser.close().catch(() => undefined);
  }
}

type Page = import('playwright-core').Page;

/**
 * The page laid out in sheets by the layout the paged preview uses (media/paged.js, run in the
 * page through the browser's debugging protocol, not by the page): each footnote at the foot of
 * the page that refers to it, the page numbers drawn on the sheets, the contents' page numbers
 * filled in where the layout put each heading; then printed one sheet per page, edge to edge.
 */
async function printPaged(page: Page, render: (tocPages?: TocPages) => string, toc: boolean, profile: PageProfile, script: string, timeout: number, progress: (step: Localized) => void): Promise<Uint8Array> {
  await page.setContent(render(toc ? 'measure' : undefined), { waitUntil: 'load' });
  progress({ en: 'laying out the pages', vi: 'đang dàn trang' });
  await page.evaluate(script);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const layOut = page.evaluate((layout) => (globalThis as any).rwPrintPages(layout) as number, pageLayout(profile));
  // Past the time limit the browser is closed under it: that rejection is no news.
  layOut.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ExportError('browser', { en: `Laying out the pages took longer than ${Math.round(timeout / 1000)} s.`, vi: `Dàn trang mất hơn ${Math.round(timeout / 1000)} giây.` })), timeout);
  });
  try {
    await Promise.race([layOut, late]);
  } finally {
    clearTimeout(timer);
  }
  progress({ en: 'printing', vi: 'đang in' });
  // Chromium's A4 (8.27 × 11.7 in) holds the 210 × 297 mm sheets, a fraction of a millimetre to spare.
  const { width, height } = profile.paper;
  const size = width === 210 && height === 297 ? { format: 'A4' } : { width: `${width}mm`, height: `${height}mm` };
  const pdf = await page.pdf({ ...size, margin: { top: '0', bottom: '0', left: '0', right: '0' }, printBackground: true, outline: true, tagged: true });
  return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
}

/**
 * The page printed as it flows, in the browser's own pages: the profile's margins, page
 * numbers in the stylesheet's margin boxes (Chromium 131 and later; older ones get a footer),
 * footnotes after the text. With `toc: true` it is printed twice: first to learn where each
 * heading lands (the contents' links become the PDF's named destinations).
 */
async function printFlowing(page: Page, version: string, render: (tocPages?: TocPages) => string, toc: boolean, profile: PageProfile, progress: (step: Localized) => void): Promise<Uint8Array> {
  const m = profile.margins;
  const marginBoxes = Number(version.split('.')[0]) >= 131;
  const print = async (html: string) => {
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({
      format: 'A4',
      margin: { top: `${m.top}mm`, bottom: `${m.bottom}mm`, left: `${m.left}mm`, right: `${m.right}mm` },
      printBackground: true,
      displayHeaderFooter: !marginBoxes,
      headerTemplate: '<span></span>',
      footerTemplate: `<div style="width:100%;text-align:center;font-size:9pt;font-family:${profile.font}, serif;color:#444"><span class="pageNumber"></span></div>`,
      outline: true,
      tagged: true,
    });
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  };
  progress({ en: 'printing', vi: 'đang in' });
  if (!toc) return print(render());
  const first = await print(render('measure'));
  progress({ en: 'numbering the pages of the contents', vi: 'đang đánh số trang cho mục lục' });
  return print(render(destinationPages(first)));
}

/**
 * playwright-core is loaded only when a PDF is made: it is large (4 MB), and linting, the
 * preview and the other exports never need it. The bundles in dist/ ship it as a package of
 * its own beside them (scripts/build.ts), since the extension's package has no node_modules.
 */
export async function loadPlaywright(): Promise<typeof import('playwright-core')> {
  // playwright-core stops the whole process on an older Node.js; in an extension host that would be VS Code's.
  if (Number(process.versions.node.split('.')[0]) < 20) {
    throw new ExportError('browser', {
      en: `PDF export needs Node.js 20 or newer (VS Code 1.92 or newer); this is Node.js ${process.versions.node}. HTML and Word export work.`,
      vi: `Xuất PDF cần Node.js 20 trở lên (VS Code 1.92 trở lên); ở đây là Node.js ${process.versions.node}. Xuất HTML và Word vẫn dùng được.`,
    });
  }
  const shipped = path.join(__dirname, 'playwright-core');
  if (existsSync(path.join(shipped, 'package.json'))) return createRequire(__filename)(shipped) as typeof import('playwright-core');
  return import('playwright-core');
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n').find((line) => line.trim())?.trim() ?? text;
}
