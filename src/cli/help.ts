import type { Lang } from '../core/i18n';
import { BUILTIN_KINDS } from '../core/kinds/builtin';
import { version } from '../../package.json';

export { version };

/**
 * The text of `reportwright --help`, in English or Vietnamese. It names the built-in kinds only,
 * so that printing it needs neither the linter nor the workspace: src/cli/index.ts answers --help
 * and --version from this module alone, before the rest of the command line is read.
 *
 * @param lang the language: `--lang` when given, else the locale's (see `helpLang`)
 */
export function helpText(lang: Lang = 'en'): string {
  return lang === 'vi' ? vi() : en();
}

/**
 * The language of the help: `--lang vi|en` among `args` (`--lang vi`, `--lang=VI`; before a
 * `--`), else the locale's: GNU gettext's `LANGUAGE` list first unless the locale is C or POSIX,
 * then `LC_ALL`, `LC_MESSAGES` and `LANG` as POSIX reads them (`vi_VN.UTF-8` is Vietnamese),
 * else English.
 */
export function helpLang(args: readonly string[], env: NodeJS.ProcessEnv = process.env): Lang {
  for (let i = 0; i < args.length && args[i] !== '--'; i++) {
    const value = (args[i] === '--lang' ? args[i + 1] : args[i].startsWith('--lang=') ? args[i].slice(7) : undefined)?.toLowerCase();
    if (value === 'vi' || value === 'en') return value;
  }
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  const first = locale && !/^(?:C|POSIX)(?:\.|$)/.test(locale) && env.LANGUAGE ? env.LANGUAGE.split(':')[0] : locale;
  return /^vi(?:[_.@-]|$)/i.test(first) ? 'vi' : 'en';
}

const KIND_IDS = () => BUILTIN_KINDS.map((kind) => kind.id).join(', ');

function en(): string {
  return `Reportwright ${version}: lint and export structured Markdown reports (results, priorities, conclusion).

Usage:
  reportwright --help [--lang vi|en]   this help (by default in the locale's language: LANG=vi_VN… gives Vietnamese)
  reportwright lint [options] FILE|FOLDER|GLOB...
  reportwright init [FOLDER] [--force] [--lang vi|en]   find the reports in a repository and write .reportwright.yaml naming them
  reportwright outline [--format text|json] [--kind KIND] FILE
  reportwright teach HEADING ROLE [--config FILE] [--lang vi|en]   add HEADING to ROLE's synonyms in the nearest configuration
  reportwright export FILE|FOLDER|GLOB... --to html|docx|pdf [-o OUT] [--profile default|nd30|hd36] [--reference-docx FILE] [--force] [--strict]

Lint options:
  --format FORMAT        text (default; ends with a summary line), json, sarif (SARIF 2.1.0,
                         code scanning), junit (JUnit XML, CI test reports), codequality
                         (GitLab merge requests) or github (GitHub Actions annotations);
                         colours only on a terminal, never with NO_COLOR
  -o, --output FILE      write the output to FILE instead of standard output, whole (a new
                         file renamed over FILE: a link at FILE is replaced, never written through)
  --kind KIND            treat every file as a report of this kind (${KIND_IDS()});
                         --kind auto: check each file as the kind it confidently looks like, leave the rest alone
  --report-files GLOB    files matching GLOB are reports even without "kind:" (repeatable)
  --fix                  apply every mechanical fix and write the files
  --lang vi|en           language of the messages (default: the reports' language, "lang:" or detected)
  --max-warnings N       exit 1 when there are more than N warnings (default: warnings never fail)
  --kinds GLOB           more report kind files (JSON), besides .reportwright/kinds/*.json (repeatable)
  --config FILE          the configuration for every file (default: each file's nearest
                         .reportwright.json or .reportwright.yaml up the folder tree)

Export options:
  --to html|docx|pdf     the format: one standalone HTML file, a Word document, or a PDF
  -o, --output OUT       where to write: a file (one report) or a folder (several reports, or OUT
                         ending in / or naming a folder); default: next to each report, with the
                         format's extension
  --reference-docx FILE  Word only: take the styles (fonts, sizes, spacing, headings) of this Word
                         file, as pandoc's reference documents do
  --profile PROFILE      page layout: default, nd30 (A4, margins 20/20/30/15 mm, Times New Roman 13 pt:
                         NĐ 30/2020) or hd36 (the same for Party documents: HD 36-HD/VPTW); an
                         official document uses its own
  --force                replace OUT if it exists (otherwise an existing file is never touched)
  --strict               refuse to export a report with error findings or placeholders (exit 1)
  --browser PATH         Chromium, Chrome or Edge to print PDFs (default: found on PATH or the usual places)

Exit status: 0 no error findings, 1 error findings (or more warnings than --max-warnings), 2 usage error, unreadable file or broken configuration (outline too).
export: 0 written, 1 refused by --strict, 2 usage error, existing file, no browser or failed write.
A folder is its Markdown files, less node_modules, what .gitignore leaves out and the configuration's "ignores".
A Markdown file is a report when its front matter has "kind:" (or --kind / --report-files say so);
other Markdown files get no findings, and the text output names them in a note.`;
}

