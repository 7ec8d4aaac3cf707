import type { Localized } from '../i18n';
import type { ReportDocument } from '../model/document';
import { LineKind } from '../model/blocks';
import { gatedGlobal } from '../text/gatedPattern';
import { isLetter } from './helpers';
import { isInstruction, isSoleInstruction, opensAsExample, opensAsInstruction, sampleRows, setApartGuidance } from './templateGuidance';

/** A piece of the template a report was written from, still in it (RW306). */
export interface Leftover {
  start: number;
  end: number;
  message: Localized;
}

/**
 * What report templates leave behind when the writer does not replace it: field stand-ins
 * ("(NAME)", "TODAY'S DATE", "YYYY-MM-DD", `{{name}}`, `$name`, `<your name>`), sample links
 * (`[Link description](URL)`), filler ("Lorem ipsum"), instructions to the writer ("Provide a
 * brief summary…"), sample sections ("Example:") and labelled fields left empty
 * (`**Reviewer:**` with nothing after it). Only prose is read; code and comments are the
 * writer's own.
 */
export function templateLeftovers(doc: ReportDocument): Leftover[] {
  const found: Leftover[] = [];
  const add: Add = (start, end, message, checked = false) => {
    if (checked || doc.prose.isProseSpan(start, end)) found.push({ start, end, message });
  };
  standIns(doc, add);
  lowerStandIns(doc, add);
  bracketStandIns(doc, add);
  angleStandIns(doc, add);
  blocks(doc, add);
  // One finding for one piece: a stand-in inside an instruction already reported ("Mô tả rủi ro:
  // [Mô tả ngắn gọn rủi ro]") is that instruction's. In order of start, the outermost first, a
  // leftover ending within the reach of one before it lies inside it (one pass, for any count).
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  let reach = -1;
  return found.filter((leftover) => {
    if (leftover.end <= reach) return false;
    reach = leftover.end;
    return true;
  });
}

/** Notes a leftover; `checked` when the caller has already made sure it lies in prose. */
export type Add = (start: number, end: number, message: Localized, checked?: boolean) => void;

/** Words a template puts in capitals where the writer's own goes: "(NAME)", "[DATE]", "{ROLE}". */
const FIELD_WORDS =
  'NAME|FULL NAME|YOUR NAME|FIRST NAME|LAST NAME|ROLE|TITLE|JOB TITLE|DATE|TEAM|TEAM NAME|PROJECT|PROJECT NAME|COMPANY|COMPANY NAME|' +
  'EMAIL|PHONE|ADDRESS|OWNER|AUTHOR|NUMBER|AMOUNT|DEPARTMENT|LOCATION|LINK|TÊN|HỌ TÊN|HỌ VÀ TÊN|CHỨC VỤ|NGÀY|ĐƠN VỊ|TÊN ĐƠN VỊ|ĐỊA CHỈ|SỐ|' +
  'WEEK NUMBER|SPRINT NUMBER|CLIENT NAME|CUSTOMER NAME|PRODUCT NAME|FEATURE NAME|VERSION NUMBER|SỐ TUẦN|TÊN DỰ ÁN|TÊN KHÁCH HÀNG';
const STAND_IN = new RegExp(
  [
    `[([{](?:${FIELD_WORDS})[)\\]}]`,
    "TODAY['’]S DATE|YOUR NAME HERE|INSERT [A-Z ]{2,30}",
    'YYYY-MM-DD|DD/MM/YYYY|MM/DD/YYYY|DD-MM-YYYY',
    // Not a shortcode of a site generator ("{{< admonition >}}", "{{% note %}}"): the site fills it in.
    '\\{\\{(?![<%])[^{}\\n]{1,60}\\}\\}',
    '\\$(?:name|full_name|date|title|author|project|project_name|team|role|company|email|owner|location)(?![A-Za-z0-9_])',
    'Lorem ipsum',
    // A link whose text is a field's name in capitals: "[GITHUB REPO URL](https://…)".
    '\\[(?:[A-Z]+ ){0,4}(?:URL|LINK)\\](?=\\()',
    '\\[(?:[Ll]ink (?:description|text)|[Tt]ext|[Tt]iêu đề liên kết)\\]\\((?:URL|url|link|#|https?://example\\.com/?|LINK)\\)',
  ].join('|'),
  'g',
);

