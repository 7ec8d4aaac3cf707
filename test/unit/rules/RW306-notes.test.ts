import * as assert from 'node:assert/strict';
import { lintText, only } from '../helpers';

/**
 * A writer's note set apart in parentheses or italics ("(Ghi chú: …)", "*Ghi nhận …*",
 * "(Note: …)", "*List of …*") tells the reader something; RW306 is about what a template asks
 * the writer to write, and leaves notes alone. An instruction in the same dress is still found.
 */
const placeholders = (body: string[], lang: 'vi' | 'en') =>
  lintText(['---', 'kind: status', `lang: ${lang}`, '---', '', lang === 'vi' ? '# Báo cáo tuần 12' : '# Weekly status, week 12', '', ...body, ''].join('\n'), {}, only('RW306')).map(
    (f) => f.range.start.line + 1,
  );

describe('RW306 and a writer\'s notes', () => {
  it('does not take a Vietnamese note for the template\'s instruction', () => {
    const body = [
      '## Kết quả',
      '',
      '- Hoàn thành module đăng nhập.',
      '',
      '(Ghi chú: số liệu tính đến thứ Sáu.)',
      '',
      '*Ghi nhận: nhóm đã làm thêm giờ hai buổi.*',
      '',
      '_Ghi nhận sự đóng góp của nhóm kiểm thử._',
      '',
      '## Kế hoạch tuần tới',
      '',
      '- Viết tài liệu API.',
    ];
    assert.deepEqual(placeholders(body, 'vi'), []);
  });

  it('does not take an English note or a list\'s caption for an instruction', () => {
    const body = [
      '## Done',
      '',
      '- Finished the login module.',
      '',
      '(Note: figures are as of Friday.)',
      '',
      '*List of attendees is in the appendix.*',
      '',
      '## Next week',
      '',
      '- Write the API docs.',
    ];
    assert.deepEqual(placeholders(body, 'en'), []);
  });

  it('still finds the instruction a template left, in both languages', () => {
    assert.deepEqual(placeholders(['## Kết quả', '', '(Nêu những kết quả chính đạt được)', '', '*Ghi rõ nguồn số liệu ngắn gọn vào đây*', ''], 'vi'), [10, 12]);
    assert.deepEqual(placeholders(['## Done', '', '_List the main results of the week_', '', '(Describe the blockers briefly)', ''], 'en'), [10, 12]);
  });
});
