import type { Lang } from '../i18n';
import type { ReportKind } from '../kinds/kind';
import type { KindRegistry } from '../kinds/registry';
import { CONFIDENT, kindOfFields, kindOfTitle, type KindScore, otherKindOfTitle, scoreKind } from './detect';
import { PROCEDURE_STEPS, procedureSteps, titleNamesMinutes } from './minutesCues';
import { OFFICIAL_KINDS } from './officialKinds';
import { missingRoles, type ReportPart } from './parts';

/** What the text says the document is, whatever its front matter says. */
export interface Detection {
  /** The kind it looks like most, when any looks like it at all. */
  kind?: string;
  /** 0–1; from `CONFIDENT` (0.6) on, the detection is offered to the writer. */
  confidence: number;
  confident: boolean;
  lang: Lang;
  /** Every kind's score, best first. */
  scores: KindScore[];
}

/** What the detection reads of the model. */
export interface DetectionInput {
  registry: KindRegistry;
  lang: Lang;
  titleText: string | undefined;
  /** A front matter field's value. */
  field(key: string): unknown;
  /** The titles of the sections, the title's left out, in document order. */
  sectionTitles: readonly string[];
  /** Top-level sections, the title's left out. */
  sectionCount: number;
  paragraphs: ReadonlyArray<{ content: string }>;
  hasOfficialHeader: boolean;
  /** The document's type the official header names ("NGHỊ QUYẾT", "BÁO CÁO"), if it names one. */
  officialType: string | undefined;
  /** The document's parts as read with a kind. */
  partsWith(kind: ReportKind): ReportPart[];
}

/**
 * The official kind whose type name the official header carries ("BÁO CÁO" under the
 * national title: an official report, NĐ 30/2020 Phụ lục III).
 */
function officialTypeKind(type: string | undefined, known: (id: string) => boolean): string | undefined {
  const name = type?.normalize('NFC').toUpperCase();
  if (!name) return undefined;
  return Object.keys(OFFICIAL_KINDS).find((id) => OFFICIAL_KINDS[id].type === name && known(id));
}

/**
 * For every kind, the share of its required roles found and how much of the document they
 * cover, with the title's word (see `scoreKind`), best first.
 */
export function detectKind(input: DetectionInput): Detection {
  const { registry } = input;
  const known = (id: string) => registry.get(id) !== undefined;
  // Three steps of a meeting's procedure ("Call to Order", "Roll Call", "Motion:") name minutes as a title would.
  const procedure = known('minutes') && procedureSteps(input.sectionTitles, input.paragraphs) >= PROCEDURE_STEPS;
  let titleKind = kindOfTitle(input.titleText, known) ?? officialTypeKind(input.officialType, known) ?? kindOfFields(input.field, known) ?? (procedure ? 'minutes' : undefined);
  // Each kind's parts are read once, and only for the kinds scored or compared below (reading
  // them is most of a small report's detection).
  const read = new Map<string, ReportPart[]>();
  const partsOf = (kind: ReportKind): ReportPart[] => {
    let found = read.get(kind.id);
    if (!found) read.set(kind.id, (found = input.partsWith(kind)));
    return found;
  };
  // "Annual review": the periodic review, or a project's annual report when fewer of that kind's
  // required parts are missing (it asks for no conclusion).
  const other = otherKindOfTitle(input.titleText, titleKind);
  const missing = (id: string) => missingRoles(registry.get(id)!, partsOf(registry.get(id)!)).length;
  if (other && known(other) && titleKind && missing(other) < missing(titleKind)) titleKind = other;
  const minutesDecided = procedure || titleNamesMinutes(input.titleText);
  // An official kind needs an official document: its header, or a title that names it.
  // News of a meeting is journalism: a document whose official header names its type ("NGHỊ QUYẾT
  // … tại kỳ họp thứ năm") is none, whatever its subject says.
  const official = (id: string) => (id in OFFICIAL_KINDS && !input.hasOfficialHeader && id !== titleKind) || (id === 'meeting-news' && input.officialType !== undefined);
  const scores = registry.all
    .filter((kind) => !official(kind.id))
    .map((kind) => scoreKind(kind, partsOf(kind), input.sectionCount, kind.id === titleKind, kind.id === 'minutes' && minutesDecided))
    // Of kinds as likely, the one whose roles more of the report's parts play ("Action items" and
    // "What went well" fit a review too, but a post-mortem's impact, root cause and timeline do not).
    .sort((a, b) => b.confidence - a.confidence || b.roles - a.roles);
  const best = scores[0];
  const kind = best && best.confidence > 0 ? best.kind : undefined;
  return { kind, confidence: best?.confidence ?? 0, confident: (best?.confidence ?? 0) >= CONFIDENT, lang: input.lang, scores };
}
