import * as assert from 'node:assert/strict';
import { addSynonym, DEFAULT_KINDS, loadConfigFile, parseReport, teachableHeadings, teachableRoles, withRoleSynonyms } from '../../src/core';
import fc from 'fast-check';
import { BUILTIN_KINDS, VOCABULARY_KIND } from '../../src/core/kinds/builtin';
import { resolveKind } from '../../src/core/kinds/kind';
import { isPlainWords, matchRole, normalizeTitle, plainWordsForm } from '../../src/core/kinds/matchRole';

// Headings writers use for next week's work that no built-in kind knows, in the writers' own words
// (weekly status reports: "Việc cần làm tuần sau", "Việc sẽ làm", "Next up", "Up next").
const status = DEFAULT_KINDS.get('status')!;
/** A JSON configuration's objects have no prototype (a "__proto__" key is data): compared as plain data. */
const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe('heading synonyms in a configuration file', () => {
  it('the schema takes synonyms by role, in Vietnamese and English, from JSON and YAML', () => {
    const json = loadConfigFile('{ "synonyms": { "priorities": { "vi": ["Việc cần làm tuần sau"], "en": ["Next up"] } } }', '.reportwright.json');
    assert.deepEqual(json.problems, []);
    assert.deepEqual(plain(json.config), { synonyms: { priorities: { vi: ['Việc cần làm tuần sau'], en: ['Next up'] } } });
    const yaml = loadConfigFile('# the team\'s words\nsynonyms:\n  results:\n    vi:\n      - Việc đã xong\n', '.reportwright.yaml');
    assert.deepEqual(yaml.config, { synonyms: { results: { vi: ['Việc đã xong'] } } });
  });

  it('refuses bad entries, each located in the file, and never throws', () => {
    const cases: Array<[string, string, number, RegExp]> = [
      ['{ "synonyms": { "priorities": "Next up" } }', '.reportwright.json', 30, /\/synonyms\/priorities must be/],
      ['{ "synonyms": { "priorities": { "fr": ["Prochainement"] } } }', '.reportwright.json', 32, /"fr" is not a property/],
      ['{ "synonyms": { "priorities": { "en": ["   "] } } }', '.reportwright.json', 39, /\/synonyms\/priorities\/en\/0/],
      ['{ "synonyms": { "priorities": { "en": [42] } } }', '.reportwright.json', 39, /must be a string|string/],
      ['{ "synonyms": { "Priorities!": { "en": ["x"] } } }', '.reportwright.json', 16, /"Priorities!" is not a role id/],
      ['{ "synonyms": { "priorites": { "en": ["Next up"] } } }', '.reportwright.json', 16, /no role "priorites"; did you mean "priorities"/],
      [`{ "synonyms": { "priorities": { "en": ["${'x'.repeat(201)}"] } } }`, '.reportwright.json', 39, /longer than 200 characters/],
    ];
    for (const [text, name, column, message] of cases) {
      const { config, problems } = loadConfigFile(text, name);
      assert.equal(config, undefined, text);
      assert.ok(problems.length > 0, text);
      assert.match(problems[0].message.en, message, text);
      assert.equal(problems[0].range.start.character, column, text);
      assert.ok(problems[0].message.vi.length > 0);
    }
    const yaml = loadConfigFile('synonyms:\n  priorites:\n    vi: [Việc sẽ làm]\n', '.reportwright.yaml');
    assert.deepEqual(yaml.problems.map((p) => [p.range.start.line, p.range.start.character]), [[1, 2]]);
    assert.match(yaml.problems[0].message.vi, /Không có vai trò "priorites"; có phải là "priorities"\?/);
    // A role no built-in kind has may be one of the workspace's own kinds: taken as it is.
    assert.deepEqual(loadConfigFile('{ "synonyms": { "risks": { "en": ["Watch list"] } } }', '.reportwright.json').problems, []);
  });

  it('adds the synonyms to every kind that has the role, after its own, and leaves the kind itself alone', () => {
    const taught = DEFAULT_KINDS.withSynonyms({ priorities: { vi: ['Việc cần làm tuần sau'], en: ['Next up'] } });
    for (const id of ['status', 'review', 'meeting-news']) {
      const kind = taught.get(id)!;
      assert.equal(matchRole('Việc cần làm tuần sau', kind)?.role, 'priorities', id);
      assert.equal(matchRole('Next up', kind)?.role, 'priorities', id);
      assert.equal(matchRole('Việc cần làm tuần sau', DEFAULT_KINDS.get(id)!), undefined, `${id} without the synonyms`);
    }
    // A kind without the role is the same kind.
    assert.equal(withRoleSynonyms(status, { agenda: { en: ['Order of business'] } }), status);
    // The same configuration gives the same kinds: their matchers are built once.
    const synonyms = { results: { en: ['What we shipped'] } };
    assert.equal(DEFAULT_KINDS.withSynonyms(synonyms).get('status'), DEFAULT_KINDS.withSynonyms(synonyms).get('status'));
  });

  it('a configuration that gives every role a thousand synonyms in each language is read and matched in bounded time', () => {
    const roles = ['results', 'priorities', 'shortcomings', 'conclusion', 'context', 'objectives'];
    const many = (role: string, lang: string) => Array.from({ length: 1000 }, (_, i) => `${role} ${lang} ${i} việc`);
    const text = JSON.stringify({ synonyms: Object.fromEntries(roles.map((r) => [r, { vi: many(r, 'vi'), en: many(r, 'en') }])) });
    const started = Date.now();
    const { config, problems } = loadConfigFile(text, '.reportwright.json');
    assert.deepEqual(problems, []);
    const registry = DEFAULT_KINDS.withSynonyms(config!.synonyms);
    const doc = parseReport('---\nkind: status\n---\n# W\n\n## priorities en 999 việc\n\nx\n\n## results vi 5 việc\n\ny\n', { kinds: registry });
    assert.deepEqual(doc.missingRoles, []);
    assert.ok(Date.now() - started < 10_000, `${Date.now() - started} ms`);
  });

  it('matches a taught heading as the kind\'s own synonyms are matched: case, numbering, diacritics, Vietnamese letters at word boundaries', () => {
    const kind = withRoleSynonyms(status, { priorities: { vi: ['Việc phải xong'], en: ['Queue ahead'] } });
    assert.equal(matchRole('VIỆC PHẢI XONG', kind)?.role, 'priorities');
    assert.equal(matchRole('Việc phải xong trong tuần 48', kind)?.role, 'priorities');
    assert.equal(matchRole('Viec phai xong', kind)?.fuzzy, true);
    assert.equal(matchRole('Queue ahead:', kind)?.role, 'priorities');
    // A synonym ends at a word boundary: a Vietnamese letter right after it is still the same word.
    const short = withRoleSynonyms(status, { priorities: { vi: ['Việc phải x'], en: ['Queue ahe'] } });
    assert.equal(matchRole('Việc phải xong', short), undefined);
    assert.equal(matchRole('Queue ahead', short), undefined);
    const ending = withRoleSynonyms(status, { priorities: { vi: ['Sắp tớ'] } });
    assert.equal(matchRole('Sắp tới', ending), undefined);
    assert.equal(matchRole('Sắp tớ ', ending)?.role, 'priorities');
  });

  it('the report\'s parts, its missing roles and RW001 see a taught heading', () => {
    const text = '---\nkind: status\nlang: vi\n---\n\n# Báo cáo tuần 47\n\n## Kết quả trong tuần\n\nXong 3 dịch vụ.\n\n## Việc cần làm tuần sau\n\nChuyển nốt 2 dịch vụ.\n';
    const before = parseReport(text);
    assert.deepEqual(before.missingRoles.map((r) => r.id), ['priorities']);
    const after = parseReport(text, { kinds: DEFAULT_KINDS.withSynonyms({ priorities: { vi: ['Việc cần làm tuần sau'] } }) });
    assert.deepEqual(after.missingRoles, []);
    assert.deepEqual(after.parts.map((p) => [p.title, p.role]), [['Kết quả trong tuần', 'results'], ['Việc cần làm tuần sau', 'priorities']]);
  });
});

