import * as assert from 'node:assert/strict';
import { kindOfTitle } from '../../../src/core/model/detect';
import { periodOfTitle } from '../../../src/core/model/sections';

const any = () => true;

describe('the kind a title names', () => {
  it('reads the kind whatever the letter case, in Vietnamese and in English', () => {
    const cases: Array<[string, string | undefined]> = [
      ['Biên bản họp tổ chuyên môn', 'minutes'],
      ['BIÊN BẢN HỌP TỔ CHUYÊN MÔN', 'minutes'],
      ['Biên Bản Cuộc Họp', 'minutes'],
      ['THÔNG BÁO KẾT LUẬN của Chủ tịch', 'conclusion-notice'],
      ['BÁO CÁO SỰ CỐ mất kết nối', 'post-mortem'],
      ['Outage POSTMORTEM', 'post-mortem'],
      ['RCA: API gateway', 'post-mortem'],
      ['Rca of the outage', 'post-mortem'],
      ['BÁO CÁO THƯỜNG NIÊN 2025', 'annual-report'],
      ['Weekly Status Report', 'status'],
      ['BÁO CÁO TIẾN ĐỘ dự án', 'status'],
      ['TUẦN 12', 'status'],
      ['KẾ HOẠCH công tác năm 2026', 'plan'],
      ['BÁO CÁO TỔNG KẾT CÔNG TÁC NĂM 2025', 'review'],
      ['Sơ Kết 6 tháng', 'review'],
      ['2025 IN REVIEW', 'review'],
      ['Báo cáo công tác', undefined],
    ];
    for (const [title, kind] of cases) assert.equal(kindOfTitle(title, any), kind, title);
  });

  it('does not read a kind inside a longer word, Vietnamese letters at either edge', () => {
    for (const title of ['Biên bảnđ', 'đbiên bản', 'Tổng kết nămư', 'Sơ kếtt', 'Minutesă', 'ẤRCA', 'POSTMORTEMƯ']) {
      assert.equal(kindOfTitle(title, any), undefined, title);
    }
  });

  it('reads a title as a case-insensitive pattern did: long s, U+0345 and İ', () => {
    assert.equal(kindOfTitle('Poſtmortem: login failures', any), 'post-mortem');
    assert.equal(kindOfTitle('Weekly ſtatus report', any), 'status');
    assert.equal(kindOfTitle('Minutes\u0345', any), undefined);
    assert.equal(kindOfTitle('Biên bản\u0345', any), undefined);
    assert.equal(kindOfTitle('İRCA', any), undefined);
    assert.deepEqual(periodOfTitle('Status report ſprint 5'), { unit: 'sprint', value: '5' });
    assert.deepEqual(periodOfTitle('Báo cáo\u0345tuần 5'), undefined);
  });

  it('leaves out kinds that do not exist', () => {
    assert.equal(kindOfTitle('BIÊN BẢN HỌP', (id) => id !== 'minutes'), undefined);
  });
});
