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
    ['<div class="bìa" align=center>', '</div>'],
  ]) {
    it(`reads ${open} … ${close} as a cover: no empty section, no part for the subtitles`, () => {
      const text = cover(open, close);
      assert.deepEqual(lintText(text, undefined, only('RW003')), []);
      const titles = parseReport(text).parts.filter((p) => p.part === 'heading').map((p) => p.title);
      assert.ok(!titles.includes('SPRINT 3 PLANNING') && !titles.includes('Dự án Ứng dụng Đặt Sân Cầu Lông'), titles.join(' | '));
      assert.ok(titles.includes('Thành phần tham dự') && titles.includes('Nội dung'), 'the sections after the cover are still sections');
    });
  }

  it('does not read a block whose alignment only starts with "center" as centred', () => {
    const lines = (open: string) => lintText(cover(open, '</div>'), undefined, only('RW003')).map((f) => f.range.start.line + 1);
    assert.deepEqual(lines('<div align="centered">'), lines('<div>'));
    assert.ok(lines('<div>').includes(8), 'the subtitle of a block that is not centred is still an empty section');
  });

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

  /** The roles of the heading parts of a status report, in order. */
  const roles = (text: string) =>
    parseReport(`---\nkind: status\nlang: en\n---\n${text}`)
      .parts.filter((p) => p.part === 'heading')
      .map((p) => `${p.title}:${p.role ?? '-'}`);
  const STATUS = '# Weekly status report week 5\n\n## Done\n\n- Finished the login page.\n\n## Next\n\n- Start the payments page.\n';

  it('does not take a report wrapped whole in a centred div for a cover', () => {
    assert.deepEqual(roles(`<div align="center">\n\n${STATUS}\n</div>\n`), roles(STATUS));
    assert.deepEqual(roles(STATUS), ['Done:results', 'Next:-']);
  });

  it('does not take a logo in a centred div of its own, closed before the title, for a cover', () => {
    const text = STATUS.replace('## Next', '<div align="center">\n\n![Burndown](burndown.png)\n\n</div>\n\n## Next');
    assert.deepEqual(roles(`<div align="center">\n<img src="logo.png" width="120">\n</div>\n\n${text}`), roles(STATUS));
  });

  it('does not end the cover at the close of a div nested in it', () => {
    const text = '<div align="center">\n\n# Weekly status report week 5\n\n<div align="left">\n\n## Done\n\n- Finished the login page.\n\n</div>\n\n## Next\n\n- Start the payments page.\n\n</div>\n';
    assert.deepEqual(roles(text), roles(STATUS));
  });
});
