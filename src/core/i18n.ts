/** The two languages every user-facing string comes in. */
export type Lang = 'vi' | 'en';

export const LANGS: readonly Lang[] = ['vi', 'en'];

export type Localized = Record<Lang, string>;

export function isLang(value: unknown): value is Lang {
  return value === 'vi' || value === 'en';
}

/**
 * The language a front matter's `lang:` names: a BCP 47 tag in any case, with a region or not
 * ("vi", "vi-VN", "VI", "vi_VN", "en-GB"), or the language's name ("Vietnamese", "Tiếng Việt",
 * "English", "Tiếng Anh"); undefined for anything else.
 */
export function langOfTag(value: unknown): Lang | undefined {
  if (typeof value !== 'string') return undefined;
  const tag = value.trim().normalize('NFC').toLowerCase();
  const primary = /^([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*$/.exec(tag)?.[1];
  if (primary === 'vi' || primary === 'vie') return 'vi';
  if (primary === 'en' || primary === 'eng') return 'en';
  if (tag === 'vietnamese' || tag === 'tiếng việt') return 'vi';
  if (tag === 'english' || tag === 'tiếng anh') return 'en';
  return undefined;
}
