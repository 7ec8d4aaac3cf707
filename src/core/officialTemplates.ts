import type { Lang } from './i18n';
import type { ReportKind } from './kinds/kind';
import { OFFICIAL_KINDS } from './model/officialKinds';
import type { OfficialProfile } from './model/officialText';

/**
 * Skeletons of the official kinds (báo cáo, kế hoạch, thông báo kết luận) in the form of
 * Nghị định 30/2020/NĐ-CP (state bodies) or Hướng dẫn 36-HD/VPTW (Party bodies): the header,
 * recipients, distribution and signer in the front matter, the body's sections numbered
 * "I.", "II." as report-style documents number them (NĐ 30 Phụ lục I), and the closing "./.".
 * Snippet syntax: every tab stop a writer must fill holds "…" or a sample they overwrite.
 */

interface ProfileSample {
  issuer: [string, string];
  symbolOf: (abbr: string, stop: (text: string) => string) => string;
  place: string;
  recipients: string;
  distribution: [string, string];
  authority: string;
  title: string;
}

const SAMPLES: Record<OfficialProfile, ProfileSample> = {
  nd30: {
    issuer: ['ỦY BAN NHÂN DÂN TỈNH …', 'SỞ NỘI VỤ'],
    symbolOf: (abbr, stop) => `${stop('01')}/${abbr}-${stop('SNV')}`,
    place: 'Hà Nội',
    recipients: 'Ủy ban nhân dân tỉnh …',
    distribution: ['Như trên', 'Lưu: VT, VP'],
    authority: 'KT. GIÁM ĐỐC',
    title: 'PHÓ GIÁM ĐỐC',
  },
  hd36: {
    issuer: ['ĐẢNG BỘ TỈNH …', 'HUYỆN ỦY …'],
    symbolOf: (abbr, stop) => `${stop('01')}-${abbr}/${stop('HU')}`,
    place: 'Hà Nội',
    recipients: 'Ban Thường vụ Tỉnh ủy',
    distribution: ['Ban Thường vụ Tỉnh ủy (để báo cáo)', 'Lưu Văn phòng Huyện ủy'],
    authority: 'T/M BAN THƯỜNG VỤ',
    title: 'BÍ THƯ',
  },
};

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/** Opening sentences and closing formulas, per kind (the writer's words replace them). */
const OPENING: Record<string, string> = {
  'official-report': 'Thực hiện …, … báo cáo kết quả như sau:',
  plan: 'Căn cứ …, … ban hành kế hoạch như sau:',
  'conclusion-notice': 'Ngày …, tại …, đồng chí …, chức vụ …, chủ trì cuộc họp về …, nghe báo cáo và ý kiến của các đại biểu dự họp, kết luận như sau:',
};
const CLOSING: Record<string, string> = {
  'official-report': 'Trên đây là báo cáo kết quả công tác năm $CURRENT_YEAR',
  plan: 'Trên đây là Kế hoạch triển khai nhiệm vụ năm $CURRENT_YEAR',
  'conclusion-notice': 'Văn phòng thông báo để các cơ quan, đơn vị biết, thực hiện',
};

/** A YAML double-quoted scalar (the front matter's values may hold ":" and ","). */
function quoted(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => '\\' + c)}"`;
}

/**
 * The skeleton of a new official document of this kind, front matter included, in Vietnamese
 * (official documents are written in Vietnamese); `undefined` when the kind is not an official one.
 */
export function officialSnippet(kind: ReportKind, lang: Lang, profile: OfficialProfile = 'nd30'): string | undefined {
  const official = OFFICIAL_KINDS[kind.id];
  if (!official || lang !== 'vi') return undefined;
  const sample = SAMPLES[profile];
  let n = 1;
  // Snippet syntax gives "}" and a backslash a meaning; $CURRENT_YEAR stays a variable.
  const stop = (text: string) => `\${${n++}:${text.replace(/[}\\]/g, (c) => '\\' + c)}}`;
  const lines = [
    '---',
    `kind: ${kind.id}`,
    'lang: vi',
    'period: $CURRENT_YEAR',
    `profile: ${profile}`,
    'issuer:',
    `  - ${stop(sample.issuer[0])}`,
    `  - ${stop(sample.issuer[1])}`,
    `number: ${sample.symbolOf(official.abbreviation, stop)}`,
    `place: ${stop(sample.place)}`,
    'date: $CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE',
    `type: ${official.type}`,
    `subject: ${stop(kind.templateTitle.vi)}`,
  ];
  if (official.recipients) lines.push('recipients:', `  - ${stop(sample.recipients)}`);
  lines.push(
    'distribution:',
    `  - ${quoted(sample.distribution[0])}`,
    `  - ${quoted(sample.distribution[1])}`,
    'signer:',
    `  authority: ${stop(sample.authority)}`,
    `  title: ${stop(sample.title)}`,
    `  name: ${stop('Nguyễn Văn A')}`,
    '---',
    '',
    stop(OPENING[kind.id] ?? '…'),
    '',
  );
  kind.roles
    .filter((r) => r.inTemplate)
    .forEach((role, i) => lines.push(`## ${ROMAN[i] ?? String(i + 1)}. ${role.heading.vi.toLocaleUpperCase('vi')}`, '', stop('…'), ''));
  lines.push(`${stop(CLOSING[kind.id] ?? '…')}./.`);
  return lines.join('\n') + '\n$0';
}

const PROFILE_NAMES: Record<OfficialProfile, string> = { nd30: 'NĐ 30', hd36: 'HD 36' };

/** Prefixes of the official skeletons: Vietnamese ones and English ones (the body is Vietnamese either way). */
const OFFICIAL_PREFIXES: Record<string, Record<Lang, string>> = {
  'official-report': { vi: 'baocao', en: 'official-report' },
  plan: { vi: 'kehoach', en: 'plan' },
  'conclusion-notice': { vi: 'thongbao-ketluan', en: 'conclusion-notice' },
};

/** Snippet entries for the official kinds among `kinds`: one per kind, profile and prefix language. */
export function officialSnippetEntries(kinds: readonly ReportKind[]): Record<string, { prefix: string; body: string[]; description: string }> {
  const entries: Record<string, { prefix: string; body: string[]; description: string }> = {};
  for (const kind of kinds) {
    const prefixes = OFFICIAL_PREFIXES[kind.id];
    if (!prefixes) continue;
    for (const profile of ['nd30', 'hd36'] as const) {
      const body = officialSnippet(kind, 'vi', profile);
      if (!body) continue;
      const form = PROFILE_NAMES[profile];
      entries[`${kind.name.vi} — ${form} (vi)`] = {
        prefix: `${prefixes.vi}-${profile}`,
        body: body.split('\n'),
        description: `Văn bản mới: ${kind.name.vi.toLowerCase()}, thể thức ${profile === 'nd30' ? 'Nghị định 30/2020/NĐ-CP' : 'Hướng dẫn 36-HD/VPTW'}`,
      };
      entries[`${kind.name.en} — ${form} (en)`] = {
        prefix: `${prefixes.en}-${profile}`,
        body: body.split('\n'),
        description: `New Vietnamese official document: ${kind.name.en.replace(/ \(.*\)$/, '').toLowerCase()}, laid out as ${profile === 'nd30' ? 'Decree 30/2020/NĐ-CP (state bodies)' : 'Guidance 36-HD/VPTW (Party bodies)'}`,
      };
    }
  }
  return entries;
}
