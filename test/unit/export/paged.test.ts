import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as os from 'node:os';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium } from 'playwright-core';
import { parseReport, type ReportDocument } from '../../../src/core';
import { exportPdf, findBrowser, PROFILES, type ProfileId } from '../../../src/core/export';
import { htmlPage } from '../../../src/core/export/html';
import { loadImages } from '../../../src/core/export/images';
import { tocEntries } from '../../../src/core/export/frontPage';
import { pageLayout } from '../../../src/core/export/pages';
import { destinationPages } from '../../../src/core/export/pdfPost';
import { inlineTokens } from '../../../src/core/render/report';
import { noFiles } from './support';

const ROOT = path.join(__dirname, '..', '..', '..');

/** The paged preview's layout (media/pagedParts.js and paged.js) of the export's HTML, in the browser that prints PDFs: its page count and each page's first words. */
async function pagedLayout(doc: ReportDocument, profileId: ProfileId): Promise<{ count: number; tocPages: string[]; notes: Array<{ text: string; page: number; refPage: number; aboveBottom: number }> }> {
  const profile = PROFILES[profileId];
  const page = htmlPage(doc, await loadImages([], noFiles), { profile });
  const css = /<style>\n([\s\S]*?)\n<\/style>/.exec(page)![1];
  const body = /<main class="report">\n([\s\S]*?)<\/main>\n<\/body>/.exec(page)![1];
  const browser = await chromium.launch({ executablePath: findBrowser(undefined) });
  try {
    const tab = await browser.newPage();
    await tab.setContent('<!DOCTYPE html><html><body><div id="host"></div></body></html>');
    await tab.addScriptTag({ path: path.join(ROOT, 'media', 'pagedParts.js') });
    await tab.addScriptTag({ path: path.join(ROOT, 'media', 'paged.js') });
    const layout = pageLayout(profile);
    return await tab.evaluate(
      ([css, body, layout]) => {
        // In the page: the unit tests' TypeScript has no DOM types.
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        const page = globalThis as any;
        const host = page.document.getElementById('host');
        const count: number = page.rwPaginate(host, { css, body, layout }, '');
        const tocPages: string[] = Array.from(host.shadowRoot.querySelectorAll('.rw-toc-page'), (e: { textContent: string }) => e.textContent ?? '');
        // Each footnote: its text, its page, the page of its reference, how far its foot is above the bottom of the text area.
        // (No named functions in here: the test runner's compiler would wrap them in a helper the page does not have.)
        const notes: Array<{ text: string; page: number; refPage: number; aboveBottom: number }> = [];
        for (const note of host.shadowRoot.querySelectorAll('.rw-footnote[id]')) {
          const ref = host.shadowRoot.querySelector(`sup.footnote-ref > a[href="#${note.id}"]`);
          notes.push({
            text: note.textContent,
            page: Number(note.closest('.rw-sheet').dataset.page),
            refPage: Number(ref.closest('.rw-sheet').dataset.page),
            aboveBottom: note.closest('.rw-area').getBoundingClientRect().bottom - note.closest('.rw-footnotes').getBoundingClientRect().bottom,
          });
        }
        return { count, tocPages, notes };
      },
      [css, body, layout] as const,
    );
  } finally {
    await browser.close();
  }
}

