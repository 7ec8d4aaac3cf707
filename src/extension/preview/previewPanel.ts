import { randomBytes } from 'node:crypto';
import { realpathSync, statSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { MAX_IMAGE_BYTES } from '../../core/export/images';
import { isNetworkPath, safeDecode } from '../../core/render/linkPolicy';
import { renderBlocks, type RenderedBlock } from '../../core';
import { framedBlocks } from '../../core/export/htmlOfficial';
import type { ReportCache } from '../reportCache';
import { inLang } from '../uiText';
import { pageVariables } from '../../core/export/style';
import type { ProfileId } from '../../core/export/profiles';
import { exportProfile, pagedMessage } from './pagedView';

/**
 * On disk, a preview shows only a regular file of at most MAX_IMAGE_BYTES whose real path
 * (symbolic links resolved) is in the workspace folder: never a device, a FIFO, or a file a
 * link leads out to.
 */
function isImageFileInside(root: string, file: string): boolean {
  try {
    const real = realpathSync(file);
    const inside = path.relative(realpathSync(root), real);
    if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) return false;
    const stat = statSync(real);
    return stat.isFile() && stat.size <= MAX_IMAGE_BYTES;
  } catch {
    return false;
  }
}

/** Messages the preview page sends. */
export type PageMessage =
  | { type: 'ready' }
  | { type: 'revealLine'; line: number }
  | { type: 'openLine'; line: number }
  | { type: 'link'; href: string }
  | { type: 'mode'; mode: 'flowing' | 'paged' }
  | { type: 'pages'; count: number; footnotes?: FootnotePlace[] };

/** Where the paged view put a footnote: its page, the page of its first reference, and how far its foot is above the bottom of the page's text area, in CSS pixels. */
export interface FootnotePlace {
  id: string;
  page: number;
  refPage: number;
  aboveBottom: number;
}

export interface PanelEvents {
  revealLine(document: vscode.TextDocument, line: number): void;
  openLine(document: vscode.TextDocument, line: number): void;
}

/**
 * One preview panel: renders a document with the renderer the export uses, sends the page only
 * the blocks it does not have yet, and answers the page's scroll, double-click and link messages.
 */
