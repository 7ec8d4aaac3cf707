import type { Token } from 'markdown-it';
import type { Localized } from '../i18n';
import { isNetworkPath, linkScheme, safeDecode } from '../render/linkPolicy';

/**
 * Reads a file a report refers to (an image), by its path as written in the report, relative
 * to the report's folder (never absolute: loadImages refuses those first); rejects when it
 * cannot, with a ReadRefused to say why in words. The host keeps reads inside the report's
 * folder tree (command line) or the workspace (VS Code), after resolving symbolic links, reads
 * only regular files and at most MAX_IMAGE_BYTES. The core never opens files itself.
 */
export type ReadFile = (path: string) => Promise<Uint8Array>;

/** The largest image file an export embeds, in bytes. */
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;
/** The most pixels an embedded image may have (a "PNG bomb" has a small file and a huge size). */
export const MAX_IMAGE_PIXELS = 60_000_000;

/** A read the host refused, with the reason in words (outside the folder, not a regular file, too large). */
/** Why a file found in the repository was not read: it is a link (the command line's ReadOptions.noFollow, the extension's configuration files). */
export const SYMBOLIC_LINK: Localized = {
  en: 'it is a symbolic link, not a regular file; a link is not followed here (as git does not follow a .gitignore that is one); not read',
  vi: 'đó là liên kết tượng trưng, không phải tệp thường; ở đây không đi theo liên kết (như git không đọc .gitignore là liên kết); không đọc',
};

export class ReadRefused extends Error {
  /** @param code the system's error code when opening failed (`ENOENT`…), for a caller that treats a missing file apart. */
  constructor(
    readonly words: Localized,
    readonly code?: string,
  ) {
    super(words.en);
  }
}

export type ImageType = 'png' | 'jpg' | 'gif' | 'bmp' | 'svg';

export interface LoadedImage {
  type: ImageType;
  data: Uint8Array;
  /** Intrinsic size in pixels, when the header says it (an SVG may not). */
  width?: number;
  height?: number;
  /** An SVG's PNG stand-in for Word (svgRaster.ts), when one was drawn. */
  fallback?: Uint8Array;
}

/** The images of a report, read once before rendering: the renderer's image hook is synchronous. */
export interface ImageSet {
  /** By the source as markdown-it gives it (`token.attrGet('src')`). */
  local: Map<string, LoadedImage>;
  /** What could not be embedded, said to the writer. */
  notes: Localized[];
}

const MIME: Record<ImageType, string> = { png: 'image/png', jpg: 'image/jpeg', gif: 'image/gif', bmp: 'image/bmp', svg: 'image/svg+xml' };

/**
 * Sources that are not files to read: web images, data URIs, other schemes, and network paths
 * (`//host/…`, `\\host\share…`, percent-encoded or not), which must never be opened as files:
 * on Windows that would connect to the share with the user's credentials.
 */
export function isRemote(src: string): boolean {
  const scheme = linkScheme(src);
  return (scheme !== undefined && scheme !== 'file') || isNetworkPath(src);
}

/** Why a local image source is not read at all (an absolute path or a file: URL), or undefined when it may be. */
export function refusedImagePath(src: string): Localized | undefined {
  if (isRemote(src)) return undefined;
  const path = filePath(src);
  if (linkScheme(src) === 'file' || /^[\\/]/.test(path) || /^[a-z]:/i.test(path)) {
    return {
      en: `The image ${path} is named by an absolute path, which an export never reads; put the image beside the report and name it relative to it (images/…).`,
      vi: `Ảnh ${path} được ghi bằng đường dẫn tuyệt đối, bản xuất không bao giờ đọc loại này; hãy đặt ảnh cạnh báo cáo và ghi đường dẫn tương đối (images/…).`,
    };
  }
  return undefined;
}

/** Every image source in the inline tokens, in document order, once each. */
export function imageSources(tokens: readonly Token[]): string[] {
  const found = new Set<string>();
  const visit = (list: readonly Token[]) => {
    for (const token of list) {
      if (token.type === 'image') found.add(String(token.attrGet('src') ?? ''));
      if (token.children) visit(token.children);
    }
  };
  visit(tokens);
  return [...found];
}

