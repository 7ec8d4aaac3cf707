import * as assert from 'node:assert/strict';
import { parseReport } from '../../../src/core';
import { lintText, only } from '../helpers';

/** A minutes cover as students and teams lay it out: the title and its subtitles centred in one HTML block. */
const cover = (open: string, close: string) =>
  [
    '---',
    'kind: minutes',
    'lang: vi',
    '---',
    open,
    '',
    '# BIÊN BẢN HỌP NHÓM 4',
    '## SPRINT 3 PLANNING',
    '## Dự án Ứng dụng Đặt Sân Cầu Lông',
    '',
    close,
    '',
    '## Thành phần tham dự',
    '',
    'Lý Gia Huy, Đỗ Minh Thư, Kiều Anh Tuấn.',
    '',
    '## Nội dung',
    '',
    '- Lập kế hoạch cho phần đặt sân theo khung giờ.',
    '',
  ].join('\n');

describe('model: headings in the title\'s centred block are lines of the title', () => {
  for (const [open, close] of [
    ['<div align="center">', '</div>'],
    ["<p align='center'>", '</p>'],
    ['<center>', '</center>'],
    ['<div style="text-align: center;">', '</div>'],
  ]) {
    it(`reads ${open} … ${close} as a cover: no empty section, no part for the subtitles`, () => {
      const text = cover(open, close);
      assert.deepEqual(lintText(text, undefined, only('RW003')), []);
      const titles = parseReport(text).parts.filter((p) => p.part === 'heading').map((p) => p.title);
      assert.ok(!titles.includes('SPRINT 3 PLANNING') && !titles.includes('Dự án Ứng dụng Đặt Sân Cầu Lông'), titles.join(' | '));
      assert.ok(titles.includes('Thành phần tham dự') && titles.includes('Nội dung'), 'the sections after the cover are still sections');
    });
  }

  it('keeps an empty section outside a centred block an empty section', () => {
    const text = cover('', '');
    assert.deepEqual(
      lintText(text, undefined, only('RW003')).map((f) => f.range.start.line + 1),
      [8, 9],
    );
  });

  it('does not read a page centred whole as its title', () => {
    const body = Array.from({ length: 12 }, (_, i) => `Dòng nội dung số ${i + 1} của biên bản.\n`).join('\n');
    const text = cover('<div align="center">', '').replace('\n## Nội dung', `\n${body}\n## Nội dung`) + '\n</div>\n';
    assert.deepEqual(
      lintText(text, undefined, only('RW003')).map((f) => f.range.start.line + 1),
      [8, 9],
      'the headings with nothing under them are still empty sections',
    );
  });
});
