import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  falseMissing,
  falseMissingFromOutline,
  type FileLabel,
  isRecognised,
  isVietnameseMessage,
  missingRole,
  outlineParts,
  ratio,
  roleNameIndex,
} from '../../scripts/eval-real-score';
import { evaluateFolder } from '../../scripts/eval-real';
import { report } from '../../scripts/eval-real-report';

/** Scoring of `npm run eval:real` (scripts/eval-real-score.ts) on small made-up outputs. */
describe('evaluation on real reports: scoring', () => {
  const roles = {
    results: { name: { en: 'Results', vi: 'Kết quả' }, heading: { en: 'Results', vi: 'Kết quả đạt được' } },
    priorities: { name: { en: 'Priorities', vi: 'Phương hướng, nhiệm vụ' }, heading: { en: 'Next steps', vi: 'Phương hướng, nhiệm vụ' } },
  };
  const status = { id: 'status', roles: [{ role: 'results', heading: { en: 'Done this week', vi: 'Kết quả trong tuần' } }] };
  const index = roleNameIndex(roles, [status]);

  it('reads the contract\'s parts, with null roles and missing end lines', () => {
    const { source, parts } = outlineParts({
      parts: [
        { role: 'results', title: 'Kết quả', part: 'pseudo-heading', startLine: 3, endLine: 9, level: 1 },
        { role: null, title: 'Ghi chú', part: 'heading', startLine: 10, level: 2 },
        { title: 'no lines' },
      ],
    });
    assert.equal(source, 'parts');
    assert.deepEqual(parts, [
      { role: 'results', title: 'Kết quả', startLine: 3, endLine: 9 },
      { role: null, title: 'Ghi chú', startLine: 10, endLine: 10 },
    ]);
  });

  it('falls back to the heading tree of older output, every depth, and to nothing', () => {
    const { source, parts } = outlineParts({
      sections: [{ title: '7. Kết luận', startLine: 1, endLine: 20, children: [{ title: '7.1. Kết quả', role: 'results', startLine: 2, endLine: 8, children: [] }] }],
    });
    assert.equal(source, 'sections');
    assert.deepEqual(parts.map((p) => [p.role, p.startLine, p.endLine]), [[null, 1, 20], ['results', 2, 8]]);
    assert.deepEqual(outlineParts(undefined), { source: 'none', parts: [] });
    assert.deepEqual(outlineParts({ file: 'a.md' }), { source: 'none', parts: [] });
  });

  it('counts a labelled part when a part with its role spans its line, not another role or place', () => {
    const parts = [
      { role: 'results', title: 'Kết quả', startLine: 3, endLine: 9 },
      { role: 'priorities', title: 'Tuần tới', startLine: 10, endLine: 14 },
    ];
    assert.equal(isRecognised({ role: 'results', title: 'Kết quả', line: 3 }, parts), true);
    assert.equal(isRecognised({ role: 'results', title: 'Tuy nhiên', line: 9 }, parts), true);
    assert.equal(isRecognised({ role: 'shortcomings', title: 'Tuy nhiên', line: 9 }, parts), false);
    assert.equal(isRecognised({ role: 'results', title: 'Tuần tới', line: 10 }, parts), false);
    assert.equal(isRecognised({ role: 'results', title: 'x', line: 30 }, parts), false);
  });

  it('counts a part whose role is an alias of the labelled role', () => {
    const parts = [{ role: 'recommendations', title: 'Cần hỗ trợ', startLine: 5, endLine: 8 }];
    const label = { role: 'help-needed', title: 'Cần hỗ trợ', line: 5 };
    assert.equal(isRecognised(label, parts), false);
    assert.equal(isRecognised(label, parts, { 'help-needed': ['recommendations'] }), true);
    assert.equal(isRecognised(label, parts, { results: ['recommendations'] }), false);
  });

  it('reads the role of a missing-section message in either language, by name, heading or kind heading', () => {
    assert.equal(missingRole('The report has no "Results" section (required in the kind "Weekly status").', index), 'results');
    assert.equal(missingRole('Báo cáo thiếu phần "Phương hướng, nhiệm vụ" (bắt buộc với loại "Báo cáo tuần").', index), 'priorities');
    assert.equal(missingRole('Báo cáo thiếu phần “Kết quả trong tuần”.', index), 'results');
    assert.equal(missingRole('The report has no "Action items" section.', index), 'action-items');
    assert.equal(missingRole('No quoted name here.', index), null);
  });

  it('counts as false only the missing sections the labels say are there', () => {
    const findings = [
      { line: 1, ruleId: 'RW001', message: 'The report has no "Results" section.' },
      { line: 1, ruleId: 'RW001', message: 'The report has no "Priorities" section.' },
      { line: 1, ruleId: 'RW001', message: 'A section is missing.' },
      { line: 4, ruleId: 'RW306', message: 'Placeholder "Results" left in the text.' },
    ];
    const r = falseMissing(findings, new Set(['results', 'objectives']), index);
    assert.deepEqual(r.findings.map((f) => f.role), ['results']);
    assert.equal(r.unattributed, 1);
    assert.equal(r.missingTotal, 3);
  });

  it('reads false missing roles from the outline\'s missing list, or says it is not reported', () => {
    assert.deepEqual(falseMissingFromOutline({ missing: ['results', 'conclusion'] }, new Set(['results'])), ['results']);
    assert.equal(falseMissingFromOutline({ sections: [] }, new Set(['results'])), null);
  });

  it('tells Vietnamese messages from English ones that quote Vietnamese titles', () => {
    assert.equal(isVietnameseMessage('Báo cáo thiếu phần "Kết quả" (bắt buộc với loại "Báo cáo tuần").'), true);
    assert.equal(isVietnameseMessage('Đoạn này dài quá.'), true);
    assert.equal(isVietnameseMessage('The report has no "Kết quả đạt được" section (required in the kind "Báo cáo tuần").'), false);
    assert.equal(isVietnameseMessage('Heading “Tồn tại, hạn chế” is empty.'), false);
    assert.equal(isVietnameseMessage('Number `II.` follows `IV.`'), false);
    // Decomposed (NFD) Vietnamese is still Vietnamese.
    assert.equal(isVietnameseMessage('Thiếu phần'.normalize('NFD')), true);
  });

  it('prints ratios, and a dash when there is nothing to count', () => {
    assert.equal(ratio(11, 59), '11/59 (19%)');
    assert.equal(ratio(0, 0), '–');
  });
});