function standIns(doc: ReportDocument, add: Add): void {
  const { text } = doc;
  STAND_IN.lastIndex = 0;
  for (let m; (m = STAND_IN.exec(text)); ) {
    const start = m.index;
    const end = start + m[0].length;
    const written = m[0];
    if (written[0] === '$') {
      // "$name", not "US$name" or a TeX "$name$".
      if (isLetter(text[start - 1]) || text[end] === '$') continue;
    } else if (isLetter(text[start - 1]) || isLetter(text[end])) continue;
    // A sample link: its text is prose, its destination is not; judge the text.
    // A link's text alone, likewise ("[GITHUB REPO URL](…)": the match ends before its destination).
    const judged = written[0] === '[' && written.includes('](') ? [start + 1, start + written.indexOf(']')] : written[0] === '[' && text[end] === '(' ? [start + 1, end - 1] : [start, end];
    if (!doc.prose.isProseSpan(judged[0], judged[1])) continue;
    add(start, end, standInMessage(written), true);
  }
}

/**
 * The words a template's bracketed instruction opens with: "[Description and impact on
 * project]", "[Describe what changed]", "[Mô tả ngắn gọn kết quả]" (then at least one more word).
 */
const INSTRUCTION_WORDS = '(?:description|describe|brief description|explain|insert|enter|summary of|summarize|summarise|mô tả|nhập|điền|liệt kê|ghi rõ)';

/**
 * "[Your Name]", "[Date Range]", "[Tên của bạn]", "[Description and impact on project]": a field's
 * name or a template's instruction in square brackets, in any case, that is not a link's text
 * (no "(" or "[" after it) nor a task box.
 */
const BRACKETED = new RegExp(
  `\\[(?:your [a-z ]{2,30}|[^\\]\\n]{1,30} của bạn|tên bạn|date range|start date|end date|report date|project name|team name|full name|${FIELD_WORDS.toLowerCase().replace(/\|link\|/, '|')}|${INSTRUCTION_WORDS} [^\\]\\n]{2,80})\\](?![(\\[:])`,
  'giu',
);

function bracketStandIns(doc: ReportDocument, add: Add): void {
  const { text } = doc;
  if (!text.includes('[')) return;
  BRACKETED.lastIndex = 0;
  for (let m; (m = BRACKETED.exec(text)); ) {
    // All-capitals forms are read by standIns; a label with a reference definition is a link.
    if (m[0] === m[0].toUpperCase() || isReference(doc, m[0].slice(1, -1))) continue;
    add(m.index, m.index + m[0].length, standInMessage(m[0]));
  }
}

/** True when `[label]: …` defines the label somewhere in the report (CommonMark folds its case and spaces). */
function isReference(doc: ReportDocument, label: string): boolean {
  const references = (doc.markdownEnv as { references?: Record<string, unknown> }).references;
  return references !== undefined && label.trim().replace(/\s+/g, ' ').toUpperCase() in references;
}

/** Stand-ins in lower case, found by a plain search: a pattern starting with d, y or l would try most words. */
const LOWER_STAND_INS = ['dd/mm/yyyy', 'yyyy-mm-dd', 'lorem ipsum'];

function lowerStandIns(doc: ReportDocument, add: Add): void {
  const { text } = doc;
  for (const written of LOWER_STAND_INS) {
    for (let at = text.indexOf(written); at >= 0; at = text.indexOf(written, at + 1)) {
      if (isLetter(text[at - 1]) || isLetter(text[at + written.length])) continue;
      add(at, at + written.length, standInMessage(written));
    }
  }
}

function standInMessage(written: string): Localized {
  return {
    en: `"${written}" is a template's stand-in, still in the report: put the real content in its place.`,
    vi: `"${written}" là chỗ điền sẵn của mẫu, vẫn còn trong báo cáo: hãy thay bằng nội dung thật.`,
  };
}

