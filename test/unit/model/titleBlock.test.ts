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

describe('model: a project\'s banner above the report\'s own title', () => {
  const banner = (heading: string, body: string, between = '') =>
    ['<div align="center">', '  <img src="logo.png" alt="Logo" width="160">', '', `  <h3 align="center">${heading}</h3>`, '  <p align="center">Dịch vụ quản lý điểm cho sinh viên.</p>', '</div>', '', between, body].join('\n');
  const viBody = '# Biên bản họp nhóm - 03/11/2024\n\n**Người tham dự**:\n\n- Toàn bộ thành viên\n\n**Phân công**:\n\n1. Tạo các issue.\n';
  const enBody = '# Meeting Minutes - 2024-11-03\n\n**Attendees**:\n\n- The whole team\n\n**Action items**:\n\n1. Open the issues.\n';

  for (const [lang, body, title] of [
    ['vi', viBody, 'Biên bản họp nhóm - 03/11/2024'],
    ['en', enBody, 'Meeting Minutes - 2024-11-03'],
  ] as const) {
    it(`takes the # heading under a centred HTML banner as the title, and the banner as no part (${lang})`, () => {
      const doc = parseReport(banner('Cổng điểm HCMUT', body), { detectKind: true });
      assert.equal(doc.titleText, title);
      assert.equal(doc.detection.kind, 'minutes');
      assert.ok(doc.detection.confident, String(doc.detection.confidence));
      assert.equal(doc.kind?.id, 'minutes');
      assert.ok(!doc.parts.some((p) => p.title === 'Cổng điểm HCMUT'));
    });

    it(`keeps an HTML heading that Markdown text follows, or that nothing centres, as the document's own (${lang})`, () => {
      const between = parseReport(banner('Cổng điểm HCMUT', body, lang === 'vi' ? 'Dự án của nhóm 4.\n' : 'Our team\'s project.\n'));
      assert.notEqual(between.titleText, title);
      const plain = parseReport(`<h3>Cổng điểm HCMUT</h3>\n\n${body}`);
      assert.notEqual(plain.titleText, title);
    });
  }
});
