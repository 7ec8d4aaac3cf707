import * as assert from 'node:assert/strict';
import { foldersUp, loadConfigFile, parseReport, withConfig } from '../../src/core';

describe('configuration files', () => {
  it('reads a JSON file with comments, by rule id or name', () => {
    const { config, problems } = loadConfigFile('{\n  // house style\n  "rules": { "RW003": "off", "placeholder": "error" },\n  "toneMarks": "new",\n  "reportFiles": ["reports/**/*.md"],\n}\n', '.reportwright.json');
    assert.deepEqual(problems, []);
    assert.deepEqual(config, { rules: { RW003: 'off', RW306: 'error' }, toneMarks: 'new', reportFiles: ['reports/**/*.md'] });
  });

  it('reads a YAML file, and an empty one is the defaults', () => {
    const { config } = loadConfigFile('rules:\n  empty-section: info\nkinds:\n  - kinds/*.json\n', '.reportwright.yaml');
    assert.deepEqual(config, { rules: { RW003: 'info' }, kinds: ['kinds/*.json'] });
    assert.deepEqual(loadConfigFile('', '.reportwright.yml').config, {});
  });

  it('locates what is wrong: syntax, an unknown key, a bad severity, an unknown rule', () => {
    const json = loadConfigFile('{ "rules": { "RW003": "loud" }, "colour": "red" }', '.reportwright.json');
    assert.equal(json.config, undefined);
    // In file order, as an editor lists them (the schema says the unknown key first).
    assert.deepEqual(json.problems.map((p) => [p.range.start.character, p.message.en]), [
      [22, '/rules/RW003 must be one of: off, info, warning, error.'],
      [32, '/: "colour" is not a property of the configuration.'],
    ]);
    const yaml = loadConfigFile('rules:\n  no-such-rule: error\n', '.reportwright.yaml');
    assert.deepEqual(yaml.problems.map((p) => [p.range.start.line, p.range.start.character, p.message.en]), [[1, 2, 'There is no rule "no-such-rule".']]);
    // A rule name a slip away gets the name meant, in both languages; one of the wrong shape too, located on its key.
    const slips = loadConfigFile('rules:\n  missing-sectoin: off\n  RW3O9: off\n  RW003: off\n', '.reportwright.yaml');
    assert.deepEqual(slips.problems.map((p) => [p.range.start.line, p.range.start.character, p.message.en]), [
      [1, 2, 'There is no rule "missing-sectoin"; did you mean "missing-section"?'],
      [2, 2, 'There is no rule "RW3O9"; did you mean "RW309"?'],
    ]);
    assert.equal(slips.problems[0].message.vi, 'Không có quy tắc "missing-sectoin"; có phải là "missing-section"?');
    // A key with a line break shows it written out (a CI log would read a new line); a very long one is cut, and not compared.
    const odd = loadConfigFile(JSON.stringify({ rules: { 'x\n::error file=r.md::injected': 'off', ['a'.repeat(1_000_000)]: 'off' } }), '.reportwright.json');
    assert.equal(odd.problems[0].message.en, 'There is no rule "x\\u000a::error file=r.md::injected".');
    assert.ok(!odd.problems.some((p) => p.message.en.includes('\n')));
    assert.equal(odd.problems[1].message.en, `There is no rule "${'a'.repeat(64)}…".`);
    const unclosed = loadConfigFile('rules: [unclosed\n', '.reportwright.yaml').problems[0].message;
    assert.match(unclosed.en, /not valid YAML/);
    // The parser speaks English; the Vietnamese message says the same in Vietnamese.
    assert.match(unclosed.vi, /^Tệp không phải YAML hợp lệ: thụt lề không đúng, hoặc một dấu ngoặc chưa được đóng\.$/);
    assert.equal(loadConfigFile('rules:\n\tRW003: off\n', '.reportwright.yaml').problems[0].message.vi, 'Tệp không phải YAML hợp lệ: thụt lề bằng phím Tab (YAML chỉ nhận dấu cách).');
    assert.match(loadConfigFile('{ "rules": ', '.reportwright.json').problems[0].message.vi, /không phải JSON hợp lệ/);
  });

  it('says what is wrong in a YAML file in its own words only: no warning from the parser on the console', async () => {
    const warnings: string[] = [];
    const listen = (w: Error) => warnings.push(w.message);
    process.on('warning', listen);
    try {
      const { config, problems } = loadConfigFile('rules:\n  RW003: off\n  - bad\n', '/w/.reportwright.yaml');
      await new Promise((resolve) => setImmediate(resolve));
      assert.equal(config, undefined);
      assert.deepEqual([problems.length, problems[0].range.start.line], [1, 2]);
    } finally {
      process.off('warning', listen);
    }
    assert.deepEqual(warnings, []);
  });

  it('reads reportFiles as a list of globs or a map from glob to kind, and says what is wrong with either, where it is', () => {
    const map = loadConfigFile('reportFiles:\n  "weekly/*.md": status\n  "notes/*.md": auto\n', '.reportwright.yaml');
    assert.deepEqual(map, { config: { reportFiles: { 'weekly/*.md': 'status', 'notes/*.md': 'auto' } }, problems: [] });
    const said = (text: string) => loadConfigFile(text, '.reportwright.yaml').problems.map((p) => `${p.range.start.line}:${p.range.start.character} ${p.message.en} | ${p.message.vi}`);
    assert.deepEqual(said('reportFiles:\n  "weekly/*.md": Weekly Status\n'), [
      '1:17 /reportFiles: "weekly/*.md" must name a kind by its id (lower-case letters, digits and hyphens: status, minutes), or be auto. | /reportFiles: "weekly/*.md" phải ghi mã của một loại báo cáo (chữ thường, chữ số và dấu gạch ngang: status, minutes), hoặc auto.',
    ]);
    assert.deepEqual(said('reportFiles: 3\n'), ['0:13 /reportFiles must be an array or an object. | /reportFiles phải có kiểu array hoặc object.']);
    assert.deepEqual(said('reportFiles:\n  " ": status\n'), ['1:2 /reportFiles: " " must be a glob that is not blank and does not start with "!" (to leave files out, name the others, or list them under ignores). | /reportFiles: " " phải là một glob không trống và không bắt đầu bằng "!" (muốn bỏ tệp nào thì ghi các tệp còn lại, hoặc liệt kê nó trong ignores).']);
    assert.deepEqual(said('reportFiles:\n  - "!notes/*.md"\n'), [
      '1:4 /reportFiles/0 must be a glob that is not blank and does not start with "!" (to leave files out, name the others, or list them under ignores). | /reportFiles/0 phải là một glob không trống và không bắt đầu bằng "!" (muốn bỏ tệp nào thì ghi các tệp còn lại, hoặc liệt kê nó trong ignores).',
    ]);
    assert.deepEqual(said('reportFiles:\n  "weekly/*.md": 4\n'), ['1:17 /reportFiles/weekly/*.md must be a string. | /reportFiles/weekly/*.md phải có kiểu string.']);
  });

  it('lays the nearest file over the settings, its globs relative to its folder', () => {
    const base = { rules: { RW003: 'warning' as const, RW306: 'info' as const }, reportFiles: ['**/report-*.md'], kinds: ['shared/kinds/*.json'] };
    const merged = withConfig(base, { rules: { RW306: 'error' }, reportFiles: ['weekly/*.md'], kinds: ['./kinds/*.json'] }, 'team-a');
    assert.deepEqual(merged, {
      rules: { RW003: 'warning', RW306: 'error' },
      toneMarks: undefined,
      reportFiles: ['team-a/weekly/*.md'],
      reportKinds: undefined,
      kinds: ['shared/kinds/*.json', 'team-a/kinds/*.json'],
    });
    // A map names each glob's kind; auto leaves it to the text. Either form replaces the settings' list.
    // A leading "/" anchors at the file's folder, "." and ".." resolve, and the folder's own glob characters are escaped.
    const mapped = withConfig(base, { reportFiles: { 'weekly/*.md': 'status', '/minutes/*.md': 'minutes', './x/../notes/*.md': 'auto' } }, 'team[a]', 'team[a]/.reportwright.yaml');
    assert.deepEqual(mapped.reportFiles, ['team\\[a\\]/weekly/*.md', 'team\\[a\\]/minutes/*.md', 'team\\[a\\]/notes/*.md']);
    const source = 'team[a]/.reportwright.yaml';
    assert.deepEqual(mapped.reportKinds, [
      { glob: 'team\\[a\\]/weekly/*.md', kind: 'status', written: 'weekly/*.md', source },
      { glob: 'team\\[a\\]/minutes/*.md', kind: 'minutes', written: '/minutes/*.md', source },
      { glob: 'team\\[a\\]/notes/*.md', kind: 'auto', written: './x/../notes/*.md', source },
    ]);
    // The first entry that matches decides, auto included; names match in either Unicode form.
    const doc = (file: string) => parseReport('# W\n\n## Done\n\nx\n', { relativePath: file, reportFiles: mapped.reportFiles, reportKinds: mapped.reportKinds });
    assert.deepEqual([doc('team[a]/weekly/w1.md').kind?.id, doc('team[a]/minutes/m.md').kindSource, doc('team[a]/notes/n.md').kindSource], ['status', 'config', 'inferred']);
    const first = withConfig(base, { reportFiles: { 'notes/*.md': 'auto', '**/*.md': 'minutes' } }, '');
    assert.equal(parseReport('# W\n\n## Done this week\n\nx\n', { relativePath: 'notes/n.md', reportFiles: first.reportFiles, reportKinds: first.reportKinds }).kind?.id, 'status');
    const nfd = withConfig(base, { reportFiles: { 'tuần-*.md': 'minutes' } }, '');
    assert.equal(parseReport('# W\n', { relativePath: 'tuần-1.md'.normalize('NFD'), reportFiles: nfd.reportFiles, reportKinds: nfd.reportKinds }).kind?.id, 'minutes');
    assert.deepEqual(foldersUp('team-a/weekly/w1.md'), ['team-a/weekly', 'team-a', '']);
  });
});
