import type { Localized } from '../i18n';

/**
 * The one allow-list of link schemes, for the preview, HTML, PDF and Word: web pages and
 * e-mail addresses. Any other scheme (`ms-msdt:`, `search-ms:`, `smb:`, `file:`, `command:`,
 * `vscode:`, `javascript:`…) could run a program or reach a network share when clicked, so such
 * a link is kept as its text only.
 */
export const ALLOWED_LINK_SCHEMES: readonly string[] = ['http', 'https', 'mailto'];

/** Browsers ignore tabs, newlines and leading control characters and spaces in a URL's scheme. */
function squeezed(href: string): string {
  // eslint-disable-next-line no-control-regex
  return href.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');
}

/** The scheme of a link, lower-cased ("HTTPS:" → "https"), or undefined for a relative link. */
export function linkScheme(href: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*):/i.exec(squeezed(href))?.[1].toLowerCase();
}

/**
 * A link that reaches another machine without a scheme: protocol-relative `//host/…` or a
 * Windows UNC path `\\host\share…`, also when percent-encoded (`%5C%5Chost`). Opened from a
 * file, either goes to a network share, which on Windows sends the user's credentials.
 */
export function isNetworkPath(href: string): boolean {
  const s = squeezed(href);
  const decoded = safeDecode(s);
  return /^[\\/]{2}/.test(s) || /^[\\/]{2}/.test(decoded);
}

/** True when a link may be kept as a link: an allowed scheme, an anchor, or a relative path. */
export function isAllowedLink(href: string): boolean {
  // Percent-decoded too: "java%09script:" is refused even by a lenient reader.
  const scheme = linkScheme(href) ?? linkScheme(safeDecode(href));
  if (scheme !== undefined) return ALLOWED_LINK_SCHEMES.includes(scheme);
  return !isNetworkPath(href);
}

/** Why a link was kept as text only, for a note or a tooltip. */
export function refusedLinkWords(href: string): Localized {
  const scheme = linkScheme(href) ?? linkScheme(safeDecode(href));
  return scheme
    ? { en: `links of the scheme "${scheme}:" are not kept (only ${ALLOWED_LINK_SCHEMES.join(', ')})`, vi: `không giữ liên kết kiểu "${scheme}:" (chỉ giữ ${ALLOWED_LINK_SCHEMES.join(', ')})` }
    : { en: 'links to a network share are not kept', vi: 'không giữ liên kết tới thư mục dùng chung trên mạng' };
}

/** decodeURIComponent that never throws: a malformed escape (`%FF`, `%`) stays as written, the valid ones around it are decoded. */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text.replace(/(?:%[0-9a-f]{2})+/gi, decodeRun);
  }
}

/** A run of escapes, one UTF-8 sequence at a time: each valid one decoded, each invalid byte kept as written. */
function decodeRun(run: string): string {
  const escapes = run.match(/%[0-9a-f]{2}/gi)!;
  let out = '';
  for (let i = 0; i < escapes.length; ) {
    const lead = parseInt(escapes[i].slice(1), 16);
    const length = lead < 0x80 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
    try {
      out += decodeURIComponent(escapes.slice(i, i + length).join(''));
      i += length;
    } catch {
      out += escapes[i];
      i += 1;
    }
  }
  return out;
}
