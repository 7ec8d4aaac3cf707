import * as assert from 'node:assert/strict';
import { listVerdict, nameBytes, parseIgnoreFile } from '../../../src/cli/gitignore';

/** What a list says of a path (a file unless `folder`), names compared exactly unless `foldCase`. */
function verdict(list: string, file: string, folder = false, foldCase = false): boolean | undefined {
  return listVerdict(parseIgnoreFile(list, foldCase), nameBytes(file, foldCase), folder);
}

/** The matcher on its own; test/unit/cli/gitignoreGit.test.ts holds it to git in random repositories. */
describe('.gitignore patterns', () => {
  it('reads lines as git does: comments, a byte order mark, CRLF, trailing spaces, escapes', () => {
    assert.deepEqual(
      parseIgnoreFile('\ufeff# a comment\r\n\r\n a.md\r\nb.md   \r\nc\\ \\ \r\n\\#d.md\r\n\\!e.md\r\n!f.md\r\ng/', false).map((r) => [r.source, r.negative, r.folderOnly]),
      [
        ['', false, false],
        [' a.md', false, false],
        ['b.md', false, false],
        ['c\\ \\ ', false, false],
        ['\\#d.md', false, false],
        ['\\!e.md', false, false],
        ['!f.md', true, false],
        ['g/', false, true],
      ],
    );
    assert.equal(verdict('c\\ \n', 'c '), true);
    assert.equal(verdict('\\#d.md\n', '#d.md'), true);
    assert.equal(verdict('\\!e.md\n', '!e.md'), true);
    assert.equal(verdict(' a.md\n', 'a.md'), undefined, 'a leading space is part of the name');
  });

  it('anchors a pattern with a slash, matches a bare name at any depth, and a trailing slash only a folder', () => {
    assert.equal(verdict('b.md\n', 'x/y/b.md'), true);
    assert.equal(verdict('/b.md\n', 'x/b.md'), undefined);
    assert.equal(verdict('x/b.md\n', 'y/x/b.md'), undefined);
    assert.equal(verdict('drafts/\n', 'a/drafts'), undefined);
    assert.equal(verdict('drafts/\n', 'a/drafts', true), true);
    assert.equal(verdict('a/**/b.md\n', 'a/b.md'), true);
    assert.equal(verdict('a/**/b.md\n', 'a/x/y/b.md'), true);
    assert.equal(verdict('a/*/b.md\n', 'a/x/y/b.md'), undefined);
    assert.equal(verdict('**/b.md\n', 'b.md'), true);
    assert.equal(verdict('a/**\n', 'a/x/y'), true);
    assert.equal(verdict('a/**\n', 'a'), undefined);
    assert.equal(verdict('*.md\n!keep.md\n', 'keep.md'), false);
  });

  it('compares bytes exactly unless the repository folds case', () => {
    assert.equal(verdict('*.MD\n', 'a.md'), undefined);
    assert.equal(verdict('*.MD\n', 'a.md', false, true), true);
    assert.equal(verdict('[A-Z]*\n', 'q.md', false, true), true);
    assert.equal(verdict('\\A.md\n', 'A.md', false, true), undefined);
    // `?` is one byte, as git reads names: "ầ" is three.
    assert.equal(verdict('tu?n.md\n', 'tuần.md'), undefined);
    assert.equal(verdict('tu???n.md\n', 'tuần.md'), true);
  });

  it('matches in time linear in the name, whatever stars a pattern holds, and never overflows the stack', () => {
    const stars = '*a'.repeat(200) + '*b\n';
    const name = 'a'.repeat(4000);
    let start = performance.now();
    assert.equal(verdict(stars, name), undefined);
    assert.ok(performance.now() - start < 2000, `${performance.now() - start} ms`);
    // 100,000 "**/" in one line: states walked with a list, not recursion.
    const deep = '**/'.repeat(100_000) + 'b.md\n';
    start = performance.now();
    assert.equal(verdict(deep, 'x/y/b.md'), true);
    assert.ok(performance.now() - start < 5000, `${performance.now() - start} ms`);
  });
});
