import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LineIndex } from '../../../src/core/text/lineIndex';
import { readFrontMatter } from '../../../src/core/model/frontMatter';
import { findOfficialParts } from '../../../src/core/model/official';
import { DISTRIBUTION_LINE, RECIPIENTS_LINE } from '../../../src/core/model/officialText';
import { lint, parseReport } from '../../../src/core';

function parts(text: string) {
  const lines = new LineIndex(text);
  const fm = readFrontMatter(lines);
  const last = lines.starts[lines.lineCount - 1] === text.length ? lines.lineCount - 2 : lines.lineCount - 1;
  return findOfficialParts(lines, (fm?.endLine ?? -1) + 1, last, fm);
}

const SHARED = path.join(__dirname, '..', '..', '..', '..', 'shared', 'cases', 'structure');

describe('model: official parts (NĐ 30/2020, HD 36)', () => {
  it('reads a header written as plain lines, with a parent body, and the closing parts', () => {
    const text = [
      'ỦY BAN NHÂN DÂN TỈNH BẮC NINH', // 0
      '**SỞ NỘI VỤ**',
      '',
      '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**',
      '**Độc lập - Tự do - Hạnh phúc**',
      '',
      'Số: 15/BC-SNV', // 6
      '',
      '*Bắc Ninh, ngày 05 tháng 01 năm 2026*',
      '',
      '**BÁO CÁO**', // 10
      '**Kết quả công tác năm 2025**',
      '',
      'Kính gửi: Ủy ban nhân dân tỉnh Bắc Ninh.', // 13
      '',
      '## I. KẾT QUẢ ĐẠT ĐƯỢC',
      '',
      'Sở đã hoàn thành các nhiệm vụ được giao./.', // 17
      '',
      '**Nơi nhận:**', // 19
      '- Như trên;',
      '- Lưu: VT, VP.',
      '',
      '**KT. GIÁM ĐỐC**', // 23
      '**PHÓ GIÁM ĐỐC**',
      '',
      '*(Đã ký)*',
      '',
      '**Trần Thị Bình**', // 28
      '',
    ].join('\n');
    const p = parts(text);
    const h = p.header!;
    assert.equal(h.startLine, 0);
    assert.equal(h.endLine, 11);
    assert.deepEqual(h.parentIssuer, { text: 'ỦY BAN NHÂN DÂN TỈNH BẮC NINH', line: 0, start: 0, end: 29 });
    assert.equal(h.issuer?.text, 'SỞ NỘI VỤ');
    assert.equal(h.nationalTitle?.text, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    assert.equal(h.motto?.line, 4);
    assert.equal(h.number?.text, 'Số: 15/BC-SNV');
    assert.equal(h.placeDate?.text, 'Bắc Ninh, ngày 05 tháng 01 năm 2026');
    assert.equal(h.type?.text, 'BÁO CÁO');
    assert.equal(h.subject?.text, 'Kết quả công tác năm 2025');
    assert.deepEqual(p.recipients?.items.map((i) => i.text), ['Ủy ban nhân dân tỉnh Bắc Ninh.']);
    assert.equal(p.recipients?.startLine, 13);
    assert.deepEqual(p.endMark, { line: 17, character: 39 });
    assert.equal(p.lastBodyLine, 17);
    assert.deepEqual(p.distribution?.items.map((i) => i.text), ['- Như trên;', '- Lưu: VT, VP.']);
    assert.equal(p.distribution?.startLine, 19);
    assert.equal(p.signer?.authority?.text, 'KT. GIÁM ĐỐC');
    assert.equal(p.signer?.title?.text, 'PHÓ GIÁM ĐỐC');
    assert.equal(p.signer?.name?.text, 'Trần Thị Bình');
    assert.equal(p.signer?.endLine, 28);
    assert.equal(p.profile, 'nd30');
  });

  it('reads a header and a signature converted from Word as two-column Markdown tables', () => {
    const text = [
      '| **TỈNH ỦY BẮC NINH** | **ĐẢNG CỘNG SẢN VIỆT NAM** |',
      '|---|---|',
      '| \\* | |',
      '| Số: 123-TB/TU | *Bắc Ninh, ngày 26 tháng 01 năm 2026* |',
      '',
      '# THÔNG BÁO',
      '',
      '## Kết luận của Ban Thường vụ Tỉnh ủy về công tác năm 2025',
      '',
      'Ngày 20-01-2026, Ban Thường vụ Tỉnh ủy họp.',
      '',
      'Văn phòng Tỉnh ủy thông báo để các cơ quan biết, thực hiện./.',
      '',
      '| **Nơi nhận:**<br>- Các huyện ủy, thành ủy;<br>- Lưu Văn phòng Tỉnh ủy. | **T/M BAN THƯỜNG VỤ**<br>**PHÓ BÍ THƯ**<br><br>**Lê Văn Cường** |',
      '|---|---|',
    ].join('\n');
    const p = parts(text);
    const h = p.header!;
    assert.equal(h.startLine, 0);
    assert.equal(h.endLine, 7);
    assert.equal(h.issuer?.text, 'TỈNH ỦY BẮC NINH');
    assert.equal(h.parentIssuer, undefined);
    assert.equal(h.nationalTitle?.text, 'ĐẢNG CỘNG SẢN VIỆT NAM');
    assert.equal(h.number?.text, 'Số: 123-TB/TU');
    assert.equal(h.placeDate?.line, 3);
    assert.equal(h.type?.text, 'THÔNG BÁO');
    assert.equal(h.subject?.line, 7);
    assert.equal(p.profile, 'hd36');
    assert.equal(p.endMark?.line, 11);
    assert.deepEqual(p.distribution?.items.map((i) => i.text), ['- Các huyện ủy, thành ủy;', '- Lưu Văn phòng Tỉnh ủy.']);
    assert.equal(p.signer?.authority?.text, 'T/M BAN THƯỜNG VỤ');
    assert.equal(p.signer?.title?.text, 'PHÓ BÍ THƯ');
    assert.equal(p.signer?.name?.text, 'Lê Văn Cường');
  });

  it('reads a header block fenced by lone "|" lines with a setext underline, and leaves the title heading alone', () => {
    const text = '---\nkind: review\nlang: vi\n---\n|\n**ỦY BAN NHÂN DÂN XÃ AN BÌNH**\n-------\n|\n\n# Thông báo kết luận cuộc họp giao ban\n\n**I. ĐÁNH GIÁ CHUNG**\n\nNội dung./.\n';
    const p = parts(text);
    assert.equal(p.header?.startLine, 4);
    assert.equal(p.header?.endLine, 7);
    assert.equal(p.header?.issuer?.text, 'ỦY BAN NHÂN DÂN XÃ AN BÌNH');
    assert.equal(p.header?.type, undefined);
    assert.equal(p.endMark?.line, 13);
  });

  it('recognises the header of the converted conclusion notice in the shared cases', function () {
    const file = path.join(SHARED, 'bold-numbered-lines-vi.md');
    if (!fs.existsSync(file)) this.skip();
    const text = fs.readFileSync(file, 'utf8');
    const p = parts(text);
    const lines = text.split('\n');
    assert.ok(p.header, 'header found');
    assert.equal(lines[p.header.startLine].trim(), '|');
    assert.equal(lines[p.header.endLine].trim(), '|');
    assert.equal(p.header.issuer?.text, 'ỦY BAN NHÂN DÂN XÃ AN BÌNH');
    assert.ok(p.endMark);
  });

  it('reads the closing parts when written as lines spaced into two columns', () => {
    const text = 'Nội dung báo cáo./.\n\nNơi nhận:                          TM. ỦY BAN NHÂN DÂN\n- Như trên;                         CHỦ TỊCH\n- Lưu: VT.\n\n                                    Nguyễn Văn An\n';
    const p = parts(text);
    assert.deepEqual(p.distribution?.items.map((i) => i.text), ['- Như trên;', '- Lưu: VT.']);
    assert.equal(p.signer?.authority?.text, 'TM. ỦY BAN NHÂN DÂN');
    assert.equal(p.signer?.title?.text, 'CHỦ TỊCH');
    assert.equal(p.signer?.name?.text, 'Nguyễn Văn An');
    assert.equal(p.lastBodyLine, 0);
  });

  it('reads a signature without an authority: a title line and a name at the end', () => {
    const p = parts('Nội dung./.\n\n**GIÁM ĐỐC**\n\n**Phạm Thu Hà**\n');
    assert.equal(p.signer?.title?.text, 'GIÁM ĐỐC');
    assert.equal(p.signer?.name?.text, 'Phạm Thu Hà');
    assert.equal(p.endMark?.line, 0);
  });

  it('reads the front matter fields, the issuer list parent first', () => {
    const fm = [
      '---',
      'kind: official-report',
      'profile: hd36',
      'issuer: [ĐẢNG BỘ TỈNH BẮC NINH, HUYỆN ỦY YÊN PHONG]',
      'number: 45-BC/HU',
      'place: Yên Phong',
      'date: 2026-01-05',
      'subject: Tổng kết công tác năm 2025',
      'recipients: Ban Thường vụ Tỉnh ủy',
      'distribution:',
      '  - Ban Thường vụ Tỉnh ủy,',
      '  - Lưu Văn phòng Huyện ủy.',
      'signer:',
      '  authority: T/M BAN THƯỜNG VỤ',
      '  title: BÍ THƯ',
      '  name: Nguyễn Văn Dũng',
      '---',
      '',
      'Nội dung./.',
    ].join('\n');
    const p = parts(fm);
    assert.equal(p.profile, 'hd36');
    assert.equal(p.fields.issuer?.text, 'HUYỆN ỦY YÊN PHONG');
    assert.equal(p.fields.parentIssuer?.text, 'ĐẢNG BỘ TỈNH BẮC NINH');
    assert.equal(p.fields.number?.text, '45-BC/HU');
    assert.equal(p.fields.number?.line, 4);
    assert.equal(p.fields.date?.text, '2026-01-05');
    assert.deepEqual(p.fields.recipients?.map((r) => r.text), ['Ban Thường vụ Tỉnh ủy']);
    assert.equal(p.fields.distribution?.length, 2);
    assert.equal(p.fields.signer?.authority?.text, 'T/M BAN THƯỜNG VỤ');
    assert.equal(p.fields.signer?.name?.text, 'Nguyễn Văn Dũng');
    assert.equal(p.header, undefined);
    assert.equal(p.endMark?.line, 18);
  });

  it('finds nothing in an ordinary report, in code, or in a report that opens with a capital heading', () => {
    const plain = parts('# Báo cáo tổng kết\n\n## I. KẾT QUẢ\n\nNhiều kết quả.\n\n## II. KẾT LUẬN\n\nHết.\n');
    assert.equal(plain.header, undefined);
    assert.equal(plain.distribution, undefined);
    assert.equal(plain.signer, undefined);
    assert.equal(plain.endMark, undefined);
    const code = parts('```\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 15/BC-UBND\n```\n\nVăn bản.\n');
    assert.equal(code.header, undefined);
    const caps = parts('# BÁO CÁO TỔNG KẾT NĂM 2025\n\nNăm 2025, đơn vị đã hoàn thành kế hoạch.\n');
    assert.equal(caps.header, undefined);
    const english = parts('# Weekly status\n\n## Done\n\n- Shipped.\n\n## Next\n\n- More.\n\nJANE DOE\n');
    assert.equal(english.header, undefined);
    assert.equal(english.signer, undefined);
  });

  it('never throws on odd input', () => {
    for (const text of ['', '|', '|\n|\n', 'Nơi nhận:', 'KT. ', 'Số:', '| a |\n|---|\n', '**', 'Kính gửi:\n- \n']) parts(text);
  });
});

describe('model: official parts of converted conclusion notices', () => {
  // The shape of a notice template seen in public code (a city council office's weekly
  // conclusions): the whole header in one table row of <br>-joined lines, names wrapped over
  // two lines, a blank day in the date, the closing in another table with "***Nơi nhận:***".
  // Written here with other names and text.
  it('reads a one-row header with wrapped names and a date still to be filled', () => {
    const text = [
      '| | |',
      '|---|---|',
      '| **ĐOÀN ĐBQH VÀ HĐND**<br>**TỈNH AN HÒA**<br>**VĂN PHÒNG ĐOÀN ĐẠI BIỂU QUỐC HỘI**<br>**VÀ HỘI ĐỒNG NHÂN DÂN TỈNH**<br>Số:      /TB-VP | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập – Tự do – Hạnh phúc**<br>*An Hòa, ngày     tháng 7 năm 2026* |',
      '',
      '# THÔNG BÁO',
      '',
      '**Ý kiến kết luận của đồng chí Chủ tịch HĐND tỉnh tại cuộc họp giao ban tuần thứ 30**',
      '',
      'Ngày 28 tháng 7 năm 2026, đồng chí Chủ tịch HĐND tỉnh chủ trì cuộc họp giao ban.',
      '',
      '## I. THÀNH PHẦN THAM DỰ',
      '',
      'Các Ban của HĐND tỉnh.',
      '',
      '---',
      '',
      'Văn phòng thông báo đến các cơ quan, đơn vị biết, thực hiện./.',
      '',
      '| | |',
      '|---|---|',
      '| ***Nơi nhận:***<br>- Thường trực HĐND tỉnh;<br>- Các Ban HĐND tỉnh;<br>- Lưu: VT, (P.CTHĐND – Hùng). | **CHÁNH VĂN PHÒNG**<br><br><br>**Lý Thanh Tâm** |',
    ].join('\n');
    const p = parts(text);
    const h = p.header!;
    assert.equal(h.startLine, 0);
    assert.equal(h.endLine, 6);
    assert.equal(h.parentIssuer?.text, 'ĐOÀN ĐBQH VÀ HĐND TỈNH AN HÒA');
    assert.equal(h.issuer?.text, 'VĂN PHÒNG ĐOÀN ĐẠI BIỂU QUỐC HỘI VÀ HỘI ĐỒNG NHÂN DÂN TỈNH');
    assert.equal(h.number?.text, 'Số: /TB-VP');
    assert.equal(h.motto?.text, 'Độc lập – Tự do – Hạnh phúc');
    assert.equal(h.placeDate?.text, 'An Hòa, ngày tháng 7 năm 2026');
    assert.equal(h.type?.line, 4);
    assert.equal(h.subject?.line, 6);
    assert.equal(p.endMark?.line, 16);
    assert.deepEqual(p.distribution?.items.map((i) => i.text), ['- Thường trực HĐND tỉnh;', '- Các Ban HĐND tỉnh;', '- Lưu: VT, (P.CTHĐND – Hùng).']);
    assert.equal(p.signer?.title?.text, 'CHÁNH VĂN PHÒNG');
    assert.equal(p.signer?.name?.text, 'Lý Thanh Tâm');
    assert.equal(p.signer?.authority, undefined);
  });

  it('reads a closing cell that also holds the date and a "(Đã ký)" note', () => {
    const p = parts('Nội dung./.\n\n| **Nơi nhận:**<br>*- Như Điều 4;*<br>*- Lưu: VT, HSNV.* | *Hà Nội, ngày 05 tháng 01 năm 2026*<br><br>**GIÁM ĐỐC**<br><br>*(Đã ký và đóng dấu)*<br><br>**Đỗ Minh Khang** |\n| :--- | :---: |\n');
    assert.deepEqual(p.distribution?.items.map((i) => i.text), ['- Như Điều 4;', '- Lưu: VT, HSNV.']);
    assert.equal(p.signer?.title?.text, 'GIÁM ĐỐC');
    assert.equal(p.signer?.name?.text, 'Đỗ Minh Khang');
  });
});

describe('front matter schema', () => {
  it('documents every official field, in both languages', () => {
    const { OFFICIAL_FIELD_NAMES } = require('../../../src/core/model/officialFields') as typeof import('../../../src/core/model/officialFields');
    const schema = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'schemas', 'front-matter.schema.json'), 'utf8'));
    for (const name of OFFICIAL_FIELD_NAMES) {
      const field = schema.properties[name];
      assert.ok(field, `${name} is in the schema`);
      assert.match(field.description, / \/ \p{Lu}/u, `${name} is described in English and Vietnamese`);
    }
    assert.deepEqual(Object.keys(schema.properties.signer.properties), ['authority', 'title', 'name']);
  });
});