/** HTML elements Markdown writers use: `<br>`, `<img …>`, `<details>` are markup, not stand-ins. */
const HTML_ELEMENTS = new Set(
  ('a abbr address area article aside audio b bdi bdo big blockquote body br button canvas caption center cite code col colgroup data dd del ' +
    'details dfn dialog div dl dt em embed fieldset figcaption figure font footer form h1 h2 h3 h4 h5 h6 head header hr html i iframe img input ins ' +
    'kbd label legend li link main map mark menu meta meter nav nobr noscript object ol optgroup option output p param picture pre progress q rp rt ' +
    'ruby s samp script section select slot small source span strike strong style sub summary sup svg table tbody td template textarea tfoot th ' +
    'thead time title tr track tt u ul var video wbr').split(' '),
);
/** Single words that name a field when in angle brackets. */
const ANGLE_FIELDS = new Set(FIELD_WORDS.toLowerCase().split('|').concat(['name', 'date', 'role', 'title', 'team', 'project', 'company', 'email', 'owner', 'author']));
/** One word joined to more that asks for the writer's own: "<your-name>", "<insert_date>". */
const ANGLE_OPENERS = /^(?:your|insert|enter|add|put|type)[_-]\p{L}/iu;
/** What may stand beside a stand-in on its line: a list or quote marker, a bold label. */
const ANGLE_ALONE = /^[ \t>]*(?:(?:[-*+]|\d{1,3}[.)])[ \t]+)?(?:(\*\*|__)[^*_\n]{1,40}?(?::\1|\1[ \t]*:)[ \t]*)?[ \t]*$/u;
/** "<your name>", "<date>", "<Tên đơn vị>": a stand-in in angle brackets, one to five words. */
const ANGLE = gatedGlobal(
  // A letter after "<" is neither a space nor an angle bracket.
  /<[^\s<>]/,
  () => /<([\p{L}][\p{L}\p{N}_]*(?:[ _-][\p{L}\p{N}_]+){0,4})>/gu,
);

function angleStandIns(doc: ReportDocument, add: Add): void {
  const { text } = doc;
  if (!text.includes('<')) return;
  for (const m of ANGLE(text)) {
    const first = m[1].split(/[ _-]/)[0].toLowerCase();
    if (HTML_ELEMENTS.has(first)) continue;
    // "<your name>", "<date>", "<TÊN ĐƠN VỊ>"; not an unknown tag "<element>" nor a path "\<base dir>\x".
    if (!/ /.test(m[1]) && !ANGLE_FIELDS.has(m[1].toLowerCase()) && m[1] !== m[1].toUpperCase() && !ANGLE_OPENERS.test(m[1])) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (!/^[\s(]?$/.test(text[start - 1] ?? '') || !/^[\s.,;:)]?$/.test(text[end] ?? '')) continue;
    // The mask takes "<name>" for an HTML tag: read the line kind only (not code, not an HTML block).
    const line = doc.lines.positionAt(start).line;
    // The mask takes the stand-in itself for a tag; what is around it must be prose (not a code span).
    const aroundOk = (at: number, edge: number) => at === edge || doc.prose.isProseAt(at);
    // Alone on its line ("- <insert goal here>", "**Author:** <your name>"), Markdown reads it as an
    // HTML block (and a browser shows nothing): a stand-in still.
    const alone = doc.prose.lineKind(line) === LineKind.html && ANGLE_ALONE.test(doc.lines.line(line).replace(m[0], ''));
    if (!alone && (doc.prose.lineKind(line) !== 0 || !aroundOk(start - 1, doc.lines.starts[line] - 1) || !aroundOk(end, doc.lines.ends[line]))) continue;
    if (text.lastIndexOf('<!--', start) > text.lastIndexOf('-->', start)) continue;
    add(start, end, standInMessage(m[0]), true);
  }
}

/** A sample section's label: "### Example:", "**Ví dụ:**" (a heading, or a line in bold, ending in a colon). */
const EXAMPLE = /^(?:Example|Sample|Ví dụ|Mẫu)\s*:$/iu;
/** A labelled field: "**Reviewer:**", "**Nội dung**:", "- **Owner:**". */
const FIELD = /^[ \t>]*(?:[-*+][ \t]+)?(\*\*|__)([^*_\n]{1,40}?)(?::\1|\1[ \t]*:)[ \t]*$/u;
const FIELD_START = /^[ \t>]*(?:[-*+][ \t]+)?(\*\*|__)[^*_\n]{1,40}?(?::\1|\1[ \t]*:)/u;

/** Whether the text block at `index` is all its section holds: a heading (or the start) before it, a heading (or the end) after it. */
function aloneInSection(blocks: ReportDocument['textBlocks'], index: number): boolean {
  return (index === 0 || blocks[index - 1].type === 'heading') && (index === blocks.length - 1 || blocks[index + 1].type === 'heading');
}

