import { ReadRefused } from '../export/images';
import type { Localized } from '../i18n';

/**
 * "UTF-16 LE", "UTF-16 BE", "UTF-32 LE" or "UTF-32 BE" when the bytes are such text: a byte order
 * mark, or (without one) most characters with a zero byte on one side and nearly none on the
 * other, as ASCII and Vietnamese text in UTF-16 has (UTF-8 text has no zero byte at all).
 */
export function utf16Encoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) return 'UTF-32 LE';
  if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) return 'UTF-32 BE';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16 LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16 BE';
  const sample = bytes.subarray(0, Math.min(bytes.length, 4000) & ~1);
  if (sample.length < 8) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZero++;
    if (sample[i + 1] === 0) oddZero++;
  }
  const pairs = sample.length / 2;
  // A character U+xx00 (U+0300 in decomposed Vietnamese, U+4E00) puts a zero on the other side too.
  if (oddZero > pairs * 0.6 && evenZero <= pairs * 0.1) return 'UTF-16 LE';
  if (evenZero > pairs * 0.6 && oddZero <= pairs * 0.1) return 'UTF-16 BE';
  return undefined;
}

/** Why a UTF-16 file is not read, and how to save it as UTF-8 (Windows' Notepad and PowerShell write UTF-16). */
export function utf16Words(encoding: string): Localized {
  return {
    en: `${encoding} text, not UTF-8; not read (save it as UTF-8: in VS Code, "Save with Encoding" → UTF-8; in Notepad, Save As → Encoding: UTF-8)`,
    vi: `văn bản ${encoding}, không phải UTF-8; không đọc (hãy lưu lại bằng UTF-8: trong VS Code, "Save with Encoding" → UTF-8; trong Notepad, Save As → Encoding: UTF-8)`,
  };
}

/**
 * The text of a configuration or kind file: its bytes as UTF-8, a byte order mark kept (for the
 * readers, which take it off where an offset must not move) or dropped (where positions are an
 * editor's, which shows none). Throws ReadRefused, in words, for UTF-16 text, which read as UTF-8
 * would be a run of NUL characters the readers could only call malformed.
 */
export function decodeDataFile(bytes: Uint8Array, byteOrderMark: 'keep' | 'drop'): string {
  const utf16 = utf16Encoding(bytes);
  if (utf16) throw new ReadRefused(utf16Words(utf16));
  return new TextDecoder('utf-8', { ignoreBOM: byteOrderMark === 'keep' }).decode(bytes);
}
