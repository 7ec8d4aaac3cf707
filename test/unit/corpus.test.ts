import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import MarkdownIt from 'markdown-it';
import { lint, parseReport } from '../../src/core';

/**
 * Public Markdown no one here wrote (../shared/corpus, present on the team's machines, not in
 * a writer's clone). Plain Markdown gets no findings; headings are where markdown-it puts
 * them; every rule runs on every file without throwing.
 */
const CORPUS = path.join(__dirname, '..', '..', '..', 'shared', 'corpus');
const available = fs.existsSync(CORPUS);

function* markdownFiles(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* markdownFiles(full);
    else if (entry.name.endsWith('.md')) yield full;
  }
}

const markdownIt = new MarkdownIt({ html: true });

/** Heading lines as markdown-it's full parse sees them, front matter blanked as we read it. */
function markdownItHeadings(text: string, frontMatterEnd: number): number[] {
  const lines = text.split(/\r\n|\r|\n/);
  const source = frontMatterEnd >= 0 ? lines.map((line, i) => (i <= frontMatterEnd ? '' : line)).join('\n') : text;
  const tokens = markdownIt.parse(source, {});
  return (
    tokens
      // A heading inside a block quote or a list item is quoted material, not a section; one
      // with no letter or digit ("######", "# ---") spaces the text out and heads nothing.
      .filter((t, i) => t.type === 'heading_open' && t.level === 0 && /[\p{L}\p{N}]/u.test(tokens[i + 1].content))
      .map((t) => t.map![0])
  );
}

const title = available
  ? 'corpus of public Markdown (../shared/corpus)'
  : 'corpus of public Markdown: ../shared/corpus is not beside this checkout (a writer\'s clone has none), so these checks do not run here';
(available ? describe : describe.skip)(title, function () {
  this.timeout(120_000);
  const files = available ? [...markdownFiles(CORPUS)] : [];

  it(`has files to read (${files.length})`, () => assert.ok(files.length > 300));

  it('gives plain Markdown no findings', () => {
    const noisy = files.filter((file) => lint(parseReport(fs.readFileSync(file, 'utf8'))).length > 0);
    assert.deepEqual(noisy, []);
  });

  it('finds top-level headings exactly where markdown-it finds them', () => {
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      const doc = parseReport(text);
      assert.deepEqual(doc.headings.filter((h) => !h.pseudo && !h.html).map((h) => h.line), markdownItHeadings(text, doc.frontMatter?.endLine ?? -1), file);
    }
  });

  it('runs every rule on every file, as a report, without an internal error', () => {
    for (const file of files) {
      const findings = lint(parseReport(fs.readFileSync(file, 'utf8'), { forceKind: 'review' }));
      const failures = findings.filter((f) => f.message.includes('failed and was skipped'));
      assert.deepEqual(failures, [], file);
    }
  });

  it('agrees with markdown-it on the headings of every CommonMark spec example', () => {
    for (const name of ['spec-0.31.2.json', 'spec-HEAD.json']) {
      const examples: Array<{ markdown: string; example: number }> = JSON.parse(fs.readFileSync(path.join(CORPUS, 'commonmark', name), 'utf8'));
      for (const { markdown, example } of examples) {
        const doc = parseReport(markdown, { forceKind: 'status' });
        assert.deepEqual(doc.headings.filter((h) => !h.pseudo && !h.html).map((h) => h.line), markdownItHeadings(markdown, doc.frontMatter?.endLine ?? -1), `${name} example ${example}`);
        lint(doc);
      }
    }
  });
});
