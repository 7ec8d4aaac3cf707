import * as assert from 'node:assert/strict';
import { strFromU8, unzipSync } from 'fflate';
import { parseReport, type ReportDocument } from '../../../src/core';
import { exportDocx, PROFILES, type ProfileId } from '../../../src/core/export';
import { fixtureReport, noFiles, readFixtureFile } from './support';

/** The Word document's parts, unzipped, as text (media as their sizes). */
async function docxParts(doc: ReportDocument, profile: ProfileId = 'default'): Promise<Record<string, string>> {
  const { data } = await exportDocx(doc, { readFile: readFixtureFile, profile: PROFILES[profile] });
  const files = unzipSync(data);
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, name.startsWith('word/media/') ? `${bytes.length} bytes` : strFromU8(bytes)]));
}

/** The text of each paragraph with the given style, in order. */
function paragraphsWithStyle(documentXml: string, style: string): string[] {
  return [...documentXml.matchAll(/<w:p>(.*?)<\/w:p>/g)]
    .filter((m) => m[1].includes(`<w:pStyle w:val="${style}"/>`))
    .map((m) => [...m[1].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
}

describe('Word (DOCX) export', () => {
  it('gives headings Word’s own heading styles, with outline levels, so the navigation pane shows the report', async () => {
    const parts = await docxParts(fixtureReport('bao-cao-tong-ket.md'));
    const body = parts['word/document.xml'];
    // The report opens with the title its front matter declares: Word's Title style, still in the navigation pane.
    assert.deepEqual(paragraphsWithStyle(body, 'Title'), ['Báo cáo tổng kết công tác năm 2023']);
    assert.match(parts['word/styles.xml'], /w:styleId="Title">.*?<w:outlineLvl w:val="0"\/>/);
    assert.deepEqual(paragraphsWithStyle(body, 'Heading2'), ['I. Kết quả đạt được', 'II. Tồn tại, hạn chế', 'III. Phương hướng, nhiệm vụ năm 2024', 'IV. Kết luận']);
    for (let level = 1; level <= 6; level++) {
      assert.match(parts['word/styles.xml'], new RegExp(`w:styleId="Heading${level}">.*?<w:outlineLvl w:val="${level - 1}"/>`));
    }
  });

  it('keeps bold, italic, code, links, nested lists, tables, quotes, code blocks and the image', async () => {
    const parts = await docxParts(fixtureReport('bao-cao-tong-ket.md'));
    const body = parts['word/document.xml'];
    assert.match(body, /<w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">Sở Tư pháp<\/w:t><\/w:r>/);
    assert.match(body, /<w:rPr><w:i\/><w:iCs\/><\/w:rPr><w:t xml:space="preserve">28 dự thảo<\/w:t>/);
    assert.match(body, /<w:rStyle w:val="VerbatimChar"\/><\/w:rPr><w:t xml:space="preserve">12<\/w:t>/);
    const link = /<w:hyperlink w:history="1" r:id="([\w-]+)"><w:r><w:rPr><w:rStyle w:val="Hyperlink"\/><\/w:rPr><w:t xml:space="preserve">Cổng thông tin<\/w:t>/.exec(body);
    assert.ok(link, 'a Word hyperlink');
    assert.match(parts['word/_rels/document.xml.rels'], new RegExp(`Id="${link[1]}"[^>]*Target="https://stp.example.gov.vn/tin-tuc" TargetMode="External"`));
    // The ordered list at level 0, its bullets nested at level 1, each on its own numbering.
    const numbered = [...body.matchAll(/<w:ilvl w:val="(\d)"\/><w:numId w:val="(\d+)"\/><\/w:numPr><\/w:pPr><w:r><w:t xml:space="preserve">([^<]*)</g)].map((m) => [m[1], m[3]]);
    assert.deepEqual(numbered, [
      ['0', 'Công tác xây dựng văn bản:'],
      ['1', 'thẩm định '],
      ['1', 'góp ý '],
      ['0', 'Công tác phổ biến pháp luật, xem '],
    ]);
    assert.match(parts['word/numbering.xml'], /<w:numFmt w:val="decimal"\/><w:lvlText w:val="%1."\/>/);
    assert.match(parts['word/numbering.xml'], /<w:numFmt w:val="bullet"\/><w:lvlText w:val="•"\/>/);
    assert.match(body, /<w:tbl>.*<w:tblHeader\/>.*Chỉ tiêu.*<w:jc w:val="right"\/><\/w:pPr><w:r><w:t xml:space="preserve">28<\/w:t>.*<\/w:tbl>/);
    assert.deepEqual(paragraphsWithStyle(body, 'ReportQuote'), ['Kết quả trên vượt chỉ tiêu kế hoạch đề ra.']);
    assert.deepEqual(paragraphsWithStyle(body, 'ReportCode'), ['Mẫu số 01/BC-STP', 'Kỳ báo cáo: Quý I/2024']);
    assert.equal(parts['word/media/image1.png'], '244 bytes');
    // 120×60 pixels at 96 an inch: 1143000×571500 EMU.
    assert.match(body, /<wp:extent cx="1143000" cy="571500"\/>.*<wp:docPr id="\d+" name="Biểu đồ kết quả theo quý" descr="Biểu đồ kết quả theo quý"/);
  });

  it('makes each heading a bookmark and a link to a heading of the report a link within the document', async () => {
    const text = '---\nkind: review\nlang: vi\n---\n# Báo cáo\n\nXem [kết luận](#iv-kết-luận), [bản mã hoá](#IV-K%E1%BA%BFt-lu%E1%BA%ADn) và [chỗ không có](#khong-co).\n\n## IV. Kết luận\n\nXong.\n';
    const body = (await docxParts(parseReport(text)))['word/document.xml'];
    assert.match(body, /<w:bookmarkStart w:name="_rw_heading_1" w:id="\d+"\/><w:r><w:t xml:space="preserve">Báo cáo<\/w:t><\/w:r><w:bookmarkEnd/);
    assert.match(body, /<w:bookmarkStart w:name="_rw_heading_2" w:id="\d+"\/><w:r><w:t xml:space="preserve">IV\. Kết luận/);
    const internal = [...body.matchAll(/<w:hyperlink[^>]* w:anchor="([^"]+)"[^>]*>.*?<w:t xml:space="preserve">([^<]*)<\/w:t>/g)].map((m) => [m[1], m[2]]);
    assert.deepEqual(internal, [
      ['_rw_heading_2', 'kết luận'],
      ['_rw_heading_2', 'bản mã hoá'],
    ]);
    // A link to no heading stays text.
    assert.match(body, /<w:t xml:space="preserve">chỗ không có<\/w:t>/);
  });

  it('puts the title and the author in the document properties', async () => {
    const core = (await docxParts(fixtureReport('bao-cao-tong-ket.md')))['docProps/core.xml'];
    assert.match(core, /<dc:title>Báo cáo tổng kết công tác năm 2023<\/dc:title>/);
    assert.match(core, /<dc:creator>Văn phòng Sở Tư pháp<\/dc:creator>/);
    // The subject names the kind in the report's language, not by its id ("review").
    assert.match(core, /<dc:subject>Báo cáo tổng kết<\/dc:subject>/);
    // No author in the front matter: no made-up one either.
    const anonymous = (await docxParts(parseReport('---\nkind: status\n---\n# Week 12\n')))['docProps/core.xml'];
    assert.doesNotMatch(anonymous, /Un-named/);
    assert.match(anonymous, /<dc:subject>Status report<\/dc:subject>/);
  });

  it('lays out nd30: A4, margins 20/20/30/15 mm, Times New Roman 13 pt, 14 pt titles, 1 cm indent, page numbers at the top but not on page 1', async () => {
    const parts = await docxParts(fixtureReport('bao-cao-tong-ket.md'), 'nd30');
    const body = parts['word/document.xml'];
    assert.match(body, /<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    assert.match(body, /<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    assert.match(body, /<w:titlePg\/>/, 'a different first page');
    const first = /<w:headerReference w:type="first" r:id="([\w-]+)"\/>/.exec(body)![1];
    const other = /<w:headerReference w:type="default" r:id="([\w-]+)"\/>/.exec(body)![1];
    const rels = parts['word/_rels/document.xml.rels'];
    const header = (id: string) => parts[`word/${new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)![1]}`];
    assert.match(header(other), /<w:jc w:val="center"\/>.*<w:instrText xml:space="preserve">PAGE<\/w:instrText>/);
    assert.doesNotMatch(header(first), /PAGE/, 'no number on the first page');
    assert.doesNotMatch(body, /<w:footerReference/);
    const styles = parts['word/styles.xml'];
    assert.match(styles, /<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"\/><w:sz w:val="26"\/><w:szCs w:val="26"\/><w:lang w:val="vi-VN"\/>/);
    assert.match(styles, /w:styleId="Heading1">.*?<w:sz w:val="28"\/>/);
    assert.match(styles, /w:styleId="Heading2">.*?<w:sz w:val="28"\/>/);
    assert.match(styles, /w:styleId="ReportBody">.*?<w:ind w:firstLine="567"\/><w:jc w:val="both"\/>/);
    assert.ok(paragraphsWithStyle(body, 'ReportBody').some((p) => p.startsWith('Năm 2023, dưới sự lãnh đạo')));
  });

  it('numbers pages in the footer with the default profile, on every page', async () => {
    const parts = await docxParts(fixtureReport('annual-review-draft.md'));
    const body = parts['word/document.xml'];
    assert.doesNotMatch(body, /<w:titlePg\/>|<w:headerReference/);
    assert.match(body, /<w:footerReference w:type="default"/);
    assert.match(parts['word/footer1.xml'], /PAGE/);
    assert.match(parts['word/styles.xml'], /<w:lang w:val="en-US"\/>/);
  });

  it('writes Vietnamese intact and composed (NFC), even from decomposed text', async () => {
    const decomposed = '# Ba\u0301o ca\u0301o\n\nĐa\u0303 hoa\u0300n tha\u0300nh **nhiê\u0323m vu\u0323**.\n';
    assert.notEqual(decomposed, decomposed.normalize('NFC'));
    const body = (await docxParts(parseReport(decomposed)))['word/document.xml'];
    assert.equal(body, body.normalize('NFC'));
    assert.match(body, />Báo cáo</);
    assert.match(body, />Đã hoàn thành </);
    assert.match(body, />nhiệm vụ</);
  });

  it('links to a web image under its alt text, and shows the alt text of one it cannot read', async () => {
    const { data } = await exportDocx(parseReport('# Ảnh\n\n![Sơ đồ tổ chức](https://example.com/so-do.png) và ![bảng lương](thieu.png)\n'), { readFile: noFiles });
    const files = unzipSync(data);
    const body = strFromU8(files['word/document.xml']);
    assert.match(body, /<w:hyperlink w:history="1" r:id="[\w-]+"><w:r><w:rPr><w:rStyle w:val="Hyperlink"\/><\/w:rPr><w:t xml:space="preserve">Sơ đồ tổ chức<\/w:t>/);
    assert.match(strFromU8(files['word/_rels/document.xml.rels']), /Target="https:\/\/example.com\/so-do.png" TargetMode="External"/);
    assert.match(body, /<w:t xml:space="preserve">bảng lương<\/w:t>/);
    assert.ok(!Object.keys(files).some((name) => name.startsWith('word/media/')), 'nothing fetched or embedded');
  });

  it('starts each ordered list at its own first number', async () => {
    const { data } = await exportDocx(parseReport('# Kế hoạch\n\n3. ba\n4. bốn\n\nĐoạn.\n\n1. một\n'), { readFile: noFiles });
    const numbering = strFromU8(unzipSync(data)['word/numbering.xml']);
    assert.match(numbering, /<w:lvl w:ilvl="0"[^>]*><w:start w:val="3"\/>/);
    const body = strFromU8(unzipSync(data)['word/document.xml']);
    const lists = [...body.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1]);
    assert.equal(lists[0], lists[1], 'the items of one list share it');
    assert.notEqual(lists[2], lists[0], 'the next list starts again');
  });
});
