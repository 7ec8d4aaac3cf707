import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyEdits, fixAll, lint, parseReport } from '../../../src/core';
import { tidyPastedText } from '../../../src/core/text/tidyPasted';
import { describeRuleFixtures, readFixture } from '../helpers';

const SEED = path.join(__dirname, '..', '..', '..', '..', 'shared', 'seed');

describe('RW503 pasted-text', () => {
  describeRuleFixtures('RW503');

  const pasted = readFixture('rules', 'RW503', 'pasted-news-vi.md');

  it('reads the roles of pasted news line by line, so nothing is called missing before it is tidied', () => {
    const doc = parseReport(pasted);
    assert.deepEqual([...doc.presentRoles].sort(), ['conclusion', 'lead', 'participants', 'priorities', 'results']);
    assert.deepEqual(lint(doc).map((f) => f.ruleId), ['RW503']);
  });

  it('splits the paragraphs, makes the fenced line a caption in italics and drops the fences; then nothing is left to report', () => {
    const fixed = fixAll(pasted, {}, {}).text;
    assert.match(fixed, /\n\n\*Đ\/c Lê Văn Nam phát biểu tại hội nghị\.\*\n\n/);
    assert.doesNotMatch(fixed, /^\|$/m);
    const doc = parseReport(fixed);
    assert.deepEqual(doc.captions.map((c) => c.startLine), [6]);
    assert.deepEqual(lint(doc), []);
    // Only the fences and line breaks changed.
    assert.equal(fixed.replace(/[\s|*]/g, ''), pasted.replace(/[\s|*]/g, ''));
  });

  it('reads the pasted shapes of the same text: "│" or "｜" fences, a stray trailing space or zero-width space', () => {
    const variants = [
      pasted.replace(/^\|$/gm, '│'),
      pasted.replace(/^\|$/gm, '｜'),
      pasted.replace(/(\.)\n(?=Tham dự)/, '$1  \n'),
      pasted.replace(/(\.)\n(?=Tham dự)/, '$1\u200b\n'),
    ];
    for (const text of variants) {
      const doc = parseReport(text);
      assert.deepEqual(lint(doc).map((f) => f.ruleId), ['RW503'], JSON.stringify(text.slice(0, 0)));
      assert.equal(doc.captions.length, 1, 'the fenced line is the caption');
    }
  });

  it('tidies a selection the same way, and leaves hand-wrapped paragraphs, lists and hard breaks alone', () => {
    const body = pasted.split('---\n')[2];
    assert.equal(tidyPastedText(body).split('\n\n').length, 6);
    const wrapped = 'We shipped the installer.\nThe updater is next.\n\n- one\n- two\n\nLine one.  \nLine two.';
    assert.equal(tidyPastedText(wrapped), wrapped);
    assert.equal(tidyPastedText('\u00a0\u00a0\u00a0Đoạn thụt bằng dấu cách không ngắt, dài hơn một trăm ký tự để không phải do người viết tự xuống dòng ở đây.\n\u00a0\u00a0\u00a0Đoạn thứ hai.'), 'Đoạn thụt bằng dấu cách không ngắt, dài hơn một trăm ký tự để không phải do người viết tự xuống dòng ở đây.\n\nĐoạn thứ hai.');
  });

  (fs.existsSync(SEED) ? it : it.skip)('the seed pasted raw reads, once fixed, as lead, caption, participants, results with five highlights, priorities, conclusion and byline, with no warning', () => {
    const raw = fs.readFileSync(path.join(SEED, fs.readdirSync(SEED)[0]), 'utf8');
    const text = `---\nkind: meeting-news\nlang: vi\n---\n${raw}`;
    assert.deepEqual(lint(parseReport(text)).map((f) => f.ruleId), ['RW503']);
    const fixed = applyEdits(text, lint(parseReport(text)).flatMap((f) => f.fix?.edits ?? []));
    const doc = parseReport(fixed);
    assert.deepEqual(lint(doc), []);
    assert.equal(doc.captions.length, 1);
    assert.deepEqual([...doc.presentRoles].sort(), ['byline', 'conclusion', 'lead', 'participants', 'priorities', 'results']);
    assert.equal(doc.paragraphs.find((p) => p.enumeration)?.enumeration?.length, 5);
  });
});