describe('model: official parts are not seen where there are none', () => {
  it('leaves ordinary sentences and headings that look like parts alone', () => {
    const p = parts(
      [
        '# PHÒNG KẾ HOẠCH TÀI CHÍNH',
        '',
        'Số 5 người tham dự; Kính gửi quý khách lời chào.',
        '',
        '## Thủ tục',
        '',
        'Nơi nhận hồ sơ: Bộ phận một cửa.',
        '',
        'Q. Hoàn Kiếm tổ chức tiếp nhận.',
        '',
      ].join('\n'),
    );
    assert.equal(p.header, undefined);
    assert.equal(p.recipients, undefined);
    assert.equal(p.distribution, undefined);
    assert.equal(p.signer, undefined);
  });
});

describe('model: official parts in bounded time', () => {
  // Inputs built to make a regular expression backtrack: a guard against a hang, not a speed test.
  const cases: Array<[string, string]> = [
    ['a run of dashes before a letter', '-'.repeat(5000) + 'x\n| ' + '-'.repeat(5000) + 'x\n'],
    ['1,000 deeply indented list items', Array.from({ length: 1000 }, (_, i) => ' '.repeat(i * 2) + '- (1) x').join('\n')],
    ['50,000 unclosed *', '*a '.repeat(50_000)],
    ['spaces before a pipe', ' '.repeat(20_000) + '|' + ' '.repeat(20_000) + 'x\n'],
    ['a long "Nơi nhận" cell', '| **Nơi nhận:**' + '<br>- A;'.repeat(5000) + ' | **KT. GIÁM ĐỐC** |\n'],
  ];
  for (const [name, text] of cases) {
    it(name, () => {
      const start = Date.now();
      parts(text);
      assert.ok(Date.now() - start < 1500, `${name}: ${Date.now() - start} ms`);
    });
  }
});

