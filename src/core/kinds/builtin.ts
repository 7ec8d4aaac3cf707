import vocabulary from './roles.json';
import review from './review.json';
import meetingNews from './meeting-news.json';
import status from './status.json';
import officialReport from './official-report.json';
import plan from './plan.json';
import conclusionNotice from './conclusion-notice.json';
import { type KindFile, type ReportKind, type RoleVocabulary, resolveKind } from './kind';

export const ROLE_VOCABULARY: RoleVocabulary = vocabulary;

/** The kinds shipped with the product, in the order they are offered to writers. */
export const BUILTIN_KINDS: readonly ReportKind[] = [review, meetingNews, status, officialReport, plan, conclusionNotice].map((file) =>
  resolveKind(file as KindFile, ROLE_VOCABULARY),
);
