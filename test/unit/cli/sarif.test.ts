import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { FIXTURES, readFixture, runCli } from '../helpers';

/**
 * The SARIF 2.1.0 schema (draft-04); ajv reads draft-07, so the root `id` is given as `$id`.
 * One of its patterns ("…]?$") is only valid without the regular expressions' unicode flag.
 */
function sarifValidator() {
  const { $schema, id, ...schema } = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'sarif', 'sarif-2.1.0-rtm.5.json'), 'utf8'));
  void $schema;
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  const compiled = ajv.compile({ $id: id, ...schema });
  // A plain boolean: the type guard would narrow the parsed log to `unknown`.
  return Object.assign((data: unknown): boolean => compiled(data), { get errors() { return compiled.errors; } });
}

describe('command line: SARIF output and --max-warnings', () => {
  let dir: string;
  const validate = sarifValidator();
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rw-sarif-'));
    fs.mkdirSync(path.join(dir, 'báo cáo'));
    // Findings with and without fixes: RW001 (insert), RW101 (renumber), RW306 (none), RW301…
    fs.writeFileSync(path.join(dir, 'báo cáo', 'tin hội nghị.md'), readFixture('rules', 'RW403', 'abbreviations-vi.md'));
    fs.writeFileSync(path.join(dir, 'missing.md'), readFixture('rules', 'RW001', 'missing-vi.md'));
    fs.writeFileSync(path.join(dir, 'clean.md'), readFixture('rules', 'RW001', 'complete.md'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints SARIF 2.1.0 that the official schema accepts', async () => {
    const r = await runCli(dir, 'lint', '--format', 'sarif', '.');
    const log = JSON.parse(r.out);
    assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 3), null, 1));
    assert.equal(log.version, '2.1.0');
    assert.ok(log.runs[0].results.some((r: { fixes?: unknown }) => r.fixes) && log.runs[0].results.some((r: { fixes?: unknown }) => !r.fixes));
    // The schema is strict enough to catch a broken log: a result without its message.
    delete log.runs[0].results[0].message;
    assert.equal(validate(log), false);
  });

  it('says a file it could not read as a tool execution notification the schema accepts', async () => {
    fs.writeFileSync(path.join(dir, 'image.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    const r = await runCli(dir, 'lint', '--format', 'sarif', '.');
    assert.equal(r.code, 2);
    const log = JSON.parse(r.out);
    assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 3), null, 1));
    const [invocation] = log.runs[0].invocations;
    assert.deepEqual([invocation.executionSuccessful, invocation.toolExecutionNotifications.map((n: { level: string; message: { text: string } }) => [n.level, n.message.text])], [
      false,
      [['error', 'image.md: binary file, not Markdown text; not read']],
    ]);
  });

  it('describes the tool and every rule with a help page in the repository', async () => {
    const log = JSON.parse((await runCli(dir, 'lint', '--format', 'sarif', 'clean.md')).out);
    const { driver } = log.runs[0].tool;
    assert.equal(driver.name, 'Reportwright');
    assert.match(driver.version, /^\d+\.\d+\.\d+/);
    assert.equal(driver.informationUri, 'https://github.com/reportwright/reportwright');
    const rw403 = driver.rules.find((r: { id: string }) => r.id === 'RW403');
    assert.deepEqual(
      [rw403.name, rw403.helpUri, rw403.defaultConfiguration.level],
      ['abbreviation', 'https://github.com/reportwright/reportwright/blob/main/docs/rules/RW403-abbreviation.md', 'warning'],
    );
    assert.ok(rw403.shortDescription.text.length > 10);
    assert.deepEqual(log.runs[0].results, []);
  });

  it('gives each result its rule, level, message, 1-based region and, where one exists, its fix', async () => {
    const log = JSON.parse((await runCli(dir, 'lint', '--format', 'sarif', 'báo cáo/tin hội nghị.md')).out);
    const results = log.runs[0].results;
    const comrade = results.find((r: { ruleId: string; locations: Array<{ physicalLocation: { region: { startColumn: number } } }> }) => r.ruleId === 'RW403' && r.locations[0].physicalLocation.region.startColumn === 69);
    assert.equal(comrade.level, 'warning');
    assert.match(comrade.message.text, /đồng chí/);
    const { artifactLocation, region } = comrade.locations[0].physicalLocation;
    assert.equal(artifactLocation.uri, 'b%C3%A1o%20c%C3%A1o/tin%20h%E1%BB%99i%20ngh%E1%BB%8B.md');
    assert.deepEqual(region, { startLine: 8, startColumn: 69, endLine: 8, endColumn: 72 });
    const [replacement] = comrade.fixes[0].artifactChanges[0].replacements;
    assert.deepEqual(replacement, { deletedRegion: region, insertedContent: { text: 'đồng chí' } });
    const acronym = results.find((r: { ruleId: string; fixes?: unknown }) => r.ruleId === 'RW403' && !r.fixes);
    assert.ok(acronym, 'a finding without a fix has no "fixes"');
  });

  it('--max-warnings N fails the run with more than N warnings, and says so', async () => {
    const warnings = JSON.parse((await runCli(dir, 'lint', '--format', 'json', 'missing.md')).out).filter((f: { severity: string }) => f.severity === 'warning').length;
    assert.ok(warnings > 0);
    assert.equal((await runCli(dir, 'lint', '--max-warnings', String(warnings), 'missing.md')).code, 0);
    const over = await runCli(dir, 'lint', '--max-warnings', String(warnings - 1), 'missing.md');
    assert.equal(over.code, 1);
    // missing.md is Vietnamese: so is what the run says about it.
    assert.match(over.err, new RegExp(`${warnings} cảnh báo, nhiều hơn --max-warnings ${warnings - 1}`));
    const english = await runCli(dir, 'lint', '--lang', 'en', '--max-warnings', String(warnings - 1), 'missing.md');
    assert.match(english.err, new RegExp(`${warnings} warnings, more than --max-warnings ${warnings - 1}`));
    assert.equal((await runCli(dir, 'lint', '--max-warnings', '0', 'clean.md')).code, 0);
  });

  it('refuses a --max-warnings that is not a whole number, and an unknown format', async () => {
    for (const bad of ['-1', 'many', '1.5']) assert.equal((await runCli(dir, 'lint', '--max-warnings', bad, 'clean.md')).code, 2, bad);
    const r = await runCli(dir, 'lint', '--format', 'xml', 'clean.md');
    assert.match(r.err, /text, json, sarif, junit, codequality or github/);
  });
});
