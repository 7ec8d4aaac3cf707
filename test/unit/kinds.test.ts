import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_KINDS, loadKindFile, parseReport, roleDisplayName } from '../../src/core';
import { validate } from '../../src/core/schemas/kind.validate.generated';
import { SCHEMAS, validatorSource } from '../../scripts/schemas';

const ROOT = path.join(__dirname, '..', '..');

describe('kind files', () => {
  it('the built-in kinds follow the shipped schema', () => {
    for (const name of ['review', 'meeting-news', 'status']) {
      const data = JSON.parse(fs.readFileSync(path.join(ROOT, 'src', 'core', 'kinds', `${name}.json`), 'utf8'));
      assert.ok(validate(data), `${name}: ${JSON.stringify(validate.errors)}`);
    }
  });

  it('the compiled validators are those of the schemas (npx tsx scripts/schemas.ts)', () => {
    for (const [name, schema] of Object.entries(SCHEMAS)) {
      const committed = fs.readFileSync(path.join(ROOT, 'src', 'core', 'schemas', `${name}.validate.generated.js`), 'utf8');
      assert.equal(committed, validatorSource(path.join(ROOT, schema)).replace(path.join(ROOT, schema), schema));
    }
  });

  it('loads a workspace kind, comments allowed', () => {
    const { kind, problems } = loadKindFile(`{
      // OKR check-in
      "id": "okr",
      "name": { "en": "OKR check-in", "vi": "Rà soát OKR" },
      "roles": [
        { "role": "results", "required": true, "maxItems": 5 },
        { "role": "risks", "required": true, "synonyms": { "en": ["risks"], "vi": ["rủi ro"] }, "heading": { "en": "Risks", "vi": "Rủi ro" } },
      ]
    }`);
    assert.deepEqual(problems, []);
    assert.equal(kind?.id, 'okr');
    assert.deepEqual(kind?.roles.map((r) => [r.id, r.required, r.maxItems]), [
      ['results', true, 5],
      ['risks', true, undefined],
    ]);
  });

  it('keeps the id auto for a configuration\'s reportFiles map (the kind read from the text)', () => {
    const { kind, problems } = loadKindFile('{"id": "auto", "roles": [{"role": "results"}]}');
    assert.equal(kind, undefined);
    assert.deepEqual(problems.map((p) => p.message.en), ['/id must be lower-case letters, digits and hyphens, starting with a letter, and not auto (kept for a kind read from the text).']);
    assert.ok(loadKindFile('{"id": "automation", "roles": [{"role": "results"}]}').kind);
  });

  it('lets a week\'s official report leave out its shortcomings (optionalFor), and every view asks the report what is required', () => {
    const report = (title: string, period = '') => parseReport(`---\nkind: official-report\n${period}---\n# ${title}\n\n## I. Kết quả đạt được\n\nTốt.\n\n## II. Nhiệm vụ thời gian tới\n\nTiếp tục.\n`);
    const shortcomings = DEFAULT_KINDS.get('official-report')!.roles.find((r) => r.id === 'shortcomings')!;
    assert.deepEqual(shortcomings.optionalFor, ['week']);
    for (const weekly of [report('Báo cáo kết quả công tác tuần'), report('Báo cáo', 'period: 2026-W14\n'), report('Kết quả công tác tuần 23'), report('Weekly report of the department')]) {
      assert.equal(weekly.periodUnit, 'week');
      assert.equal(weekly.isRequired(shortcomings), false);
      assert.ok(!weekly.missingRoles.some((r) => r.id === 'shortcomings'));
    }
    for (const [longer, unit] of [[report('Báo cáo kết quả công tác tháng 10/2026'), 'month'], [report('Báo cáo tổng kết năm 2026'), undefined], [report('Báo cáo', 'period: 2026\n'), undefined]] as const) {
      assert.equal(longer.periodUnit, unit);
      assert.ok(longer.missingRoles.some((r) => r.id === 'shortcomings'));
    }
    // A kind file may say it too; a length of period it does not know is refused.
    assert.deepEqual(loadKindFile('{"id": "okr", "roles": [{"role": "results", "required": true, "optionalFor": ["week", "month"]}]}').kind?.roles[0].optionalFor, ['week', 'month']);
    assert.equal(loadKindFile('{"id": "okr", "roles": [{"role": "results", "optionalFor": ["day"]}]}').kind, undefined);
  });

  it('names a new role without a name by its first synonym, in each language', () => {
    const { kind } = loadKindFile('{"id": "okr", "roles": [{"role": "risks", "synonyms": {"en": ["risks"], "vi": ["rủi ro"]}}, {"role": "wins", "synonyms": {"en": ["wins"]}}]}');
    assert.deepEqual(
      kind?.roles.map((r) => [r.name.en, r.name.vi, r.heading.en, r.heading.vi]),
      [
        ['Risks', 'Rủi ro', 'Risks', 'Rủi ro'],
        ['Wins', 'Wins', 'Wins', 'Wins'],
      ],
    );
  });

  it('refuses a synonym longer than the beginning of a heading, located, in both languages', () => {
    const long = 'kết quả '.repeat(30);
    const text = `{"id": "okr", "roles": [{"role": "results", "synonyms": {"en": ["results"], "vi": ["kết quả", ${JSON.stringify(long)}]}}]}`;
    const { kind, problems } = loadKindFile(text);
    assert.equal(kind, undefined);
    assert.equal(problems.length, 1);
    assert.equal(problems[0].range.start.character, text.indexOf(JSON.stringify(long)));
    assert.match(problems[0].message.en, /longer than 200 characters/);
    assert.match(problems[0].message.vi, /dài hơn 200 ký tự/);
    assert.ok(loadKindFile(text.replace(long, long.slice(0, 200))).kind);
  });

  it('locates a JSON syntax error', () => {
    const { kind, problems } = loadKindFile('{\n  "id": "okr",\n  "roles": [ { "role": "results" } \n');
    assert.equal(kind, undefined);
    assert.match(problems[0].message.en, /not valid JSON/);
    assert.ok(problems[0].range.start.line >= 2);
  });

  it('locates a schema error on the offending key or value', () => {
    const text = '{\n  "id": "okr",\n  "roles": [\n    { "role": "results", "requird": true },\n    { "role": "conclusion", "maxWords": "many" }\n  ]\n}\n';
    const { kind, problems } = loadKindFile(text);
    assert.equal(kind, undefined);
    const described = problems.map((p) => [p.range.start.line, p.range.start.character, p.message.en]);
    assert.deepEqual(described, [
      [3, 25, '/roles/0: "requird" is not a property of a kind.'],
      [4, 40, '/roles/1/maxWords must be an integer.'],
    ]);
    assert.match(problems[0].message.vi, /không phải thuộc tính/);
  });

  it('refuses a new role without synonyms, a repeated role and a cue that is not a regular expression', () => {
    assert.match(loadKindFile('{"id":"x","roles":[{"role":"budget"}]}').problems[0].message.en, /"budget" is not a known role and has no synonyms/);
    assert.match(loadKindFile('{"id":"x","roles":[{"role":"results"},{"role":"results"}]}').problems[0].message.en, /twice/);
    assert.match(loadKindFile('{"id":"x","roles":[{"role":"results","cues":["(unclosed"]}]}').problems[0].message.en, /not a valid regular expression/);
  });

  it('orders a role with another (orderWith): either may come first; a role the kind does not list is refused', () => {
    const loaded = loadKindFile('{"id":"x","roles":[{"role":"results"},{"role":"priorities"},{"role":"shortcomings","orderWith":"priorities"}]}');
    assert.deepEqual(loaded.problems, []);
    const roles = loaded.kind!.roles;
    assert.deepEqual(roles.map((r) => [r.id, r.order, r.rank]), [['results', 0, 0], ['priorities', 1, 1], ['shortcomings', 2, 1]]);
    assert.match(loadKindFile('{"id":"x","roles":[{"role":"results","orderWith":"budget"}]}').problems[0].message.en, /ordered with "budget", which the kind does not list/);
    assert.match(loadKindFile('{"id":"x","roles":[{"role":"results","orderWith":"results"}]}').problems[0].message.en, /cannot be ordered with itself/);
    const chain = '{"id":"x","roles":[{"role":"results"},{"role":"shortcomings","orderWith":"priorities"},{"role":"priorities","orderWith":"conclusion"},{"role":"conclusion"}]}';
    assert.match(loadKindFile(chain).problems[0].message.en, /itself ordered with|another role is ordered with/);
    const cycle = '{"id":"x","roles":[{"role":"results","orderWith":"priorities"},{"role":"priorities","orderWith":"results"}]}';
    assert.match(loadKindFile(cycle).problems[0].message.en, /itself ordered with|another role is ordered with/);
    assert.match(loadKindFile('{"id":"x","roles":[{"role":"results","orderWith":"Results X"}]}').problems[0].message.en, /lower-case letters, digits and hyphens/);
  });

  it('refuses an empty file and a file that is not an object', () => {
    assert.match(loadKindFile('').problems[0].message.en, /not valid JSON|empty/);
    assert.match(loadKindFile('[1, 2]').problems[0].message.en, /must be an object/);
  });
});

describe('kinds: the names of roles shown to the writer', () => {
  it('names a role by its kind, the shared vocabulary or its place, in either language, never by a bare id when a name exists', () => {
    const news = DEFAULT_KINDS.get('meeting-news');
    assert.equal(roleDisplayName(news, 'participants', 'vi'), 'Thành phần tham dự');
    assert.equal(roleDisplayName(news, 'participants', 'en'), 'Participants');
    // The lead and the byline are places in a news report, not roles of its kind.
    assert.equal(roleDisplayName(news, 'lead', 'vi'), 'Phần mở đầu');
    assert.equal(roleDisplayName(news, 'lead', 'en'), 'Lead');
    assert.equal(roleDisplayName(news, 'byline', 'vi'), 'Bút danh');
    assert.equal(roleDisplayName(undefined, 'root-cause', 'vi'), 'Nguyên nhân');
    assert.equal(roleDisplayName(news, 'toString', 'vi'), 'toString');
    assert.equal(roleDisplayName(news, 'okr-risks', 'en'), 'okr-risks');
  });
});