describe('model: no official parts in other documents', () => {
  it('takes a news report’s byline under a capital line for no signature, and a numbered heading after a header for no issuer', () => {
    assert.equal(parts('Nội dung tin.\n\nTODO\n\nThảo Nguyên\n').signer, undefined);
    const p = parts('| ỦY BAN NHÂN DÂN XÃ AN BÌNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n| Số:      /KH-UBND | *An Bình, ngày     tháng 3 năm 2026* |\n## I. MỤC ĐÍCH, YÊU CẦU\n\nBảo đảm./.\n');
    assert.equal(p.header?.issuer?.text, 'ỦY BAN NHÂN DÂN XÃ AN BÌNH');
    assert.equal(p.header?.endLine, 2);
    assert.equal(p.header?.number?.text, 'Số: /KH-UBND');
    assert.equal(p.header?.placeDate?.text, 'An Bình, ngày tháng 3 năm 2026');
    assert.equal(parts('BỘ NỘI VỤ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố:       /BC-BNV\n').header?.number?.text, 'Số: /BC-BNV');
  });

  const CORPUS = path.join(__dirname, '..', '..', '..', '..', 'shared', 'corpus');
  it('finds none in the public Markdown corpus (../shared/corpus: READMEs, changelogs, specs, meeting notes)', function () {
    if (!fs.existsSync(CORPUS)) this.skip();
    const found: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.(?:md|txt)$/.test(entry.name)) {
          const p = parts(fs.readFileSync(full, 'utf8'));
          for (const key of ['header', 'recipients', 'distribution', 'signer'] as const) if (p[key]) found.push(`${path.relative(CORPUS, full)}: ${key}`);
        }
      }
    };
    walk(CORPUS);
    assert.deepEqual(found, []);
  });
});

