import { jsonc, yaml as yamlLibrary } from '../libraries';
import type { Lang, Localized } from '../i18n';
import { normalizeTitle } from '../kinds/matchRole';
import { loadConfigFile, MAX_SYNONYM_LENGTH, type ReportwrightConfig } from './configFile';
import { insertIntoYamlList } from './yamlInsert';
import { insertIntoJsonList } from './jsonInsert';
import { hasLetterOrDigit } from '../text/wordCharacters';

/** What adding a synonym to a configuration file comes to. */
export type AddedSynonym =
  /** The file's new text. */
  | { text: string }
  /** The role already has this synonym (in either language): nothing to write. */
  | { already: true }
  /** The file is broken, or the synonym cannot be one: nothing is written; `problem` says why. */
  | { problem: Localized };

/**
 * Adds `synonym` to `synonyms.<role>.<lang>` of a configuration file's text, keeping the rest
 * of the file as written: JSON (comments allowed) through jsonc-parser's modify, YAML through
 * the `yaml` Document API, comments kept. `fileName` says which (`.yaml`/`.yml` is YAML). An
 * empty or blank file becomes a configuration with only this synonym. A file with any problem
 * (syntax, schema) is left alone: the writer's file is never replaced by a guess.
 * `eol` and `indent` shape the JSON written (the file's own line ending and indentation).
 */
export function addSynonym(text: string, fileName: string, role: string, lang: Lang, synonym: string, format: { eol?: string; indent?: string } = {}): AddedSynonym {
  // The heading as a title reads: its Markdown marks ("## ", "**…**") are not part of it.
  const title = synonym.trim().replace(/^#{1,6}\s+/, '').replace(/^(\*\*|__)(.*)\1$/u, '$2').trim();
  if (/[\p{Cc}\p{Cf}\u2028\u2029]/u.test(title)) {
    return { problem: { en: `"${title.replace(/[\p{Cc}\p{Cf}]/gu, '?')}" cannot be a heading synonym: a heading has no line breaks, tabs or invisible control characters.`, vi: `"${title.replace(/[\p{Cc}\p{Cf}]/gu, '?')}" không thể là từ đồng nghĩa của tiêu đề: tiêu đề không có xuống dòng, tab hay ký tự điều khiển ẩn.` } };
  }
  if (!hasLetterOrDigit(title) || title.length > MAX_SYNONYM_LENGTH) {
    return { problem: { en: `"${title}" cannot be a heading synonym: it needs a letter or digit and at most ${MAX_SYNONYM_LENGTH} characters.`, vi: `"${title}" không thể là từ đồng nghĩa của tiêu đề: cần có chữ hoặc số và không quá ${MAX_SYNONYM_LENGTH} ký tự.` } };
  }
  const yaml = /\.ya?ml$/i.test(fileName);
  const eol = format.eol ?? (text.includes('\r\n') ? '\r\n' : '\n');
  if (text.trim() === '' && !yaml) {
    return { text: JSON.stringify({ synonyms: { [role]: { [lang]: [title] } } }, null, format.indent ?? 2).replace(/\n/g, eol) + eol };
  }
  const { config, problems } = loadConfigFile(text, fileName);
  if (!config) {
    const first = problems[0];
    const where = first ? `${first.range.start.line + 1}:${first.range.start.character + 1}` : '1:1';
    return { problem: { en: `the file has problems (${where}: ${first?.message.en ?? 'unreadable'}); it is left as it is`, vi: `tệp có lỗi (${where}: ${first?.message.vi ?? 'không đọc được'}); tệp được giữ nguyên` } };
  }
  const existing = config.synonyms && Object.hasOwn(config.synonyms, role) ? config.synonyms[role] : undefined;
  const form = normalizeTitle(title);
  if ([...(existing?.vi ?? []), ...(existing?.en ?? [])].some((s) => normalizeTitle(s) === form)) return { already: true };
  const path = ['synonyms', role, lang];
  if (yaml) {
    const bom = text.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
    const body = bom ? text.slice(1) : text;
    // Inserted as text, so that nothing the writer wrote changes; checked by reading it back.
    const inserted = insertIntoYamlList(body, path, title, eol);
    if (inserted !== undefined && sameBut(loadConfigFile(inserted, fileName).config, config, role, lang, title)) return { text: bom + inserted };
    // A shape the insertion does not handle: the yaml library writes the file again, comments kept.
    const { isSeq, parseDocument } = yamlLibrary();
    const doc = parseDocument(body);
    const list = doc.getIn(path, true);
    if (isSeq(list)) list.add(doc.createNode(title));
    else doc.setIn(path, doc.createNode([title]));
    const written = String(doc);
    return { text: bom + (eol === '\r\n' ? written.replace(/\r?\n/g, '\r\n') : written) };
  }
  const indent = format.indent ?? detectIndent(text);
  const inserted = insertIntoJsonList(text, path, title, eol, indent);
  if (inserted !== undefined && sameBut(loadConfigFile(inserted, fileName).config, config, role, lang, title)) return { text: inserted };
  const formattingOptions = { insertSpaces: !indent.startsWith('\t'), tabSize: indent.startsWith('\t') ? 1 : indent.length || 2, eol };
  const { applyEdits, modify } = jsonc();
  const edits = existing?.[lang]
    ? modify(text, [...path, -1], title, { formattingOptions, isArrayInsertion: true })
    : modify(text, path, [title], { formattingOptions });
  return { text: applyEdits(text, edits) };
}

/** The indentation of the first indented line of a JSON text (two spaces when none is). */
function detectIndent(text: string): string {
  const match = /\n([ \t]+)\S/.exec(text);
  return match ? (match[1].startsWith('\t') ? '\t' : match[1]) : '  ';
}

/** Whether `after` is `before` with `synonym` added at the end of `synonyms.<role>.<lang>`, and nothing else changed. */
function sameBut(after: ReportwrightConfig | undefined, before: ReportwrightConfig, role: string, lang: Lang, synonym: string): boolean {
  if (!after) return false;
  const expected = JSON.parse(JSON.stringify(before)) as ReportwrightConfig;
  const synonyms = (expected.synonyms ??= {});
  const entry = (synonyms[role] ??= {});
  entry[lang] = [...(entry[lang] ?? []), synonym];
  return JSON.stringify(after) === JSON.stringify(expected);
}
