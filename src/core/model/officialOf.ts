import type { ReportDocument } from './document';
import { findOfficialParts, type OfficialParts } from './official';

const cache = new WeakMap<ReportDocument, OfficialParts>();

/**
 * The official parts of a report (see `findOfficialParts`), found once per document version.
 * Stands in for `doc.official` until the model carries it.
 */
export function officialPartsOf(doc: ReportDocument): OfficialParts {
  let parts = cache.get(doc);
  if (!parts) {
    const own = (doc as { official?: OfficialParts }).official;
    parts = own ?? findOfficialParts(doc.lines, (doc.frontMatter?.endLine ?? -1) + 1, doc.lastLine, doc.frontMatter);
    cache.set(doc, parts);
  }
  return parts;
}
