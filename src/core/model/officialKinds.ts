/**
 * The built-in kinds that are Vietnamese official documents, with the type name their header
 * carries by default and its abbreviation in the number's symbol (NĐ 30/2020 Phụ lục III).
 * A báo cáo is sent upward and names its recipients ("Kính gửi", NĐ 30 Phụ lục I mục 9.a).
 */
export interface OfficialKind {
  type: string;
  abbreviation: string;
  recipients: boolean;
}

export const OFFICIAL_KINDS: Readonly<Record<string, OfficialKind>> = {
  'official-report': { type: 'BÁO CÁO', abbreviation: 'BC', recipients: true },
  plan: { type: 'KẾ HOẠCH', abbreviation: 'KH', recipients: false },
  'conclusion-notice': { type: 'THÔNG BÁO', abbreviation: 'TB', recipients: false },
};
