/**
 * Loanwords Vietnamese writes as one word though its syllables are not each a Vietnamese
 * syllable on their own terms ("milimét" is mi + li + mét written together), for RW309.
 *
 * Sources of the convention:
 * - Units of measurement: Nghị định 86/2012/NĐ-CP (đơn vị đo pháp định), Phụ lục I gives the
 *   Vietnamese names of the legal units (mét, kilôgam, ampe, oát, vôn, jun, niutơn, culông…)
 *   and Phụ lục II the names of the SI prefixes (kilô, hectô, mili, micrô, nanô…), a multiple
 *   being written by joining the prefix's name to the unit's ("ghép … liền vào phía trước"):
 *   kilômét, milimét, mêgaoát. Writers also use the older "xenti", "đêxi", "mêga", "têra".
 *   Units of information are written "bit" and "bai" (byte).
 * - Other loanwords: the spellings of Từ điển tiếng Việt (Viện Ngôn ngữ học, Hoàng Phê chủ
 *   biên) written together ("ôtô", "rađiô", "bêtông"); their hyphenated forms ("ki-lô-mét",
 *   "ra-đi-ô") are read syllable by syllable and need no list.
 *
 * Only these words, whole and in lower case: a prefix, a unit, a prefix joined to a unit, or a
 * listed loanword. A misspelt syllable is never one of them.
 */

/** SI prefixes as Vietnamese writes them (Phụ lục II, with the common older spellings). */
const PREFIXES = ['têra', 'tera', 'giga', 'mêga', 'mega', 'kilô', 'kilo', 'hectô', 'héctô', 'hecto', 'đêca', 'deca', 'đêxi', 'đềxi', 'deci', 'xenti', 'centi', 'mili', 'micrô', 'micro', 'nanô', 'nano', 'picô', 'pico'];

/** Units that take a prefix (Phụ lục I, and bit and byte). */
const UNITS = new Set(['mét', 'gam', 'lít', 'giây', 'ampe', 'oát', 'vôn', 'héc', 'jun', 'niutơn', 'pascan', 'culông', 'ôm', 'kenvin', 'calo', 'bit', 'bai']);

/** Common loanwords written as one word (Từ điển tiếng Việt). */
const LOANWORDS = new Set(['ôtô', 'rađiô', 'micrô', 'hécta', 'bêtông', 'ximăng', 'sôcôla', 'ôxy', 'ôxi', 'nitơ', 'hiđrô', 'mêtan', 'êtanol', 'vắcxin', 'ăngten', 'xêmina', 'sơmi']);

const PREFIX_SET = new Set(PREFIXES);

/** Whether a lower-case word is an established loanword spelling: a unit, a prefix, a prefixed unit or a listed word. */
export function isLoanword(word: string): boolean {
  const w = word.normalize('NFC');
  if (LOANWORDS.has(w) || UNITS.has(w) || PREFIX_SET.has(w)) return true;
  for (const prefix of PREFIXES) if (w.length > prefix.length && w.startsWith(prefix) && UNITS.has(w.slice(prefix.length))) return true;
  return false;
}
