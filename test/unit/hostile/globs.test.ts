import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseReport } from '../../../src/core';
import { compileWorkspaceGlob } from '../../../src/core/text/safeGlob';
import { runCli } from '../helpers';

const matches = (glob: string, file: string) => compileWorkspaceGlob(glob).match!(file);

/** Globs from a workspace (reportFiles, a configuration's kinds) are matched in linear time. */
describe('hostile input: workspace globs', () => {
  it('keeps the glob syntax reports use', () => {
    assert.ok(matches('**/*.md', 'a.md') && matches('**/*.md', 'x/y/a.md') && !matches('**/*.md', 'a.txt'));
    assert.ok(matches('reports/**/*.md', 'reports/a.md') && matches('reports/**/*.md', 'reports/x/y/a.md') && !matches('reports/**/*.md', 'other/a.md'));
    assert.ok(matches('reports/**', 'reports') && matches('reports/**', 'reports/a/b.md'));
    assert.ok(matches('weekly-*.md', 'weekly-12.md') && !matches('weekly-*.md', 'x/weekly-12.md'));
    assert.ok(matches('*.{md,markdown}', 'a.markdown') && matches('x/{a,b{c,d}}/y.md', 'x/bd/y.md') && !matches('x/{a,b{c,d}}/y.md', 'x/b/y.md'));
    assert.ok(matches('a/?b[cd]*.md', 'a/xbc.md') && !matches('a/?b[cd]*.md', 'a/xbe.md') && matches('[!a]*.md', 'b.md') && !matches('[!a]*.md', 'a.md'));
    assert.ok(matches('**/.hidden/*.md', 'q/.hidden/a.md') && matches('!**/draft-*.md', 'a.md') && !matches('!**/draft-*.md', 'q/draft-1.md'));
    assert.ok(matches('/home/ánh/báo cáo/**/*.md', '/home/ánh/báo cáo/2024/tuần 1.md'));
  });

  it('takes parentheses, plus and bar literally, and matches hostile globs against long names in milliseconds', () => {
    assert.ok(matches('**/(a+)+x.md', 'q/(a+)+x.md'));
    const started = Date.now();
    assert.equal(matches('**/(a+)+x.md', 'x/' + 'a'.repeat(5000) + '!.md'), false);
    assert.equal(matches('*a*a*a*a*a*a*a*a*a*a*b', 'a'.repeat(5000)), false);
    assert.ok(Date.now() - started < 1000, `took ${Date.now() - started} ms`);
  });

  it('checks a report whose path meets a backtracking reportFiles glob without hanging', () => {
    const started = Date.now();
    const doc = parseReport('# Title\n\n## Results\n', { relativePath: 'x/' + 'a'.repeat(40) + '!.md', reportFiles: ['*a*a*a*a*a*a*a*a*a*a*b', '**/(a+)+$'] });
    assert.equal(doc.isReport, false);
    assert.ok(Date.now() - started < 1000, `took ${Date.now() - started} ms`);
  });

  it('finds kind files named by a configuration glob, and a hostile one costs no more than a walk', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rw-globs-'));
    try {
      fs.mkdirSync(path.join(dir, 'kinds'));
      fs.writeFileSync(path.join(dir, 'kinds', 'okr.json'), JSON.stringify({ id: 'okr', roles: [{ role: 'results', required: true }] }));
      fs.writeFileSync(path.join(dir, 'kinds', 'a'.repeat(60) + '!.json'), '{}');
      fs.writeFileSync(path.join(dir, '.reportwright.json'), JSON.stringify({ kinds: ['./kinds/*.json', 'kinds/*a*a*a*a*a*a*a*a*a*a*b.json'] }));
      fs.writeFileSync(path.join(dir, 'r.md'), '---\nkind: okr\nlang: en\n---\n\n# Q3\n');
      const started = Date.now();
      const run = await runCli(dir, 'lint', 'r.md');
      assert.ok(Date.now() - started < 5000, `took ${Date.now() - started} ms`);
      assert.match(run.out, /RW001/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
