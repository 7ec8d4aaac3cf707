import * as assert from 'node:assert/strict';
import { strFromU8, unzipSync } from 'fflate';
import { parseReport, type ReportDocument } from '../../../src/core';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { lint } from '../../../src/core';
import { exportDocx, exportReport, PROFILES, type ProfileId } from '../../../src/core/export';
import { fixtureReport, noFiles } from './support';

interface Para {
  text: string;
  bold: boolean;
  italic: boolean;
  /** Half-points, as Word writes sizes (26 = 13 pt); undefined when the style's. */
  size?: number;
  align?: string;
  style?: string;
  /** A bottom border: the short rules under the issuer, the Tiêu ngữ and the subject. */
  rule: boolean;
}

type Block = { table: Para[][][]; borderless: boolean } | { para: Para };

async function documentXml(doc: ReportDocument, profile: ProfileId = 'nd30'): Promise<{ xml: string; styles: string }> {
  const { data } = await exportDocx(doc, { readFile: noFiles, profile: PROFILES[profile] });
  const files = unzipSync(data);
  return { xml: strFromU8(files['word/document.xml']), styles: strFromU8(files['word/styles.xml']) };
}

function para(xml: string): Para {
  const runs = [...xml.matchAll(/<w:r>(.*?)<\/w:r>/g)].map((m) => m[1]);
  const text = runs.map((r) => [...r.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')).join('');
  const first = runs.find((r) => /<w:t[^>]*>[^<]+</.test(r)) ?? '';
  const size = /<w:sz w:val="(\d+)"\/>/.exec(first)?.[1];
  return {
    text,
    bold: /<w:b\/>/.test(first),
    italic: /<w:i\/>/.test(first),
    size: size ? Number(size) : undefined,
    align: /<w:jc w:val="(\w+)"\/>/.exec(xml)?.[1],
    style: /<w:pStyle w:val="(\w+)"\/>/.exec(xml)?.[1],
    rule: /<w:pBdr><w:bottom w:val="single"/.test(xml),
  };
}

/** The body's top-level blocks: paragraphs, and tables as rows of cells of paragraphs. */
function blocks(xml: string): Block[] {
  const body = /<w:body>(.*)<w:sectPr/s.exec(xml)![1];
  const out: Block[] = [];
  const re = /<w:tbl>(.*?)<\/w:tbl>|<w:p>(.*?)<\/w:p>|<w:p\/>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body))) {
    if (m[1] !== undefined) {
      const rows = [...m[1].matchAll(/<w:tr>(.*?)<\/w:tr>/g)].map((r) => [...r[1].matchAll(/<w:tc>(.*?)<\/w:tc>/g)].map((c) => [...c[1].matchAll(/<w:p>(.*?)<\/w:p>/g)].map((p) => para(p[0]))));
      out.push({ table: rows, borderless: /<w:tblBorders><w:top w:val="none"/.test(m[1]) });
    } else if (m[2] !== undefined) out.push({ para: para(m[0]) });
  }
  return out;
}

const texts = (cell: Para[]) => cell.filter((p) => p.text).map((p) => p.text);

