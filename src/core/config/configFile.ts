import type { Node as JsonNode, ParseError } from 'jsonc-parser';
import { jsonc, yaml } from '../libraries';
import { firstDuplicateKey } from '../text/yamlDuplicates';
import { yamlErrorWords } from '../text/yamlErrors';
import type { RuleSetting } from '../rules/types';
import { findRule, RULES } from '../rules/registry';
import { validate } from '../schemas/config.validate.generated';
import { type DataFileProblem, describeParseError, describeSchemaError, errorPath, locateInJson } from '../schemas/problems';
import { LineIndex, type Range } from '../text/lineIndex';
import { ROLE_VOCABULARY } from '../kinds/builtin';
import { MAX_SYNONYM_LENGTH } from '../kinds/kind';
import type { RoleSynonyms } from '../kinds/synonyms';
import { closest } from '../text/fold';
import type { Localized } from '../i18n';

/** What a `.reportwright.json` / `.reportwright.yaml` file may say. */
export interface ReportwrightConfig {
  rules?: Record<string, RuleSetting>;
  toneMarks?: 'consistent' | 'old' | 'new';
  /**
   * Globs relative to the file's folder of files that are reports without `kind:` in their front
   * matter: a list (each file's kind read from its text), or a map from glob to the kind id the
   * files are checked as (`auto`: read from the text), as `reportwright init` writes it.
   */
  reportFiles?: string[] | Record<string, string>;
  /** Globs relative to the file's folder. */
  kinds?: string[];
  /** Files the command line never lints: .gitignore patterns relative to the file's folder. */
  ignores?: string[];
  /**
   * Heading beginnings that also mark a role, by role id, in each language: added to the
   * synonyms of every kind that has the role ("Việc tuần tới" for priorities).
   */
  synonyms?: RoleSynonyms;
}

/** The names a configuration file can have, in the order they are looked for in a folder. */
export const CONFIG_FILE_NAMES = ['.reportwright.json', '.reportwright.yaml', '.reportwright.yml'] as const;

export interface LoadedConfig {
  /** The configuration, when the file has no problem; a broken file is not used at all. */
  config?: ReportwrightConfig;
  problems: DataFileProblem[];
}

const THE_CONFIGURATION = { en: 'the configuration', vi: 'cấu hình' };

/**
 * Reads a configuration file (JSON with comments, or YAML, either may start with a byte order
 * mark); every problem is located in the file. Never throws: whatever a hostile file holds (an
 * unresolved alias, an alias bomb, nesting deep enough to exhaust the stack), it is a broken
 * file, reported and left out.
 */
export function loadConfigFile(text: string, fileName: string): LoadedConfig {
  // The mark becomes a space, so that every offset stays where it is in the file.
  const unmarked = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  try {
    return readConfigFile(unmarked, fileName);
  } catch (error) {
    const why = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    const start = { line: 0, character: 0 };
    return { problems: [{ range: { start, end: { line: 0, character: 1 } }, message: { en: `This file cannot be read as a configuration (${why}).`, vi: `Không đọc được tệp này như một tệp cấu hình (${why}).` } }] };
  }
}

function readConfigFile(text: string, fileName: string): LoadedConfig {
  const lines = new LineIndex(text);
  const at = (offset: number, length: number): Range => ({ start: lines.positionAt(offset), end: lines.positionAt(offset + Math.max(length, 1)) });
  const yaml = /\.ya?ml$/i.test(fileName);
  const parsed = yaml ? readYaml(text, at) : readJson(text, at);
  if (parsed.problems.length) return { problems: parsed.problems };
  if (!validate(parsed.data)) {
    // A role id's or rule name's own pattern error is said again, with the name, by the propertyNames error that follows it.
    const errors = (validate.errors ?? []).filter((e) => !(e.keyword === 'pattern' && (e.instancePath === '/synonyms' || e.instancePath === '/rules' || e.instancePath === '/reportFiles')));
    const problems = errors.map((e) => {
      const name = e.params.propertyName;
      const message = e.keyword === 'propertyNames' && e.instancePath === '/rules' && typeof name === 'string' ? noSuchRule(name) : describeSchemaError(e, THE_CONFIGURATION);
      return { range: parsed.locate(e), message };
    });
    // Rule names of the right shape that name no rule are said too, in the same reading.
    const given = (parsed.data as { rules?: unknown } | undefined)?.rules;
    if (given && typeof given === 'object' && !Array.isArray(given)) problems.push(...unknownRules(Object.keys(given).filter((key) => RULE_NAME.test(key)), parsed.locateKey));
    return { problems: inFileOrder(problems).slice(0, 20) };
  }
  const config = parsed.data as ReportwrightConfig;
  const problems: DataFileProblem[] = unknownRules(Object.keys(config.rules ?? {}), parsed.locateKey);
  const rules: Record<string, RuleSetting> = {};
  for (const [key, setting] of Object.entries(config.rules ?? {})) {
    const rule = findRule(key);
    if (rule) rules[rule.id] = setting;
  }
  problems.push(...synonymProblems(config.synonyms ?? {}, parsed.locateKey, parsed.locateAt));
  return problems.length ? { problems: inFileOrder(problems) } : { config: { ...config, ...(config.rules ? { rules } : {}) }, problems };
}