function blocks(doc: ReportDocument, add: Add): void {
  const { lines } = doc;
  const blocks = doc.textBlocks;
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index];
    const first = lines.line(block.startLine);
    // Most blocks are neither a short label nor an instruction: two cheap tests decide.
    const example = first.length <= 40 && opensAsExample(first);
    const instruction = !example && block.type === 'paragraph' && opensAsInstruction(first);
    if (example || instruction) {
      const plain = first.replace(/^[ \t>]*(?:#{1,6}[ \t]+|[-*+][ \t]+|\d{1,3}[.)][ \t]+)?/, '').replace(/[*_]/g, '').replace(/[ \t#]+$/, '');
      const from = lines.starts[block.startLine] + (first.length - first.trimStart().length);
      if (example && EXAMPLE.test(plain) && (block.type === 'heading' || /^[ \t>]*(?:\*\*|__)[^*_]+(?:\*\*|__)[ \t]*$/.test(first))) {
        add(from, lines.ends[block.startLine], {
          en: `"${plain}" labels a sample from the template: replace the sample with the report's own content, and the label with a real title.`,
          vi: `"${plain}" là nhãn phần ví dụ của mẫu: hãy thay phần ví dụ bằng nội dung thật của báo cáo.`,
        });
        continue;
      }
      if (instruction && plain.length < 300 && (isInstruction(plain) || (aloneInSection(blocks, index) && isSoleInstruction(plain)))) {
        add(from, lines.ends[block.startLine], {
          en: `"${plain.slice(0, 60)}${plain.length > 60 ? '…' : ''}" is the template's instruction to the writer: write what it asks for in its place.`,
          vi: `"${plain.slice(0, 60)}${plain.length > 60 ? '…' : ''}" là hướng dẫn của mẫu cho người viết: hãy viết nội dung được yêu cầu vào chỗ này.`,
        });
        continue;
      }
    }
    if (block.type === 'table') {
      sampleRows(doc, block.startLine, block.endLine, add);
      continue;
    }
    if (block.type !== 'paragraph') continue;
    const guidance = setApartGuidance(doc, index);
    if (guidance) {
      // Judged as prose by its start: a link in the guidance is no reason to keep it.
      const from = lines.starts[block.startLine] + (first.length - first.trimStart().length);
      if (doc.prose.isProseSpan(from, from + 2)) add(from, lines.ends[block.endLine], guidance, true);
      continue;
    }
    for (let line = block.startLine; line <= block.endLine; line++) {
      // A field's line ends in ":", ":**" or "**:" (and spaces).
      let end = lines.ends[line];
      while (end > lines.starts[line] && (doc.text[end - 1] === ' ' || doc.text[end - 1] === '\t' || doc.text[end - 1] === '\r')) end--;
      const last = doc.text[end - 1];
      if (last !== ':' && last !== '*' && last !== '_') continue;
      const text = lines.line(line);
      const field = FIELD.exec(text);
      if (!field || !emptyAfter(doc, line, block.endLine)) continue;
      const start = lines.starts[line] + text.indexOf(field[1]);
      add(start, lines.ends[line], {
        en: `The field "${field[2].trim()}" has nothing after it: fill it in, or write "N/A" if it does not apply.`,
        vi: `Mục "${field[2].trim()}" chưa điền gì: hãy điền, hoặc ghi "Không có" nếu không áp dụng.`,
      });
    }
  }
}

/**
 * True when a field line is followed by nothing that could be its value: another field on the
 * next line (in the same paragraph or the next list item), a heading, or the end of the report. A blank line then a paragraph, a list or a
 * table may be the value written below the label.
 */
function emptyAfter(doc: ReportDocument, line: number, blockEnd: number): boolean {
  const { lines } = doc;
  if (line < blockEnd) return siblingField(lines.line(line), lines.line(line + 1));
  for (let next = line + 1; next < lines.lineCount; next++) {
    const text = lines.line(next);
    if (text.trim() === '') continue;
    return /^[ \t]{0,3}#{1,6}[ \t]/.test(text) || (next === line + 1 && siblingField(lines.line(line), text));
  }
  return true;
}

const ITEM = /^([ \t>]*)([-*+][ \t]+)?/;

/**
 * Whether `next`, a line right below a field's label, is another field beside it: a field that
 * is not a list under the label ("**Nguyên nhân:**" then "- **Path:** …", or "- **A:**" then an
 * indented "- **Lưu trữ:** …", is the label's value, written as a labelled list).
 */
function siblingField(label: string, next: string): boolean {
  if (!FIELD_START.test(next)) return false;
  const [, labelIndent, labelMarker] = ITEM.exec(label)!;
  const [, nextIndent, nextMarker] = ITEM.exec(next)!;
  if (nextMarker && !labelMarker) return false;
  if (nextMarker && labelMarker && nextIndent.length > labelIndent.length) return false;
  return true;
}
