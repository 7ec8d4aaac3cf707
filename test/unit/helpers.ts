import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyEdits, type Finding, type Fix, fixAll, LineIndex, lint, type LintOptions, parseReport, type ParseOptions, RULES } from '../../src/core';
import { main } from '../../src/cli/main';

export const FIXTURES = path.join(__dirname, '..', 'fixtures');

export function readFixture(...parts: string[]): string {
  return fs.readFileSync(path.join(FIXTURES, ...parts), 'utf8');
}

export function lintText(text: string, parse?: ParseOptions, options?: LintOptions): Finding[] {
  return lint(parseReport(text, parse), options);
}

/** Lint options with every rule off but these. */
export function only(...ruleIds: string[]): LintOptions {
  return { rules: Object.fromEntries(RULES.map((r) => [r.id, ruleIds.includes(r.id) ? r.defaultSeverity : 'off'])) };
}

interface Expected {
  line: number;
  column: number;
  ruleId: string;
  /** A part of the message (in the report's language). */
  message?: string;
}

/**
 * A fix may replace the text in its ranges and may move text, never drop it: whatever an
 * edit deletes must come back in another edit of the same fix, or still stand right before
 * it (a word typed twice, RW308: the copy goes, the word stays).
 */
export function assertFixKeepsText(text: string, fix: Fix): void {
  const lines = new LineIndex(text);
  // Invisible format characters (zero-width spaces and joiners) are not text the writer typed.
  const visible = (t: string) => t.replace(/\p{Cf}/gu, '');
  const inserted = visible(fix.edits.map((e) => e.newText).join(''));
  for (const edit of fix.edits) {
    if (edit.newText !== '') continue;
    const removed = text.slice(lines.offsetAt(edit.range.start), lines.offsetAt(edit.range.end));
    const typed = visible(removed).trim();
    const start = lines.offsetAt(edit.range.start);
    const kept = text.slice(Math.max(0, start - typed.length), start);
    if (typed) assert.ok(inserted.includes(typed) || kept.toLowerCase() === typed.toLowerCase(), `fix "${fix.title}" deletes text it does not put back: ${JSON.stringify(typed.slice(0, 80))}`);
  }
}

/**
 * The fixture files of one rule: each `name.md` is linted; its findings for the rule must be
 * those in `name.expected.json`; when `name.fixed.md` exists, fixing gives exactly that text.
 * Every fix, applied alone, keeps the text and makes one finding of the rule go away.
 */
export function describeRuleFixtures(ruleId: string): void {
  const dir = path.join(FIXTURES, 'rules', ruleId);
  const sources = fs.readdirSync(dir).filter((f) => f.endsWith('.md') && !f.endsWith('.fixed.md'));
  assert.ok(sources.length >= 2, `${ruleId} needs fixtures that trigger it and that must not`);
  for (const file of sources) {
    const base = file.slice(0, -3);
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    const expected: Expected[] = JSON.parse(fs.readFileSync(path.join(dir, `${base}.expected.json`), 'utf8'));

    it(`${file}: finds what ${base}.expected.json lists`, () => {
      const findings = lintText(text).filter((f) => f.ruleId === ruleId);
      const actual = findings.map((f) => ({ line: f.range.start.line + 1, column: f.range.start.character + 1, ruleId: f.ruleId }));
      assert.deepEqual(actual, expected.map(({ line, column, ruleId: id }) => ({ line, column, ruleId: id })));
      expected.forEach((e, i) => {
        if (e.message) assert.ok(findings[i].message.includes(e.message), `message "${findings[i].message}" should mention ${e.message}`);
      });
    });

    const fixedPath = path.join(dir, `${base}.fixed.md`);
    if (fs.existsSync(fixedPath)) {
      it(`${file}: fixing gives ${base}.fixed.md`, () => {
        const result = fixAll(text, {}, only(ruleId));
        assert.equal(result.text, fs.readFileSync(fixedPath, 'utf8'));
        assert.equal(result.findings.filter((f) => f.fix).length, 0, 'no fixable finding is left');
      });
      it(`${file}: each fix alone keeps the text and removes its finding`, () => {
        const before = lintText(text, {}, only(ruleId));
        for (const finding of before.filter((f) => f.fix)) {
          assertFixKeepsText(text, finding.fix!);
          const after = lintText(applyEdits(text, finding.fix!.edits), {}, only(ruleId));
          assert.ok(after.length < before.length, `fix "${finding.fix!.title}" should remove its finding`);
        }
      });
    }
  }
}

/** What one command-line run said and returned, run in this process (no build needed). */
export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export async function runCli(cwd: string, ...argv: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { cwd, out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