// The paged print preview against the PDF it previews, in the same browser (CI installs Debian's Chromium).
describe('paged print preview and the printed PDF', function () {
  this.timeout(180_000);

  it('lays the 3-page report of the integration test out in the 3 pages its PDF has, its footnotes at the foot of the pages the PDF prints them on', async () => {
    const doc = parseReport(fs.readFileSync(path.join(ROOT, 'test', 'integration', 'workspace', 'paged-3.md'), 'utf8'));
    const pdf = await exportPdf(doc, { readFile: noFiles, profile: PROFILES.default });
    assert.equal(pdf.pages, 3);
    const paged = await pagedLayout(doc, 'default');
    assert.equal(paged.count, 3);
    assert.deepEqual(
      paged.notes.map(({ text, page, refPage }) => ({ text: text.slice(0, 12), page, refPage })),
      [
        { text: '1The help de', page: 1, refPage: 1 },
        { text: '2In February', page: 3, refPage: 3 },
      ],
    );
    for (const note of paged.notes) assert.ok(Math.abs(note.aboveBottom) < 1, `the notes sit on the foot of the text area (${note.aboveBottom} px above it)`);
    // The PDF prints them on the same pages.
    const file = path.join(os.tmpdir(), `rw-paged-notes-${process.pid}.pdf`);
    fs.writeFileSync(file, pdf.data);
    try {
      const page = (n: number) => execFileSync('pdftotext', ['-layout', '-f', String(n), '-l', String(n), file, '-'], { encoding: 'utf8' });
      assert.match(page(1), /The help desk the company already uses/);
      assert.match(page(3), /In February two people reviewed each answer/);
    } finally {
      fs.rmSync(file, { force: true });
    }
  });

  it('agrees with the PDF on a longer nd30 report with a contents list: page count and the contents’ page numbers', async () => {
    const sections = Array.from({ length: 6 }, (_, i) => `## ${['I', 'II', 'III', 'IV', 'V', 'VI'][i]}. Phần ${i + 1}\n\n` + 'Các cơ quan, đơn vị đã chủ động đề xuất chủ trương, biện pháp giải quyết các vấn đề phát sinh trong quá trình thực hiện nhiệm vụ. '.repeat(14) + '\n\n- Một việc đã xong.\n- Một việc khác.\n').join('\n');
    const doc = parseReport(`---\nkind: review\nlang: vi\ntitle: Báo cáo tổng kết\nauthor: Văn phòng\ndate: 2024-01-26\ntoc: true\n---\n\n${sections}`);
    const pdf = await exportPdf(doc, { readFile: noFiles, profile: PROFILES.nd30 });
    const paged = await pagedLayout(doc, 'nd30');
    assert.ok(pdf.pages! >= 4, `${pdf.pages} pages`);
    assert.equal(paged.count, pdf.pages);
    assert.equal(paged.tocPages.length, 6);
    assert.equal(paged.tocPages[0], '2', 'the contents take page 1, the report starts on page 2');
    // Where the PDF put each heading (its named destinations) is where the paged view puts it.
    const printed = destinationPages(pdf.data);
    assert.deepEqual(paged.tocPages, tocEntries(inlineTokens(doc)).map((entry) => String(printed.get(entry.anchor))));
  });

  it('PDF: the contents list printed with each heading’s page, title and author in the properties, the browser nowhere', async () => {
    const body = Array.from({ length: 3 }, (_, i) => `## Phần ${i + 1}\n\n` + 'Nội dung báo cáo được trình bày đầy đủ. '.repeat(120)).join('\n\n');
    const doc = parseReport(`---\nkind: review\nlang: vi\ntitle: Báo cáo năm\nauthor: Nguyễn Thị Lan\ntoc: true\n---\n\n${body}\n`);
    const { data } = await exportPdf(doc, { readFile: noFiles, profile: PROFILES.default, generator: 'Reportwright test' });
    const file = path.join(os.tmpdir(), `rw-toc-${process.pid}.pdf`);
    fs.writeFileSync(file, data);
    try {
      const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
      assert.match(info, /Title:\s+Báo cáo năm/);
      assert.match(info, /Author:\s+Nguyễn Thị Lan/);
      assert.match(info, /Creator:\s+Reportwright test/);
      assert.doesNotMatch(info, /Mozilla|HeadlessChrome/);
      const first = execFileSync('pdftotext', ['-layout', '-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' }).normalize('NFC');
      assert.match(first, /Mục lục/);
      const pages = destinationPages(data);
      for (const n of [1, 2, 3]) {
        const page = pages.get(`phần-${n}`);
        assert.ok(page && page >= 2, `Phần ${n} is on page ${page}`);
        assert.match(first, new RegExp(`Phần ${n}\\s+${page}\\b`), `the contents say Phần ${n} is on page ${page}`);
      }
    } finally {
      fs.rmSync(file, { force: true });
    }
  });

  it('prints no comment and numbers nested lists 1. 2. in a PDF (its own inputs, and the cases of ../shared/cases/export beside the checkout)', async () => {
    const cases = path.join(ROOT, '..', 'shared', 'cases', 'export');
    const text = async (markdown: string) => {
      const { data } = await exportPdf(parseReport(markdown), { readFile: noFiles });
      const file = path.join(os.tmpdir(), `rw-case-${process.pid}.pdf`);
      fs.writeFileSync(file, data);
      try {
        return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      } finally {
        fs.rmSync(file, { force: true });
      }
    };
    const inputs = [
      {
        comments: '# Team\n\n- Shipped the installer. <!-- ask Lan before sending -->\n- Closed 12 tickets.\n\n<!--\nInternal note: not final.\n\nCheck with finance.\n-->\n',
        lists: '# Plan\n\n1. Billing\n   1. Migrated invoices.\n   2. Closed the old API.\n2. Support\n   1. Answered 40 tickets.\n',
      },
    ];
    if (fs.existsSync(cases)) {
      inputs.push({ comments: fs.readFileSync(path.join(cases, 'inline-comments-en.md'), 'utf8'), lists: fs.readFileSync(path.join(cases, 'nested-ordered-lists-en.md'), 'utf8') });
    }
    for (const input of inputs) {
      const comments = await text(input.comments);
      assert.match(comments, /Shipped the installer\./);
      assert.doesNotMatch(comments, /ask Lan|not final|finance|Friday|<!--/);
      const lists = await text(input.lists);
      assert.match(lists, /1\.\s+Billing\s+1\.\s+Migrated invoices\.\s+2\.\s+Closed the old API\.\s+2\.\s+Support\s+1\.\s+Answered 40 tickets\./);
    }
  });
});
