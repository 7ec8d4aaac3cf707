// @ts-check
// The parts of the page layout (media/paged.js) that cut and gather: where a block that runs
// past the foot of a page is split (between lines of a paragraph, items of a list, children of
// a block, rows of a table), and markdown-it-footnote's list of notes taken apart into notes
// for the pages' feet. Loaded before paged.js, in the paged preview and in the page the PDF
// export prints.
(function () {
  const TEXT_BLOCKS = new Set(['P', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'DT', 'DD']);
  const CONTAINERS = new Set(['UL', 'OL', 'BLOCKQUOTE', 'SECTION', 'DIV', 'NAV', 'HEADER', 'LI', 'MAIN']);
  const REF = 'sup.footnote-ref > a[href^="#"]';

  /**
   * @typedef {(k: number) => number} Limit the lowest a block may reach when the first k footnote references in it stay on the page
   */

  /** The note a reference points to (`#fn1` → "fn1"). @param {Element} link */
  function refId(link) {
    const href = (link.getAttribute('href') || '').slice(1);
    try {
      return decodeURIComponent(href);
    } catch {
      return href;
    }
  }

  /**
   * Takes markdown-it-footnote's list of notes (and the rule above it) out of the report: each
   * note becomes a block for a page's foot, keyed by its id, numbered as its references are
   * (`[1]` and `[1:1]` both print as a superscript 1), without the links back.
   * @param {HTMLElement} source
   * @returns {Map<string, HTMLElement>}
   */
  function takeNotes(source) {
    /** @type {Map<string, HTMLElement>} */
    const notes = new Map();
    const section = source.querySelector('section.footnotes');
    if (!section) return notes;
    for (const sep of source.querySelectorAll('hr.footnotes-sep')) sep.remove();
    section.remove();
    /** @type {Map<string, string>} */
    const numbers = new Map();
    for (const link of source.querySelectorAll(REF)) {
      const number = (link.textContent || '').replace(/^\[|\]$/g, '').replace(/:\d+$/, '');
      if (!numbers.has(refId(link))) numbers.set(refId(link), number);
      link.textContent = number;
    }
    Array.from(section.querySelectorAll('li.footnote-item')).forEach((item, index) => {
      const id = item.id;
      if (!id) return;
      for (const back of item.querySelectorAll('a.footnote-backref')) back.remove();
      const note = document.createElement('div');
      note.className = 'rw-footnote';
      note.id = id;
      const number = document.createElement('span');
      number.className = 'rw-footnote-number';
      number.textContent = numbers.get(id) || String(index + 1);
      const first = item.firstElementChild;
      if (first && first.tagName === 'P') first.prepend(number);
      else note.append(number);
      note.append(...Array.from(item.childNodes));
      notes.set(id, note);
    });
    return notes;
  }

  /**
   * Splits an element that runs past its limit: what fits stays in place, a copy holding the
   * rest is returned (undefined when nothing worth keeping fits).
   * @param {HTMLElement} element
   * @param {Limit} limit
   * @returns {HTMLElement | undefined}
   */
  function split(element, limit) {
    const blockInside = element.querySelector(':scope > p, :scope > ul, :scope > ol, :scope > pre, :scope > blockquote, :scope > table, :scope > div');
    if (element.tagName === 'LI' && !blockInside) return splitText(element, limit);
    if (TEXT_BLOCKS.has(element.tagName) && !/^H[1-6]$/.test(element.tagName)) return splitText(element, limit);
    if (element.tagName === 'TABLE') return splitTable(/** @type {HTMLTableElement} */ (element), limit);
    if (CONTAINERS.has(element.tagName) || element.classList.contains('rw-footnote')) return splitChildren(element, limit);
    return undefined;
  }

  /** How many footnote references each of `nodes` holds. @param {Element[]} nodes */
  function refCounts(nodes) {
    return nodes.map((node) => node.querySelectorAll(REF).length);
  }

  /**
   * Between lines: the words that fit (with the notes their references bring) stay, the rest
   * moves on (at least two lines each side, as `orphans: 2`).
   * @param {HTMLElement} element
   * @param {Limit} limit
   */
  function splitText(element, limit) {
    /** @type {Array<[Node, number, number]>} text node, offset, references before it */
    const boundaries = [];
    let refsSoFar = 0;
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.ELEMENT_NODE) {
        if (/** @type {Element} */ (node).matches(REF)) refsSoFar++;
        continue;
      }
      const text = node.textContent || '';
      for (let i = 1; i < text.length; i++) if (/\s/.test(text[i]) && !/\s/.test(text[i - 1])) boundaries.push([node, i, refsSoFar]);
    }
    const range = document.createRange();
    const bottomAt = (/** @type {number} */ index) => {
      range.setStart(element, 0);
      range.setEnd(boundaries[index][0], boundaries[index][1]);
      return range.getBoundingClientRect().bottom;
    };
    let lo = 0;
    let hi = boundaries.length - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (bottomAt(mid) <= limit(boundaries[mid][2])) {
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
    rest.removeAttribute('id');
    rest.append(...Array.from(element.childNodes));
    element.replaceChildren(head);
    rest.classList.add('rw-continued');
    return rest;
  }

  /**
   * Between items, children, blocks: whole ones stay, the one that runs past is split in turn.
   * @param {HTMLElement} element
   * @param {Limit} limit
   */
  function splitChildren(element, limit) {
    const children = Array.from(element.children);
    const counts = refCounts(children);
    let through = 0;
    let index = -1;
    for (let i = 0; i < children.length; i++) {
      if (children[i].getBoundingClientRect().bottom > limit(through + counts[i])) {
        index = i;
        break;
      }
      through += counts[i];
    }
    if (index < 0) return undefined;
    const rest = /** @type {HTMLElement} */ (element.cloneNode(false));
    rest.removeAttribute('id');
    const inner = split(/** @type {HTMLElement} */ (children[index]), (k) => limit(through + k));
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
    if (element.classList.contains('rw-footnote')) rest.classList.add('rw-continued');
    return rest;
  }

  /**
   * Between rows; the header row is printed again on the next page, as the PDF does.
   * @param {HTMLTableElement} table
   * @param {Limit} limit
   */
  function splitTable(table, limit) {
    const body = table.tBodies[0];
    if (!body) return undefined;
    const rows = Array.from(body.rows);
    const counts = refCounts(rows);
    const before = table.tHead ? table.tHead.querySelectorAll(REF).length : 0;
    let through = before;
    let index = -1;
    for (let i = 0; i < rows.length; i++) {
      if (rows[i].getBoundingClientRect().bottom > limit(through + counts[i])) {
        index = i;
        break;
      }
      through += counts[i];
    }
    if (index <= 0) return undefined;
    const rest = /** @type {HTMLTableElement} */ (table.cloneNode(false));
    rest.removeAttribute('id');
    if (table.tHead) rest.append(table.tHead.cloneNode(true));
    const restBody = body.cloneNode(false);
    for (const row of rows.slice(index)) restBody.appendChild(row);
    rest.append(restBody);
    return rest;
  }

  // @ts-ignore: read by paged.js.
  window.rwPageParts = { REF, refId, takeNotes, split };
})();
