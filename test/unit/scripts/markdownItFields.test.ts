import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fieldsAsAssignments } from '../../../scripts/markdownItFields';

describe('scripts/markdownItFields: markdown-it class fields as assignments', () => {
  it('rewrites a field call, with or without a comment before the name, and keeps what follows', () => {
    const code = 'class A { constructor() {\n\t_defineProperty(\n\t\tthis,\n\t\t/**\n\t\t* the map\n\t\t*/\n\t\t"map",\n\t\tnull\n\t);\n\t_defineProperty(this, "rules", Object.assign({}, f("a)b")));\n\tthis.x = 1;\n} }';
    const { code: out, count } = fieldsAsAssignments(code);
    assert.equal(count, 2);
    assert.equal(out, 'class A { constructor() {\n\tthis.map = null;\n\tthis.rules = Object.assign({}, f("a)b"));\n\tthis.x = 1;\n} }');
  });

  it('leaves alone a call it cannot read to its end, and calls on other objects', () => {
    const code = '_defineProperty(this, "a", `x${y}`); _defineProperty(MarkdownIt, "Token", Token); _defineProperty(this, "b", f(';
    assert.deepEqual(fieldsAsAssignments(code), { code, count: 0 });
  });

  it('gives markdown-it, as published, the same tokens and HTML', () => {
    const dist = path.join(__dirname, '../../../node_modules/markdown-it/dist/markdown-it.cjs.js');
    const original = fs.readFileSync(dist, 'utf8');
    const { code, count } = fieldsAsAssignments(original);
    // A markdown-it built without the helper needs no rewrite: then scripts/build.ts's plugin can go.
    assert.ok(count >= 40, `only ${count} fields rewritten`);
    assert.doesNotMatch(code, /_defineProperty\(\s*this\b/);
    // Beside the original, so that its own requires (entities, linkify-it …) resolve the same way.
    const rewritten = path.join(path.dirname(dist), `.fields-test-${process.pid}.cjs`);
    fs.writeFileSync(rewritten, code);
    try {
      const Before = require(dist);
      const After = require(rewritten);
      const inputs = [
        '# Báo cáo\n\n## I. Kết quả\n\n- **Đạt** 95%\n  1. nested `code`\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n> quote [link](http://x.y "t")\n\n```js\nx\n```\n',
        'Setext\n===\n\n<div>\n*html*\n</div>\n\n[ref]: /url\n\n[ref] *em* __strong__ ~~del~~ ![img](a.png) <https://a.b> &amp; \\* hard  \nbreak\n',
      ];
      for (const options of [{}, { html: true, linkify: true, typographer: true }]) {
        for (const input of inputs) {
          const [before, after] = [new Before(options), new After(options)];
          assert.equal(JSON.stringify(after.parse(input, {})), JSON.stringify(before.parse(input, {})));
          assert.equal(after.render(input), before.render(input));
        }
      }
    } finally {
      fs.rmSync(rewritten, { force: true });
    }
  });
});
