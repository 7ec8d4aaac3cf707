import { isLetter, offsetRange } from './helpers';
import type { Rule, RuleContext } from './types';
import { hasLetterOrDigit } from '../text/wordCharacters';

export const pairedPunctuation: Rule = {
  id: 'RW311',
  name: 'paired-punctuation',
  description: {
    en: 'An opening quote, bracket or parenthesis without its partner in the same paragraph, a closing one without its opening, or a mismatched pair (“…’).',
    vi: 'Dấu ngoặc kép, ngoặc đơn, ngoặc vuông mở mà không đóng trong cùng đoạn, đóng mà không mở, hoặc cặp không khớp (“…’).',
  },
  defaultSeverity: 'warning',
  fixable: false,
  check(context) {
    const { doc } = context;
    // One search over the whole text finds the blocks that hold a mark; only those are read.
    ANY.lastIndex = 0;
    for (const block of doc.textBlocks) {
      // Tables pair by cell; in HTML a mark may be written as an entity (&ldquo;), which is not read here.
      if (block.type === 'table' || block.type === 'html') continue;
      const from = doc.lines.starts[block.startLine];
      const to = doc.lines.ends[block.endLine];
      if (ANY.lastIndex < from) ANY.lastIndex = from;
      const mark = ANY.exec(doc.text);
      if (!mark) break;
      if (mark.index >= to) {
        ANY.lastIndex = mark.index;
        continue;
      }
      checkBlock(context, doc.text.slice(from, to), from);
    }
  },
};

