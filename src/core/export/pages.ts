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

/**
 * The source of media/paged.js, the page layout shared by the paged preview and the PDF export
 * (it sets `window.rwPaginate` and `window.rwPrintPages`): beside the command line's bundle
 * (dist/paged.js, copied there by the build), in the extension's media folder, or in the
 * repository when run from the sources. Undefined when it is in none of these places.
 */
export function pagedScript(): string | undefined {
  if (cached !== undefined) return cached;
  const candidates = [path.join(__dirname, 'paged.js'), path.join(__dirname, '..', 'media', 'paged.js'), path.join(__dirname, '..', '..', '..', 'media', 'paged.js')];
  const file = candidates.find((candidate) => existsSync(candidate));
  cached = file ? readFileSync(file, 'utf8') : undefined;
  return cached;
}
