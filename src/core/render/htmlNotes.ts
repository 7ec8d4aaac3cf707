import type { Token } from 'markdown-it';
import type { Localized } from '../i18n';
import type { InlineTagMeta } from './inlineHtml';
import { MARK_TAGS, readHtmlBlock, RENDERED_TAGS } from './safeHtml';

/** What the exports and the preview say of raw HTML shown as written, in the report's language. */

/** Where raw HTML was shown as written: each tag once, with the first line it is on (0-based); `unpaired` for a formatting tag left unclosed (or closed alone). */
export function refusedHtml(tokens: readonly Token[]): Array<{ tag: string; line: number; unpaired: boolean }> {
  const found = new Map<string, { tag: string; line: number; unpaired: boolean }>();
  const add = (tag: string, line: number, unpaired: boolean) => {
    const key = `${unpaired ? '/' : ''}${tag}`;
    if (!found.has(key)) found.set(key, { tag, line, unpaired });
  };
  for (const token of tokens) {
    const line = token.map?.[0] ?? 0;
    if (token.type === 'html_block') {
      const reading = readHtmlBlock(token.content);
      if (reading.type === 'raw') {
        for (const tag of reading.unpaired ?? []) add(tag, line, true);
        if (reading.tags.length || !reading.unpaired?.length) for (const tag of reading.tags.length ? reading.tags : ['html']) add(tag, line, false);
      }
    } else if (token.type === 'inline') {
      for (const child of token.children ?? []) {
        if (child.type !== 'html_inline') continue;
        const meta = child.meta as unknown as InlineTagMeta | null;
        if (meta?.refused) add(meta.tag || child.content.slice(0, 12), line, Object.hasOwn(MARK_TAGS, meta.tag));
      }
    }
  }
  return [...found.values()];
}

/** The note an export gives when raw HTML was shown as written: which tags, from which line, and what is rendered. */
export function refusedHtmlNote(tokens: readonly Token[]): Localized | undefined {
  const refused = refusedHtml(tokens);
  if (!refused.length) return undefined;
  const named = (list: typeof refused) => {
    const shown = list.slice(0, 6).map((r) => (/^[a-z][a-z0-9-]*$/.test(r.tag) ? `<${r.tag}>` : r.tag));
    return `${shown.join(', ')}${list.length > 6 ? ', …' : ''}`;
  };
  const other = refused.filter((r) => !r.unpaired);
  const unpaired = refused.filter((r) => r.unpaired);
  const line = Math.min(...refused.map((r) => r.line)) + 1;
  const en: string[] = [];
  const vi: string[] = [];
  if (other.length) {
    en.push(`${named(other)} ${other.length === 1 ? 'is' : 'are'} not rendered (only ${RENDERED_TAGS}, with align, are)`);
    vi.push(`không hiển thị ${named(other)} (chỉ hiển thị ${RENDERED_TAGS}, có align)`);
  }
  if (unpaired.length) {
    en.push(`${named(unpaired)} ${unpaired.length === 1 ? 'is' : 'are'} not closed in ${unpaired.length === 1 ? 'its' : 'their'} paragraph`);
    vi.push(`${named(unpaired)} không được đóng trong cùng đoạn`);
  }
  return {
    en: `Raw HTML is shown as written from line ${line}: ${en.join('; ')}. Nothing in it is run or fetched.`,
    vi: `HTML được giữ nguyên dạng chữ từ dòng ${line}: ${vi.join('; ')}. Không chạy hay tải gì từ HTML.`,
  };
}

/** The tooltip of an HTML block shown as written, in the report's language. */
export function rawBlockTitle(tags: readonly string[], lang: 'vi' | 'en'): string {
  const named = tags.length ? tags.map((t) => `<${t}>`).join(', ') : 'HTML';
  return lang === 'vi'
    ? `Khối HTML này được giữ nguyên dạng chữ vì có ${named}: chỉ hiển thị ${RENDERED_TAGS}.`
    : `This HTML block is shown as written because of ${named}: only ${RENDERED_TAGS} are rendered.`;
}