describe('Word export of an official document (NĐ 30/2020, HD 36)', () => {
  it('lays out a state report: header table, type and subject, Kính gửi, justified body, Nơi nhận beside the signature', async () => {
    const { xml, styles } = await documentXml(fixtureReport('official/bao-cao-nd30.md'));
    const all = blocks(xml);
    const header = (all[0] as { table: Para[][][] }).table;
    assert.equal(header.length, 2);
    assert.ok(all.filter((b) => 'table' in b).every((b) => 'table' in b && b.borderless), 'the header and closing tables have no borders');
    const [issuer, national] = header[0];
    assert.deepEqual(texts(issuer), ['ỦY BAN NHÂN DÂN TỈNH BẮC NINH', 'SỞ NỘI VỤ']);
    assert.deepEqual([issuer[0].bold, issuer[0].size, issuer[0].align], [false, 24, 'center'], 'the parent body upright, 12 pt');
    assert.deepEqual([issuer[1].bold, issuer[1].size], [true, 24], 'the issuing body bold, 12 pt');
    assert.equal(issuer[2].rule, true, 'a short rule under the issuing body');
    assert.deepEqual(texts(national), ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']);
    assert.deepEqual([national[0].bold, national[0].size], [true, 24], 'Quốc hiệu bold 12 pt');
    assert.deepEqual([national[1].bold, national[1].size], [true, 26], 'Tiêu ngữ bold 13 pt');
    assert.equal(national[2].rule, true, 'the Tiêu ngữ is underlined by a rule');
    const [number, date] = header[1];
    assert.deepEqual(texts(number), ['Số: 15/BC-SNV']);
    assert.deepEqual([number[0].bold, number[0].size, number[0].align], [false, 26, 'center']);
    assert.deepEqual(texts(date), ['Bắc Ninh, ngày 05 tháng 01 năm 2026']);
    assert.deepEqual([date[0].italic, date[0].bold, date[0].size], [true, false, 26], 'the place and date in italics, 13 pt');

    const paras = all.filter((b): b is { para: Para } => 'para' in b).map((b) => b.para);
    const type = paras.find((p) => p.text === 'BÁO CÁO')!;
    assert.deepEqual([type.bold, type.size, type.align], [true, 28, 'center']);
    const subjectAt = paras.findIndex((p) => p.text === 'Kết quả công tác năm 2025 và phương hướng, nhiệm vụ năm 2026');
    assert.deepEqual([paras[subjectAt].bold, paras[subjectAt].size, paras[subjectAt].align], [true, 28, 'center']);
    assert.equal(paras[subjectAt + 1].rule, true, 'a short rule under the subject');
    const recipients = paras.find((p) => p.text.startsWith('Kính gửi:'))!;
    assert.deepEqual([recipients.text, recipients.align], ['Kính gửi: Ủy ban nhân dân tỉnh Bắc Ninh.', 'center']);
    const body = paras.filter((p) => p.style === 'ReportBody');
    assert.ok(body.some((p) => p.text.startsWith('Thực hiện Kế hoạch số 120/KH-UBND')));
    assert.ok(body.at(-1)!.text.endsWith('của Sở Nội vụ./.'));
    // The body's style: justified, first line indented 1 cm (567 twips).
    assert.match(styles, /w:styleId="ReportBody">.*?<w:ind w:firstLine="567"\/><w:jc w:val="both"\/>/s);

    const closing = (all.filter((b) => 'table' in b).at(-1) as { table: Para[][][] }).table;
    assert.equal(closing.length, 1);
    const [list, sign] = closing[0];
    assert.deepEqual(texts(list), ['Nơi nhận:', '- Như trên;', '- Bộ Nội vụ (để báo cáo);', '- Lãnh đạo Sở;', '- Lưu: VT, VP.']);
    assert.deepEqual([list[0].bold, list[0].italic, list[0].size, list[0].align], [true, true, 24, 'left'], '"Nơi nhận:" bold italic 12 pt');
    assert.deepEqual([list[1].bold, list[1].size], [false, 22], 'its items 11 pt');
    assert.deepEqual(texts(sign), ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Trần Thị Bình']);
    assert.ok(sign.every((p) => !p.text || (p.bold && p.size === 26 && p.align === 'center')), 'authority, title and name bold, 13 pt, centred');
    const nameAt = sign.findIndex((p) => p.text === 'Trần Thị Bình');
    assert.ok(nameAt - sign.findIndex((p) => p.text === 'PHÓ GIÁM ĐỐC') >= 4, 'space to sign between the title and the name');
    // Page numbers from page 2: a title page with an empty first header.
    assert.match(xml, /<w:titlePg\/>/);
  });

  it('lays out a Party notice: "ĐẢNG CỘNG SẢN VIỆT NAM", the asterisk, number-type/issuer, T/M', async () => {
    const { xml } = await documentXml(fixtureReport('official/thong-bao-hd36.md'), 'hd36');
    const all = blocks(xml);
    const header = (all[0] as { table: Para[][][] }).table;
    assert.deepEqual(texts(header[0][0]), ['ĐẢNG BỘ TỈNH BẮC NINH', 'HUYỆN ỦY YÊN PHONG', '*']);
    assert.deepEqual(texts(header[0][1]), ['ĐẢNG CỘNG SẢN VIỆT NAM']);
    assert.deepEqual([header[0][1][0].bold, header[0][1][0].size], [true, 30]);
    assert.doesNotMatch(xml, /Độc lập - Tự do/);
    assert.deepEqual(texts(header[1][0]), ['Số: 45-TB/HU']);
    assert.deepEqual(texts(header[1][1]), ['Yên Phong, ngày 26 tháng 01 năm 2026']);
    const type = all.find((b): b is { para: Para } => 'para' in b && b.para.text === 'THÔNG BÁO')!.para;
    assert.deepEqual([type.bold, type.size], [true, 30]);
    const closing = (all.filter((b) => 'table' in b).at(-1) as { table: Para[][][] }).table[0];
    assert.deepEqual(texts(closing[0]).at(-1), '- Lưu Văn phòng Huyện ủy.');
    assert.deepEqual(texts(closing[1]), ['T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ', 'Lê Văn Cường']);
    // HD 36's page: A4, margins 20/20/30/15 mm.
    assert.match(xml, /<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
  });

  it('draws the parts a converted document writes in its body in the frame, and does not repeat them in the body', async () => {
    const { xml } = await documentXml(fixtureReport('official/converted-notice.md'));
    const all = blocks(xml);
    const header = (all[0] as { table: Para[][][] }).table;
    assert.deepEqual(texts(header[0][0]), ['VĂN PHÒNG CHÍNH PHỦ']);
    assert.deepEqual(texts(header[1][0]), ['Số: 27/TB-VPCP']);
    assert.deepEqual(texts(header[1][1]), ['Hà Nội, ngày 05 tháng 02 năm 2026']);
    const paras = all.filter((b): b is { para: Para } => 'para' in b).map((b) => b.para.text);
    assert.equal(paras.filter((t) => t === 'THÔNG BÁO').length, 1, 'the type once');
    assert.equal(paras.filter((t) => t.includes('CỘNG HÒA')).length, 0, 'the body holds no copy of the header');
    assert.equal(all.filter((b) => 'table' in b).length, 2, 'the header and the closing, not the body tables they came from');
    const closing = (all.filter((b) => 'table' in b).at(-1) as { table: Para[][][] }).table[0];
    assert.deepEqual(texts(closing[0]), ['Nơi nhận:', '- Các bộ liên quan;', '- Lưu: VT, CN.']);
    assert.deepEqual(texts(closing[1]), ['KT. BỘ TRƯỞNG, CHỦ NHIỆM', 'PHÓ CHỦ NHIỆM', 'Nguyễn Văn Sinh']);
  });

  it('exports a report without official fields as before: no frame', async () => {
    const { xml } = await documentXml(fixtureReport('bao-cao-tong-ket.md'));
    assert.doesNotMatch(xml, /CỘNG HÒA|Nơi nhận|Kính gửi/);
    assert.ok(!blocks(xml).some((b) => 'table' in b && /Số:/.test(JSON.stringify(b))));
    const plain = await documentXml(parseReport('---\nkind: review\nlang: vi\n---\n# Báo cáo\n\n## Kết quả\n\nTốt.\n'));
    assert.ok('para' in blocks(plain.xml)[0], 'the document starts with its title, not a table');
  });

  it('prints an official document on its own profile when none is asked for (the command line and the editor pass "default")', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rw-official-'));
    try {
      const doc = fixtureReport('official/thong-bao-hd36.md');
      for (const profile of [undefined, 'default'] as const) {
        const outPath = path.join(dir, `${profile ?? 'none'}.docx`);
        await exportReport({ doc, findings: lint(doc), format: 'docx', outPath, readFile: noFiles, profile });
        const xml = strFromU8(unzipSync(new Uint8Array(fs.readFileSync(outPath)))['word/document.xml']);
        assert.match(xml, /<w:titlePg\/>/, 'page numbers from page 2');
        assert.match(xml, /<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
        assert.match(xml, /ĐẢNG CỘNG SẢN VIỆT NAM/);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
