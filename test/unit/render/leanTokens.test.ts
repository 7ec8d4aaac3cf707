import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import markdownIt from 'markdown-it';
import footnotes from 'markdown-it-footnote';
import * as fc from 'fast-check';
import { generateReport } from '../../../bench/generate';
import { parseReport } from '../../../src/core';
import { createRenderer, inlineComment, runInlinePass } from '../../../src/core/render/markdown';
import { lineMarks } from '../../../src/core/text/leanTokens';
import { pairInlineHtml } from '../../../src/core/render/inlineHtml';
import { FIXTURES } from '../helpers';

/** markdown-it as shipped, set up as our block parser and our renderer are, without lean tokens. */
function stockTokens(text: string) {
  const block = markdownIt({ html: true }).use(footnotes);
  block.core.ruler.enableOnly(['normalize', 'block']);
  const inline = markdownIt({ html: true, linkify: true, typographer: false }).use(footnotes);
  inline.inline.ruler.before('html_inline', 'rw_comment', inlineComment);
  inline.linkify.set({ fuzzyLink: false, fuzzyEmail: false, fuzzyIP: false });
  inline.core.ruler.enableOnly(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join']);
  inline.core.ruler.after('inline', 'rw_html', pairInlineHtml);
  const env = {};
  const tokens = block.parse(text, env);
  runInlinePass(inline, text, tokens, env);
  return tokens;
}

function oursTokens(text: string) {
  const doc = parseReport(text);
  runInlinePass(createRenderer(), text, doc.tokens, doc.markdownEnv);
  return doc.tokens;
}

function* samples(): Generator<[string, string]> {
  for (const dir of fs.readdirSync(path.join(FIXTURES, 'rules'))) {
    for (const file of fs.readdirSync(path.join(FIXTURES, 'rules', dir)).filter((f) => f.endsWith('.md'))) {
      yield [`${dir}/${file}`, fs.readFileSync(path.join(FIXTURES, 'rules', dir, file), 'utf8')];
    }
  }
  yield ['generated report', generateReport(200 * 1024, 'vi')];
  const spec = path.join(__dirname, '..', '..', '..', '..', 'shared', 'corpus', 'commonmark', 'spec-0.31.2.json');
  if (fs.existsSync(spec)) {
    for (const { markdown, example } of JSON.parse(fs.readFileSync(spec, 'utf8')) as Array<{ markdown: string; example: number }>) {
      // Front matter is ours to read: leave out the examples that start like one.
      if (!markdown.startsWith('---')) yield [`CommonMark example ${example}`, markdown];
    }
  }
}

describe('lean tokens', () => {
  it('are the tokens markdown-it makes, field for field, block and inline', () => {
    let count = 0;
    for (const [name, text] of samples()) {
      // The model reads front matter itself and hands markdown-it blank lines in its place.
      const end = parseReport(text).frontMatter?.endLine ?? -1;
      const body = text.split('\n').map((line, i) => (i <= end ? '' : line)).join('\n');
      assert.equal(JSON.stringify(oursTokens(text)), JSON.stringify(stockTokens(body)), name);
      count++;
    }
    assert.ok(count > 20, `${count} samples`);
  });

  it('start from the line marks markdown-it finds, on any text of spaces, tabs and line breaks', () => {
    const md = markdownIt();
    const marks = (state: { bMarks: number[]; eMarks: number[]; tShift: number[]; sCount: number[]; bsCount: number[]; lineMax: number }) =>
      JSON.stringify([state.bMarks, state.eMarks, state.tShift, state.sCount, state.bsCount, state.lineMax]);
    const piece = fc.constantFrom(' ', '  ', '\t', '\n', '\n\n', '\r', 'a', 'ể', '#', '- ', '\u00a0', '\u3000');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('')), (src) => {
        const theirs = new md.block.State(src, md, {}, []);
        const ours = { bMarks: [], eMarks: [], tShift: [], sCount: [], bsCount: [], lineMax: -1 };
        lineMarks(ours, src);
        assert.equal(marks(ours), marks(theirs), JSON.stringify(src));
      }),
      { numRuns: 3000 },
    );
  });
});
