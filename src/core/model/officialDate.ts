import { PLACE_DATE_LINE } from './officialText';

/**
 * The place-and-date line of an official document (NĐ 30/2020/NĐ-CP Phụ lục I, mục 4):
 * "Hà Nội, ngày 05 tháng 01 năm 2026": the place capitalised and followed by a comma; Arabic
 * numerals; a day below 10 and the months 1 and 2 with a leading zero; the words "ngày",
 * "tháng", "năm".
 */
export interface PlaceDate {
  place: string;
  day: number;
  month: number;
  year: number;
}

/** Reads "Hà Nội, ngày 5 tháng 1 năm 2026", "Hà Nội ngày 05 tháng 01 năm 2026" or "Hà Nội, 5/1/2026"; undefined when the numbers are not numbers. */
export function parsePlaceDate(text: string): PlaceDate | undefined {
  const m = PLACE_DATE_LINE.exec(text.trim());
  if (!m) return undefined;
  const [place, day, month, year] = m[1] !== undefined ? [m[1], m[2], m[3], m[4]] : [m[5], m[6], m[7], m[8]];
  const numbers = [day, month, year].map((n) => (/^\d{1,4}$/.test(n) ? Number(n) : NaN));
  if (numbers.some(Number.isNaN)) return undefined;
  return { place: place.trim(), day: numbers[0], month: numbers[1], year: numbers[2] };
}

/** Whether the day exists in that month (a Gregorian calendar year of four digits). */
export function isRealDate({ day, month, year }: Pick<PlaceDate, 'day' | 'month' | 'year'>): boolean {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Reads a front matter date: ISO "2026-01-05" (or a YAML date), or the written form "ngày 05 tháng 01 năm 2026". */
export function parseFieldDate(text: string): Pick<PlaceDate, 'day' | 'month' | 'year'> | undefined {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(text.trim());
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
  const written = /^(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})$/iu.exec(text.trim());
  if (written) return { day: Number(written[1]), month: Number(written[2]), year: Number(written[3]) };
  return undefined;
}

/** "Thành phố Hồ Chí Minh" as written; "hà nội" → "Hà Nội"; "thành phố Hồ Chí Minh" → "Thành phố Hồ Chí Minh". */
export function capitalisePlace(place: string): string {
  const t = place.trim().normalize('NFC');
  if (!/\p{Lu}/u.test(t)) return t.replace(/(^|\s)(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toLocaleUpperCase('vi'));
  return t.charAt(0).toLocaleUpperCase('vi') + t.slice(1);
}

/**
 * The line as NĐ 30 writes it. Months 3–12 keep the writer's leading zero under HD 36, which
 * writes "tháng 03" as often as "tháng 3"; NĐ 30 writes "tháng 3".
 */
export function formatPlaceDate(date: PlaceDate, keepMonthZero = false): string {
  const day = String(date.day).padStart(2, '0');
  const month = date.month <= 2 || keepMonthZero ? String(date.month).padStart(2, '0') : String(date.month);
  return `${capitalisePlace(date.place)}, ngày ${day} tháng ${month} năm ${date.year}`;
}