/** Reads and recognises the local images; a missing file or a file that is not an image is a note, not a failure. */
export async function loadImages(sources: readonly string[], readFile: ReadFile): Promise<ImageSet> {
  const set: ImageSet = { local: new Map(), notes: [] };
  for (const src of sources) {
    if (!src || isRemote(src)) continue;
    const refused = refusedImagePath(src);
    if (refused) {
      set.notes.push(refused);
      continue;
    }
    const path = filePath(src);
    let data: Uint8Array;
    try {
      data = await readFile(path);
    } catch (error) {
      const why = error instanceof ReadRefused ? error.words : undefined;
      set.notes.push({
        vi: `Không đọc được ảnh ${path}${why ? ` (${why.vi})` : ''}; bản xuất ghi chú thích của ảnh thay cho ảnh.`,
        en: `Cannot read the image ${path}${why ? ` (${why.en})` : ''}; the export shows its alt text instead.`,
      });
      continue;
    }
    if (data.byteLength > MAX_IMAGE_BYTES) {
      set.notes.push(tooLarge(path, `${(data.byteLength / 1048576).toFixed(1)} MB`, `${MAX_IMAGE_BYTES / 1048576} MB`));
      continue;
    }
    const image = recognise(data);
    if (image && (image.width ?? 0) * (image.height ?? 0) > MAX_IMAGE_PIXELS) {
      set.notes.push(tooLarge(path, `${image.width}×${image.height} pixels`, `${MAX_IMAGE_PIXELS / 1e6} megapixels`));
      continue;
    }
    if (image) set.local.set(src, image);
    else set.notes.push({ vi: `${path} không phải ảnh PNG, JPEG, GIF, BMP hay SVG; bản xuất ghi chú thích thay cho ảnh.`, en: `${path} is not a PNG, JPEG, GIF, BMP or SVG image; the export shows its alt text instead.` });
  }
  return set;
}

function tooLarge(path: string, size: string, limit: string): Localized {
  return {
    en: `The image ${path} is ${size}, over the limit of ${limit}; the export shows its alt text instead.`,
    vi: `Ảnh ${path} có ${size.replace('pixels', 'điểm ảnh')}, quá giới hạn ${limit.replace('megapixels', 'megapixel')}; bản xuất ghi chú thích thay cho ảnh.`,
  };
}

/** The path an image source names: markdown-it percent-encodes it (`ảnh/biểu đồ.png` → `%E1%BA%A3nh/…`); a malformed escape stays as written. */
export function filePath(src: string): string {
  return safeDecode(src.replace(/^file:\/\//i, '').replace(/[?#].*$/, ''));
}

export function dataUri(image: LoadedImage): string {
  return `data:${MIME[image.type]};base64,${toBase64(image.data)}`;
}

/** The image's type and size from its first bytes; undefined when it is no image we know. */
export function recognise(data: Uint8Array): LoadedImage | undefined {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const at = (offset: number, ...bytes: number[]) => bytes.every((b, i) => data[offset + i] === b);
  if (data.length >= 24 && at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) {
    return { type: 'png', data, width: view.getUint32(16), height: view.getUint32(20) };
  }
  if (data.length >= 10 && at(0, 0x47, 0x49, 0x46, 0x38)) {
    return { type: 'gif', data, width: view.getUint16(6, true), height: view.getUint16(8, true) };
  }
  if (data.length >= 26 && at(0, 0x42, 0x4d)) {
    return { type: 'bmp', data, width: view.getInt32(18, true), height: Math.abs(view.getInt32(22, true)) };
  }
  if (data.length >= 4 && at(0, 0xff, 0xd8, 0xff)) return { type: 'jpg', data, ...jpegSize(data, view) };
  const head = new TextDecoder().decode(data.subarray(0, 1024));
  if (/<svg[\s>]/i.test(head) && /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!DOCTYPE[^>]*>\s*)?<svg/i.test(head)) return { type: 'svg', data, ...svgSize(head) };
  return undefined;
}

/** A JPEG's size is in its first start-of-frame segment. */
function jpegSize(data: Uint8Array, view: DataView): { width?: number; height?: number } {
  let offset = 2;
  while (offset + 9 < data.length) {
    if (data[offset] !== 0xff) return {};
    const marker = data[offset + 1];
    const length = view.getUint16(offset + 2);
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) return { height: view.getUint16(offset + 5), width: view.getUint16(offset + 7) };
    offset += 2 + length;
  }
  return {};
}

function svgSize(head: string): { width?: number; height?: number } {
  const tag = /<svg[^>]*>/i.exec(head)?.[0] ?? '';
  const number = (name: string) => {
    const value = new RegExp(`\\s${name}="([\\d.]+)(?:px)?"`).exec(tag)?.[1];
    return value ? Math.round(Number(value)) : undefined;
  };
  return { width: number('width'), height: number('height') };
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64: Node's Buffer where there is one (fast, one string), else our own, so the core runs wherever the extension host does. */
export function toBase64(data: Uint8Array): string {
  const buffer = (globalThis as { Buffer?: { from(data: ArrayBufferLike, offset: number, length: number): { toString(encoding: 'base64'): string } } }).Buffer;
  if (buffer) return buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('base64');
  const parts: string[] = [];
  for (let i = 0; i < data.length; i += 3) {
    const a = data[i];
    const b = i + 1 < data.length ? data[i + 1] : 0;
    const c = i + 2 < data.length ? data[i + 2] : 0;
    const n = (a << 16) | (b << 8) | c;
    parts.push(
      BASE64[n >> 18] + BASE64[(n >> 12) & 63] + (i + 1 < data.length ? BASE64[(n >> 6) & 63] : '=') + (i + 2 < data.length ? BASE64[n & 63] : '='),
    );
  }
  return parts.join('');
}
