import type { Localized } from '../i18n';
import { findBrowser } from './browser';
import { dataUri, type ImageSet } from './images';
import { launchBrowser, loadPlaywright } from './pdf';

/** How much sharper than its own size an SVG's PNG stand-in is drawn (Word shows it printed too). */
const SCALE = 2;

/**
 * Word shows an SVG only beside a raster stand-in (older Word, LibreOffice and other readers
 * show the stand-in). Each SVG image of the set gets a PNG drawn by the browser that prints
 * PDFs (the one set, else the one found); the browser starts only when there is an SVG. With
 * no browser, or when one cannot draw an image, the SVG stays out of the document and a note
 * says so: its alt text stands in.
 */
export async function addSvgFallbacks(images: ImageSet, browserPath: string | undefined, timeoutMs = 60_000): Promise<void> {
  const svgs = [...images.local.entries()].filter(([, image]) => image.type === 'svg');
  if (!svgs.length) return;
  const drop = (src: string, why: Localized) => {
    images.local.delete(src);
    images.notes.push(why);
  };
  let executablePath: string;
  try {
    executablePath = findBrowser(browserPath);
  } catch {
    for (const [src] of svgs) {
      drop(src, {
        en: `The SVG image ${src} is not in the Word file: Word needs a PNG beside it, drawn by Chromium, Chrome or Edge, and none was found (set reportwright.export.browserPath or --browser); its alt text stands in.`,
        vi: `Ảnh SVG ${src} không có trong tệp Word: Word cần kèm một ảnh PNG do Chromium, Chrome hay Edge vẽ, mà không tìm thấy trình duyệt nào (đặt reportwright.export.browserPath hoặc --browser); chú thích của ảnh được ghi thay.`,
      });
    }
    return;
  }
  let browser;
  try {
    const { chromium } = await loadPlaywright();
    // Sandboxed as the PDF printer is (wantsSandbox); a sandbox that cannot start is said in a note.
    const launched = await launchBrowser(chromium, executablePath, timeoutMs);
    browser = launched.browser;
    if (launched.sandboxed === 'failed') {
      images.notes.push({
        en: "The browser's sandbox could not start on this machine, so the SVG images were drawn for Word without it (they are shown as images: no script runs and nothing is loaded from outside).",
        vi: 'Hộp cát (sandbox) của trình duyệt không khởi động được trên máy này nên ảnh SVG được vẽ cho Word không có nó (ảnh chỉ được hiển thị: không có mã chạy và không tải gì từ bên ngoài).',
      });
    }
    // The SVG is shown as an image: its own scripts and links never run, and no request leaves
    // the page (offline, and every request but the image's data URI refused).
    const context = await browser.newContext({ javaScriptEnabled: false, deviceScaleFactor: SCALE, offline: true });
    await context.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort('blockedbyclient')));
    const page = await context.newPage();
    page.setDefaultTimeout(timeoutMs);
    for (const [src, image] of svgs) {
      try {
        const width = image.width ?? 600;
        const height = image.height ?? 450;
        await page.setViewportSize({ width: Math.min(Math.max(width, 1), 4000), height: Math.min(Math.max(height, 1), 4000) });
        const style = image.width && image.height ? `width:${width}px;height:${height}px` : 'max-width:600px';
        await page.setContent(`<!DOCTYPE html><html><body style="margin:0;background:#fff"><img id="i" style="display:block;${style}" src="${dataUri(image)}"></body></html>`, { waitUntil: 'load' });
        const element = await page.$('#i');
        const box = await element?.boundingBox();
        if (!element || !box || box.width < 1 || box.height < 1) throw new Error('the image has no size');
        const png = await element.screenshot({ type: 'png' });
        image.fallback = new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
        image.width ??= Math.round(box.width);
        image.height ??= Math.round(box.height);
      } catch (error) {
        drop(src, {
          en: `The SVG image ${src} could not be drawn for Word (${firstLine(error)}); its alt text stands in.`,
          vi: `Không vẽ được ảnh SVG ${src} cho Word (${firstLine(error)}); chú thích của ảnh được ghi thay.`,
        });
      }
    }
  } catch (error) {
    for (const [src, image] of svgs) {
      if (!image.fallback && images.local.has(src)) {
        drop(src, {
          en: `The SVG image ${src} could not be drawn for Word: the browser ${executablePath} did not start (${firstLine(error)}); its alt text stands in.`,
          vi: `Không vẽ được ảnh SVG ${src} cho Word: trình duyệt ${executablePath} không khởi động được (${firstLine(error)}); chú thích của ảnh được ghi thay.`,
        });
      }
    }
  } finally {
    await browser?.close().catch(() => undefined);
  }
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n').find((line) => line.trim())?.trim() ?? text;
}
