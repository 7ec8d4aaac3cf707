import { findNodeAtLocation, getNodeValue, type Node, parseTree, type ParseError, printParseErrorCode } from 'jsonc-parser';
import type { Localized } from '../i18n';
import { type SchemaError, validate } from '../schemas/kind.validate.generated';
import { LineIndex, type Range } from '../text/lineIndex';
import { ROLE_VOCABULARY } from './builtin';
import { KindError, type KindFile, type ReportKind, resolveKind } from './kind';

export interface KindFileProblem {
  range: Range;
  message: Localized;
}

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
  const lines = new LineIndex(text);
  const at = (offset: number, length: number): Range => ({ start: lines.positionAt(offset), end: lines.positionAt(offset + Math.max(length, 1)) });
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
  file.roles.forEach((role, index) => {
    for (const cue of role.cues ?? []) {
      try {
        new RegExp(cue, 'iu');
      } catch (error) {
        const node = findNodeAtLocation(tree, ['roles', index, 'cues', role.cues!.indexOf(cue)]);
        problems.push({
          range: node ? at(node.offset, node.length) : at(0, 0),
          message: { en: `This cue is not a valid regular expression: ${(error as Error).message}.`, vi: `Dấu hiệu này không phải biểu thức chính quy hợp lệ: ${(error as Error).message}.` },
        });
      }
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
  const path = error.instancePath.split('/').slice(1).map((p) => (/^\d+$/.test(p) ? Number(p) : p.replace(/~1/g, '/').replace(/~0/g, '~')));
  let node = findNodeAtLocation(tree, path) ?? tree;
  const property = error.params.additionalProperty as string | undefined;
  if (property !== undefined) node = findNodeAtLocation(tree, [...path, property])?.parent?.children?.[0] ?? node;
  const where = error.instancePath || '/';
  return { range: at(node.offset, node.type === 'object' || node.type === 'array' ? 1 : node.length), message: describeSchemaError(error, where) };
}

function describeSchemaError(error: SchemaError, where: string): Localized {
  const p = error.params;
  switch (error.keyword) {
    case 'required':
      return { en: `${where} lacks "${p.missingProperty}".`, vi: `${where} thiếu "${p.missingProperty}".` };
    case 'additionalProperties':
      return { en: `${where}: "${p.additionalProperty}" is not a property of a kind.`, vi: `${where}: "${p.additionalProperty}" không phải thuộc tính của loại báo cáo.` };
    case 'type':
      return { en: `${where} must be ${article(String(p.type))}.`, vi: `${where} phải có kiểu ${p.type}.` };
    case 'pattern':
      return where.endsWith('/id') || where.endsWith('/role')
        ? { en: `${where} must be lower-case letters, digits and hyphens, starting with a letter.`, vi: `${where} chỉ gồm chữ thường, chữ số và dấu gạch ngang, bắt đầu bằng chữ.` }
        : { en: `${where} must not be blank.`, vi: `${where} không được để trống.` };
    case 'minItems':
      return { en: `${where} must list at least ${p.limit}.`, vi: `${where} phải có ít nhất ${p.limit} mục.` };
    case 'minimum':
      return { en: `${where} must be at least ${p.limit}.`, vi: `${where} phải từ ${p.limit} trở lên.` };
    default:
      return { en: `${where} ${error.message ?? 'is invalid'}.`, vi: `${where} không hợp lệ (${error.message ?? error.keyword}).` };
  }
}

function article(type: string): string {
  return type === 'object' || type === 'array' || type === 'integer' ? `an ${type}` : `a ${type}`;
}

function describeParseError(error: ParseError): string {
  return printParseErrorCode(error.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
