// @ts-check
// The page layout shared by the paged print preview and the PDF export: lays out the HTML the
// PDF printer gets in sheets of the export profile's size and margins, with its page numbers,
// breaking where the printed page would: between blocks, inside paragraphs, lists, tables and
// code between lines, rows and items, never right after a heading. Footnotes go to the foot of
// the page that holds their reference (under a short rule, in smaller type, with the
// reference's number); a line with a reference goes to the next page when its note does not fit
// under it (however many notes the page already holds), and a note longer than half a page
// continues at the next page's foot, the notes after it staying on their references' page.
// The preview (rwPaginate) lays out in a shadow root under its strict CSP: its one <style>
// carries the page's nonce, and the export's HTML is ours (the renderer passes no raw HTML).
// The PDF export (rwPrintPages) lays out the export page itself, then Chromium prints the
// sheets one per page.
// Its cutting and its footnote reading are in media/pagedParts.js, which loads first.
(function () {
  const PX_PER_MM = 96 / 25.4;
  // @ts-ignore: set by pagedParts.js
  const { REF, refId, takeNotes, split } = /** @type {{ REF: string, refId: (link: Element) => string, takeNotes: (source: HTMLElement) => Map<string, HTMLElement>, split: (element: HTMLElement, limit: Limit) => HTMLElement | undefined }} */ (window.rwPageParts);

  /**
   * @typedef {{ paper: { width: number, height: number }, margins: { top: number, right: number, bottom: number, left: number }, pageNumbers: 'footer' | 'top-after-first', numberPt?: number }} Layout
   * @typedef {(k: number) => number} Limit the lowest a block may reach when the first k footnote references in it stay on the page
   */

  /**
   * The sheets' own stylesheet (sizes in CSS pixels, 96 to the inch). Each sheet and its text
   * area are contained (`contain: strict`): what is added to one page never makes the browser
   * lay out the others again, which halves the time a long report takes.
   * @param {Layout} layout
   */
  function sheetCss(layout) {
    const { paper, margins } = layout;
    return `
.rw-sheet { position: relative; flex: none; width: ${paper.width * PX_PER_MM}px; height: ${paper.height * PX_PER_MM}px; background: #fff; color: #111; overflow: hidden; contain: strict; }
.rw-area { contain: strict; position: absolute; left: ${margins.left * PX_PER_MM}px; top: ${margins.top * PX_PER_MM}px; width: ${(paper.width - margins.left - margins.right) * PX_PER_MM}px; height: ${(paper.height - margins.top - margins.bottom) * PX_PER_MM}px; overflow: hidden; }
.rw-area > main.report { max-width: none; margin: 0; padding: 0; display: flow-root; }
.rw-area > main.report > :first-child { margin-top: 0; }
.rw-number { position: absolute; left: 0; right: 0; text-align: center; font-size: ${layout.numberPt || 9}pt; line-height: 1.2; color: #444; }
.rw-continued { text-indent: 0 !important; }
li.rw-continued { list-style: none; }
.rw-footnotes { position: absolute; left: 0; right: 0; bottom: 0; font-size: 0.85em; line-height: 1.25; }
.rw-footnotes-rule { width: 30%; height: 0.5em; margin-top: 0.7em; border-top: 1px solid #999; }
.rw-footnote { display: flow-root; padding-bottom: 0.15em; }
.rw-footnote p, .rw-footnote li { margin: 0; text-indent: 0; text-align: left; }
.rw-footnote ul, .rw-footnote ol, .rw-footnote blockquote, .rw-footnote pre { margin: 0; }
.rw-footnote-number { vertical-align: super; font-size: 0.75em; line-height: 0; margin-right: 0.25em; }
sup.footnote-ref { line-height: 0; }
sup.footnote-ref > a { text-decoration: none; }
.rw-measure { position: absolute; left: 0; top: 0; visibility: hidden; }
`;
  }

  /**
   * The paged print preview: the export's stylesheet and body laid out in sheets, in a shadow
   * root of `host` (so the preview's own styles stay apart).
   * @param {HTMLElement} host
   * @param {{ css: string, body: string, layout: Layout }} message
   * @param {string} nonce
   * @returns {number} the number of pages
   */
  function paginate(host, message, nonce) {
    const shadow = host.shadowRoot || host.attachShadow({ mode: 'open' });
    shadow.replaceChildren();
    const style = document.createElement('style');
    style.nonce = nonce;
    // The export's stylesheet, with its page-wide rules moved onto the sheet of paper.
    const css = message.css.replace(/(^|\})\s*html\s*\{/g, '$1 :host {').replace(/(^|\})\s*body\s*\{/g, '$1 .rw-sheet {');
    style.textContent = `${css}
${sheetCss(message.layout)}
:host { display: block; background: #e8e8e8; padding: 16px 0; }
.rw-pages { display: flex; flex-direction: column; align-items: center; gap: 16px; }
.rw-sheet { box-shadow: 0 1px 4px rgba(0,0,0,.3); }
`;
    const pages = document.createElement('div');
    pages.className = 'rw-pages';
    shadow.append(style, pages);
    const source = document.createElement('main');
    source.className = 'report';
    // The extension's own rendering of the report (see the file's header).
    source.innerHTML = message.body;
    return layOut(source, pages, message.layout, shadow);
  }

  /**
   * The PDF export: the export page's `main.report` laid out in sheets in its place, one sheet
   * per printed page (the page's own margins and page-number boxes give way to the sheets').
   * @param {Layout} layout
   * @returns {number} the number of pages
   */
  function printPages(layout) {
    const source = document.querySelector('body > main.report');
    if (!source) throw new Error('the page has no report');
    const style = document.createElement('style');
    style.textContent = `${sheetCss(layout)}
@page { size: ${layout.paper.width === 210 && layout.paper.height === 297 ? 'A4' : `${layout.paper.width}mm ${layout.paper.height}mm`}; margin: 0; @top-center { content: none; } @bottom-center { content: none; } }
@page :first { @top-center { content: none; } }
html, body { margin: 0; padding: 0; background: #fff; }
.rw-pages { display: block; }
.rw-sheet { break-after: page; }
.rw-sheet:last-child { break-after: auto; }
`;
    document.head.append(style);
    const pages = document.createElement('div');
    pages.className = 'rw-pages';
    source.replaceWith(pages);
    return layOut(/** @type {HTMLElement} */ (source), pages, layout, document);
  }

  /**
   * Moves the report in `source` into sheets appended to `pages`.
   * @param {HTMLElement} source
   * @param {HTMLElement} pages
   * @param {Layout} layout
   * @param {Document | ShadowRoot} root where ids are looked up
   * @returns {number} the number of pages
   */
  function layOut(source, pages, layout, root) {
    const { margins, pageNumbers } = layout;
    const contentHeight = (layout.paper.height - margins.top - margins.bottom) * PX_PER_MM;
    const notes = takeNotes(source);
    const queue = Array.from(source.childNodes).filter((n) => n.nodeType === Node.ELEMENT_NODE);

    // A hidden sheet where each note is measured once, at the width of the page's text.
    const measure = makeSheet(0);
    measure.sheet.classList.add('rw-measure');
    const measureFoot = document.createElement('div');
    measureFoot.className = 'rw-footnotes';
    measure.area.append(measureFoot);
    pages.append(measure.sheet);
    /** @type {Map<string, number>} */
    const heights = new Map();
    const noteHeight = (/** @type {string} */ id) => {
      let h = heights.get(id);
      if (h === undefined) {
        const note = /** @type {HTMLElement} */ (notes.get(id));
        measureFoot.append(note);
        h = note.getBoundingClientRect().height;
        note.remove();
        heights.set(id, h);
      }
      return h;
    };
    const rule = document.createElement('div');
    rule.className = 'rw-footnotes-rule';
    measureFoot.append(rule);
    const ruleHeight = rule.getBoundingClientRect().height + (parseFloat(getComputedStyle(rule).marginTop) || 0);
    rule.remove();

    /** Notes placed on earlier pages. */
    const placed = new Set();
    /** Parts of notes that did not fit at the foot of the page before: they open this page's foot. */
    /** @type {HTMLElement[]} */ let carried = [];
    let carriedHeight = 0;
    /** The notes referred to in `node`, one per reference, in order. */
    const refs = (/** @type {Element} */ node) => Array.from(node.querySelectorAll(REF), refId);
    // A note's first lines: the least of a note that may start at a page's foot and go on overleaf.
    const noteLine = parseFloat(getComputedStyle(measureFoot).lineHeight) || (parseFloat(getComputedStyle(measureFoot).fontSize) || 12) * 1.25;
    const notePart = noteLine * 3;
    /**
     * How much room under the text the foot needs with the notes of these references (and the
     * parts carried over): a note prints once, at its first reference. Every note must fit
     * whole, but one (the tallest, or what is carried over) may start with its first lines and
     * continue overleaf when the notes together are taller than half a page.
     * @param {string[]} ids
     */
    const footHeight = (ids) => {
      const seen = new Set();
      /** @type {number[]} */
      const sizes = carriedHeight > 0 ? [carriedHeight] : [];
      for (const id of ids) {
        if (seen.has(id) || placed.has(id) || !notes.has(id)) continue;
        seen.add(id);
        sizes.push(noteHeight(id));
      }
      if (!sizes.length) return 0;
      const total = sizes.reduce((a, b) => a + b, 0) + ruleHeight;
      const tallest = Math.max(...sizes);
      const fixed = total - tallest + Math.min(tallest, notePart);
      return Math.min(total, Math.max(fixed, contentHeight / 2));
    };

    /** @type {HTMLElement} */ let sheet;
    /** @type {HTMLElement} */ let area;
    /** @type {HTMLElement} */ let main;
    let count = 0;
    const newPage = () => {
      count++;
      ({ sheet, area } = makeSheet(count));
      main = document.createElement('main');
      main.className = 'report';
      area.append(main);
      if (pageNumbers === 'footer' || count > 1) {
        const number = document.createElement('div');
        number.className = 'rw-number';
        number.textContent = String(count);
        const size = (layout.numberPt || 9) * (96 / 72) * 1.2;
        if (pageNumbers === 'footer') number.style.bottom = `${(margins.bottom / 2) * PX_PER_MM - size / 2}px`;
        else number.style.top = `${(margins.top / 2) * PX_PER_MM - size / 2}px`;
        sheet.append(number);
      }
      pages.append(sheet);
    };
    const bottom = () => area.getBoundingClientRect().top + contentHeight + 0.5;
    /** The foot of the page: its notes, under the rule; what does not fit below the text goes on to the next page. */
    const finishPage = () => {
      const ids = [...new Set(refs(main))].filter((id) => notes.has(id) && !placed.has(id));
      ids.forEach((id) => placed.add(id));
      const parts = [...carried, ...ids.map((id) => /** @type {HTMLElement} */ (notes.get(id)))];
      carried = [];
      carriedHeight = 0;
      if (!parts.length) return;
      const foot = document.createElement('div');
      foot.className = 'rw-footnotes';
      const rule = document.createElement('div');
      rule.className = 'rw-footnotes-rule';
      foot.append(rule, ...parts);
      area.append(foot);
      const last = main.lastElementChild;
      const textBottom = last ? last.getBoundingClientRect().bottom : area.getBoundingClientRect().top;
      // A line is split off where its letters end; the space under them (half the leading) may run into the rule.
      const style = last ? getComputedStyle(last) : undefined;
      const leading = style ? (parseFloat(style.lineHeight) || 0) - (parseFloat(style.fontSize) || 0) : 0;
      if (foot.getBoundingClientRect().top >= textBottom - Math.max(2, leading / 2 + 2)) return;
      // Too long for the room under the text: the foot starts under the text and continues overleaf.
      foot.style.bottom = 'auto';
      foot.style.top = `${Math.max(0, textBottom - area.getBoundingClientRect().top)}px`;
      // (Less the note's spacing under its last line, which is measured with the line's letters.)
      const limit = bottom() - 3;
      const fit = (/** @type {Element} */ e) => e.getBoundingClientRect().bottom <= limit;
      // The tallest part gives way: when the others fit whole, it alone goes on overleaf, so the
      // notes after it stay on the page of their references.
      const sizes = parts.map((part) => part.getBoundingClientRect().height);
      const j = sizes.indexOf(Math.max(...sizes));
      const after = sizes.slice(j + 1).reduce((a, b) => a + b, 0);
      /** @type {HTMLElement | undefined} */
      let given;
      if (j < parts.length - 1 && parts[j].getBoundingClientRect().top + Math.min(sizes[j], notePart) <= limit - after) {
        given = split(parts[j], () => limit - after);
      }
      let i = parts.findIndex((part) => !fit(part));
      if (i < 0) {
        carried = given ? [given] : [];
        finishCarried();
        return;
      }
      const rest = split(parts[i], () => limit);
      if (rest) i++;
      else if (i === 0 && !main.firstElementChild) {
        // A part that fits on no page (a large image in a note) stays at the foot of a page with no text, cut.
        i = 1;
        if (i >= parts.length) return;
      }
      const moved = parts.slice(i);
      moved.forEach((part) => part.remove());
      carried = [...(given ? [given] : []), ...(rest ? [rest] : []), ...moved];
      finishCarried();
      if (foot.childElementCount === 1) foot.remove();
    };
    /** Measures the parts carried over to the next page's foot. */
    const finishCarried = () => {
      carried.forEach((part) => measureFoot.append(part));
      carriedHeight = carried.reduce((h, part) => h + part.getBoundingClientRect().height, 0);
      measureFoot.replaceChildren();
    };

    newPage();
    let guard = 0;
    /** Elements carried over to a fresh page: there they stay, even if they do not fit. */
    let carriedOver = 0;
    while (queue.length && guard++ < 100000) {
      const element = /** @type {HTMLElement} */ (queue.shift());
      const carriedHere = carriedOver > 0;
      if (carriedOver > 0) carriedOver--;
      const before = refs(main);
      main.append(element);
      const own = refs(element);
      /** @type {Limit} */
      const limit = (k) => bottom() - footHeight(before.concat(own.slice(0, k)));
      if (element.getBoundingClientRect().bottom <= limit(own.length)) {
        if (breaksAfter(element) && queue.length) {
          finishPage();
          newPage();
        }
        continue;
      }
      const rest = split(element, limit);
      if (rest) {
        queue.unshift(rest);
        finishPage();
        newPage();
        continue;
      }
      if (main.firstElementChild === element || carriedHere) {
        // Taller than a page and unbreakable (a large image): it takes the page, cut at its foot.
        if (queue.length) {
          finishPage();
          newPage();
        }
        continue;
      }
      element.remove();
      // A heading is never the last line of a page: it goes over with what follows it.
      const carriedElements = [element];
      while (main.lastElementChild && /^H[1-6]$/.test(main.lastElementChild.tagName) && main.childElementCount > 1) {
        const heading = /** @type {HTMLElement} */ (main.lastElementChild);
        heading.remove();
        carriedElements.unshift(heading);
      }
      queue.unshift(...carriedElements);
      carriedOver = carriedElements.length;
      finishPage();
      newPage();
    }
    finishPage();
    // Notes whose reference is nowhere in the text (or continued past the last page) still print.
    const left = [...notes.keys()].filter((id) => !placed.has(id));
    for (let pass = 0; (carried.length || left.length) && pass < 1000; pass++) {
      newPage();
      if (left.length) carried.push(.../** @type {HTMLElement[]} */ (left.splice(0).map((id) => notes.get(id))));
      finishPage();
    }
    measure.sheet.remove();
    // The contents list gets its page numbers, in the place kept for them when there is one (the PDF).
    for (const link of root.querySelectorAll('.rw-toc a[href^="#"]')) {
      const target = root.getElementById(refId(link));
      const page = target && /** @type {HTMLElement | null} */ (target.closest('.rw-sheet'));
      let number = link.querySelector('.rw-toc-page');
      if (!page) {
        // No heading of that name on any page: no number rather than the place kept for one.
        if (number) number.textContent = '';
        continue;
      }
      if (!number) {
        number = document.createElement('span');
        number.className = 'rw-toc-page';
        link.append(number);
      }
      number.textContent = page.dataset.page || '';
    }
    return count;
  }

  /** A sheet of paper and the area inside its margins. @param {number} page */
  function makeSheet(page) {
    const sheet = document.createElement('div');
    sheet.className = 'rw-sheet';
    sheet.dataset.page = String(page);
    const area = document.createElement('div');
    area.className = 'rw-area';
    sheet.append(area);
    return { sheet, area };
  }

  /** @param {HTMLElement} element */
  function breaksAfter(element) {
    return element.classList.contains('rw-toc');
  }

  // @ts-ignore: shared with preview.js, which loads after this file.
  window.rwPaginate = paginate;
  // @ts-ignore: called by the PDF export (src/core/export/pdf.ts) in the page it prints.
  window.rwPrintPages = printPages;
})();