function vi(): string {
  return `Reportwright ${version}: kiểm tra và xuất báo cáo Markdown có cấu trúc (kết quả, phương hướng, kết luận).

Cách dùng:
  reportwright --help [--lang vi|en]   trợ giúp này (mặc định theo ngôn ngữ của hệ thống: LANG=vi_VN… cho tiếng Việt)
  reportwright lint [tùy chọn] TỆP|THƯ MỤC|MẪU...
  reportwright init [THƯ MỤC] [--force] [--lang vi|en]   tìm các báo cáo trong kho mã và ghi .reportwright.yaml liệt kê chúng
  reportwright outline [--format text|json] [--kind LOẠI] TỆP
  reportwright teach TIÊU ĐỀ VAI TRÒ [--config TỆP] [--lang vi|en]   thêm TIÊU ĐỀ vào các tên gọi của VAI TRÒ trong cấu hình gần nhất
  reportwright export TỆP|THƯ MỤC|MẪU... --to html|docx|pdf [-o ĐÍCH] [--profile default|nd30|hd36] [--reference-docx TỆP] [--force] [--strict]

Tùy chọn khi kiểm tra (lint):
  --format ĐỊNH DẠNG     text (mặc định; dòng cuối là dòng tổng kết), json, sarif (SARIF 2.1.0,
                         code scanning), junit (JUnit XML, báo cáo kiểm thử của CI), codequality
                         (merge request của GitLab) hoặc github (chú thích của GitHub Actions);
                         chỉ tô màu khi ghi ra terminal, không bao giờ tô màu khi có NO_COLOR
  -o, --output TỆP       ghi toàn bộ kết quả vào TỆP thay vì đầu ra chuẩn (ghi tệp mới rồi đổi tên
                         đè lên TỆP: liên kết đặt tại TỆP bị thay thế, không bao giờ bị ghi xuyên qua)
  --kind LOẠI            coi mọi tệp là báo cáo thuộc loại này (${KIND_IDS()});
                         --kind auto: kiểm tra mỗi tệp theo loại mà nó chắc chắn giống, bỏ qua các tệp khác
  --report-files MẪU     các tệp khớp MẪU là báo cáo dù không có "kind:" (dùng được nhiều lần)
  --fix                  áp dụng mọi bản sửa tự động và ghi lại các tệp
  --lang vi|en           ngôn ngữ của thông báo (mặc định: ngôn ngữ của báo cáo, theo "lang:" hoặc tự nhận biết)
  --max-warnings N       thoát với mã 1 khi có nhiều hơn N cảnh báo (mặc định: cảnh báo không làm hỏng lần chạy)
  --kinds MẪU            thêm tệp loại báo cáo (JSON), ngoài .reportwright/kinds/*.json (dùng được nhiều lần)
  --config TỆP           cấu hình cho mọi tệp (mặc định: .reportwright.json hoặc .reportwright.yaml
                         gần nhất, tìm ngược lên các thư mục cha của từng tệp)

Tùy chọn khi xuất (export):
  --to html|docx|pdf     định dạng: một tệp HTML độc lập, một văn bản Word hoặc một tệp PDF
  -o, --output ĐÍCH      nơi ghi: một tệp (một báo cáo) hoặc một thư mục (nhiều báo cáo, hoặc ĐÍCH
                         kết thúc bằng / hay là một thư mục có sẵn); mặc định: cạnh từng báo cáo,
                         với phần mở rộng của định dạng
  --reference-docx TỆP   chỉ với Word: lấy kiểu trình bày (phông chữ, cỡ chữ, giãn dòng, tiêu đề)
                         của tệp Word này, như tài liệu tham chiếu của pandoc
  --profile THỂ THỨC     bố cục trang: default, nd30 (A4, lề 20/20/30/15 mm, Times New Roman 13 pt:
                         NĐ 30/2020) hoặc hd36 (như trên, cho văn bản của Đảng: HD 36-HD/VPTW);
                         văn bản hành chính dùng thể thức của chính nó
  --force                thay ĐÍCH nếu đã có (nếu không, tệp đã có không bao giờ bị đụng tới)
  --strict               từ chối xuất báo cáo còn lỗi hoặc còn chỗ giữ chỗ (thoát với mã 1)
  --browser ĐƯỜNG DẪN    Chromium, Chrome hoặc Edge để in PDF (mặc định: tìm trong PATH hoặc các nơi thường đặt)

Mã thoát: 0 không có lỗi, 1 có lỗi (hoặc nhiều cảnh báo hơn --max-warnings), 2 dùng sai lệnh, không đọc được tệp hoặc cấu hình hỏng (cả với outline).
export: 0 đã ghi, 1 bị --strict từ chối, 2 dùng sai lệnh, tệp đã tồn tại, không có trình duyệt hoặc ghi thất bại.
Một thư mục gồm các tệp Markdown trong đó, trừ node_modules, những gì .gitignore loại ra và "ignores" của cấu hình.
Một tệp Markdown là báo cáo khi front matter có "kind:" (hoặc --kind / --report-files cho biết vậy);
các tệp Markdown khác không bị báo lỗi gì, và đầu ra dạng text nêu tên chúng trong một ghi chú.`;
}
