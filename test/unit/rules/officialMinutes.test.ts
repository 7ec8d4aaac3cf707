import * as assert from 'node:assert/strict';
import { lintText } from '../helpers';

/**
 * Official minutes follow their own form (NĐ 30/2020/NĐ-CP Phụ lục III, Mẫu 1.9): no place and
 * date under the Tiêu ngữ, the secretary's and the chair's signatures side by side, and "Nơi
 * nhận:" under them, ending with "- Lưu: VT, Hồ sơ.".
 */
const HEADER = '---\nkind: minutes\nlang: vi\n---\n\nUBND XÃ AN BÌNH\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 05/BB-UBND\n\n# BIÊN BẢN\nHọp giao ban tháng 3 năm 2024\n\n';
const BODY =
  'Thời gian bắt đầu: 8 giờ 00, ngày 12 tháng 3 năm 2024.\n\nĐịa điểm: Hội trường UBND xã An Bình.\n\nThành phần tham dự: lãnh đạo UBND xã, công chức các bộ phận.\n\nChủ trì (chủ tọa): ông Nguyễn Văn An, Chủ tịch UBND xã.\n\nThư ký (người ghi biên bản): bà Trần Thị Bình, công chức Văn phòng.\n\nNội dung (theo diễn biến cuộc họp): các bộ phận báo cáo tình hình thực hiện nhiệm vụ tháng 3; chủ tọa giao Văn phòng trình kế hoạch tháng 4.\n\nCuộc họp kết thúc vào 11 giờ 00, ngày 12 tháng 3 năm 2024./.\n\n';
const SIGNATURES = '**THƯ KÝ**                **CHỦ TỌA**\n\nTrần Thị Bình             Nguyễn Văn An\n';
const DISTRIBUTION = '\n**Nơi nhận:**\n- Các bộ phận chuyên môn;\n- Lưu: VT, Hồ sơ.\n';
const OFFICIAL = ['RW601', 'RW602', 'RW603', 'RW604', 'RW605', 'RW606'];

const findings = (text: string, lang: 'vi' | 'en') => lintText(text, {}, { messageLang: lang }).filter((f) => OFFICIAL.includes(f.ruleId));

describe('official minutes (biên bản, Mẫu 1.9)', () => {
  it('finds nothing to say of minutes written in their form: no place and date, the two signatures, "Nơi nhận:" under them (Vietnamese)', () => {
    assert.deepEqual(findings(HEADER + BODY + SIGNATURES + DISTRIBUTION, 'vi'), []);
  });

  it('finds nothing to say of the same minutes, with the messages in English', () => {
    assert.deepEqual(findings(HEADER + BODY + SIGNATURES + DISTRIBUTION, 'en'), []);
  });

  it('still asks other official documents for their place and date (Vietnamese and English)', () => {
    const report = (HEADER + BODY).replace('kind: minutes', 'kind: official-report').replace('05/BB-UBND', '05/BC-UBND').replace('# BIÊN BẢN\nHọp giao ban', '# BÁO CÁO\nKết quả công tác');
    assert.match(findings(report, 'vi').find((f) => f.ruleId === 'RW601')!.message, /địa danh, ngày tháng/);
    assert.match(findings(report, 'en').find((f) => f.ruleId === 'RW601')!.message, /the place and date/);
  });

  it('asks minutes without "Nơi nhận:" for it under the signatures, ending with "- Lưu: VT, Hồ sơ." (Vietnamese)', () => {
    const [finding] = findings(HEADER + BODY + SIGNATURES, 'vi').filter((f) => f.ruleId === 'RW604');
    assert.equal(finding.message, 'Biên bản chưa có "Nơi nhận:": ghi dưới chữ ký của thư ký và chủ tọa, hoặc thêm `distribution:` vào front matter, dòng cuối là "- Lưu: VT, Hồ sơ." (NĐ 30/2020, Phụ lục III, Mẫu 1.9).');
  });

  it('asks minutes without "Nơi nhận:" for it under the signatures, ending with "- Lưu: VT, Hồ sơ." (English)', () => {
    const [finding] = findings(HEADER + BODY + SIGNATURES, 'en').filter((f) => f.ruleId === 'RW604');
    assert.equal(finding.message, 'These minutes have no "Nơi nhận:" list: write it under the signatures of the secretary and the chair, or add `distribution:` to the front matter, ending with "- Lưu: VT, Hồ sơ." (NĐ 30/2020, Phụ lục III, Mẫu 1.9).');
  });
});
