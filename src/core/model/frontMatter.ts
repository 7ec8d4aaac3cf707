import type { YAMLMap } from 'yaml';
import { yaml } from '../libraries';
import { firstDuplicateKey } from '../text/yamlDuplicates';
import type { LineIndex, Range } from '../text/lineIndex';
import { readJsonFields, readTomlFields } from './frontMatterFormats';
import { readSimpleYaml } from './simpleYaml';
import { lazyPattern } from '../text/gatedPattern';

/** A problem in the front matter, located in the document. */
export interface FrontMatterProblem {
  range: Range;
  kind: 'yaml' | 'syntax' | 'not-a-map' | 'field' | 'unclosed';
  /** For `syntax`: the front matter's language. */
  format?: 'json' | 'toml';
  field?: string;
  /** The YAML parser's own words, or the bad value. */
  detail: string;
  /** The YAML parser's error code, for saying its words in Vietnamese. */
  code?: string;
}

export interface FrontMatterField {
  value: unknown;
  /** Where the value is written (for fixes that replace it). */
  valueRange?: Range;
  keyRange?: Range;
}

export interface FrontMatter {
  /** First and last line of the block, the `---` fences included (0-based). */
  startLine: number;
  endLine: number;
  raw: string;
  /** Top-level fields, when the YAML is a mapping. */
  fields: Map<string, FrontMatterField>;
  problems: FrontMatterProblem[];
  /** True when the YAML could not be read; `fields` may then be empty. */
  malformed: boolean;
  /** The `kind:` line is there even when the YAML around it is broken. */
  mentionsKind: boolean;
  /** YAML (`---`), JSON (`---json`) or TOML (`+++`). */
  format?: 'yaml' | 'json' | 'toml';
}