const ANY = /[()[\]{}“”‘«»"]/g;
/** Every mark of a pair, the apostrophe-like ’ included. */
const MARKS = /[()[\]{}“”‘’«»"]/g;
const CLOSER_OF: Record<string, string> = { '(': ')', '[': ']', '{': '}', '“': '”', '‘': '’', '«': '»', '"': '"' };
const OPENER_OF: Record<string, string> = { ')': '(', ']': '[', '}': '{', '”': '“', '’': '‘', '»': '«' };

interface Open {
  char: string;
  at: number;
}

function checkBlock(context: RuleContext, text: string, from: number): void {
  const { doc } = context;
  const stack: Open[] = [];
  MARKS.lastIndex = 0;
  for (let m; (m = MARKS.exec(text)); ) {
    const k = m.index;
    const char = m[0];
    const isOpen = char in CLOSER_OF;
    // ’ is an apostrophe unless a ‘ is open: most are, and need no further look.
    if (char === '’' && lastOpen(stack, '‘') < 0) continue;
    if (text[k - 1] === '\\') continue;
    // A link's "](" starts its destination, which is not prose; the "]" still closes its text.
    if (!doc.prose.isProseAt(from + k) && !(char === ']' && text[k + 1] === '(' && doc.prose.isProseAt(from + k - 1))) continue;
    // A mark quoted to talk about it: "']'", "“(”".
    if (/['"‘“`]/.test(text[k - 1] ?? '') && /['"’”`]/.test(text[k + 1] ?? '')) continue;
    if (char === '"') {
      // A straight quote closes the one that is open, else opens one.
      const top = lastOpen(stack, '"');
      if (top >= 0) closeAt(context, stack, top, from, text);
      else stack.push({ char, at: k });
      continue;
    }
    if (char === '‘' && isLetter(text[k - 1])) continue; // a letter typed with ‘ for an apostrophe
    if (isOpen) {
      if (char === '[' && /^\[[ xX]\]/.test(text.slice(k, k + 3))) continue; // a task list box
      stack.push({ char, at: k });
      continue;
    }
    const opener = OPENER_OF[char];
    const index = lastOpen(stack, opener);
    if (index >= 0) {
      closeAt(context, stack, index, from, text);
      continue;
    }
    if (char === '’' || isEnumerator(text, k) || isSmiley(text, k) || balancedRaw(text, opener)) continue;
    report(context, from + k, {
      en: `"${char}" closes a "${opener}" that is not open in this paragraph.`,
      vi: `Dấu "${char}" đóng một dấu "${opener}" không có trong đoạn này.`,
    });
  }
  for (const open of stack) unclosed(context, open, text, from);
}

/** Code spans, autolinks, smileys (":)", ":]") and enumerators ("a)", "2)"): their marks are not the prose's pairs. */
const NOT_COUNTED = /`[^`\n]*`|<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>|[:;=]-?[)\]]|(?<=^|[\s:;,*_])(?:[a-zđA-ZĐ]|[ivx]{1,4}|[IVX]{1,4}|\d{1,3})\)/gmu;

/** The marks after a smiley's own: ":)))" → "))". */
const SMILEY_RUN = /[:;=]-?\)(\)+)/g;

/**
 * True when the paragraph's raw text, links and URLs included, has as many of the pair's
 * opening marks as closing ones: then the one the prose seems to lack is inside a code span or
 * a URL ("[https://x](https://x)", "`f(x`)"), and nothing is reported.
 */
function balancedRaw(raw: string, open: string): boolean {
  const close = CLOSER_OF[open];
  const text = raw.replace(NOT_COUNTED, '');
  if (open === close) return (text.split(open).length - 1) % 2 === 0;
  const surplus = text.split(close).length - text.split(open).length;
  if (surplus <= 0) return surplus === 0;
  // A smiley drawn long (":)))", "=))") has more marks than its one: as many as the pairs lack
  // are the smiley's, the rest close the pairs ("(xong :))" closes its parenthesis).
  const drawnOn = [...raw.matchAll(SMILEY_RUN)].reduce((n, m) => n + m[1].length, 0);
  return close === ')' && surplus <= drawnOn;
}

function lastOpen(stack: readonly Open[], char: string): number {
  for (let s = stack.length - 1; s >= 0; s--) if (stack[s].char === char) return s;
  return -1;
}

/** Closes the opener at `index`; the openers above it were left open. */
function closeAt(context: RuleContext, stack: Open[], index: number, from: number, text: string): void {
  for (const open of stack.splice(index).slice(1)) unclosed(context, open, text, from);
}

function unclosed(context: RuleContext, open: Open, text: string, from: number): void {
  const partner = CLOSER_OF[open.char];
  if (open.char !== '“' && balancedRaw(text, open.char)) return;
  // A straight quote between symbols ("+=" → "…") is talked about, not quoting: only one that
  // touches a word, or ends a sentence, opens or closes a quotation.
  if (open.char === '"' && !hasLetterOrDigit(text[open.at + 1] ?? '') && !/[\p{L}\p{N}.,!?…]/u.test(text[open.at - 1] ?? '')) return;
  // “…’: closed with the wrong mark (a ’ not between letters, so not an apostrophe).
  if (open.char === '“') {
    const next = text.indexOf('“', open.at + 1);
    const wrong = /’(?!\p{L})/u.exec(text.slice(open.at + 1, next < 0 ? text.length : next));
    if (wrong) {
      report(context, from + open.at, {
        en: `"“" is closed by "’" instead of "”".`,
        vi: `Dấu "“" lại đóng bằng "’" thay vì "”".`,
      });
      return;
    }
  }
  // A ‘ after a space with no ’ anywhere later is an opening quote left open; one with a ’
  // later may be closed by a word's apostrophe-looking mark, so it is left alone.
  if (open.char === '‘' && text.indexOf('’', open.at) >= 0) return;
  report(context, from + open.at, {
    en: `"${open.char}" is opened but not closed with "${partner}" in this paragraph.`,
    vi: `Dấu "${open.char}" mở mà không đóng bằng "${partner}" trong đoạn này.`,
  });
}

/**
 * "a)", "1)", "iv)", "III)" after a space, a colon, the start or the emphasis that opens a bold
 * line ("**A) Done this week**"): a list enumerator, not a closing parenthesis.
 */
function isEnumerator(text: string, at: number): boolean {
  return /(?:^|[\s:;,(*_])(?:[a-zđA-ZĐ]|[ivx]{1,4}|[IVX]{1,4}|\d{1,3})$/u.test(text.slice(Math.max(0, at - 5), at));
}

/** ":)", ";-)", ":]". */
function isSmiley(text: string, at: number): boolean {
  return /[:;=]-?$/.test(text.slice(Math.max(0, at - 2), at));
}

function report({ doc, report: emit }: RuleContext, offset: number, message: { en: string; vi: string }): void {
  emit({ range: offsetRange(doc, offset, offset + 1), message });
}
