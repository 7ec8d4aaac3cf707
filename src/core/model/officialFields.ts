import type { FrontMatter } from './frontMatter';
import type { OfficialText } from './official';
import type { OfficialProfile } from './officialText';

/**
 * The front matter of an official document (English keys; NĐ 30/2020 Điều 8.2, HD 36-HD/VPTW):
 *
 * ```yaml
 * profile: nd30                 # nd30 (state bodies) | hd36 (Party bodies)
 * issuer: [ỦY BAN NHÂN DÂN TỈNH BẮC NINH, SỞ NỘI VỤ]   # parent body first; or one string
 * number: 15/BC-SNV             # số, ký hiệu
 * place: Bắc Ninh
 * date: 2026-01-05              # ISO; rendered "ngày 05 tháng 01 năm 2026"
 * type: BÁO CÁO                 # defaults from the kind
 * subject: Kết quả công tác năm 2025   # trích yếu
 * recipients: [Ủy ban nhân dân tỉnh]    # Kính gửi
 * distribution: [Như trên, "Lưu: VT, VP."]   # Nơi nhận
 * signer: { authority: KT. GIÁM ĐỐC, title: PHÓ GIÁM ĐỐC, name: Nguyễn Văn A }
 * ```
 * Every text carries the line of its key (0-based). Values of the wrong shape are ignored here
 * (RW006 reports the front matter's own problems).
 */
export interface OfficialFields {
  profile?: OfficialProfile;
  /** The parent body (the lines above the issuing body, joined). */
  parentIssuer?: OfficialText;
  issuer?: OfficialText;
  number?: OfficialText;
  place?: OfficialText;
  date?: OfficialText;
  type?: OfficialText;
  subject?: OfficialText;
  recipients?: OfficialText[];
  distribution?: OfficialText[];
  signer?: { authority?: OfficialText; title?: OfficialText; name?: OfficialText };
}

export const OFFICIAL_FIELD_NAMES = ['profile', 'issuer', 'number', 'place', 'date', 'type', 'subject', 'recipients', 'distribution', 'signer'] as const;

function scalar(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return undefined;
}

function list(value: unknown): string[] | undefined {
  if (Array.isArray(value)) {
    const items = value.map(scalar).filter((v): v is string => v !== undefined);
    return items.length > 0 ? items : undefined;
  }
  const one = scalar(value);
  return one === undefined ? undefined : one.split(/\r?\n/).map((s) => s.trim()).filter(Boolean);
}

/** Reads the official fields of a front matter; an absent or broken front matter gives none. */
export function readOfficialFields(frontMatter?: FrontMatter): OfficialFields {
  const fields: OfficialFields = {};
  if (!frontMatter) return fields;
  const get = (name: string) => frontMatter.fields.get(name);
  const lineOf = (name: string) => {
    const f = get(name);
    return (f?.keyRange ?? f?.valueRange)?.start.line ?? frontMatter.startLine;
  };
  const at = (name: string, text: string): OfficialText => ({ text, line: lineOf(name) });
  const profile = scalar(get('profile')?.value);
  if (profile === 'nd30' || profile === 'hd36') fields.profile = profile;
  const issuer = list(get('issuer')?.value);
  if (issuer) {
    fields.issuer = at('issuer', issuer[issuer.length - 1]);
    if (issuer.length > 1) fields.parentIssuer = at('issuer', issuer.slice(0, -1).join(' '));
  }
  for (const name of ['number', 'place', 'date', 'type', 'subject'] as const) {
    const value = scalar(get(name)?.value);
    if (value !== undefined) fields[name] = at(name, value);
  }
  const recipients = list(get('recipients')?.value);
  if (recipients) fields.recipients = recipients.map((r) => at('recipients', r));
  const distribution = list(get('distribution')?.value);
  if (distribution) fields.distribution = distribution.map((r) => at('distribution', r));
  const signer = get('signer')?.value;
  if (signer && typeof signer === 'object' && !Array.isArray(signer)) {
    const s = signer as Record<string, unknown>;
    const out: NonNullable<OfficialFields['signer']> = {};
    for (const key of ['authority', 'title', 'name'] as const) {
      const v = scalar(s[key]);
      if (v !== undefined) out[key] = at('signer', v);
    }
    if (Object.keys(out).length > 0) fields.signer = out;
  }
  return fields;
}

/**
 * Whether the front matter gives a part only an official document has: `date` and `place`
 * alone do not count (any report may say when and where it was written), nor does `profile`.
 */
export function hasOfficialFields(fields: OfficialFields): boolean {
  return Object.keys(fields).some((k) => k !== 'profile' && k !== 'date' && k !== 'place');
}
