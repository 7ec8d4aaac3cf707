import type { Lang, Localized } from '../core';
import { escapeControls } from './format';
import { utf16Words } from '../core/text/encoding';
import { parseSyllable } from '../core/text/vietnamese';

/**
 * The command line's own words (usage errors, file problems, notes), in English and Vietnamese.
 * Each command says them in `--lang`, else in the language of the report(s) it works on
 * (for `teach`, the heading's), else in English.
 */

/** The line after every usage error. */
export const USAGE_HINT: Localized = { en: 'Run "reportwright --help" for usage.', vi: 'Chạy "reportwright --help" để xem cách dùng.' };

/** Joins a list for a sentence: "a, b or c" / "a, b hoặc c". */
export function orList(items: readonly string[], lang: Lang): string {
  const or = lang === 'vi' ? 'hoặc' : 'or';
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${or} ${items.at(-1)}`;
}

/**
 * What the argument parser (args.ts) refused: an unknown option, an option without its value, a
 * switch given one; anything else as the error says it.
 */
export function argumentError(error: Error & { code?: string; option?: string; reason?: string }): Localized {
  if (error.option !== undefined) {
    const option = error.option;
    switch (error.reason) {
      case 'unknown':
        return { en: `unknown option "${option}"`, vi: `không có tùy chọn "${option}"` };
      case 'takes-no-value':
        return { en: `${option} takes no value`, vi: `${option} không nhận giá trị` };
      case 'missing-value':
      case 'ambiguous-value':
        return { en: `${option} needs a value`, vi: `${option} cần một giá trị` };
    }
  }
  const option = /'(-[^'\s]*)/.exec(error.message)?.[1];
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return { en: `unknown option "${option}"`, vi: `không có tùy chọn "${option}"` };
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) return { en: `${option} needs a value`, vi: `${option} cần một giá trị` };
  if (error.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return { en: error.message, vi: `thừa tham số: ${error.message}` };
  return { en: error.message, vi: `tham số không hợp lệ: ${error.message}` };
}

export const WORDS = {
  noConfigFile: (file: string): Localized => ({ en: `--config ${file}: no such file`, vi: `--config ${file}: không có tệp này` }),
  unknownKind: (kind: string, closest: string | undefined, known: readonly string[]): Localized => ({
    en: `unknown kind "${kind}"${closest ? `; did you mean "${closest}"?` : '.'} Known kinds: ${known.join(', ')}.`,
    vi: `không có loại báo cáo "${kind}"${closest ? `; có phải "${closest}"?` : '.'} Các loại có: ${known.join(', ')}.`,
  }),
  badLang: (value: string): Localized => ({ en: `--lang must be vi or en, not "${value}"`, vi: `--lang chỉ nhận vi hoặc en, không nhận "${value}"` }),
  badFormat: (formats: readonly string[], value: string): Localized => ({
    en: `--format must be ${orList(formats, 'en')}, not "${value}"`,
    vi: `--format chỉ nhận ${orList(formats, 'vi')}, không nhận "${value}"`,
  }),
  optionNotForCommand: (option: string, command: string, takenBy: readonly string[]): Localized => {
    const and = (word: string) => (takenBy.length < 2 ? takenBy.join('') : `${takenBy.slice(0, -1).join(', ')} ${word} ${takenBy.at(-1)}`);
    return {
      en: `${option} is not an option of ${command}${takenBy.length ? ` (${and('and')} take${takenBy.length > 1 ? '' : 's'} it)` : ''}`,
      vi: `${command} không có tùy chọn ${option}${takenBy.length ? ` (chỉ ${and('và')} có tùy chọn này)` : ''}`,
    };
  },
  nothingToLint: { en: 'name at least one file, folder or glob to lint', vi: 'hãy nêu ít nhất một tệp, thư mục hoặc mẫu glob để kiểm tra' } as Localized,
  nothingToExport: { en: 'name at least one file, folder or glob to export', vi: 'hãy nêu ít nhất một tệp, thư mục hoặc mẫu glob để xuất' } as Localized,
  badMaxWarnings: (value: string): Localized => ({
    en: `--max-warnings takes a whole number of 0 or more, not "${value}"`,
    vi: `--max-warnings nhận một số nguyên từ 0 trở lên, không nhận "${value}"`,
  }),
  outlineOneFile: { en: 'outline takes exactly one file', vi: 'outline nhận đúng một tệp' } as Localized,
  initOneFolder: { en: 'init takes at most one folder', vi: 'init nhận nhiều nhất một thư mục' } as Localized,
  // init: each refusal writes nothing.
  initNoFolder: (arg: string): Localized => ({
    en: `${arg}: no such folder; nothing written (init takes the folder to write .reportwright.yaml in)`,
    vi: `${arg}: không có thư mục này; không ghi gì (init nhận thư mục để ghi .reportwright.yaml vào)`,
  }),
  initNotFolder: (arg: string): Localized => ({
    en: `${arg} is a file, not a folder; nothing written (init takes the folder to write .reportwright.yaml in)`,
    vi: `${arg} là một tệp, không phải thư mục; không ghi gì (init nhận thư mục để ghi .reportwright.yaml vào)`,
  }),
  initNoMarkdown: (arg: string): Localized => ({
    en: `${arg}: no Markdown file in this folder; nothing written (run init in the folder of your reports)`,
    vi: `${arg}: thư mục này không có tệp Markdown nào; không ghi gì (hãy chạy init trong thư mục chứa các báo cáo)`,
  }),
  initExists: (file: string, forced = false): Localized =>
    forced
      ? {
          en: `${file} exists, and beside it one of the two configurations would be ignored; nothing written (remove it, or move what it says into .reportwright.yaml, then run init again)`,
          vi: `${file} đã có, và nếu ghi thêm .reportwright.yaml thì một trong hai cấu hình sẽ bị bỏ qua; không ghi gì (xóa nó, hoặc chuyển nội dung của nó sang .reportwright.yaml, rồi chạy lại init)`,
        }
      : {
          en: `${file} exists; nothing written (--force writes over .reportwright.yaml)`,
          vi: `${file} đã có; không ghi gì (--force ghi đè .reportwright.yaml)`,
        },
  initCannotWrite: (file: string, why: string): Localized => ({ en: `cannot write ${file}: ${why}; nothing written`, vi: `không ghi được ${file}: ${why}; không ghi gì` }),
  outputIsLinted: (file: string): Localized => ({
    en: `-o ${file}: it is one of the files linted, and the output would replace it; nothing written (choose another name)`,
    vi: `-o ${file}: đó là một tệp đang được kiểm tra, kết quả sẽ ghi đè lên nó; không ghi gì (hãy chọn tên khác)`,
  }),
  outputLeadsOut: (file: string): Localized => ({
    en: `-o ${file}: its folder is a symbolic link that leads out of the working folder; nothing written`,
    vi: `-o ${file}: thư mục chứa nó là liên kết tượng trưng dẫn ra ngoài thư mục làm việc; không ghi gì`,
  }),
  cannotWriteOutput: (file: string, why: Localized): Localized => ({ en: `cannot write ${file}: ${why.en}; nothing written`, vi: `không ghi được ${file}: ${why.vi}; không ghi gì` }),
  unknownCommand: (command: string): Localized => ({ en: `unknown command "${command}"`, vi: `không có lệnh "${command}"` }),
  tooManyWarnings: (count: number, max: number): Localized => ({
    en: `${count} warning${count === 1 ? '' : 's'}, more than --max-warnings ${max}`,
    vi: `${count} cảnh báo, nhiều hơn --max-warnings ${max}`,
  }),
  fixed: (file: string, count: number): Localized => ({ en: `${file}: fixed ${count} problem${count === 1 ? '' : 's'}`, vi: `${file}: đã sửa ${count} vấn đề` }),
  // Arguments that name nothing to read.
  emptyFolder: (arg: string): Localized => ({ en: `${arg}: no Markdown file in this folder`, vi: `${arg}: thư mục này không có tệp Markdown nào` }),
  noMatch: (arg: string): Localized => ({ en: `${arg}: no file matches this pattern`, vi: `${arg}: không có tệp nào khớp mẫu này` }),
  allIgnored: (arg: string, count: number): Localized => ({
    en: `${arg}: its ${count === 1 ? 'Markdown file is' : `${count} Markdown files are`} left out by .gitignore (name a file to lint it anyway)`,
    vi: `${arg}: ${count} tệp Markdown ở đây bị .gitignore loại ra (ghi tên tệp để vẫn kiểm tra)`,
  }),
  ignoreListUnread: (file: string, why: Localized): Localized => ({
    en: `${file}: this ignore list is not read, so what it leaves out is linted: ${why.en}`,
    vi: `${file}: danh sách loại trừ này không được đọc, nên các tệp nó loại ra vẫn được kiểm tra: ${why.vi}`,
  }),
  noKindFile: (arg: string): Localized => ({
    en: `--kinds ${arg}: no kind file matches this pattern (paths and globs are relative to the folder the command runs in)`,
    vi: `--kinds ${arg}: không có tệp loại báo cáo nào khớp mẫu này (đường dẫn và mẫu tính từ thư mục chạy lệnh)`,
  }),
  noSuchFile: (arg: string): Localized => ({ en: `${arg}: no such file or folder`, vi: `${arg}: không có tệp hay thư mục này` }),
  // Files that cannot be read or written.
  utf16: utf16Words,
  binary: { en: 'binary file, not Markdown text; not read', vi: 'tệp nhị phân, không phải văn bản Markdown; không đọc' } as Localized,
  notUtf8: {
    en: 'not UTF-8 text (a legacy encoding such as TCVN3 or VNI?); not read',
    vi: 'không phải văn bản UTF-8 (bảng mã cũ như TCVN3 hay VNI?); không đọc',
  } as Localized,
  changedWhileLinted: { en: 'the file changed while it was being linted; fixes not written', vi: 'tệp đã thay đổi trong lúc kiểm tra; không ghi các sửa chữa' } as Localized,
  cannotWriteFixes: (why: string): Localized => ({ en: `cannot write the fixes: ${why}`, vi: `không ghi được các sửa chữa: ${why}` }),
  readOnly: { en: 'the file is read-only; fixes not written', vi: 'tệp chỉ đọc; không ghi các sửa chữa' } as Localized,
  hardLinks: (links: number): Localized => ({
    en: `the file has ${links} hard links, which writing the fixes would separate; fixes not written (fix a copy, or remove the other links)`,
    vi: `tệp có ${links} liên kết cứng, ghi các sửa chữa sẽ tách chúng ra; không ghi (hãy sửa một bản sao, hoặc bỏ các liên kết kia)`,
  }),
};

/**
 * A kind as the command line names it in words: its name in `lang` with its id, the name one
 * types after `--kind` or `kind:` ("Biên bản họp (minutes)"); the id alone when it has no other name.
 */
export function kindLabel(name: Partial<Localized> | undefined, id: string, lang: Lang): string {
  // A workspace's kind file names it: shown on one line, control characters escaped, 80 characters at most.
  const raw = name?.[lang];
  const named = raw && escapeControls(raw.length > 80 ? `${raw.slice(0, 79)}…` : raw);
  return named && named !== id ? `${named} (${escapeControls(id)})` : escapeControls(id);
}

/** Why a file given to `lint` was not checked as a report. */
export type NotCheckedReason = 'no-kind' | 'not-confident';

/** Why one file was not checked as a report, for the CI formats that list it (a JUnit skipped test case). */
export const NOT_CHECKED_CASE: Record<NotCheckedReason, Localized> = {
  'no-kind': {
    en: 'not checked as a report: its front matter has no "kind:" (--kind NAME, or "kind: NAME" in the front matter checks it)',
    vi: 'chưa được kiểm tra như một báo cáo: front matter không có "kind:" (--kind TÊN, hoặc "kind: TÊN" trong front matter để kiểm tra)',
  },
  'not-confident': {
    en: 'not checked as a report: --kind auto is not sure which kind of report it is (--kind NAME, or "kind: NAME" in the front matter checks it)',
    vi: 'chưa được kiểm tra như một báo cáo: --kind auto không chắc đó là loại báo cáo nào (--kind TÊN, hoặc "kind: TÊN" trong front matter để kiểm tra)',
  },
};

/**
 * The note `lint` prints (text format only) for Markdown files it did not check as reports:
 * which, why, and the ways to have them checked (an option, the front matter, a configuration's
 * reportFiles). One line however many files. `--kind auto` is
 * suggested only when some file confidently looks like a kind (else it would not help).
 *
 * @param files the files, as named on the command line; at least one.
 * @param reason 'no-kind': plain lint, no `kind:`; 'not-confident': `--kind auto` found no kind it was sure of.
 * @param looksLike for each file, the kind it confidently looks like as `kindLabel` names it, or undefined (same order as files).
 */
export function notCheckedNote(files: readonly string[], reason: NotCheckedReason, lang: Lang, looksLike: readonly (string | undefined)[] = []): string {
  const shown = files.length <= 3 ? files.join(', ') : `${files.slice(0, 3).join(', ')} ${lang === 'vi' ? `và ${files.length - 3} tệp khác` : `and ${files.length - 3} more`}`;
  const one = files.length === 1;
  const kinds = looksLike.filter((k): k is string => k !== undefined);
  const offerAuto = reason === 'no-kind' && kinds.length > 0;
  if (lang === 'vi') {
    const what = one ? `${shown}: chưa được kiểm tra như một báo cáo` : `${files.length} tệp chưa được kiểm tra như báo cáo (${shown})`;
    const why = reason === 'no-kind' ? 'front matter không có "kind:"' : '--kind auto không chắc đó là loại báo cáo nào';
    const auto = one ? `--kind auto (văn bản giống loại ${kinds[0]})` : kinds.length === files.length ? '--kind auto (loại mà mỗi tệp giống)' : `--kind auto (cho ${kinds.length} tệp giống một loại)`;
    const how = `${offerAuto ? `${auto}, ` : ''}--kind TÊN, "kind: TÊN" trong front matter, hoặc reportFiles trong .reportwright.yaml (reportwright init ghi tệp này)`;
    return `Lưu ý: ${what}: ${why}. Để kiểm tra: ${how}.`;
  }
  const what = one ? `${shown} was not checked as a report` : `${files.length} files were not checked as reports (${shown})`;
  const why = reason === 'no-kind' ? `${one ? 'its' : 'their'} front matter has no "kind:"` : `--kind auto is not sure which kind of report ${one ? 'it is' : 'they are'}`;
  const auto = one ? `--kind auto (it looks like ${kinds[0]})` : kinds.length === files.length ? '--kind auto (the kind each looks like)' : `--kind auto (for the ${kinds.length} that look like a kind)`;
  const how = `${offerAuto ? `${auto}, ` : ''}--kind NAME, "kind: NAME" in the front matter, or reportFiles in .reportwright.yaml (reportwright init writes it)`;
  return `Note: ${what}: ${why}. To check ${one ? 'it' : 'them'}: ${how}.`;
}

/**
 * Vietnamese when a word of the heading with a Vietnamese letter (ă, â, đ, ê, ô, ơ, ư or a tone
 * mark) reads as a Vietnamese syllable ("Việc tuần tới"), else English: French or German accents
 * ("Résumé", "Café", "Übersicht") are not Vietnamese.
 */
export function headingLang(text: string): Lang {
  const words = text.normalize('NFC').match(/[\p{L}\p{M}]+/gu) ?? [];
  return words.some((word) => VIETNAMESE_LETTER.test(word) && parseSyllable(word) !== undefined) ? 'vi' : 'en';
}

const VIETNAMESE_LETTER = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/iu;
