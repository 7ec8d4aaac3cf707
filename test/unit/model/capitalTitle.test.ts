import * as assert from 'node:assert/strict';
import { parseReport } from '../../../src/core';

/**
 * A typed report sets its title in capitals, often with a period, underlined with "===" like
 * its sections: the first level-1 heading in capitals, over sections that are not, is the
 * title, not a section that holds the lead.
 */
const setext = (title: string) => `${title}\n${'='.repeat(title.length)}\n`;
const report = (title: string, lead: string, sections: Array<[string, string]>) =>
  [setext(title), lead, '', ...sections.flatMap(([h, item]) => [setext(h), `- ${item}`, ''])].join('\n');

const vi = (title: string) =>
  report(title, 'Tháng 3, phòng đã hoàn thành các nhiệm vụ được giao.', [
    ['Kết quả đạt được', 'Hoàn thành 12 dự án.'],
    ['Phương hướng tháng 4', 'Mở rộng sang hai tỉnh mới.'],
  ]);
const en = (title: string) =>
  report(title, 'The team delivered what it promised this month.', [
    ['Achievements', 'Shipped 12 projects.'],
    ['Plans for April', 'Expand to two new regions.'],
  ]);

describe('model: a title in capitals over sections of the same level', () => {
  for (const [lang, text, title] of [
    ['vi', vi('BÁO CÁO CÔNG TÁC THÁNG 3 NĂM 2026.'), 'BÁO CÁO CÔNG TÁC THÁNG 3 NĂM 2026.'],
    ['en', en('MONTHLY REPORT, MARCH.'), 'MONTHLY REPORT, MARCH.'],
  ] as const) {
    it(`is the report's title, and its lead is read as such (${lang})`, () => {
      const doc = parseReport(text, { detectKind: true });
      assert.equal(doc.title?.heading.title, title);
      const roles = doc.parts.map((p) => p.role ?? '-');
      assert.deepEqual(roles, ['summary', 'results', 'priorities']);
      assert.equal(doc.kind?.id, 'status');
    });
  }

  it('is not the title when written like the sections after it (vi, en)', () => {
    assert.equal(parseReport(vi('Báo cáo công tác tháng 3.')).title, undefined);
    assert.equal(parseReport(en('Monthly report, March.')).title, undefined);
  });

  it('is not the title when every level-1 heading is in capitals (vi, en)', () => {
    const caps = (text: string) => text.replace(/^(.+)\n(=+)$/gm, (_m, h: string, u: string) => `${h.toUpperCase()}\n${u}`);
    assert.equal(parseReport(caps(vi('BÁO CÁO THÁNG 3.'))).title, undefined);
    assert.equal(parseReport(caps(en('MONTHLY REPORT.'))).title, undefined);
  });

  it('is not the title when it names a part of the report (vi, en)', () => {
    const vn = report('KẾT QUẢ ĐẠT ĐƯỢC', '- Hoàn thành 12 dự án.', [['Phương hướng tháng 4', 'Mở rộng.']]);
    const english = report('KEY ACHIEVEMENTS', '- Shipped 12 projects.', [['Plans for April', 'Expand.']]);
    assert.equal(parseReport(vn, { forceKind: 'status' }).title, undefined);
    assert.equal(parseReport(english, { forceKind: 'status' }).title, undefined);
  });
});
