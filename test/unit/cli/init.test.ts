import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../helpers';

describe('command line: reportwright init', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rw-init-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  };

  it('names the files that confidently look like reports, with their kinds, leaves the rest out, and never replaces a configuration', async () => {
    write('status/week-12.md', '# Weekly status, week 12\n\n## Done this week\n\n- Shipped the installer.\n\n## Blockers\n\n- None.\n\n## Next week\n\n- The updater.\n');
    write('notes/bien-ban.md', '# Biên bản họp nhóm lần 2\n\n**Ngày họp:** 03/11/2025.\n\n## Nội dung thảo luận\n\nChốt tính năng.\n\n## Phân công thực hiện\n\n- Lan: sơ đồ.\n');
    write('README.md', '# Tool\n\n## Install\n\nnpm i tool\n\n## Usage\n\nRun it.\n\n## License\n\nMIT\n');
    write('review.md', '---\nkind: review\n---\n# Review\n\n## Results\n\nDone.\n');
    write('node_modules/pkg/status.md', '# Weekly status\n\n## Done this week\n\n- x\n\n## Next week\n\n- y\n');
    const run = await runCli(dir, 'init');
    assert.equal(run.code, 0, run.err);
    const yaml = fs.readFileSync(path.join(dir, '.reportwright.yaml'), 'utf8');
    assert.match(yaml, /- "status\/week-12\.md" +# looks like status/);
    assert.match(yaml, /- "notes\/bien-ban\.md" +# looks like minutes/);
    assert.doesNotMatch(yaml, /README\.md|node_modules/);
    assert.match(yaml, /#   review\.md: review/);
    // The configuration it wrote makes the files reports, checked as the kinds it names.
    const outline = JSON.parse((await runCli(dir, 'outline', '--format', 'json', 'status/week-12.md')).out);
    assert.deepEqual([outline.isReport, outline.kind], [true, 'status']);
    const again = await runCli(dir, 'init');
    assert.equal(again.code, 2);
    assert.match(again.err, /exists; nothing written/);
    assert.equal(fs.readFileSync(path.join(dir, '.reportwright.yaml'), 'utf8'), yaml);
  });
});
