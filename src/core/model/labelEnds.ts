import type { ReportKind } from '../kinds/kind';
import { matchRole, normalizeTitle } from '../kinds/matchRole';
import { hasValue, introducesWhatFollows } from './labels';

/**
 * Where a label's block ends (roleBlocks.ts): the labels that end it and those that carry it on,
 * and the lines that close the record of a meeting (the end of the meeting, the signatures).
 */

/** A label that heads its own paragraph and opens no block there: its words, and the role it names, if any. */
export interface OtherLabel {
  /** The label normalized (`normalizeTitle`), with a space before and after; a single space for a label that negates its role. */
  text: string;
  role?: string;
}

/**
 * Words that carry a part on rather than start one ("In addition:", "Cụ thể như sau:", "Ví dụ:"),
 * as a label's first words; and words that say the same part goes on wherever they stand
 * ("We also agreed:", "Cuộc họp cũng thống nhất:").
 */
const CARRYING_ON = new Set([
  'in addition', 'additionally', 'also', 'specifically', 'for example', 'for instance', 'e.g', 'including', 'details', 'in particular', 'namely', 'as follows', 'the following', 'in detail',
  'trong đó', 'cụ thể', 'như sau', 'ngoài ra', 'bên cạnh đó', 'đồng thời', 'ví dụ', 'chẳng hạn', 'bao gồm', 'gồm', 'chi tiết', 'đặc biệt', 'nhất là', 'theo đó', 'gồm có',
]);
const CARRYING_ON_WORDS = new Set(['also', 'cũng']);
/** Words that make a label the opposite of the role it names. */
const NEGATIONS = new Set(['not', 'no', 'non', 'absent', 'apologies', 'regrets', 'missing', 'undecided', 'unresolved', 'incomplete', 'excused', 'chưa', 'không', 'vắng', 'thiếu']);

/** Whether a label negates what it names ("Apologies", "Absent", "Vắng mặt", "Not done"): with its value on its line ("Apologies: Mark Jones") it still ends the part before it. */
export function negatesRole(label: string): boolean {
  return normalizeTitle(label).split(' ').some((w) => NEGATIONS.has(w));
}

/**
 * The label of a paragraph that opens no block (a label naming no role, or naming one a heading
 * of the report has), or undefined when its words carry the open part on.
 */
export function readOtherLabel(label: string, role: string | undefined, kind: ReportKind): OtherLabel | undefined {
  const text = normalizeTitle(label);
  const words = text.split(' ');
  if (words.some((w) => CARRYING_ON_WORDS.has(w))) return undefined;
  for (let n = 1; n <= 3 && n <= words.length; n++) if (CARRYING_ON.has(words.slice(0, n).join(' '))) return undefined;
  // A negation makes the label the role's opposite ("Not done", "Absent attendees", "Chưa quyết
  // định", "Thành viên vắng mặt"): a part of its own, whatever role name it repeats.
  if (words.some((w) => NEGATIONS.has(w))) return { text: ' ', role: undefined };
  // "Thành phần khác" names the participants with a word after the name, which a label that opens a block may not have.
  const named = role ?? matchRole(label, kind);
  return { text: ` ${text} `, role: typeof named === 'string' ? named : named && !named.fuzzy ? named.role : undefined };
}

/** The most words a label that heads a part has ("Open questions", "Ý kiến khác"); a longer run before a colon is a sentence. */
const MAX_LABEL_WORDS = 5;

/**
 * Whether a label line (`matched`: what LABEL matched of `lineText`) heads what follows it, as a
 * heading would: a name of a few words with nothing after its colon, or with text that
 * announces what follows ("**Other points:** as follows:").
 */
export function headsWhatFollows(lineText: string, matched: string, label: string): boolean {
  if (label.trim().split(/\s+/).length > MAX_LABEL_WORDS) return false;
  return !hasValue(lineText, matched) || introducesWhatFollows(lineText, false);
}

