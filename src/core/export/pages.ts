import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { PageProfile } from './profiles';

/** The page geometry the shared page layout (media/paged.js) lays a report out in, in millimetres and points. */
export interface PageLayout {
  paper: PageProfile['paper'];
  margins: PageProfile['margins'];
  pageNumbers: PageProfile['pageNumbers'];
  /** Size of the page numbers in points: 9 in a footer; the body's size at the top (NĐ 30/2020 Phụ lục I: 13–14 pt). */
  numberPt: number;
}

/** The layout of a profile's pages, for the paged preview and the PDF export alike. */
export function pageLayout(profile: PageProfile): PageLayout {
  return { paper: profile.paper, margins: profile.margins, pageNumbers: profile.pageNumbers, numberPt: profile.pageNumbers === 'footer' ? 9 : profile.bodyPt };
}

let cached: string | undefined;

/** The page layout's scripts, in the order they load: its cutting and footnote reading, then the layout. */
const SCRIPTS = ['pagedParts.js', 'paged.js'];

/**
 * The source of the page layout shared by the paged preview and the PDF export
 * (media/pagedParts.js then media/paged.js, which set `window.rwPaginate` and
 * `window.rwPrintPages`): beside the command line's bundle (dist/, copied there by the build),
 * in the extension's media folder, or in the repository when run from the sources. Undefined
 * when they are in none of these places.
 */
export function pagedScript(): string | undefined {
  if (cached !== undefined) return cached;
  const folders = [__dirname, path.join(__dirname, '..', 'media'), path.join(__dirname, '..', '..', '..', 'media')];
  const folder = folders.find((dir) => SCRIPTS.every((name) => existsSync(path.join(dir, name))));
  cached = folder ? SCRIPTS.map((name) => readFileSync(path.join(folder, name), 'utf8')).join('\n;\n') : undefined;
  return cached;
}
