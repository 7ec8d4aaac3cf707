// @ts-check
// The paged print preview: lays out the HTML the PDF printer gets in pages of the export
// profile's size and margins, with its page numbers, breaking where the printed page would:
// between blocks, inside paragraphs, lists, tables and code between lines, rows and items,
// never right after a heading. Runs under the preview's strict CSP: its one <style> carries
// the page's nonce, and the export's HTML is ours (the renderer passes no raw HTML).
(function () {
  const PX_PER_MM = 96 / 25.4;
  const TEXT_BLOCKS = new Set(['P', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'DT', 'DD']);
  const CONTAINERS = new Set(['UL', 'OL', 'BLOCKQUOTE', 'SECTION', 'DIV', 'NAV', 'HEADER', 'LI', 'MAIN']);

  /**
   * @typedef {{ paper: { width: number, height: number }, margins: { top: number, right: number, bottom: number, left: number }, pageNumbers: 'footer' | 'top-after-first' }} Layout
   * @param {HTMLElement} host
   * @param {{ css: string, body: string, layout: Layout }} message
   * @param {string} nonce
   * @returns {number} the number of pages
   */
  function paginate(host, message, nonce) {
    const shadow = host.shadowRoot || host.attachShadow({ mode: 'open' });
    shadow.replaceChildren();
    const { paper, margins, pageNumbers } = message.layout;
    const width = paper.width * PX_PER_MM;
    const height = paper.height * PX_PER_MM;
    const contentWidth = (paper.width - margins.left - margins.right) * PX_PER_MM;
    const contentHeight = (paper.height - margins.top - margins.bottom) * PX_PER_MM;
    const style = document.createElement('style');
    style.nonce = nonce;
    // The export's stylesheet, with its page-wide rules moved onto the sheet of paper.
    const css = message.css.replace(/(^|\})\s*html\s*\{/g, '$1 :host {').replace(/(^|\})\s*body\s*\{/g, '$1 .rw-sheet {');
    style.textContent = `${css}
:host { display: block; background: #e8e8e8; padding: 16px 0; }
.rw-pages { display: flex; flex-direction: column; align-items: center; gap: 16px; }
.rw-sheet { position: relative; flex: none; width: ${width}px; height: ${height}px; background: #fff; color: #111; box-shadow: 0 1px 4px rgba(0,0,0,.3); overflow: hidden; }
.rw-area { position: absolute; left: ${margins.left * PX_PER_MM}px; top: ${margins.top * PX_PER_MM}px; width: ${contentWidth}px; height: ${contentHeight}px; overflow: hidden; }
.rw-area > main.report { max-width: none; margin: 0; padding: 0; display: flow-root; }
.rw-area > main.report > :first-child { margin-top: 0; }
.rw-number { position: absolute; left: 0; right: 0; text-align: center; font-size: 9pt; color: #444; }
.rw-continued { text-indent: 0 !important; }
li.rw-continued { list-style: none; }
`;
    const pages = document.createElement('div');
    pages.className = 'rw-pages';
    shadow.append(style, pages);

    const source = document.createElement('main');
    source.className = 'report';
    // The extension's own rendering of the report (see the file's header).
    source.innerHTML = message.body;
    const queue = Array.from(source.childNodes).filter((n) => n.nodeType === Node.ELEMENT_NODE);

    /** @type {HTMLElement} */ let area;
    /** @type {HTMLElement} */ let main;
    let count = 0;
    const newPage = () => {
      count++;
      const sheet = document.createElement('div');
      sheet.className = 'rw-sheet';
      sheet.dataset.page = String(count);
      area = document.createElement('div');
      area.className = 'rw-area';
      main = document.createElement('main');
      main.className = 'report';
      area.append(main);
      sheet.append(area);
      if (pageNumbers === 'footer' || count > 1) {
        const number = document.createElement('div');
        number.className = 'rw-number';
        number.textContent = String(count);
        if (pageNumbers === 'footer') number.style.bottom = `${(margins.bottom / 2) * PX_PER_MM - 8}px`;
        else number.style.top = `${(margins.top / 2) * PX_PER_MM - 8}px`;
        sheet.append(number);
      }
      pages.append(sheet);
    };
    const limit = () => area.getBoundingClientRect().top + contentHeight + 0.5;
    /** @param {Element} element */
    const fits = (element) => element.getBoundingClientRect().bottom <= limit();

    newPage();
    let guard = 0;
    /** Elements carried over to a fresh page: there they stay, even if they do not fit. */
    let carriedOver = 0;
    while (queue.length && guard++ < 100000) {
      const element = /** @type {HTMLElement} */ (queue.shift());
      const carriedHere = carriedOver > 0;
      if (carriedOver > 0) carriedOver--;
      main.append(element);
      if (fits(element)) {
        if (breaksAfter(element) && queue.length) newPage();
        continue;
      }
      const rest = split(element, limit());
      if (rest) {
        queue.unshift(rest);
        newPage();
        continue;
      }
      if (main.firstElementChild === element || carriedHere) {
        // Taller than a page and unbreakable (a large image): it takes the page, cut at its foot.
        if (queue.length) newPage();
        continue;
      }
      element.remove();
      // A heading is never the last line of a page: it goes over with what follows it.
      const carried = [element];
      while (main.lastElementChild && /^H[1-6]$/.test(main.lastElementChild.tagName) && main.childElementCount > 1) {
        const heading = /** @type {HTMLElement} */ (main.lastElementChild);
        heading.remove();
        carried.unshift(heading);
      }
      queue.unshift(...carried);
      carriedOver = carried.length;
      newPage();
    }
    // The contents list gets its page numbers, as in the PDF.
    for (const link of shadow.querySelectorAll('.rw-toc a[href^="#"]')) {
      const target = shadow.getElementById(decodeURIComponent((link.getAttribute('href') || '').slice(1)));
      const sheet = target && target.closest('.rw-sheet');
      if (!sheet || link.querySelector('.rw-toc-page')) continue;
      const number = document.createElement('span');
      number.className = 'rw-toc-page';
      number.textContent = /** @type {HTMLElement} */ (sheet).dataset.page || '';
      link.append(number);
    }
    return count;
  }

  /** @param {HTMLElement} element */
  function breaksAfter(element) {
    return element.classList.contains('rw-toc');
  }

  /**
   * Splits an element that runs past `limit`: what fits stays in place, a copy holding the
   * rest is returned (undefined when nothing worth keeping fits).
   * @param {HTMLElement} element
   * @param {number} limit
   * @returns {HTMLElement | undefined}
   */
  function split(element, limit) {
    const blockInside = element.querySelector(':scope > p, :scope > ul, :scope > ol, :scope > pre, :scope > blockquote, :scope > table, :scope > div');
    if (element.tagName === 'LI' && !blockInside) return splitText(element, limit);
    if (TEXT_BLOCKS.has(element.tagName) && !/^H[1-6]$/.test(element.tagName)) return splitText(element, limit);
    if (element.tagName === 'TABLE') return splitTable(/** @type {HTMLTableElement} */ (element), limit);
    if (CONTAINERS.has(element.tagName)) return splitChildren(element, limit);
    return undefined;
  }

  /** Between lines: the words that fit stay, the rest moves on (at least two lines each side, as `orphans: 2`). */
  function splitText(element, limit) {
    const boundaries = [];
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent || '';
      for (let i = 1; i < text.length; i++) if (/\s/.test(text[i]) && !/\s/.test(text[i - 1])) boundaries.push([node, i]);
    }
    const range = document.createRange();
    const bottomAt = (index) => {
      range.setStart(element, 0);
      range.setEnd(boundaries[index][0], boundaries[index][1]);
      return range.getBoundingClientRect().bottom;
    };
    let lo = 0;
    let hi = boundaries.length - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (bottomAt(mid) <= limit) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (best < 0) return undefined;
    const lineHeight = parseFloat(getComputedStyle(element).lineHeight) || 20;
    if (bottomAt(best) - element.getBoundingClientRect().top < lineHeight * 1.5) return undefined;
    range.setStart(element, 0);
    range.setEnd(boundaries[best][0], boundaries[best][1]);
    const head = range.extractContents();
    const rest = /** @type {HTMLElement} */ (element.cloneNode(false));
    rest.append(...Array.from(element.childNodes));
    element.replaceChildren(head);
    rest.classList.add('rw-continued');
    return rest;
  }

  /** Between items, children, blocks: whole ones stay, the one that runs past is split in turn. */
  function splitChildren(element, limit) {
    const children = Array.from(element.children);
    let index = children.findIndex((child) => child.getBoundingClientRect().bottom > limit);
    if (index < 0) return undefined;
    const rest = /** @type {HTMLElement} */ (element.cloneNode(false));
    const inner = split(/** @type {HTMLElement} */ (children[index]), limit);
    let kept = index;
    if (inner) kept++;
    // Nothing left on this page (and nothing split): the whole element moves on.
    if (kept === 0) return undefined;
    // A heading at the end of what stays goes along with what follows it.
    while (!inner && kept > 1 && /^H[1-6]$/.test(children[kept - 1].tagName)) kept--;
    if (inner) rest.append(inner);
    for (const child of children.slice(inner ? index + 1 : kept)) rest.append(child);
    if (element.tagName === 'OL') {
      const start = Number(element.getAttribute('start') || 1);
      const items = Array.from(element.children).filter((c) => c.tagName === 'LI').length;
      rest.setAttribute('start', String(start + items - (inner ? 1 : 0)));
    }
    if (element.tagName === 'LI') rest.classList.add('rw-continued');
    return rest;
  }

  /** Between rows; the header row is printed again on the next page, as the PDF does. */
  function splitTable(table, limit) {
    const body = table.tBodies[0];
    if (!body) return undefined;
    const rows = Array.from(body.rows);
    const index = rows.findIndex((row) => row.getBoundingClientRect().bottom > limit);
    if (index <= 0) return undefined;
    const rest = /** @type {HTMLTableElement} */ (table.cloneNode(false));
    if (table.tHead) rest.append(table.tHead.cloneNode(true));
    const restBody = body.cloneNode(false);
    for (const row of rows.slice(index)) restBody.appendChild(row);
    rest.append(restBody);
    return rest;
  }

  // @ts-ignore: shared with preview.js, which loads after this file.
  window.rwPaginate = paginate;
})();
