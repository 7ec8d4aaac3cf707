import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { type Finding, lint, parseReport } from '../../../src/core';

/**
 * The text cases of ../shared/cases/text (on the team's machines; README there): each behaves
 * as the README's "right" column says. The same patterns, in our own words, are in
 * test/fixtures/rules/RW302, RW306, RW307, RW308, RW310, RW402 and RW404, which run everywhere.
 */
const CASES = path.join(__dirname, '..', '..', '..', '..', 'shared', 'cases', 'text');

function findings(file: string): Array<Finding & { text: string }> {
  const text = fs.readFileSync(path.join(CASES, file), 'utf8');
  const lines = text.split('\n');
  return lint(parseReport(text)).map((f) => ({ ...f, text: lines[f.range.start.line].slice(f.range.start.character, f.range.end.line === f.range.start.line ? f.range.end.character : undefined) }));
}
const of = (list: Array<Finding & { text: string }>, ruleId: string) => list.filter((f) => f.ruleId === ruleId).map((f) => f.text);

(fs.existsSync(CASES) ? describe : describe.skip)('shared text cases (../shared/cases/text)', () => {
  it('date-before-h-word-vi.md: dates before hội/họp are read, 30-2-2024 is reported', () => {
    const dates = of(findings('date-before-h-word-vi.md'), 'RW402');
    assert.ok(dates.includes('25/1'), `25/1 is written with a slash among dashes: ${dates}`);
    assert.ok(dates.includes('30-2-2024'), `30-2-2024 does not exist: ${dates}`);
  });

  it('french-names-not-vni-en.md: French names are not VNI mojibake', () => {
    assert.deepEqual(of(findings('french-names-not-vni-en.md'), 'RW307'), []);
  });

  it('lookalike-african-d-vi.md: Ɖ (U+0189) is reported as well as Ð (U+00D0)', () => {
    assert.deepEqual(of(findings('lookalike-african-d-vi.md'), 'RW302'), ['Ɖ', 'Ð']);
  });

  it('template-leftovers-en.md: every leftover of the template is reported', () => {
    const leftovers = of(findings('template-leftovers-en.md'), 'RW306').join(' | ');
    for (const piece of ["TODAY'S DATE", 'YYYY-MM-DD', '(ROLE)', 'Provide a brief summary', 'Example:', '[Link description](URL)']) {
      assert.ok(leftovers.includes(piece), `${piece} not reported: ${leftovers}`);
    }
  });

  it('repeated-words-typos.md: "chưa chưa" and "đến đến" are reported, nothing else is a repeat', () => {
    assert.deepEqual(of(findings('repeated-words-typos.md'), 'RW308'), ['chưa chưa', 'đến đến']);
  });

  it('weekday-date-vi.md: the weekday of 7/12/2025 (a Sunday) is reported in the text and in the table', () => {
    const list = findings('weekday-date-vi.md').filter((f) => f.ruleId === 'RW404');
    assert.deepEqual(list.map((f) => f.text), ['Thứ Hai', '2']);
    assert.ok(list.every((f) => f.message.includes('Chủ nhật')));
  });

  it('capitalisation-vi.md: "Đồng chí" mid-sentence is reported', () => {
    const cased = of(findings('capitalisation-vi.md'), 'RW310');
    assert.ok(cased.includes('Đồng chí'), `${cased}`);
  });
});
