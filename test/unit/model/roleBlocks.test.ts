import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { KindRegistry, parseReport, resolveKind, ROLE_VOCABULARY } from '../../../src/core';
import { lintText } from '../helpers';

const SEED_EXAMPLE = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'examples', 'tin-hoi-nghi-seed.md'), 'utf8');

describe('model: roles played by paragraphs (news reports without headings)', () => {
  it('reads the seed article: participants, results, priorities and conclusion from their cue phrases', () => {
    const doc = parseReport(SEED_EXAMPLE);
    const roles = doc.roleBlocks.map((b) => `${b.role}:${b.startLine + 1}-${b.endLine + 1}`);
    // Results run over the discussion and the highlights; the priorities sit in the discussion and in the chair's conclusion.
    assert.deepEqual(roles, ['participants:14-14', 'results:16-18', 'priorities:16-16', 'priorities:20-20', 'conclusion:20-20']);
  });

  it('titles a labelled paragraph in plain text: no emphasis markers from "**Cuộc họp tiếp theo:** …"', () => {
    const doc = parseReport('---\nkind: minutes\nlang: vi\n---\n# Biên bản họp nhóm lần 3\n\n## Nội dung\n\nRà soát tiến độ.\n\n**Cuộc họp tiếp theo:** 17/11/2025, *phòng B2*.\n');
    const next = doc.parts.find((p) => p.role === 'next-meeting');
    assert.equal(next?.title, 'Cuộc họp tiếp theo: 17/11/2025, phòng B2.');
  });

  it('reads next week\'s plans told in a sentence of a status report as its priorities, in both languages', () => {
    const cases: Array<[string, string]> = [
      ['en', 'The coming week, I will be working on the payment page.'],
      ['en', 'Next week we plan to ship the search box.'],
      ['en', 'In the next sprint, we\'ll migrate the database.'],
      ['vi', 'Tuần tới em sẽ làm phần thanh toán.'],
      ['vi', 'Trong tháng sau, nhóm dự kiến hoàn thiện báo cáo.'],
    ];
    for (const [lang, sentence] of cases) {
      const text = `---\nkind: status\nlang: ${lang}\n---\n# Week 9\n\n## Progress\n\nDone: the login page.\n\n${sentence}\n`;
      const doc = parseReport(text);
      assert.ok(doc.parts.some((p) => p.role === 'priorities' && p.part === 'paragraphs'), sentence);
      assert.deepEqual(lintText(text).filter((f) => f.ruleId === 'RW001'), [], sentence);
    }
    // Last week's work is no plan.
    assert.ok(!parseReport('---\nkind: status\nlang: en\n---\n# Week 9\n\n## Progress\n\nLast week I worked on the login page.\n').parts.some((p) => p.role === 'priorities'));
  });

  it('reads a post-mortem told in paragraphs: what was affected, the cause and what prevents a repeat, in both languages', () => {
    const en = '---\nkind: post-mortem\nlang: en\n---\n# 2025-07-30 Registry outage\n\nBetween 21:27 and 07:27 UTC the registry ran with expired certificates.\n\nThe website and API, at registry.example.org, were affected during the outage.\n\nThe delay in the response was due to a misconfigured pager.\n\nTo prevent similar issues in the future, we made these changes:\n\n1. A job renews the certificates.\n';
    const roles = (text: string) => parseReport(text).parts.filter((p) => p.part === 'paragraphs' && p.role !== 'summary').map((p) => `${p.role}:${p.startLine + 1}`);
    assert.deepEqual(roles(en), ['impact:9', 'root-cause:11', 'action-items:13']);
    assert.deepEqual(lintText(en).filter((f) => f.ruleId === 'RW001'), []);
    const vi = '---\nkind: post-mortem\nlang: vi\n---\n# Sự cố mất dữ liệu ngày 3/5\n\nSáng 3/5, cơ sở dữ liệu chính ngừng ghi trong 40 phút.\n\nToàn bộ đơn hàng trong thời gian này bị ảnh hưởng.\n\nNguyên nhân là do ổ đĩa đầy.\n\nĐể tránh sự cố tái diễn, nhóm đã thêm cảnh báo dung lượng.\n';
    assert.deepEqual(roles(vi), ['impact:9', 'root-cause:11', 'action-items:13']);
    // Words that only mention a cause or an effect inside a sentence are no part.
    assert.deepEqual(roles('---\nkind: post-mortem\n---\n# Outage\n\nWe were not sure it was due to the cache. Nobody was affected.\n'), []);
  });

  it('gives the seed article, formatted as a meeting-news report, no findings', () => {
    assert.deepEqual(lintText(SEED_EXAMPLE).map((f) => `${f.ruleId} ${f.message}`), []);
  });

  it('recognises the italic caption, where "Đ/c" is allowed', () => {
    const doc = parseReport(SEED_EXAMPLE);
    assert.deepEqual(doc.captions, [{ startLine: 11, endLine: 11 }]);
    assert.match(doc.lines.line(11), /^\*Đ\/c Trương Thị Mai/);
  });

  it('finds a caption fenced by "|" lines (as copied from a news site) and one under an image', () => {
    const doc = parseReport('---\nkind: meeting-news\n---\n\nChiều 26-1, tại Hà Nội.\n|\nĐ/c Mai phát biểu.\n|\n\n![Ảnh](a.jpg)\nToàn cảnh hội nghị.\n');
    assert.deepEqual(doc.captions, [{ startLine: 6, endLine: 6 }, { startLine: 10, endLine: 10 }]);
  });

  it('lets RW001 report a role no heading and no paragraph plays', () => {
    const text = '---\nkind: meeting-news\nlang: vi\n---\n\nChiều 26-1, tại Hà Nội, Tiểu ban họp dưới sự chủ trì của đồng chí Mai.\n\nTại cuộc họp, các đại biểu thảo luận phương hướng, nhiệm vụ năm 2024.\n\nThảo Nguyên\n';
    const findings = lintText(text);
    assert.deepEqual(findings.map((f) => f.ruleId), ['RW001']);
    assert.match(findings[0].message, /thiếu phần "Kết luận"/);
  });

  it('leaves paragraphs inside a section whose heading names a role to that section', () => {
    const doc = parseReport('---\nkind: meeting-news\n---\n\n## Thành phần tham dự\n\nTham dự có các đồng chí.\n');
    assert.deepEqual(doc.roleBlocks, []);
  });

  it('gives a paragraph inside a section a role that no heading of the report names', () => {
    const text = '---\nkind: review\n---\n# Báo cáo\n\n## I. Kết quả\n\nHoàn thành kế hoạch.\n\nTuy nhiên, còn chậm giải ngân.\n\n## II. Phương hướng\n\nĐẩy nhanh.\n\n## III. Kết luận\n\nXong.\n';
    const doc = parseReport(text);
    assert.deepEqual(doc.roleBlocks.map((b) => [b.role, b.startLine]), [['shortcomings', 9]]);
    // A heading that names the shortcomings takes the role from the paragraphs.
    const named = parseReport(text.replace('## II. Phương hướng', '## II. Hạn chế\n\nChậm.\n\n## III. Phương hướng'));
    assert.deepEqual(named.roleBlocks.map((b) => b.role), []);
  });

  it('ignores a cue that is not a valid regular expression (a workspace kind file reports it)', () => {
    const kind = resolveKind({ id: 'news', roles: [{ role: 'results', required: true, cues: ['(unclosed', 'Kết quả'] }] }, ROLE_VOCABULARY);
    const doc = parseReport('---\nkind: news\n---\n\nKết quả nổi bật.\n', { kinds: new KindRegistry([kind]) });
    assert.deepEqual(doc.roleBlocks.map((b) => b.role), ['results']);
  });
});
