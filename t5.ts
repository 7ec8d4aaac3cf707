import { parseReport } from './src/core';
import { exportPdf, PROFILES } from './src/core/export';
import { htmlPage } from './src/core/export/html';
import { loadImages } from './src/core/export/images';
import { pageCount } from './src/core/export/pdfPost';
import { chromium } from 'playwright-core';
import * as fs from 'fs';
(async () => {
  const files = process.argv.slice(2);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
  for (const f of files) for (const prof of ['default', 'nd30'] as const) {
    const doc = parseReport(fs.readFileSync(f, 'utf8'));
    const profile = PROFILES[prof];
    const t0=Date.now(); const pdf = await exportPdf(doc, { readFile: async () => { throw new Error('x'); }, profile });
    const page = htmlPage(doc, await loadImages([], async () => new Uint8Array()), { profile });
    const css = /<style>\n([\s\S]*?)\n<\/style>/.exec(page)![1];
    const body = /<main class="report">\n([\s\S]*?)<\/main>\n<\/body>/.exec(page)![1];
    console.log("pdf ms", Date.now()-t0); const p = await browser.newPage();
    await p.setContent('<html><body><div id="h"></div></body></html>');
    await p.addScriptTag({ path: 'media/paged.js' });
    const n = await p.evaluate(([css, body, layout]) => (window as any).rwPaginate(document.getElementById('h'), { css, body, layout }, ''), [css, body, { paper: profile.paper, margins: profile.margins, pageNumbers: profile.pageNumbers }] as const);
    if (process.env.SHOT) await p.screenshot({ path: `/tmp/paged-${prof}.png`, fullPage: true });
    console.log(f, prof, 'pdf', pdf.pages, 'paged', n);
    await p.close();
  }
  await browser.close();
})();
