// @ts-check
// The preview page: keeps the rendered blocks, replaces only those that changed, follows the
// editor's scroll and reports its own. No inline script, no eval: it runs under a strict CSP.
(function () {
  const vscode = acquireVsCodeApi();
  const root = /** @type {HTMLElement} */ (document.getElementById('rw-root'));
  /** @type {Map<string, HTMLElement>} */
  let byKey = new Map();
  /** @type {Array<{ line: number, element: HTMLElement }>} */
  let lines = [];
  let ignoreScrollUntil = 0;
  let lastEditorLine = -1;
  // The paged print preview (paged.js): a button switches between the flowing page and pages.
  const paged = /** @type {HTMLElement} */ (document.getElementById('rw-paged'));
  const modeButton = /** @type {HTMLButtonElement} */ (document.getElementById('rw-mode'));
  const pageCount = /** @type {HTMLElement} */ (document.getElementById('rw-page-count'));
  const nonce = /** @type {HTMLScriptElement} */ (document.currentScript).nonce || '';
  let mode = 'flowing';
  let lang = document.documentElement.lang;
  const LABELS = {
    en: { paged: 'Pages', flowing: 'Flowing', pages: (n) => `${n} page${n === 1 ? '' : 's'}`, pagedTitle: 'Show the report as the PDF prints it, page by page', flowingTitle: 'Back to the flowing preview' },
    vi: { paged: 'Xem theo trang', flowing: 'Xem liền mạch', pages: (n) => `${n} trang`, pagedTitle: 'Xem báo cáo như khi in PDF, từng trang', flowingTitle: 'Trở lại xem liền mạch' },
  };
  const labels = () => LABELS[lang === 'vi' ? 'vi' : 'en'];
  function showMode() {
    const l = labels();
    modeButton.textContent = mode === 'paged' ? l.flowing : l.paged;
    modeButton.title = mode === 'paged' ? l.flowingTitle : l.pagedTitle;
    modeButton.setAttribute('aria-pressed', String(mode === 'paged'));
    root.hidden = mode === 'paged';
    paged.hidden = mode !== 'paged';
    document.body.classList.toggle('rw-paged-mode', mode === 'paged');
    if (mode !== 'paged') pageCount.textContent = '';
  }
  /** Pages narrower than the panel: shrunk to its width, never enlarged. */
  function fitPages() {
    const sheet = paged.shadowRoot && paged.shadowRoot.querySelector('.rw-sheet');
    if (!sheet || mode !== 'paged') return;
    const width = /** @type {HTMLElement} */ (sheet).offsetWidth + 16;
    paged.style.zoom = String(Math.min(1, Math.max(0.2, document.body.clientWidth / width)));
  }
  window.addEventListener('resize', fitPages);
  modeButton.addEventListener('click', () => vscode.postMessage({ type: 'mode', mode: mode === 'paged' ? 'flowing' : 'paged' }));

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (message.type === 'update') {
      mode = 'flowing';
      lang = message.lang;
      update(message);
      showMode();
    } else if (message.type === 'paged') {
      mode = 'paged';
      lang = message.lang;
      document.documentElement.lang = message.lang;
      showMode();
      paged.style.zoom = '1';
      // @ts-ignore: set by paged.js
      const count = window.rwPaginate(paged, message, nonce);
      fitPages();
      pageCount.textContent = labels().pages(count);
      vscode.postMessage({ type: 'pages', count, footnotes: footnotePlaces() });
    } else if (message.type === 'scrollToLine' && mode === 'flowing') scrollToLine(message.line);
  });

  /** Where the paged view put each footnote (for the extension's tests): its page, its first reference's page, its distance from the foot of the text area. */
  function footnotePlaces() {
    const shadow = paged.shadowRoot;
    if (!shadow) return [];
    /** @param {Element | null} element */
    const pageOf = (element) => {
      const sheet = element && /** @type {HTMLElement | null} */ (element.closest('.rw-sheet'));
      return sheet ? Number(sheet.dataset.page) : 0;
    };
    return Array.from(shadow.querySelectorAll('.rw-footnote[id]'), (note) => {
      const ref = Array.from(shadow.querySelectorAll('sup.footnote-ref > a')).find((a) => a.getAttribute('href') === `#${note.id}`) || null;
      const area = note.closest('.rw-area');
      const foot = note.closest('.rw-footnotes');
      const aboveBottom = area && foot ? area.getBoundingClientRect().bottom - foot.getBoundingClientRect().bottom : -1;
      return { id: note.id, page: pageOf(note), refPage: pageOf(ref), aboveBottom: Math.round(aboveBottom) };
    });
  }

  /** @param {{ blocks: Array<{ key: string, line: number, html?: string }>, style: string, page?: Record<string, string>, lang: string }} message */
  function update(message) {
    document.body.className = message.style === 'document' ? 'rw-document' : 'rw-theme';
    // The export profile's page: font, sizes, indent, margins (used by the document style only).
    for (const [name, value] of Object.entries(message.page || {})) document.body.style.setProperty(name, value);
    document.documentElement.lang = message.lang;
    const next = new Map();
    let previous = null;
    for (const block of message.blocks) {
      let element = byKey.get(block.key);
      if (element) byKey.delete(block.key);
      else {
        element = document.createElement('div');
        element.className = 'rw-block';
        element.dataset.key = block.key;
        // The HTML comes from the extension's renderer, which passes no raw HTML from the report.
        element.innerHTML = block.html || '';
      }
      element.dataset.line = String(block.line);
      next.set(block.key, element);
      const expected = previous ? previous.nextSibling : root.firstChild;
      if (expected !== element) root.insertBefore(element, expected);
      previous = element;
    }
    for (const stale of byKey.values()) stale.remove();
    byKey = next;
    indexLines();
    vscode.setState({ keys: [...byKey.keys()] });
  }

  /** Absolute source lines of every mapped element, in document order. */
  function indexLines() {
    lines = [];
    for (const block of root.children) {
      const element = /** @type {HTMLElement} */ (block);
      const base = Number(element.dataset.line);
      if (base < 0) continue;
      lines.push({ line: base, element });
      for (const inner of element.querySelectorAll('[data-line]')) {
        lines.push({ line: base + Number(/** @type {HTMLElement} */ (inner).dataset.line), element: /** @type {HTMLElement} */ (inner) });
      }
    }
    lines.sort((a, b) => a.line - b.line);
  }

  function top(element) {
    return element.getBoundingClientRect().top + window.scrollY;
  }

  /** Scrolls so that the source line is at the top, between the elements that surround it. */
  function scrollToLine(line) {
    lastEditorLine = line;
    if (lines.length === 0) return;
    let before = lines[0];
    let after = null;
    for (const entry of lines) {
      if (entry.line <= line) before = entry;
      else {
        after = entry;
        break;
      }
    }
    let y = top(before.element);
    if (after && after.line > before.line) {
      const fraction = Math.min(1, (line - before.line) / (after.line - before.line));
      y += (top(after.element) - y) * fraction;
    }
    ignoreScrollUntil = Date.now() + 150;
    window.scrollTo(0, Math.max(0, y - 10));
  }

  /** The source line at the top of the page. */
  function lineAtTop() {
    const y = window.scrollY + 10;
    let best = null;
    let next = null;
    for (const entry of lines) {
      if (top(entry.element) <= y) best = entry;
      else {
        next = entry;
        break;
      }
    }
    if (!best) return 0;
    if (!next || next.line === best.line) return best.line;
    const span = top(next.element) - top(best.element);
    const fraction = span > 0 ? (y - top(best.element)) / span : 0;
    return Math.floor(best.line + fraction * (next.line - best.line));
  }

  let scrollTimer = 0;
  window.addEventListener('scroll', () => {
    if (Date.now() < ignoreScrollUntil || mode === 'paged') return;
    clearTimeout(scrollTimer);
    scrollTimer = window.setTimeout(() => vscode.postMessage({ type: 'revealLine', line: lineAtTop() }), 50);
  });

  // An image that loads late pushes the blocks below it down: follow the editor again.
  document.addEventListener('load', (event) => {
    if (/** @type {HTMLElement} */ (event.target).tagName === 'IMG' && lastEditorLine >= 0) scrollToLine(lastEditorLine);
  }, true);

  document.addEventListener('dblclick', (event) => {
    let element = /** @type {HTMLElement | null} */ (event.target);
    while (element && element !== root) {
      const entry = lines.find((l) => l.element === element);
      if (entry) {
        vscode.postMessage({ type: 'openLine', line: entry.line });
        return;
      }
      element = element.parentElement;
    }
  });

  document.addEventListener('click', (event) => {
    const link = /** @type {HTMLElement} */ (event.target).closest('a');
    if (!link) return;
    const href = link.getAttribute('href') || '';
    event.preventDefault();
    if (href.startsWith('#')) {
      const target = document.getElementById(decodeURIComponent(href.slice(1)));
      if (target) target.scrollIntoView();
      return;
    }
    vscode.postMessage({ type: 'link', href });
  });

  showMode();
  vscode.postMessage({ type: 'ready' });
})();