describe('adding a synonym to a configuration file', () => {
  it('creates a configuration in an empty JSON file', () => {
    const result = addSynonym('', '.reportwright.json', 'priorities', 'vi', 'Việc sẽ làm');
    assert.ok('text' in result);
    assert.deepEqual(JSON.parse(result.text), { synonyms: { priorities: { vi: ['Việc sẽ làm'] } } });
    assert.deepEqual(loadConfigFile(result.text, '.reportwright.json').problems, []);
  });

  it('keeps a JSON file\'s comments, and appends to a list that is there', () => {
    const text = '{\n  // house style\n  "rules": {\n    "RW003": "off"\n  },\n  "synonyms": {\n    "priorities": {\n      "vi": ["Sắp tới"]\n    }\n  }\n}\n';
    const result = addSynonym(text, '.reportwright.json', 'priorities', 'vi', 'Việc sẽ làm');
    assert.ok('text' in result);
    assert.match(result.text, /\/\/ house style/);
    assert.deepEqual(plain(loadConfigFile(result.text, '.reportwright.json').config?.synonyms), { priorities: { vi: ['Sắp tới', 'Việc sẽ làm'] } });
    const english = addSynonym(result.text, '.reportwright.json', 'results', 'en', 'What we shipped');
    assert.ok('text' in english);
    assert.deepEqual(plain(loadConfigFile(english.text, '.reportwright.json').config?.synonyms), { priorities: { vi: ['Sắp tới', 'Việc sẽ làm'] }, results: { en: ['What we shipped'] } });
    assert.ok(english.text.startsWith(result.text.slice(0, 40)), 'what was there stays as written');
  });

  it('keeps a YAML file\'s comments, and keeps CRLF line endings', () => {
    const text = '# team configuration\r\nrules:\r\n  RW003: off # too noisy\r\n';
    const result = addSynonym(text, '.reportwright.yaml', 'priorities', 'en', 'Next up');
    assert.ok('text' in result);
    assert.match(result.text, /^# team configuration\r\nrules:\r\n  RW003: off # too noisy\r\n/);
    assert.ok(!/[^\r]\n/.test(result.text));
    assert.deepEqual(loadConfigFile(result.text, '.reportwright.yaml').config, { rules: { RW003: 'off' }, synonyms: { priorities: { en: ['Next up'] } } });
    const again = addSynonym(result.text, '.reportwright.yaml', 'priorities', 'en', 'Up next');
    assert.ok('text' in again);
    assert.deepEqual(loadConfigFile(again.text, '.reportwright.yaml').config?.synonyms, { priorities: { en: ['Next up', 'Up next'] } });
  });

  it('changes nothing the writer wrote in a JSON file: a one-line object stays on one line, tabs stay tabs', () => {
    const text = '{\n\t// house style\n\t"rules": { "RW003": "off" },\n\t"synonyms": {\n\t\t"priorities": { "vi": ["Sắp tới"] },\n\t\t"results": {\n\t\t\t"en": [\n\t\t\t\t"Wins"\n\t\t\t]\n\t\t}\n\t},\n}\n';
    const cases: Array<[string, 'vi' | 'en', string, string]> = [
      ['priorities', 'vi', 'Việc sẽ làm', '{ "vi": ["Sắp tới", "Việc sẽ làm"] }'],
      ['priorities', 'en', 'Next up', '{ "vi": ["Sắp tới"], "en": ["Next up"] }'],
      ['results', 'en', 'Shipped', '\t\t\t\t"Wins",\n\t\t\t\t"Shipped"\n'],
      ['shortcomings', 'en', 'Stuck', '\t\t},\n\t\t"shortcomings": {\n\t\t\t"en": [\n\t\t\t\t"Stuck"\n\t\t\t]\n\t\t}\n'],
    ];
    for (const [role, lang, synonym, shown] of cases) {
      const result = addSynonym(text, '.reportwright.json', role, lang, synonym);
      assert.ok('text' in result, synonym);
      assert.ok(result.text.includes(shown), result.text);
      let start = 0;
      while (result.text[start] === text[start]) start++;
      assert.equal(result.text.slice(0, start) + result.text.slice(start + result.text.length - text.length), text, synonym);
      assert.equal(loadConfigFile(result.text, '.reportwright.json').config?.synonyms?.[role]?.[lang]?.at(-1), synonym);
    }
  });

  it('changes nothing the writer wrote in a YAML file: spacing, quotes, flow collections stay; the synonym is inserted', () => {
    const text = '# Team config\nrules:\n  RW003:   off      # spacing kept\n  "RW306": \'error\'\nsynonyms:\n  results: { en: [Shipped stuff] }  # flow\n  shortcomings:\n    vi:\n      - Vướng mắc   # ours\nignores: [drafts/, "tmp/**"]\n';
    const cases: Array<[string, 'vi' | 'en', string, string]> = [
      ['results', 'en', 'What we shipped', '[Shipped stuff, "What we shipped"]'],
      ['results', 'vi', 'Đã xong', '{ en: [Shipped stuff], vi: ["Đã xong"] }'],
      ['shortcomings', 'vi', 'Khó khăn: nhân sự', '      - Vướng mắc   # ours\n      - "Khó khăn: nhân sự"\n'],
      ['priorities', 'vi', 'Việc cần làm tuần sau', '      - Vướng mắc   # ours\n  priorities:\n    vi:\n      - Việc cần làm tuần sau\n'],
    ];
    for (const [role, lang, synonym, shown] of cases) {
      const result = addSynonym(text, '.reportwright.yaml', role, lang, synonym);
      assert.ok('text' in result, synonym);
      assert.ok(result.text.includes(shown), result.text);
      // Taking out what was inserted gives the file back, byte for byte.
      let start = 0;
      while (result.text[start] === text[start]) start++;
      const inserted = result.text.length - text.length;
      assert.equal(result.text.slice(0, start) + result.text.slice(start + inserted), text, synonym);
      assert.deepEqual(loadConfigFile(result.text, '.reportwright.yaml').config?.synonyms?.[role]?.[lang]?.at(-1), synonym);
    }
  });

  it('says when the synonym is there already, whatever its case', () => {
    assert.deepEqual(addSynonym('synonyms:\n  priorities:\n    en: [Next up]\n', '.reportwright.yaml', 'priorities', 'vi', 'NEXT UP'), { already: true });
  });

  it('refuses to touch a broken file, and a title that cannot be a synonym', () => {
    for (const [text, name] of [['{ "rules": ', '.reportwright.json'], ['rules: [unclosed\n', '.reportwright.yaml'], ['{ "synonyms": { "priorities": "x" } }', '.reportwright.json']]) {
      const result = addSynonym(text, name, 'priorities', 'vi', 'Việc sẽ làm');
      assert.ok('problem' in result, text);
      assert.match(result.problem.en, /left as it is/);
      assert.match(result.problem.vi, /giữ nguyên/);
    }
    assert.ok('problem' in addSynonym('', '.reportwright.json', 'priorities', 'en', '—'));
  });
});

describe('which headings a writer may teach, and as what', () => {
  it('top-level headings with no role, not the title, not a part of a section that has one; the missing roles first', () => {
    const doc = parseReport(
      [
        '---', 'kind: status', 'lang: vi', '---', '',
        '# Báo cáo công việc tuần 47', '',
        '## Kết quả trong tuần', '', '### Dự án A', '', 'Xong.', '',
        '## 2. Việc cần làm tuần sau', '', 'Chuyển nốt 2 dịch vụ.', '',
        '## ---', '',
        '**Ghi chú khác**', '', 'Không.', '',
      ].join('\n'),
    );
    assert.deepEqual(teachableHeadings(doc).map((p) => p.section!.heading.title), ['Việc cần làm tuần sau']);
    const roles = teachableRoles(doc).map((r) => r.id);
    assert.equal(roles[0], 'priorities', 'the missing required role first');
    assert.ok(!roles.includes('results'), 'a role some part plays is not offered');
    assert.ok(roles.length <= 6);
  });
});

describe('the comparable form of a synonym of plain words', () => {
  it('is normalizeTitle\'s, for every built-in synonym and for random words, cases, commas and spaces', () => {
    const synonyms = new Set<string>();
    for (const kind of [...BUILTIN_KINDS, VOCABULARY_KIND]) for (const role of kind.roles) for (const s of [...role.synonyms.vi, ...role.synonyms.en]) synonyms.add(s);
    let plainWords = 0;
    for (const synonym of synonyms) {
      if (!isPlainWords(synonym)) continue;
      plainWords++;
      assert.equal(plainWordsForm(synonym), normalizeTitle(synonym), synonym);
    }
    assert.ok(plainWords > synonyms.size * 0.8, `${plainWords} of ${synonyms.size} synonyms read the quick way`);
    const pieces = ['kết', 'Quả', 'ĐẠT', 'được', 'what', "I've", 'done', '&', ',', ' ', '  ', '2025', 'Ữ', 'x', '.', ':', '-', '*', '\u00a0', 'e\u0301', 'ſ', 'K', '’', '\t'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 8 }), (parts) => {
        const text = parts.join('');
        if (isPlainWords(text)) assert.equal(plainWordsForm(text), normalizeTitle(text), JSON.stringify(text));
      }),
      { numRuns: 5000 },
    );
    assert.ok(isPlainWords('Kết quả đạt được') && isPlainWords("what didn't go well") && isPlainWords('đặc điểm, tình hình'));
    assert.ok(!isPlainWords('Kết quả:') && !isPlainWords('kết  quả') && !isPlainWords(' kết quả') && !isPlainWords('kết quả,') && !isPlainWords('ke\u0301t'));
  });
});