export class PreviewPanel implements vscode.Disposable {
  readonly panel: vscode.WebviewPanel;
  locked = false;
  /** What the page shows: the last rendered blocks' HTML (read by the tests and the UI check). */
  html = '';
  /** How the page was last told to look: the style, and for `document` the export profile's page (read by the tests). */
  look?: { style: 'theme' | 'document'; profile?: ProfileId; page: Record<string, string> };
  /** Flowing (the live preview) or paged (the print preview: the PDF's pages). */
  mode: 'flowing' | 'paged' = 'flowing';
  /** How many pages the paged view laid out, once it has (read by the tests). */
  pageCount?: number;
  /** Where the paged view put each footnote, once it has laid the pages out (read by the tests). */
  footnotes?: FootnotePlace[];
  private readonly pagesLaidOut = new vscode.EventEmitter<number>();
  /** Fires with the page count each time the paged view lays the report out. */
  readonly onDidLayOutPages = this.pagesLaidOut.event;
  private pagedVersion = 0;
  private onPage: Set<string> = new Set();
  private ready = false;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly cache: ReportCache,
    private documentShown: vscode.TextDocument,
    column: vscode.ViewColumn,
    private readonly events: PanelEvents,
  ) {
    this.panel = vscode.window.createWebviewPanel('reportwright.preview', '', { viewColumn: column, preserveFocus: true }, { enableScripts: true, retainContextWhenHidden: true });
    this.panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'preview-icon.svg');
    this.disposables.push(this.panel.webview.onDidReceiveMessage((m: PageMessage) => this.handleMessage(m)));
    this.load();
  }

  get document(): vscode.TextDocument {
    return this.documentShown;
  }

  /** Shows another document (the one the writer switched to). */
  show(document: vscode.TextDocument): void {
    if (document === this.documentShown) return;
    this.documentShown = document;
    this.load();
  }

  /** Renders the document's current version and sends what changed. */
  update(): void {
    this.panel.title = inLang(this.langOf(), 'Preview {0}', path.basename(this.documentShown.uri.path));
    if (!this.ready) return;
    if (this.mode === 'paged') {
      void this.updatePaged();
      return;
    }
    const blocks = this.render();
    this.html = blocks.map((b) => b.html).join('');
    const keys = new Set<string>();
    const message = blocks.map((block) => {
      const fresh = !this.onPage.has(block.key);
      keys.add(block.key);
      return fresh ? { key: block.key, line: block.line, html: block.html } : { key: block.key, line: block.line };
    });
    this.onPage = keys;
    const settings = this.cache.settings.get(this.documentShown.uri);
    const style = settings.previewStyle;
    // The `document` style lays the page out as the export will: the same profile, the same font and margins.
    const doc = this.cache.get(this.documentShown).doc;
    const profile = doc ? exportProfile(doc, settings.exportProfile) : undefined;
    const page = profile ? pageVariables(profile) : {};
    this.look = { style, profile: profile?.id, page };
    void this.panel.webview.postMessage({ type: 'update', blocks: message, style, page, lang: this.langOf() });
  }

  scrollToLine(line: number): void {
    if (this.ready) void this.panel.webview.postMessage({ type: 'scrollToLine', line });
  }

  /** What the page says, handled as the page would have it (the tests call this too). */
  handleMessage(message: PageMessage): void {
    switch (message.type) {
      case 'ready':
        this.ready = true;
        this.onPage = new Set();
        this.update();
        break;
      case 'revealLine':
        this.events.revealLine(this.documentShown, message.line);
        break;
      case 'openLine':
        this.events.openLine(this.documentShown, message.line);
        break;
      case 'link':
        void this.followLink(message.href);
        break;
      case 'mode':
        this.setMode(message.mode);
        break;
      case 'pages':
        this.pageCount = message.count;
        this.footnotes = message.footnotes;
        this.pagesLaidOut.fire(message.count);
        break;
    }
  }

  /** Switches between the flowing preview and the paged print preview. */
  setMode(mode: 'flowing' | 'paged'): void {
    if (mode === this.mode) return;
    this.mode = mode;
    this.pageCount = undefined;
    this.footnotes = undefined;
    // Back to flowing: the page gets every block again.
    this.onPage = new Set();
    this.update();
  }

  /** The paged view: the export's HTML for the profile set for this report, laid out in pages by the page. */
  private async updatePaged(): Promise<void> {
    const version = ++this.pagedVersion;
    const analysis = this.cache.get(this.documentShown);
    if (!analysis.doc) return;
    const message = await pagedMessage(analysis.doc, this.cache.settings.get(this.documentShown.uri).exportProfile, this.documentShown.uri);
    // A newer version was asked for meanwhile: it will be sent instead.
    if (version !== this.pagedVersion || this.mode !== 'paged') return;
    void this.panel.webview.postMessage({ type: 'paged', lang: this.langOf(), ...message });
  }

  private render(): RenderedBlock[] {
    const analysis = this.cache.get(this.documentShown);
    if (!analysis.doc) return [];
    // An official document shows its header and signature as the export draws them.
    const blocks = framedBlocks(
      analysis.doc,
      renderBlocks(analysis.doc, {
        lang: analysis.lang,
        annotate: true,
        findings: analysis.findings,
        sourceMap: true,
        resolveImage: (src) => this.resolveImage(src),
      }),
    );
    // Two identical blocks (two "…" paragraphs) must still be two elements on the page.
    const seen = new Map<string, number>();
    return blocks.map((block) => {
      const n = seen.get(block.key) ?? 0;
      seen.set(block.key, n + 1);
      return n ? { ...block, key: `${block.key}#${n}` } : block;
    });
  }

  private langOf() {
    return this.cache.get(this.documentShown).lang;
  }

  /** Local images load through the webview, from the document's workspace folder only. */
  private resolveImage(src: string): string | undefined {
    if (/^https:\/\//i.test(src) || /^data:image\/(png|jpeg|gif|webp);/i.test(src)) return src;
    if (/^[a-z][a-z0-9+.-]*:/i.test(src) || isNetworkPath(src)) return undefined;
    const folder = vscode.workspace.getWorkspaceFolder(this.documentShown.uri);
    if (!folder || this.documentShown.uri.scheme === 'untitled') return undefined;
    const target = vscode.Uri.joinPath(this.documentShown.uri, '..', safeDecode(src.split(/[?#]/)[0]));
    if (!target.path.startsWith(folder.uri.path + '/')) return undefined;
    if (target.scheme === 'file' && !isImageFileInside(folder.uri.fsPath, target.fsPath)) return undefined;
    return this.panel.webview.asWebviewUri(target).toString();
  }

  private async followLink(href: string): Promise<void> {
    if (/^https?:\/\//i.test(href)) {
      await vscode.env.openExternal(vscode.Uri.parse(href));
      return;
    }
    // A malformed escape (%FF) is taken as written, never an error.
    const file = safeDecode(href.split('#')[0]);
    // Only a relative link to a Markdown file opens in the editor; anything else is ignored.
    if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('/') || isNetworkPath(href) || /^[\\/]/.test(file) || !/\.md$/i.test(file)) return;
    const target = vscode.Uri.joinPath(this.documentShown.uri, '..', file);
    try {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(target));
    } catch {
      void vscode.window.showWarningMessage(inLang(this.langOf(), 'Cannot open {0}', file));
    }
  }

  /** A fresh page for the current document: the roots it may load from, the CSP, the script. */
  private load(): void {
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    const folder = vscode.workspace.getWorkspaceFolder(this.documentShown.uri);
    this.panel.webview.options = { enableScripts: true, localResourceRoots: folder ? [media, folder.uri] : [media] };
    this.ready = false;
    this.panel.webview.html = pageHtml(this.panel.webview, media, this.langOf());
    this.update();
  }

  dispose(): void {
    this.pagesLaidOut.dispose();
    vscode.Disposable.from(...this.disposables).dispose();
    this.panel.dispose();
  }
}

function pageHtml(webview: vscode.Webview, media: vscode.Uri, lang: string): string {
  const nonce = randomBytes(18).toString('base64');
  const csp = [
    "default-src 'none'",
    `img-src ${webview.cspSource} https: data:`,
    `style-src ${webview.cspSource} 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
    `font-src ${webview.cspSource}`,
  ].join('; ');
  const css = webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.css'));
  // The badges look as they do in VS Code's own preview, which loads the same file.
  const badges = webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview-badges.css'));
  const js = webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.js'));
  const pagedPartsJs = webview.asWebviewUri(vscode.Uri.joinPath(media, 'pagedParts.js'));
  const pagedJs = webview.asWebviewUri(vscode.Uri.joinPath(media, 'paged.js'));
  const title = lang === 'vi' ? 'Xem theo trang' : 'Pages';
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" nonce="${nonce}" href="${css}">
<link rel="stylesheet" nonce="${nonce}" href="${badges}">
</head>
<body class="rw-theme">
<div id="rw-toolbar"><span id="rw-page-count" aria-live="polite"></span><button id="rw-mode" type="button" aria-pressed="false">${title}</button></div>
<main id="rw-root"></main>
<div id="rw-paged" hidden></div>
<script nonce="${nonce}" src="${pagedPartsJs}"></script>
<script nonce="${nonce}" src="${pagedJs}"></script>
<script nonce="${nonce}" src="${js}"></script>
</body>
</html>`;
}