/** The labels of test/real stay on their lines: a file edited without its labels would score wrongly. */
describe('evaluation on real reports: labels', () => {
  const dir = path.join(__dirname, '..', 'real');
  const labels: Record<string, FileLabel> = JSON.parse(fs.readFileSync(path.join(dir, 'labels.json'), 'utf8'));

  it('labels every report in test/real, in both languages, with a kind and at least one role', () => {
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md');
    assert.deepEqual(Object.keys(labels).sort(), files.sort());
    const langs = Object.values(labels).map((l) => l.lang);
    assert.ok(langs.filter((l) => l === 'vi').length >= 10 && langs.filter((l) => l === 'en').length >= 10);
    for (const [file, label] of Object.entries(labels)) {
      assert.ok(label.kind && label.parts.length > 0, file);
    }
  });

  it('puts every labelled title on its line', () => {
    for (const [file, label] of Object.entries(labels)) {
      const lines = fs.readFileSync(path.join(dir, file), 'utf8').split(/\r\n|\r|\n/);
      for (const part of label.parts) assert.ok((lines[part.line - 1] ?? '').includes(part.title), `${file}:${part.line} should hold "${part.title}"`);
    }
  });
});

/**
 * The runner (scripts/eval-real.ts) against two stand-in command lines: one printing the outline
 * contract (parts, detectedKind, --kind auto), one as older builds (heading tree only, no
 * --kind auto). Both are small scripts written here; the real CLI is measured by npm run eval:real.
 */