/**
 * The end of a meeting's record, after its last part: the sentence that says the meeting ended
 * ("Cuộc họp kết thúc lúc 16h15 cùng ngày.", "Biên bản được lập thành 02 bản", "The meeting
 * adjourned at 5 pm.") or the signatures' first line ("**Thư ký**   **Chủ trì**", "Secretary").
 * `text` is the paragraph's text (NFC, emphasis at its start taken off). Labelled parts end there.
 */
export function closesTheRecord(text: string): boolean {
  // Signatures stand on a line of their own, with the names after a blank line: a title with a
  // name under it ("Chủ trì" / "Ông Nguyễn Văn An") is one of those who attended.
  return ENDED.test(text) || (text.length <= SIGN_OFF_LENGTH && SIGN_OFF.test(text)) || (!text.includes('\n') && SIGNERS.test(text) && (SIDE_BY_SIDE.test(text) || !/\p{Ll}/u.test(text) || /[*_]$/.test(text)));
}

/** The sentence a record ends with: when the meeting ended ("… kết thúc lúc 16h15", "… adjourned at 5 pm"), or how many copies were made. */
const ENDED =
  /^(?:(?:cuộc|buổi|phiên)\s+họp|hội\s+nghị)\s+(?:đã\s+)?(?:kết\s+thúc|bế\s+mạc)\s+(?:vào\s+)?(?:lúc|hồi|cùng\s+ngày|\d)|^biên\s+bản\s+(?:này\s+)?(?:được\s+lập\s+thành|lập\s+xong\s+(?:vào\s+)?(?:lúc|hồi)|đã\s+được\s+thông\s+qua|được\s+thông\s+qua|được\s+đọc\s+lại)|^(?:the\s+)?meeting\s+(?:was\s+)?(?:adjourned|closed|ended)\s+(?:at|on)\s|^(?:the\s+)?meeting\s+(?:was\s+)?adjourned\s*\.?$|^adjourned\s+at\s/iu;
/**
 * A report sent as a letter signs off on a short paragraph of its own: "Em xin cảm ơn!", "Trân
 * trọng.", "Thanks!", "Best regards," (and a name after it).
 */
/** A sign-off and the name under it are short: longer text is read no further (and the pattern's runs of spaces stay cheap). */
const SIGN_OFF_LENGTH = 120;
const SIGN_OFF =
  /^(?:(?:em|tôi|mình|chúng\s+(?:tôi|em))\s+)?(?:xin\s+)?(?:chân\s+thành\s+)?(?:cảm\s+ơn|trân\s+trọng)(?:\s+(?:anh|chị|thầy|cô|mọi\s+người|cả\s+nhà|quý\s+\S+)(?:\s+\S+)?)?\s*[!.,]*\s*(?:\n[^\n]{0,60})?$|^(?:many\s+)?(?:thanks|thank\s+you)(?:\s+(?:all|everyone))?\s*[!.,]*\s*(?:\n[^\n]{0,60})?$|^(?:best|kind|warm)?\s*regards\s*[!.,]*\s*(?:\n[^\n]{0,60})?$|^cheers\s*[!.,]*\s*(?:\n[^\n]{0,60})?$/iu;

/** Two titles side by side ("**Thư ký**    **Chủ trì**"). */
const SIDE_BY_SIDE = /\S(?:[*_]*[ \t]{2,}|\t)[*_]*\S/u;
/** A first line of signatures: titles of those who sign a record, alone or side by side. */
const SIGNERS =
  /^(?:(?:thư\s+ký|chủ\s+trì|chủ\s+tọa|chủ\s+toạ|người\s+ghi\s+biên\s+bản|người\s+lập(?:\s+biên\s+bản)?|secretary|chair(?:person)?|minute[- ]taker)(?:\s+cuộc\s+họp)?[*_]*(?:[ \t]{2,}|\t|[ \t]*$)[*_]*){1,3}$/iu;
