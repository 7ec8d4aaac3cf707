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

/**
 * A kind's name as it reads inside a sentence ("Looks like {0}", "Trông như {0}"): its first
 * letter in lower case, the rest as written (acronyms kept: "NĐ 30"); in English with the
 * article it takes ("a status report", "an annual report", "meeting minutes" with none, being
 * plural). A name starting with two capitals (an acronym) keeps its first letter.
 */
export function kindInSentence(name: string, lang: Lang): string {
  const acronym = /^\p{Lu}{2}/u.test(name);
  const lowered = acronym ? name : name.charAt(0).toLocaleLowerCase(lang) + name.slice(1);
  if (lang === 'vi') return lowered;
  if (/(?:minutes|notes)(?:\s*\(.*\))?$/i.test(name)) return lowered;
  return `${anBefore(lowered, acronym) ? 'an' : 'a'} ${lowered}`;
}

/**
 * Whether English writes "an" before a word: by its first sound, not its first letter ("a user
 * story", "a one-pager", "an hourly log"); an acronym by its first letter's name ("an NDA
 * summary", "a UN report").
 */
function anBefore(word: string, acronym: boolean): boolean {
  if (acronym) return /^[AEFHILMNORSX]/.test(word);
  const lower = word.toLowerCase();
  if (/^(?:uni|use|usu|uti|ura|eu|ewe|one|once)/.test(lower)) return false;
  if (/^(?:hour|honest|honou?r|heir)/.test(lower)) return true;
  return /^[aeiou]/.test(lower);
}
