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
 * through playwright-core (which never downloads a browser when given an executable): A4, the
 * profile's margins and page numbers, the headings as the PDF's outline (bookmarks)
 * and a tagged PDF where the browser supports them.
 */
export async function exportPdf(doc: ReportDocument, options: PdfExportOptions): Promise<PdfExport> {
  const profile = options.profile ?? PROFILES.default;
  const executablePath = findBrowser(options.browserPath);
  const tokens = inlineTokens(doc);
  const images = await loadImages(imageSources(tokens), options.readFile);
  const meta = reportMetadata(doc, tokens);
  // With `toc: true` the page is printed twice: first to learn where each heading lands
  // (the contents' links become the PDF's named destinations), then with the page numbers.
  const toc = frontPage(doc, tokens, meta).toc;
  // Offline: web images become links and the page allows data URIs only, so the printer needs no request.
  const render = (tocPages?: TocPages) => htmlPage(doc, images, { ...options, offline: true, tocPages });
  const { data: printed, sandboxed } = await printHtml(render, toc, profile, executablePath, options.timeoutMs ?? 120_000, options.onProgress ?? (() => undefined));
  // The document's title and author, not the browser's user agent, in the PDF's properties.
  const data = withInfo(printed, { title: meta.title, author: meta.author, subject: meta.kind, creator: options.generator });
  const notes = images.notes;
  if (sandboxed === 'failed') notes.push(SANDBOX_FAILED);
  return { data, notes, browser: executablePath, pages: pageCount(data) };
}

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
): Promise<{ data: Uint8Array; sandboxed: boolean | 'failed' }> {
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
    // The page is the HTML export: no script, so none is run. Its images are in it as data
    // URIs and web images are links: the printer needs no request and makes none (offline,
    // and every request refused, should the page ask for one all the same).
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    await context.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort('blockedbyclient')));
    const page = await context.newPage();
    page.setDefaultTimeout(timeout);
    const m = profile.margins;
    // Chromium 131 and later print the stylesheet's page margin boxes: page numbers where the
    // profile wants them (nd30: centred at the top, not on page 1). Older ones get a footer.
    const marginBoxes = Number(browser.version().split('.')[0]) >= 131;
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
    if (!toc) return { data: await print(render()), sandboxed };
    const first = await print(render('measure'));
    progress({ en: 'numbering the pages of the contents', vi: 'đang đánh số trang cho mục lục' });
    return { data: await print(render(destinationPages(first))), sandboxed };
  } catch (error) {
    if (error instanceof ExportError) throw error;
    throw new ExportError('browser', { en: `The browser failed to print the PDF: ${firstLine(error)}`, vi: `Trình duyệt không in được PDF: ${firstLine(error)}` });
  } finally {
    await browser.close().catch(() => undefined);
  }
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
