import type { Localized } from '../i18n';

/**
 * What a document of a kind is called in a sentence that speaks of it as a whole ("Kế hoạch thiếu
 * phần…", "The minutes have no…" is awkward in a template, so the English says "document"): a
 * report by default (a workspace's own kinds too), minutes, a plan, a notice and a news item by
 * their own names. Each value opens a sentence.
 */
export function documentNoun(kindId: string | undefined): Localized {
  return (kindId !== undefined && Object.hasOwn(NOUNS, kindId) ? NOUNS[kindId] : REPORT);
}

const REPORT: Localized = { en: 'The report', vi: 'Báo cáo' };
const NOUNS: Readonly<Record<string, Localized>> = {
  minutes: { en: 'The document', vi: 'Biên bản' },
  plan: { en: 'The plan', vi: 'Kế hoạch' },
  'conclusion-notice': { en: 'The notice', vi: 'Thông báo' },
  'meeting-news': { en: 'The article', vi: 'Bài tin' },
};
