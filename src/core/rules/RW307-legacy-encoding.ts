import type { TextBlock } from '../model/blocks';
import { gated } from '../text/gatedPattern';
import { characterScan } from './characterScan';
import { isPlainSyllable } from './syllables';
import type { Rule } from './types';

export const legacyEncoding: Rule = {
  id: 'RW307',
  name: 'legacy-encoding',
  description: {
    en: 'Vietnamese text in a legacy 8-bit encoding (TCVN3/ABC or VNI) shows as garbled Latin letters.',
    vi: 'Văn bản tiếng Việt theo bảng mã cũ (TCVN3/ABC hoặc VNI) hiện thành chữ Latinh lộn xộn.',
  },
  defaultSeverity: 'warning',
  fixable: false,
  check({ doc, report }) {
    const { text, lines } = doc;
    const judged = new Set<TextBlock>();
    // The shared walk over the characters notes where the signs of TCVN3 and VNI are.
    for (const at of characterScan(doc).legacySigns) {
      const block = doc.prose.blockAt(lines.positionAt(at).line);
      if (!block || judged.has(block)) continue;
      judged.add(block);
      const from = lines.starts[block.startLine];
      const source = text.slice(from, lines.ends[block.endLine]);
      const words = [...source.matchAll(WORD)].filter((w) => doc.prose.isProseAt(from + w.index));
      const encoding = judge(words.map((w) => w[0]));
      if (!encoding) continue;
      const samples = words.map((w) => w[0]).filter(SIGNS[encoding].test.bind(SIGNS[encoding])).slice(0, 3);
      const sample = samples.map((s) => `"${s}"`).join(', ');
      report({
        range: lines.linesRange(block.startLine, block.endLine),
        message: {
          en: `This text looks like Vietnamese in the ${NAMES[encoding]} encoding, shown as Latin-1 (${sample}): convert it to Unicode (e.g. with Unikey's converter) or retype it.`,
          vi: `Đoạn này có vẻ là tiếng Việt theo bảng mã ${NAMES[encoding]} bị hiển thị sai (${sample}): hãy chuyển sang Unicode (ví dụ bằng công cụ chuyển mã của Unikey) hoặc gõ lại.`,
        },
      });
    }
  },
};

type Encoding = 'tcvn3' | 'vni';

const NAMES: Record<Encoding, string> = { tcvn3: 'TCVN3 (ABC, .VnTime)', vni: 'VNI (VNI-Times)' };

/**
 * TCVN3 puts Vietnamese letters on Latin-1 symbols ("nh©n d©n" for nhân dân, "®ång" for
 * đồng); VNI writes a vowel followed by a Latin-1 letter standing for its mark ("cuûa" for
 * của, "vieân" for viên). A symbol inside a word, or such a pair, is the sign of each.
 */
const SIGNS: Record<Encoding, { test(word: string): boolean }> = {
  // Built only for a word with one of the symbols, which every match holds.
  tcvn3: gated(/[¡¢£¤¥¦§¨©ª«¬\u00AD®µ¶·¸¹»¼½¾]/, () => /\p{L}[¡¢£¤¥¦§¨©ª«¬\u00AD®µ¶·¸¹»¼½¾]|[¡¢£¤¥¦§¨©ª«¬\u00AD®µ¶·¸¹»¼½¾]\p{L}/u),
  vni: /[aeiouyôöAEIOUYÔÖ][øùûõïØÙÛÕÏ]|[aeoAEO][âêÂÊ]/,
};
const WORD = /[^\s]+/g;
/** Letters only Unicode Vietnamese has: a paragraph with them is not VNI. */
const UNICODE_VIETNAMESE = /[ăơưđĂƠƯĐ\u1EA0-\u1EF9]/;

/**
 * The encoding a paragraph's words show, when enough of them carry its sign: a "©" or a
 * French "où" here and there is not mojibake; a paragraph where a fifth of the words is
 * garbled is. VNI's signs are also letters of French, German, Spanish and Portuguese words
 * ("Loïc, Anaïs, Maïa", "août", "Leões"): a VNI paragraph also reads as Vietnamese syllables
 * once its mark letters are taken off ("cuûa" → cua, "ngöôøi" → nguoi), and those words do not.
 */
export function judge(words: readonly string[]): Encoding | undefined {
  if (words.length === 0) return undefined;
  const share = (encoding: Encoding) => words.filter((w) => SIGNS[encoding].test(w)).length;
  const tcvn3 = share('tcvn3');
  if (tcvn3 >= 3 && tcvn3 / words.length >= 0.15) return 'tcvn3';
  const vni = share('vni');
  if (vni >= 3 && vni / words.length >= 0.2 && !words.some((w) => UNICODE_VIETNAMESE.test(w)) && readsAsVni(words)) return 'vni';
  return undefined;
}

/** VNI's mark letters after a vowel: tones (ø ù û õ ï), hats (â ê) and the two together (á à å ã ä, é è ú ü ë). */
const VNI_MARKS = /(?<=[aeiouyôö])[øùûõïâêáàåãäéèúüë]/giu;

/** Most signed words decode to Vietnamese syllables, and most of the others are syllables too. */
function readsAsVni(words: readonly string[]): boolean {
  let signed = 0;
  let signedValid = 0;
  let letterWords = 0;
  let valid = 0;
  for (const raw of words) {
    const word = raw.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
    if (!word || !/^\p{L}+$/u.test(word)) continue;
    letterWords++;
    const decoded = word.toLowerCase().replace(VNI_MARKS, '').replace(/ñ/g, 'd').replace(/ö/g, 'u').replace(/ô/g, 'o');
    const ok = isPlainSyllable(decoded);
    if (ok) valid++;
    if (SIGNS.vni.test(word)) {
      signed++;
      if (ok) signedValid++;
    }
  }
  return signed > 0 && signedValid / signed >= 0.8 && valid / letterWords >= 0.6;
}
