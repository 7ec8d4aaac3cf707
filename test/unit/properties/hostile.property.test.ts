import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { fixAll, lint, loadConfigFile, loadKindFile, parseReport } from '../../../src/core';
import { exportHtml } from '../../../src/core/export';
import { reportArbitrary } from './reportArbitrary';

const noFiles = () => Promise.reject(new Error('no file'));

/** Markdown's own punctuation and the characters hostile files are made of, to build random Markdown from. */
const MARKDOWN = ['#', '##', ' ', '\n', '\n\n', '*', '_', '`', '```', '[', ']', '(', ')', '!', '<', '>', '|', '-', '---', '1.', '\\', '%', '%FF', '&', 'a', 'ế', 'Đ', '\u0000', '\u001b', '\r', '\uFFFE', '\uD800', '\u202E', '//x', 'ms-msdt:', ':', '{', '}', '"', "'", 'kind:', 'review'];
const markdown = fc.array(fc.constantFrom(...MARKDOWN), { maxLength: 300 }).map((parts) => parts.join(''));
const YAML = ['k', 'kind', 'lang', 'title', ':', ' ', '\n', '  ', '- ', '&a', '*a', '<<', '[', ']', '{', '}', '"', "'", '|', '>', '!!str', '#', '?', ',', 'vi', 'review', '\t', '%YAML 1.2', '---', '...'];
const frontMatter = fc
  .tuple(fc.array(fc.constantFrom(...YAML), { maxLength: 120 }), markdown)
  .map(([yaml, body]) => `---\n${yaml.join('')}\n---\n\n${body}`);
const bytes = fc.uint8Array({ maxLength: 3000 }).map((data) => new TextDecoder('utf-8').decode(data));
const input = fc.oneof(bytes, markdown, frontMatter, reportArbitrary);

/** The time one input may take: a fixed allowance for start-up, and a generous 2 ms per character. */
const boundMs = (text: string) => 1500 + 2 * text.length;

describe('properties: hostile input never escapes as an exception, and ends in time proportional to its size', function () {
  this.timeout(300_000);

  it('parse, lint, fix all, outline and HTML export of random bytes, Markdown and front matter', async () => {
    await fc.assert(
      fc.asyncProperty(input, async (text) => {
        const started = Date.now();
        const doc = parseReport(text);
        lint(doc);
        const outline = (sections: typeof doc.sections): number => sections.reduce((n, s) => n + 1 + outline(s.children), 0);
        outline(doc.sections);
        fixAll(text);
        const { html } = await exportHtml(doc, { readFile: noFiles });
        assert.ok(html.startsWith('<!DOCTYPE html>'));
        const took = Date.now() - started;
        assert.ok(took < boundMs(text), `${took} ms for ${text.length} characters`);
      }),
      { numRuns: 200 },
    );
  });

  it('reading random kind and configuration files never throws, and a broken one says where', () => {
    const JSON_PARTS = ['{', '}', '[', ']', '"id"', '"roles"', '"role"', '"cues"', '"(a+)+$"', '"constructor"', '"__proto__"', ':', ',', '"x"', '1', 'null', '\ufeff', '"rules"', '"RW001"', '"off"', '*a', '&a', '\n', ' '];
    const data = fc.oneof(bytes, fc.array(fc.constantFrom(...JSON_PARTS, ...YAML), { maxLength: 200 }).map((p) => p.join('')));
    fc.assert(
      fc.property(data, (text) => {
        for (const loaded of [loadKindFile(text), loadConfigFile(text, 'c.json'), loadConfigFile(text, 'c.yaml')]) {
          for (const problem of loaded.problems) assert.ok(problem.message.en && problem.message.vi && problem.range.start.line >= 0);
        }
      }),
      { numRuns: 500 },
    );
  });
});
