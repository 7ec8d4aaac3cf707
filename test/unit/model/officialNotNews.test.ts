import * as assert from 'node:assert/strict';
import { parseReport } from '../../../src/core';

describe('model: an official document is no news of a meeting', () => {
  const resolution = [
    '<jsontable name="bang_0"> </jsontable>',
    '',
    'NGHỊ QUYẾT',
    'VỀ CHẤT VẤN VÀ TRẢ LỜI CHẤT VẤN TẠI KỲ HỌP THỨ NĂM',
    'HỘI ĐỒNG NHÂN DÂN TỈNH KHÓA VI',
    '',
    'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
    '',
    'QUYẾT NGHỊ:',
    '',
    'Điều 1. Thống nhất với nội dung chất vấn tại kỳ họp.',
    '',
    '1. Về việc xử lý các dự án chậm triển khai:',
    '',
    '- Yêu cầu Ủy ban nhân dân tỉnh tiếp tục rà soát các dự án trong năm tới.',
    '',
    'Điều 2. Giao Thường trực Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết này.',
    '',
  ].join('\n');

  it('reads the header under a line of HTML tags, and does not take "tại kỳ họp" in its subject for news', () => {
    const doc = parseReport(resolution, { detectKind: true });
    assert.equal(doc.official.header?.type?.text, 'NGHỊ QUYẾT');
    assert.notEqual(doc.detection.kind, 'meeting-news');
    assert.equal(doc.isReport, false);
  });

  it('still reads news of a session as news', () => {
    const news = '# Khai mạc kỳ họp thứ năm HĐND tỉnh\n\nSáng 10/7, tại Hội trường tỉnh, HĐND tỉnh khai mạc kỳ họp thứ năm dưới sự chủ trì của đồng chí Nguyễn Văn An.\n\nTham dự kỳ họp có các đại biểu HĐND tỉnh.\n\nPhát biểu kết luận, đồng chí Nguyễn Văn An yêu cầu các ngành triển khai nghị quyết.\n\nMinh Châu\n';
    assert.equal(parseReport(news, { detectKind: true }).detection.kind, 'meeting-news');
  });
});
