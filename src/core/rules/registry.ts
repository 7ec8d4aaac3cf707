import { missingSection } from './RW001-missing-section';
import { sectionOrder } from './RW002-section-order';
import { emptySection } from './RW003-empty-section';
import { duplicateSection } from './RW004-duplicate-section';
import { unknownKind } from './RW005-unknown-kind';
import { frontMatter } from './RW006-front-matter';
import { sectionLength } from './RW007-section-length';
import { headingMarkup } from './RW008-heading-markup';
import { numberingSequence } from './RW101-numbering-sequence';
import { numberingStyle } from './RW102-numbering-style';
import { periodMismatch } from './RW201-period-mismatch';
import { unicodeNfc } from './RW301-unicode-nfc';
import { lookalikeCharacters } from './RW302-lookalike-characters';
import { toneMarkMisplaced } from './RW303-tone-mark-misplaced';
import { toneMarkStyle } from './RW304-tone-mark-style';
import { spacing } from './RW305-spacing';
import { placeholder } from './RW306-placeholder';
import { legacyEncoding } from './RW307-legacy-encoding';
import { repeatedWord } from './RW308-repeated-word';
import { vietnameseSpelling } from './RW309-vietnamese-spelling';
import { capitalisation } from './RW310-capitalisation';
import { pairedPunctuation } from './RW311-paired-punctuation';
import { documentNumber } from './RW401-document-number';
import { dateStyle } from './RW402-date-style';
import { abbreviation } from './RW403-abbreviation';
import { weekdayDate } from './RW404-weekday-date';
import { numberFormat } from './RW405-number-format';
import { newsLead } from './RW501-news-lead';
import { byline } from './RW502-byline';
import { pastedText } from './RW503-pasted-text';
import { officialHeader } from './RW601-official-header';
import { dateLine } from './RW602-date-line';
import { symbolForm } from './RW603-symbol-form';
import { distribution } from './RW604-distribution';
import { signer } from './RW605-signer';
import { endMark } from './RW606-end-mark';
import type { Rule } from './types';

/** Every rule, by id. Adding a rule means adding its file and one line here. */
export const RULES: readonly Rule[] = [
  missingSection,
  sectionOrder,
  emptySection,
  duplicateSection,
  unknownKind,
  frontMatter,
  sectionLength,
  headingMarkup,
  numberingSequence,
  numberingStyle,
  periodMismatch,
  unicodeNfc,
  lookalikeCharacters,
  toneMarkMisplaced,
  toneMarkStyle,
  spacing,
  placeholder,
  legacyEncoding,
  repeatedWord,
  vietnameseSpelling,
  capitalisation,
  pairedPunctuation,
  documentNumber,
  dateStyle,
  abbreviation,
  weekdayDate,
  numberFormat,
  newsLead,
  byline,
  pastedText,
  officialHeader,
  dateLine,
  symbolForm,
  distribution,
  signer,
  endMark,
];

/** A rule by its id ("RW001") or name ("missing-section"), case-insensitive. */
export function findRule(idOrName: string): Rule | undefined {
  const key = idOrName.trim().toLowerCase();
  return RULES.find((r) => r.id.toLowerCase() === key || r.name === key);
}
