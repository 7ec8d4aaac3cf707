import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint, parseReport } from '../../src/core';

/**
 * `--kind auto` on public Markdown nobody wrote for this product (../shared/corpus, on the
 * team's machines): READMEs, changelogs, specs, design notes and markdownlint's fixtures are
 * left alone; only files that are reports (meeting notes, a status report) may be checked, and
 * as the kind they are.
 */
const CORPUS = path.join(__dirname, '..', '..', '..', 'shared', 'corpus');
const REPORTS = new Set(['meeting-notes', 'status-report']);

function* markdownFiles(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* markdownFiles(full);
    else if (entry.name.endsWith('.md')) yield full;
  }
}

(fs.existsSync(CORPUS) ? describe : describe.skip)('--kind auto on public Markdown (../shared/corpus)', function () {
  this.timeout(120_000);

  it('leaves every file that is not a report alone, with no findings; reports are checked as what they are', () => {
    const checked: string[] = [];
    for (const file of markdownFiles(CORPUS)) {
      const doc = parseReport(fs.readFileSync(file, 'utf8'), { detectKind: true });
      const folder = path.basename(path.dirname(file));
      if (!doc.isReport) {
        assert.deepEqual(lint(doc), [], file);
        continue;
      }
      checked.push(`${path.relative(CORPUS, file)}: ${doc.kind?.id}`);
      assert.ok(REPORTS.has(folder), `${file} is not a report, and was checked as ${doc.kind?.id} (${doc.detection.confidence})`);
      assert.ok(['minutes', 'annual-report', 'status'].includes(doc.kind!.id), `${file}: ${doc.kind?.id}`);
    }
    assert.ok(checked.length <= 5, checked.join('\n'));
  });
});