const OPEN = /^\uFEFF?(?:---(?:[ \t]*yaml)?|---[ \t]*(json|toml)|(\+\+\+))[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;
const TOML_CLOSE = /^\+\+\+[ \t]*$/;
const KIND_LINE = /^[ \t{,-]*["']?kind["']?[ \t]*[:=]/m;

/**
 * Finds and reads a front matter block at the very top of the document (after a byte-order
 * mark, if any): YAML between `---` lines, JSON after `---json`, or TOML between `+++` lines, as
 * static-site generators write them. Never throws.
 */
export function readFrontMatter(lines: LineIndex): FrontMatter | undefined {
  const open = lines.lineCount >= 2 ? OPEN.exec(lines.line(0)) : null;
  if (!open) return undefined;
  const format = open[2] ? 'toml' : open[1] === 'json' ? 'json' : open[1] === 'toml' ? 'toml' : 'yaml';
  const close = open[2] ? TOML_CLOSE : CLOSE;
  let endLine = -1;
  for (let i = 1; i < lines.lineCount; i++) {
    if (close.test(lines.line(i))) {
      endLine = i;
      break;
    }
  }
  if (endLine < 0) return format === 'yaml' ? unclosedFrontMatter(lines) : undefined;
  const bodyStart = lines.starts[1];
  // A lone CR is a line break (CommonMark); the parsers are given LF in its place, offsets unchanged.
  const raw = lines.text.slice(bodyStart, lines.starts[endLine]).replace(/\r(?!\n)/g, '\n');
  const fm: FrontMatter = {
    startLine: 0,
    endLine,
    raw,
    fields: new Map(),
    problems: [],
    malformed: false,
    mentionsKind: KIND_LINE.test(raw),
    format,
  };
  const toRange = (from: number, to: number): Range => ({
    start: lines.positionAt(bodyStart + from),
    end: lines.positionAt(bodyStart + Math.max(to, from)),
  });
  if (format === 'json') {
    readJsonFields(fm, raw, toRange);
    return fm;
  }
  if (format === 'toml') {
    readTomlFields(fm, raw, toRange);
    return fm;
  }

  if (raw.length > MAX_FRONT_MATTER_LENGTH) {
    fm.malformed = true;
    fm.problems.push({
      kind: 'yaml',
      range: lines.linesRange(0, 0),
      detail: `the front matter is ${Math.round(raw.length / 1024)} KB long, over the limit of ${MAX_FRONT_MATTER_LENGTH / 1024} KB; it is not read`,
      code: 'TOO_LARGE',
    });
    return fm;
  }
  // Plain `key: value` lines are read without the YAML library (see simpleYaml.ts); anything else by it.
  const simple = readSimpleYaml(raw);
  if (simple) {
    for (const f of simple) fm.fields.set(f.key, { value: f.value, keyRange: toRange(f.keyStart, f.keyEnd), valueRange: toRange(f.valueStart, f.valueEnd) });
    return fm;
  }
  const { isMap, LineCounter, parseDocument } = yaml();
  let doc;
  try {
    // The parser's own unique-key check compares each key with every other (quadratic); ours is one pass.
    doc = parseDocument(raw, { lineCounter: new LineCounter(), prettyErrors: false, uniqueKeys: false, logLevel: 'error' });
    const duplicate = doc.errors.length === 0 ? firstDuplicateKey(doc.contents) : undefined;
    if (duplicate) doc.errors.push(duplicate);
  } catch (error) {
    fm.malformed = true;
    fm.problems.push({ kind: 'yaml', range: lines.linesRange(0, 0), detail: String(error) });
    return fm;
  }
  if (doc.errors.length > 0) {
    // The first error is the cause; the ones after it are usually its echoes.
    fm.malformed = true;
    const error = doc.errors[0];
    const [from, to] = error.pos;
    // An error found only at the end (an unclosed quote or bracket) is somewhere in the block.
    // Point at the line that opens the quote left unclosed, when one line plainly does.
    const atEnd = from >= raw.trimEnd().length && endLine > 1;
    const opened = atEnd ? unclosedQuoteLine(raw) : -1;
    const range = opened >= 0 ? lines.linesRange(1 + opened, 1 + opened) : atEnd ? lines.linesRange(1, endLine - 1) : toRange(from, to);
    fm.problems.push({ kind: 'yaml', range, detail: firstLine(error.message), code: error.code });
    return fm;
  }
  const contents = doc.contents;
  if (contents === null) return fm;
  if (!isMap(contents)) {
    fm.malformed = true;
    const [from, to] = contents.range ?? [0, raw.length];
    fm.problems.push({ kind: 'not-a-map', range: toRange(from, to), detail: '' });
    return fm;
  }
  try {
    readFields(contents, fm, toRange);
  } catch (error) {
    // An alias bomb and its like: the YAML library refuses to expand it; the block is then not read.
    fm.malformed = true;
    fm.fields.clear();
    fm.problems.push({ kind: 'yaml', range: lines.linesRange(0, endLine), detail: firstLine(String((error as Error)?.message ?? error)) });
  }
  return fm;
}

function readFields(contents: YAMLMap, fm: FrontMatter, toRange: (from: number, to: number) => Range): void {
  const { isScalar } = yaml();
  for (const pair of contents.items) {
    if (!isScalar(pair.key)) continue;
    const key = String(pair.key.value);
    const valueNode = pair.value;
    const field: FrontMatterField = {
      value: isScalar(valueNode) ? valueNode.value : valueNode ? (valueNode as { toJSON(): unknown }).toJSON() : null,
    };
    if (pair.key.range) field.keyRange = toRange(pair.key.range[0], pair.key.range[1]);
    const valueRange = (valueNode as { range?: [number, number, number] } | null)?.range;
    if (valueRange) field.valueRange = toRange(valueRange[0], valueRange[1]);
    fm.fields.set(key, field);
  }
}

/** The longest front matter read, in UTF-16 code units; a longer one is reported (RW006) and not read. */
export const MAX_FRONT_MATTER_LENGTH = 64 * 1024;


/** The first line (0-based, in the YAML) with a value whose quote does not close on it, or -1. */
function unclosedQuoteLine(raw: string): number {
  return raw.split(/\r?\n/).findIndex((line) => {
    const value = /^[ \t]*(?:-[ \t]+)?(?:[^:#]+:[ \t]+)?(["'])(.*)$/.exec(line);
    if (!value) return false;
    const [, quote, rest] = value;
    // In "…" a backslash escapes; in '…' a doubled quote stands for one.
    const closed = quote === '"' ? /(?:^|[^\\])(?:\\\\)*"/.test(rest) : /'/.test(rest.replace(/''/g, ''));
    return !closed;
  });
}

function firstLine(message: string): string {
  return message.split('\n')[0].trim();
}

const YAML_LINE = lazyPattern(() => /^(?:[\p{L}\p{N}_-]+[ \t]*:|[ \t]+\S|[ \t]*-[ \t])/u);

/**
 * A `---` that opens YAML lines naming a kind, with no `---` to close them: the writer meant a
 * front matter. Taken up to the first blank line, and reported rather than read as Markdown.
 */
function unclosedFrontMatter(lines: LineIndex): FrontMatter | undefined {
  let last = 0;
  while (last + 1 < lines.lineCount && YAML_LINE().test(lines.line(last + 1))) last++;
  if (last === 0) return undefined;
  const raw = lines.text.slice(lines.starts[1], lines.ends[last]);
  if (!KIND_LINE.test(raw)) return undefined;
  return {
    startLine: 0,
    endLine: last,
    raw,
    fields: new Map(),
    problems: [{ kind: 'unclosed', range: lines.linesRange(0, 0), detail: '' }],
    malformed: true,
    mentionsKind: true,
  };
}
