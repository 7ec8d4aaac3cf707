import type { Node, ParseError } from 'jsonc-parser';
import { jsonc } from '../libraries';
import type { Localized } from '../i18n';
import type { Range } from '../text/lineIndex';
import type { SchemaError } from './kind.validate.generated';

/** A problem located in a data file the writer edits (a kind, a configuration). */
export interface DataFileProblem {
  range: Range;
  message: Localized;
}

/** The path segments of a schema error's instance path ("/roles/0/role" → ["roles", 0, "role"]). */
export function errorPath(error: SchemaError): Array<string | number> {
  return error.instancePath
    .split('/')
    .slice(1)
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p.replace(/~1/g, '/').replace(/~0/g, '~')));
}

/** Where a schema error is in a JSON file: the offending key for an unknown property, else the value. */
export function locateInJson(error: SchemaError, tree: Node): { offset: number; length: number } {
  const { findNodeAtLocation } = jsonc();
  const path = errorPath(error);
  let node = findNodeAtLocation(tree, path) ?? tree;
  const property = (error.params.additionalProperty ?? error.params.propertyName) as string | undefined;
  if (property !== undefined) node = findNodeAtLocation(tree, [...path, property])?.parent?.children?.[0] ?? node;
  return { offset: node.offset, length: node.type === 'object' || node.type === 'array' ? 1 : node.length };
}

/** A schema error in words, in both languages. `what` names the file's thing: "a kind", "the configuration". */
export function describeSchemaError(error: SchemaError, what: Localized): Localized {
  // Written out as the writer wrote the keys (a glob's "/" is "~1" in the pointer).
  const where = error.instancePath ? `/${errorPath(error).join('/')}` : '/';
  const p = error.params;
  switch (error.keyword) {
    case 'required':
      return { en: `${where} lacks "${p.missingProperty}".`, vi: `${where} thiếu "${p.missingProperty}".` };
    case 'additionalProperties':
      return { en: `${where}: "${p.additionalProperty}" is not a property of ${what.en}.`, vi: `${where}: "${p.additionalProperty}" không phải thuộc tính của ${what.vi}.` };
    case 'propertyNames':
      if (where === '/reportFiles') return reportGlobWords(`${where}: "${p.propertyName}"`);
      if (where === '/synonyms') return { en: `${where}: "${p.propertyName}" is not a role id (lower-case letters, digits and hyphens: priorities, action-items).`, vi: `${where}: "${p.propertyName}" không phải mã vai trò (chữ thường, chữ số và dấu gạch ngang: priorities, action-items).` };
      return { en: `${where}: "${p.propertyName}" is not a rule id or name.`, vi: `${where}: "${p.propertyName}" không phải mã hoặc tên quy tắc.` };
    case 'type': {
      const types = String(p.type).split(',');
      return { en: `${where} must be ${types.map(article).join(' or ')}.`, vi: `${where} phải có kiểu ${types.join(' hoặc ')}.` };
    }
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).join(', ');
      return { en: `${where} must be one of: ${allowed}.`, vi: `${where} phải là một trong: ${allowed}.` };
    }
    case 'pattern':
      if (error.schemaPath === '#/properties/reportFiles/items/pattern') return reportGlobWords(where);
      if (error.schemaPath === '#/properties/reportFiles/additionalProperties/pattern') {
        const glob = errorPath(error).slice(1).join('/');
        return {
          en: `/reportFiles: "${glob}" must name a kind by its id (lower-case letters, digits and hyphens: status, minutes), or be auto.`,
          vi: `/reportFiles: "${glob}" phải ghi mã của một loại báo cáo (chữ thường, chữ số và dấu gạch ngang: status, minutes), hoặc auto.`,
        };
      }
      if (/^\/synonyms\/[^/]+\/(?:vi|en)\/\d+$/.test(where)) return { en: `${where} must hold a letter or a digit.`, vi: `${where} phải có ít nhất một chữ cái hoặc chữ số.` };
      if (error.schemaPath === '#/properties/id/pattern')
        return { en: `${where} must be lower-case letters, digits and hyphens, starting with a letter, and not auto (kept for a kind read from the text).`, vi: `${where} chỉ gồm chữ thường, chữ số và dấu gạch ngang, bắt đầu bằng chữ, và không phải auto (dành cho loại đọc từ nội dung).` };
      return where.endsWith('/id') || where.endsWith('/role') || where.endsWith('/orderWith')
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

/** What a `reportFiles` glob must be: not blank, and not a negation (which would name every other file). */
function reportGlobWords(what: string): Localized {
  return {
    en: `${what} must be a glob that is not blank and does not start with "!" (to leave files out, name the others, or list them under ignores).`,
    vi: `${what} phải là một glob không trống và không bắt đầu bằng "!" (muốn bỏ tệp nào thì ghi các tệp còn lại, hoặc liệt kê nó trong ignores).`,
  };
}

function article(type: string): string {
  return type === 'object' || type === 'array' || type === 'integer' ? `an ${type}` : `a ${type}`;
}

export function describeParseError(error: ParseError): string {
  return jsonc().printParseErrorCode(error.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