describe('evaluation on real reports: runner', function () {
  this.timeout(30_000);
  let dir: string;
  const report1 = ['# Báo cáo tuần 5', '', '**Việc đã làm**', '', '- Xong bảng số liệu.', '', '**Việc tuần tới**', '', '- Viết hướng dẫn.', ''].join('\n');
  const labels = { 'a.md': { kind: 'status', lang: 'vi', parts: [{ role: 'results', title: 'Việc đã làm', line: 3 }, { role: 'priorities', title: 'Việc tuần tới', line: 7 }] } };

  const contractCli = `
const args = process.argv.slice(2);
const file = args[args.length - 1];
if (args[0] === 'outline') {
  console.log(JSON.stringify({ file, lang: 'vi', kind: null, detectedKind: 'status', confidence: 0.9,
    parts: [{ role: 'results', title: 'Việc đã làm', part: 'pseudo-heading', startLine: 3, endLine: 6, level: 1 },
            { role: null, title: 'Việc tuần tới', part: 'pseudo-heading', startLine: 7, endLine: 10, level: 1 }],
    missing: ['priorities'] }));
} else if (args.includes('auto')) {
  console.log(JSON.stringify([{ file, line: 1, ruleId: 'RW001', message: 'Báo cáo thiếu phần "Phương hướng, nhiệm vụ" (bắt buộc với loại "Báo cáo tuần").' },
                              { file, line: 5, ruleId: 'RW305', message: 'Two spaces between words.' }]));
} else { console.error('reportwright: unknown kind "status"'); process.exit(2); }
`;
  const olderCli = `
const args = process.argv.slice(2);
const file = args[args.length - 1];
if (args[0] === 'outline') console.log(JSON.stringify({ file, isReport: false, kind: null, lang: 'en', sections: [{ level: 1, title: 'Báo cáo tuần 5', startLine: 1, endLine: 10, children: [] }] }));
else if (args.includes('auto')) { console.error('reportwright: unknown kind "auto" Known kinds: review, meeting-news, status.'); process.exit(2); }
else console.log(JSON.stringify([{ file, line: 1, ruleId: 'RW001', message: 'The report has no "Results" section (required in the kind "Weekly status").' }]));
`;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rw-eval-'));
    fs.writeFileSync(path.join(dir, 'a.md'), report1);
    fs.writeFileSync(path.join(dir, 'labels.json'), JSON.stringify(labels));
    fs.writeFileSync(path.join(dir, 'contract-cli.js'), contractCli);
    fs.writeFileSync(path.join(dir, 'older-cli.js'), olderCli);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('scores output that follows the outline contract', () => {
    const { results, stale } = evaluateFolder(dir, path.join(dir, 'contract-cli.js'));
    assert.deepEqual(stale, []);
    const [r] = results;
    assert.equal(r!.partsSource, 'parts');
    assert.equal(r!.recognised, 1);
    assert.deepEqual(r!.missedRoles, ['priorities@7']);
    assert.equal(r!.detectedKind, 'status');
    assert.equal(r!.lang, 'vi');
    assert.equal(r!.falseMissingAuto, 1);
    assert.equal(r!.falseMissingAutoFrom, 'lint');
    assert.equal(r!.recognisedGiven, null, 'the labelled kind is unknown to this stand-in');
    assert.deepEqual(r!.viMessages, { vietnamese: 1, total: 2, from: 'auto' });
    const text = report(dir, results, stale);
    assert.match(text, /roles recognised \(no kind given\): +1\/2 \(50%\)/);
    assert.match(text, /kind detected: +1\/1 \(100%\)/);
    assert.match(text, /false "missing section" \(--kind auto\): +1 in 1 file \(from lint\)/);
    assert.match(text, /messages in Vietnamese \(Vietnamese reports\): +1\/2 \(50%\)/);
  });

  it('says "not reported" for what older output lacks, and counts what it has', () => {
    const { results } = evaluateFolder(dir, path.join(dir, 'older-cli.js'));
    const [r] = results;
    assert.equal(r!.partsSource, 'sections');
    assert.equal(r!.recognised, 0);
    assert.equal(r!.detectedKind, undefined);
    assert.equal(r!.falseMissingAuto, null);
    assert.equal(r!.lang, 'en');
    assert.equal(r!.falseMissingGiven, 1);
    assert.deepEqual(r!.viMessages, { vietnamese: 0, total: 1, from: 'given' });
    const text = report(dir, results, []);
    assert.match(text, /kind detected: +not reported/);
    assert.match(text, /false "missing section" \(--kind auto\): +not reported/);
    assert.match(text, /language detected: +0\/1 \(0%\)/);
    assert.match(text, /Parts read from: sections/);
  });

  it('flags labels whose title is not on their line', () => {
    fs.writeFileSync(path.join(dir, 'a.md'), `\n${report1}`);
    const { stale } = evaluateFolder(dir, path.join(dir, 'contract-cli.js'));
    assert.equal(stale.length, 2);
    assert.match(stale[0]!, /a\.md:3 "Việc đã làm"/);
  });
});