describe('one table of synonyms for every kind', () => {
  it('reads a synonym two kinds share as each kind\'s own role, the first given winning within a kind, and a kind made again as itself', () => {
    const vocabulary = { results: { name: { vi: 'Kết quả', en: 'Results' }, heading: { vi: 'Kết quả', en: 'Results' }, synonyms: { vi: [], en: [] } }, priorities: { name: { vi: 'Phương hướng', en: 'Next' }, heading: { vi: 'Phương hướng', en: 'Next' }, synonyms: { vi: [], en: [] } } };
    const make = (id: string, first: string, second: string) =>
      resolveKind({ id, roles: [{ role: first, synonyms: { en: ['Highlights', 'Key highlights'] } }, { role: second, synonyms: { en: ['highlights', 'Outlook'] } }] }, vocabulary);
    const one = make('one', 'results', 'priorities');
    const two = make('two', 'priorities', 'results');
    assert.equal(matchRole('Highlights', one)?.role, 'results');
    assert.equal(matchRole('Highlights', two)?.role, 'priorities', 'the same form, another kind: its own role');
    assert.equal(matchRole('Key highlights of Q3', two)?.role, 'priorities');
    assert.equal(matchRole('Outlook', one)?.role, 'priorities');
    assert.equal(matchRole('Outlook', two)?.role, 'results');
    assert.equal(matchRole('Nhung diem noi bat', one), undefined);
    // A kind made again from its file (a configuration edited in the editor) reads as it did.
    assert.equal(matchRole('Highlights', make('one', 'results', 'priorities'))?.role, 'results');
    assert.equal(matchRole('HIGHLIGHTS:', make('two', 'priorities', 'results'))?.role, 'priorities');
  });
});