describe('model: a type and subject on one capital line', () => {
  it('splits "BÁO CÁO TỔNG KẾT …" after the header into the type and the subject', () => {
    const p = parts('SỞ NỘI VỤ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố: 15/BC-SNV\n\n# BÁO CÁO TỔNG KẾT CÔNG TÁC NĂM 2025\n\n## I. KẾT QUẢ\n\nTốt./.\n');
    assert.equal(p.header?.type?.text, 'BÁO CÁO');
    assert.equal(p.header?.subject?.text, 'TỔNG KẾT CÔNG TÁC NĂM 2025');
    assert.equal(p.header?.endLine, 6);
    assert.equal(p.header?.issuer?.text, 'SỞ NỘI VỤ');
  });
});

describe('model: a title laid out in an HTML paragraph under a header table', () => {
  // The layout Markdown written for Word takes: the header in a two-column table with <br>, the
  // type and subject centred in one <p>, the closing in a table again.
  const HEADER = '| UBND HUYỆN AN PHÚ<br>**UBND XÃ PHÚ HỮU** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>*Độc lập - Tự do - Hạnh phúc* |\n|:---:|:---:|\n| Số: 12/BC-UBND | *Phú Hữu, ngày 05 tháng 3 năm 2026* |\n\n';
  const CLOSING = '\n\n| **Nơi nhận:**<br>- Như trên;<br>- Lưu: VT. | **TM. ỦY BAN NHÂN DÂN**<br>**CHỦ TỊCH**<br><br>**Nguyễn Văn Bình** |\n|:---|:---:|\n';

  it('reads the type and subject from <p align="center"><b>…</b><br/><b>…</b></p>', () => {
    const p = parts(`${HEADER}<p align="center"><b>TỜ TRÌNH</b><br/><b>Về việc mua sắm thiết bị</b></p>\n\nKính gửi: Ủy ban nhân dân huyện An Phú.\n\nNội dung./.${CLOSING}`);
    assert.equal(p.header?.type?.text, 'TỜ TRÌNH');
    assert.equal(p.header?.subject?.text, 'Về việc mua sắm thiết bị');
    assert.equal(p.recipients?.items[0]?.text, 'Ủy ban nhân dân huyện An Phú.');
    assert.equal(p.signer?.name?.text, 'Nguyễn Văn Bình');
    // <pre> and <param> are not a paragraph's tags.
    assert.equal(parts(`${HEADER}<pre>BÁO CÁO</pre>\n`).header?.type, undefined);
  });

  it('takes a header whose type is "BÁO CÁO" for an official report, where the title names no kind', () => {
    const body = '**BÁO CÁO**\n\n**Kết quả công tác cải cách hành chính quý I năm 2026**\n\n**I. KẾT QUẢ ĐẠT ĐƯỢC**\n\nTiếp nhận 1.245 hồ sơ.\n\n**II. TỒN TẠI, HẠN CHẾ**\n\nCòn hồ sơ trễ hạn.\n\n**III. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ II**\n\nNâng tỷ lệ hồ sơ trực tuyến./.';
    const doc = parseReport(HEADER + body + CLOSING, { detectKind: true });
    assert.deepEqual([doc.detection.kind, doc.detection.confident], ['official-report', true]);
    assert.deepEqual(lint(doc).map((f) => f.ruleId).filter((id) => id !== 'RW008'), []);
    // The same body with a weekly report's title and no header is a status report, as before.
    assert.equal(parseReport('# Báo cáo tuần 10\n\n' + body.replace(/^\*\*BÁO CÁO\*\*\n\n\*\*Kết quả[^\n]*\n\n/, ''), { detectKind: true }).detection.kind, 'status');
  });
});