/** Problems from top to bottom of the file, as an editor's list and a CI log read best (a stable sort: one place keeps its order). */
function inFileOrder(problems: DataFileProblem[]): DataFileProblem[] {
  return problems.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

export { MAX_SYNONYM_LENGTH };

/** A problem at each key of `rules` that names no rule. */
function unknownRules(keys: readonly string[], locateKey: Parsed['locateKey']): DataFileProblem[] {
  return keys.filter((key) => !findRule(key)).map((key) => ({ range: locateKey(['rules', key]), message: noSuchRule(key) }));
}

/** A rule id or name as the schema lets one be written (config.schema.json, `rules`' property names). */
const RULE_NAME = /^(?:RW\d{3}|[a-z][a-z0-9-]*)$/;

/** "There is no rule …", with the rule id or name one or two typing slips away when there is one ("missing-sectoin", "RW3O9"). */
function noSuchRule(key: string): Localized {
  const known = RULES.flatMap((r) => [r.id, r.name]);
  // Rule names are short: a long key is compared with none (the comparison costs its length times theirs).
  const meant = key.length <= MAX_RULE_NAME ? closest(key, known, key.length >= 8 ? 2 : 1) : undefined;
  // Shown short and with its control characters written out: a line break in a key would start a line of its own in a CI log.
  const shown = (key.length > MAX_RULE_NAME ? `${key.slice(0, MAX_RULE_NAME)}…` : key).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return meant ? { en: `There is no rule "${shown}"; did you mean "${meant}"?`, vi: `Không có quy tắc "${shown}"; có phải là "${meant}"?` } : { en: `There is no rule "${shown}".`, vi: `Không có quy tắc "${shown}".` };
}

/** Longer than this, a key names no rule and is shown cut. */
const MAX_RULE_NAME = 64;

/**
 * What the schema cannot say of `synonyms`: a role id one or two letters from a known role is a
 * typo ("priorites"), said with the role meant; any other id may be a role of the workspace's
 * own kinds, and is taken as it is. A synonym past MAX_SYNONYM_LENGTH is refused.
 */
function synonymProblems(synonyms: RoleSynonyms, locateKey: Parsed['locateKey'], locateAt: Parsed['locateAt']): DataFileProblem[] {
  const problems: DataFileProblem[] = [];
  const known = Object.keys(ROLE_VOCABULARY);
  for (const [role, byLang] of Object.entries(synonyms)) {
    if (!known.includes(role)) {
      const meant = closest(role, known, Math.min(2, Math.floor(role.length / 4)));
      if (meant) problems.push({ range: locateKey(['synonyms', role]), message: { en: `There is no role "${role}"; did you mean "${meant}"?`, vi: `Không có vai trò "${role}"; có phải là "${meant}"?` } });
    }
    for (const [lang, list] of Object.entries(byLang)) {
      (list ?? []).forEach((synonym, index) => {
        if (synonym.length > MAX_SYNONYM_LENGTH) {
          problems.push({
            range: locateAt(['synonyms', role, lang, index]),
            message: { en: `This synonym is longer than ${MAX_SYNONYM_LENGTH} characters: a heading's beginning, not a paragraph.`, vi: `Từ đồng nghĩa này dài hơn ${MAX_SYNONYM_LENGTH} ký tự: chỉ ghi phần đầu của tiêu đề, không ghi cả đoạn văn.` },
          });
        }
      });
    }
    if (problems.length >= 20) break;
  }
  return problems;
}

interface Parsed {
  data: unknown;
  problems: DataFileProblem[];
  locate(error: Parameters<typeof locateInJson>[0]): Range;
  locateKey(path: string[]): Range;
  /** The value at a path. */
  locateAt(path: Array<string | number>): Range;
}

function readJson(text: string, at: (offset: number, length: number) => Range): Parsed {
  const { findNodeAtLocation, getNodeValue, parseTree } = jsonc();
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  const problems = errors.slice(0, 5).map((e) => ({
    range: at(e.offset, e.length),
    message: { en: `This is not valid JSON: ${describeParseError(e)}.`, vi: `Tệp không phải JSON hợp lệ: ${describeParseError(e)}.` },
  }));
  if (!tree && problems.length === 0) problems.push({ range: at(0, 0), message: { en: 'The file is empty.', vi: 'Tệp trống.' } });
  // A key given twice: JSON keeps the last silently, and a writer's edit would go to the wrong one.
  const duplicate = problems.length === 0 && tree ? firstDuplicateJsonKey(tree) : undefined;
  if (duplicate) {
    problems.push({ range: at(duplicate.offset, duplicate.length), message: { en: `The key "${duplicate.value}" is given twice in the same object.`, vi: `Khóa "${duplicate.value}" xuất hiện hai lần trong cùng một đối tượng.` } });
  }
  return {
    data: tree ? getNodeValue(tree) : undefined,
    problems,
    locate: (error) => {
      const { offset, length } = locateInJson(error, tree!);
      return at(offset, length);
    },
    locateKey: (path) => {
      const { offset, length } = locateInJson({ instancePath: '/' + path.slice(0, -1).join('/'), keyword: 'additionalProperties', params: { additionalProperty: path[path.length - 1] } }, tree!);
      return at(offset, length);
    },
    locateAt: (path) => {
      const node = tree ? findNodeAtLocation(tree, path) : undefined;
      return node ? at(node.offset, node.length) : at(0, 0);
    },
  };
}

function readYaml(text: string, at: (offset: number, length: number) => Range): Parsed {
  const { isNode, LineCounter, parseDocument } = yaml();
  // The parser's own unique-key check is quadratic in the number of keys; ours is one pass.
  const doc = parseDocument(text, { lineCounter: new LineCounter(), prettyErrors: false, uniqueKeys: false, logLevel: 'error' });
  const duplicate = doc.errors.length === 0 ? firstDuplicateKey(doc.contents) : undefined;
  if (duplicate) doc.errors.push(duplicate);
  const problems = doc.errors.slice(0, 1).map((e) => {
    const words = yamlErrorWords(e.code, e.message);
    return { range: at(e.pos[0], e.pos[1] - e.pos[0]), message: { en: `This is not valid YAML: ${words.en}.`, vi: `Tệp không phải YAML hợp lệ: ${words.vi}.` } };
  });
  // An empty YAML file is an empty configuration: the defaults.
  const data = doc.contents === null ? {} : doc.toJS();
  const rangeOf = (path: Array<string | number>, key = false): Range => {
    const parent = path.length && key ? doc.getIn(path.slice(0, -1), true) : undefined;
    const keyNode =
      parent && typeof parent === 'object' && 'items' in parent
        ? (parent.items as Array<{ key?: unknown }>).find((item) => isNode(item.key) && String((item.key as { toJSON(): unknown }).toJSON()) === String(path[path.length - 1]))?.key
        : undefined;
    const node = keyNode ?? doc.getIn(path, true) ?? doc.contents;
    const range = isNode(node) ? node.range : undefined;
    return range ? at(range[0], range[1] - range[0]) : at(0, 0);
  };
  return {
    data,
    problems,
    locate: (error) => {
      const property = (error.params.additionalProperty ?? error.params.propertyName) as string | undefined;
      return property !== undefined ? rangeOf([...errorPath(error), property], true) : rangeOf(errorPath(error));
    },
    locateKey: (path) => rangeOf(path, true),
    locateAt: (path) => rangeOf(path),
  };
}

/** The first property key given twice in one object of a JSON tree (one pass, iterative). */
function firstDuplicateJsonKey(root: JsonNode): JsonNode | undefined {
  const stack: JsonNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'object') {
      const seen = new Set<string>();
      for (const property of node.children ?? []) {
        const key = property.children?.[0];
        if (key && typeof key.value === 'string') {
          if (seen.has(key.value)) return key;
          seen.add(key.value);
        }
      }
    }
    for (const child of node.children ?? []) if (child.type === 'object' || child.type === 'array' || child.type === 'property') stack.push(child);
  }
  return undefined;
}
