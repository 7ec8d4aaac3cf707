import * as assert from 'node:assert/strict';
import { parseReport } from '../../../src/core';
import { lintText } from '../helpers';

/**
 * A meeting named by its date ("Họp giao ban ngày 12/3/2026", "Weekly sync 2026-03-12") may be
 * written up as minutes, as a status report or as news: the `kind:` the front matter gives wins.
 * A title that names minutes in words ("Biên bản họp …", "Meeting minutes …") still does.
 */
const report = (kind: string, lang: 'vi' | 'en', title: string) =>
  lang === 'vi'
    ? `---\nkind: ${kind}\nlang: vi\n---\n\n# ${title}\n\n## Kết quả tuần qua\n\n- Xong module A.\n\n## Kế hoạch tuần tới\n\n- Làm module B.\n\n## Vướng mắc\n\n- Không có.\n`
    : `---\nkind: ${kind}\nlang: en\n---\n\n# ${title}\n\n## Done\n\n- Module A.\n\n## Next week\n\n- Module B.\n\n## Blockers\n\n- None.\n`;

describe('model: the front matter\'s kind and a dated meeting title', () => {
  for (const [lang, title] of [
    ['vi', 'Họp giao ban ngày 12/3/2026'],
    ['en', 'Weekly sync 2026-03-12'],
  ] as const) {
    it(`keeps kind: status under "${title}"`, () => {
      const text = report('status', lang, title);
      const doc = parseReport(text);
      assert.equal(doc.kind?.id, 'status');
      assert.equal(doc.kindSource, 'front-matter');
      assert.equal(doc.kindFromTitle, undefined);
      assert.deepEqual(doc.parts.map((p) => p.role), ['results', 'priorities', 'shortcomings']);
      assert.deepEqual(lintText(text).filter((f) => f.ruleId === 'RW001'), []);
    });
  }

  for (const [lang, title] of [
    ['vi', 'Biên bản họp giao ban ngày 12/3/2026'],
    ['en', 'Meeting minutes 2026-03-12'],
  ] as const) {
    it(`still reads "${title}" as minutes under kind: meeting-news`, () => {
      const doc = parseReport(report('meeting-news', lang, title));
      assert.equal(doc.kind?.id, 'minutes');
      assert.deepEqual(doc.kindFromTitle, { declared: 'meeting-news', used: 'minutes' });
    });
  }
});