describe('the "Kính gửi" and "Nơi nhận" lines behind their gates', () => {
  it('answer as the case-insensitive patterns themselves, whatever the letter case', () => {
    const recipients = /^(?:Kính\s+gửi|Kinh\s+gui)\s*(?::\s*(.*))?$/iu;
    const distribution = /^(?:Nơi\s+nhận|Noi\s+nhan)\s*(?::\s*(.*))?$/iu;
    const lines = ['Kính gửi:', 'KÍNH GỬI: Sở Nội vụ', 'kính gửi  :  UBND', '\u212aính gửi:', 'Kinh gui:', 'KINH GUI', 'Kính gửi quý khách', 'Kỳ họp', 'Nơi nhận:', 'NƠI NHẬN:', 'nơi nhận: - Như trên;', 'Noi nhan', 'NOI NHAN:', 'Nổi bật là', 'Nội dung', 'nhận xét', 'Nơi nhận hồ sơ: phòng 2', ''];
    for (const line of lines) {
      assert.deepEqual(RECIPIENTS_LINE.exec(line)?.[1], recipients.exec(line)?.[1], line);
      assert.equal(RECIPIENTS_LINE.test(line), recipients.test(line), line);
      assert.deepEqual(DISTRIBUTION_LINE.exec(line)?.[1], distribution.exec(line)?.[1], line);
      assert.equal(DISTRIBUTION_LINE.test(line), distribution.test(line), line);
    }
    assert.ok(RECIPIENTS_LINE.test('\u212aính gửi:') && DISTRIBUTION_LINE.test('NƠI NHẬN:'));
  });
});
