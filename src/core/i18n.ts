/** The two languages every user-facing string comes in. */
export type Lang = 'vi' | 'en';

export const LANGS: readonly Lang[] = ['vi', 'en'];

export type Localized = Record<Lang, string>;

export function isLang(value: unknown): value is Lang {
  return value === 'vi' || value === 'en';
}
