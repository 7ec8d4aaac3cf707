import type { Node, ParseError } from 'jsonc-parser';
import { jsonc } from '../libraries';
import { type SchemaError, validate } from '../schemas/kind.validate.generated';
import { type DataFileProblem, describeParseError, describeSchemaError, locateInJson } from '../schemas/problems';
import type { Localized } from '../i18n';
import { LineIndex, type Range } from '../text/lineIndex';
import { compileWorkspacePattern, MAX_PATTERNS } from '../text/safePattern';
import { ROLE_VOCABULARY } from './builtin';
import { KindError, type KindFile, MAX_SYNONYM_LENGTH, type ReportKind, resolveKind } from './kind';

export type KindFileProblem = DataFileProblem;

export interface LoadedKindFile {
  /** The kind, when the file is valid; a file with any problem is not used. */
  kind?: ReportKind;
  problems: KindFileProblem[];
}

/**
 * Reads a workspace's kind file (JSON, comments allowed): syntax, then the shipped schema,
 * then the kind's own sense (roles known or given synonyms, cues that compile). Every problem
 * is located in the file. A kind is data: nothing in it is run.
 */
export function loadKindFile(text: string): LoadedKindFile {
  try {
    return readKindFile(text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text);
  } catch (error) {
    // Whatever a hostile file does (nesting deep enough to exhaust the stack…), it is a broken file, never a crash.
    const why = error instanceof Error ? error.message : String(error);
    const start = { line: 0, character: 0 };
    return { problems: [{ range: { start, end: { line: 0, character: 1 } }, message: { en: `This file cannot be read as a kind (${why}).`, vi: `Không đọc được tệp này như một loại báo cáo (${why}).` } }] };
  }
}

function readKindFile(text: string): LoadedKindFile {
  const lines = new LineIndex(text);
  const at = (offset: number, length: number): Range => ({ start: lines.positionAt(offset), end: lines.positionAt(offset + Math.max(length, 1)) });
  const { findNodeAtLocation, getNodeValue, parseTree } = jsonc();
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0 || !tree) {
    const problems = errors.map((e) => ({
      range: at(e.offset, e.length),
      message: { en: `This is not valid JSON: ${describeParseError(e)}.`, vi: `Tệp không phải JSON hợp lệ: ${describeParseError(e)}.` },
    }));
    if (problems.length === 0) problems.push({ range: at(0, 0), message: { en: 'The file is empty.', vi: 'Tệp trống.' } });
    return { problems: problems.slice(0, 5) };
  }
  const data = getNodeValue(tree);
  if (!validate(data)) {
    return { problems: (validate.errors ?? []).slice(0, 20).map((e) => schemaProblem(e, tree, at)) };
  }
  const file = data as KindFile;
  const problems: KindFileProblem[] = [];
  let count = 0;
  file.roles.forEach((role, index) => {
    (role.cues ?? []).forEach((cue, cueIndex) => {
      const node = () => findNodeAtLocation(tree, ['roles', index, 'cues', cueIndex]);
      const located = (message: Localized) => {
        const at0 = node();
        problems.push({ range: at0 ? at(at0.offset, at0.length) : at(0, 0), message });
      };
      if (++count === MAX_PATTERNS + 1) {
        located({ en: `This kind has more than ${MAX_PATTERNS} cues, the limit; the kind is not used.`, vi: `Loại báo cáo này có hơn ${MAX_PATTERNS} dấu hiệu, quá giới hạn; loại này không được dùng.` });
      }
      if (count > MAX_PATTERNS || problems.length >= 20) return;
      const { refused } = compileWorkspacePattern(`^(?:${cue})`, 'iu');
      if (refused) located({ en: `This cue is not used: ${refused.en}.`, vi: `Dấu hiệu này không được dùng: ${refused.vi}.` });
    });
  });
  file.roles.forEach((role, index) => {
    for (const lang of ['vi', 'en'] as const) {
      (role.synonyms?.[lang] ?? []).forEach((synonym, synonymIndex) => {
        if (synonym.length <= MAX_SYNONYM_LENGTH || problems.length >= 20) return;
        const node = findNodeAtLocation(tree, ['roles', index, 'synonyms', lang, synonymIndex]);
        problems.push({
          range: node ? at(node.offset, node.length) : at(0, 0),
          message: { en: `This synonym is longer than ${MAX_SYNONYM_LENGTH} characters: a heading's beginning, not a paragraph; the kind is not used.`, vi: `Từ đồng nghĩa này dài hơn ${MAX_SYNONYM_LENGTH} ký tự: chỉ ghi phần đầu của tiêu đề, không ghi cả đoạn văn; loại này không được dùng.` },
        });
      });
    }
  });
  try {
    const kind = resolveKind(file, ROLE_VOCABULARY);
    return problems.length ? { problems } : { kind, problems };
  } catch (error) {
    if (!(error instanceof KindError)) throw error;
    const node = findNodeAtLocation(tree, ['roles']);
    problems.push({ range: node ? at(node.offset, 1) : at(0, 0), message: { en: error.message + '.', vi: error.message + '.' } });
    return { problems };
  }
}

function schemaProblem(error: SchemaError, tree: Node, at: (offset: number, length: number) => Range): KindFileProblem {
  const { offset, length } = locateInJson(error, tree);
  return { range: at(offset, length), message: describeSchemaError(error, A_KIND) };
}

const A_KIND = { en: 'a kind', vi: 'loại báo cáo' };
