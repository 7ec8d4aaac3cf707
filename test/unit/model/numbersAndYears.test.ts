import * as assert from 'node:assert/strict';
import { parseReport } from '../../../src/core';
import { resultOrPlan } from '../../../src/core/model/yearOpening';

/**
 * News of a meeting tells its results in sentences that open with a number ("Hơn 300 cán bộ…",
 * "More than 300 health workers…"): they are results, not a teaser of another story (which would
 * make the line above it the byline); and a sentence that opens with next year ("Năm 2026, Sở
 * tập trung…", "In 2026, the department will…") is the priorities, not the results.
 */
const rolesOf = (text: string) => parseReport(text, { forceKind: 'meeting-news' }).parts.map((p) => `${p.role}@${p.startLine + 1}`);

const VI = [
  '**Sở Y tế tổng kết công tác năm 2025**',
  '',
  'Ngày 15/12/2025, tại Hà Nội, Sở Y tế tổ chức hội nghị tổng kết công tác năm 2025.',
  '',
  'Tham dự hội nghị có lãnh đạo các bệnh viện trong tỉnh.',
  '',
  'Số Liệu Nổi Bật',
  '',
  'Hơn 300 cán bộ y tế đã được đào tạo lại trong năm, 12 trạm y tế được xây mới.',
  '',
  'Năm 2026, Sở tập trung nâng cao chất lượng khám chữa bệnh tuyến cơ sở.',
  '',
  'Phát biểu kết luận hội nghị, Giám đốc Sở ghi nhận nỗ lực của các đơn vị.',
  '',
  'Minh An',
  '',
].join('\n');

const EN = [
  '**Health department reviews its year**',
  '',
  'On 15 December 2025, in Hanoi, the health department held its year-end conference.',
  '',
  'The conference was attended by the directors of all provincial hospitals.',
  '',
  'Key Figures',
  '',
  'More than 300 health workers were retrained during the year, and 12 clinics were built.',
  '',
  'In 2026, the department will focus on the quality of care at district level.',
  '',
  'Closing the conference, the director thanked all units.',
  '',
  'Minh An',
  '',
].join('\n');

describe('model: results that open with a number, plans that open with a year', () => {
  it('reads "Hơn 300 …" as results, "Năm 2026, …" as the priorities, and keeps the byline at the end (vi)', () => {
    const roles = rolesOf(VI);
    assert.ok(roles.includes('results@9'), roles.join(' '));
    assert.ok(roles.includes('priorities@11') && !roles.includes('results@11'), roles.join(' '));
    assert.ok(roles.includes('byline@15') && !roles.includes('byline@7'), roles.join(' '));
  });

  it('reads "More than 300 …" as results, not a teaser, "In 2026, … will" as the priorities (en)', () => {
    const roles = rolesOf(EN);
    assert.ok(roles.includes('results@9'), roles.join(' '));
    assert.ok(roles.includes('priorities@11') && !roles.includes('results@11'), roles.join(' '));
    assert.ok(roles.includes('byline@15') && !roles.includes('byline@7'), roles.join(' '));
  });

  it('still reads a teaser of another story after the byline as no part of the story', () => {
    const text = EN.replace(/\n$/, '\n\nRead more: Hospitals get new equipment\n');
    assert.ok(rolesOf(text).includes('byline@15'));
    // In capitals, as news sites print them, and in Vietnamese.
    assert.ok(rolesOf(EN.replace(/\n$/, '\n\nREAD MORE: Hospitals get new equipment\n')).includes('byline@15'));
    assert.ok(rolesOf(VI.replace(/\n$/, '\n\nXEM THÊM: Bệnh viện tỉnh nhận thiết bị mới\n')).includes('byline@15'));
    assert.ok(rolesOf(VI.replace(/\n$/, '\n\n- **Tin Liên Quan**\n')).includes('byline@15'));
  });

  it('tells a year\'s plans from its results by the report\'s year, else by the words', () => {
    const year2025 = { period: { unit: 'năm', value: '2025' } };
    assert.equal(resultOrPlan('Năm 2026, Sở tập trung nâng cao chất lượng.', year2025), 'priorities');
    assert.equal(resultOrPlan('Năm 2025, Sở tập trung nâng cao chất lượng.', year2025), 'results');
    assert.equal(resultOrPlan('Năm 2026, Sở tập trung nâng cao chất lượng.', {}), 'priorities');
    assert.equal(resultOrPlan('Năm 2025, Sở đã tập trung chỉ đạo và hoàn thành 100% kế hoạch.', {}), 'results');
    assert.equal(resultOrPlan('In 2026, the team will open two offices.', {}), 'priorities');
    assert.equal(resultOrPlan('In 2025, the team shipped three releases.', {}), 'results');
    assert.equal(resultOrPlan('In 2025, the team focused on stability.', {}), 'results');
  });

  it('tells a quarter\'s or a month\'s plans from its results the same way', () => {
    const quarter1 = { period: { unit: 'quarter', value: '1', year: '2026' } };
    assert.equal(resultOrPlan('Trong quý II, tỉnh tập trung đẩy nhanh giải ngân vốn đầu tư công.', quarter1), 'priorities');
    assert.equal(resultOrPlan('Trong quý I, tỉnh đã giải ngân 30% vốn đầu tư công.', quarter1), 'results');
    assert.equal(resultOrPlan('Quý IV/2025, tỉnh giải ngân 90% vốn.', quarter1), 'results');
    assert.equal(resultOrPlan('Tháng 4, Sở tập trung rà soát văn bản.', { period: { unit: 'month', value: '3' } }), 'priorities');
    // No period to compare with: the words tell; after a quarter, "hoàn thành" is what is to be completed.
    assert.equal(resultOrPlan('Trong quý II, tỉnh tập trung đẩy nhanh giải ngân, hoàn thành sắp xếp đơn vị hành chính cấp xã.', {}), 'priorities');
    assert.equal(resultOrPlan('In the second quarter, the ministry will speed up its digital services.', {}), 'priorities');
    assert.equal(resultOrPlan('In April, the ministry opened two offices.', {}), 'results');
    // Not a part of a year: left to the cue that read the paragraph.
    assert.equal(resultOrPlan('Trong đó, tỉnh tập trung giải ngân.', {}), 'results');
  });

  it('reads a pasted news report\'s "Trong quý II, … tập trung …" as its priorities', () => {
    const text = [
      '---', 'kind: meeting-news', 'lang: vi', '---',
      'Sáng 14-3, tại thành phố Vinh, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết quý I năm 2026 dưới sự chủ trì của đồng chí Nguyễn Văn Hải.', '',
      'Tại hội nghị, các đại biểu đã nghe báo cáo kết quả quý I: tăng trưởng đạt 7,2%.', '',
      'Trong quý II, tỉnh tập trung đẩy nhanh giải ngân vốn đầu tư công, hoàn thành sắp xếp đơn vị hành chính cấp xã.', '',
      'Kết luận hội nghị, đồng chí Nguyễn Văn Hải yêu cầu các cấp ủy thực hiện nghiêm các nhiệm vụ đã đề ra.', '', 'Hải Yến', '',
    ].join('\n');
    const doc = parseReport(text);
    assert.deepEqual(doc.missingRoles.map((r) => r.id), []);
    assert.ok(doc.parts.some((p) => p.role === 'priorities' && p.title.startsWith('Trong quý II')), JSON.stringify(doc.parts.map((p) => [p.title, p.role])));
  });
});
