import * as assert from 'node:assert/strict';
import { parseReport, renderBlocks } from '../../../src/core';
import { exportHtml, PROFILES } from '../../../src/core/export';
import { framedBlocks } from '../../../src/core/export/htmlOfficial';
import { fixtureReport, noFiles } from './support';

const text = (html: string) => html.replace(/<[^>]+>/g, '\n').split('\n').map((t) => t.trim()).filter(Boolean);

describe('HTML export and preview of an official document', () => {
  it('frames the body with the header and the closing, sizes and styles as in Word', async () => {
    const { html } = await exportHtml(fixtureReport('official/bao-cao-nd30.md'), { readFile: noFiles, profile: PROFILES.nd30 });
    const header = /<header class="rw-official rw-official-nd30">(.*?)<\/header>/s.exec(html)![1];
    assert.deepEqual(text(header), [
      'ỦY BAN NHÂN DÂN TỈNH BẮC NINH',
      'SỞ NỘI VỤ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 15/BC-SNV',
      'Bắc Ninh, ngày 05 tháng 01 năm 2026',
      'BÁO CÁO',
      'Kết quả công tác năm 2025 và phương hướng, nhiệm vụ năm 2026',
      'Kính gửi: Ủy ban nhân dân tỉnh Bắc Ninh.',
    ]);
    assert.match(header, /<p class="rw-o-national rw-pt-12 rw-b">CỘNG HÒA/);
    assert.match(header, /<p class="rw-o-date rw-pt-13 rw-n rw-i">Bắc Ninh/);
    assert.match(header, /<p class="rw-o-issuer rw-pt-12 rw-n">ỦY BAN NHÂN DÂN TỈNH BẮC NINH<\/p><p class="rw-o-issuer rw-pt-12 rw-b">SỞ NỘI VỤ<\/p><div class="rw-o-rule"><\/div>/);
    assert.match(header, /<span class="rw-o-ruled">Độc lập - Tự do - Hạnh phúc<\/span>/, 'the Tiêu ngữ underlined as long as itself');
    assert.doesNotMatch(html.slice(html.indexOf('<body>')), /style=/, 'no inline style: the preview\'s policy forbids it');
    const closing = /<footer class="rw-official-closing rw-official-nd30">(.*?)<\/footer>/s.exec(html)![1];
    assert.deepEqual(text(closing), ['Nơi nhận:', '- Như trên;', '- Bộ Nội vụ (để báo cáo);', '- Lãnh đạo Sở;', '- Lưu: VT, VP.', 'KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Trần Thị Bình']);
    assert.match(closing, /<p class="rw-o-label rw-pt-12 rw-b rw-i">Nơi nhận:/);
    assert.match(closing, /<p class="rw-o-item rw-pt-11 rw-n">- Như trên;/);
    assert.match(html, /<title>Kết quả công tác năm 2025 và phương hướng, nhiệm vụ năm 2026<\/title>/, 'the subject is the title');
    assert.ok(html.indexOf('</header>') < html.indexOf('I. KẾT QUẢ ĐẠT ĐƯỢC') && html.indexOf('của Sở Nội vụ./.') < html.indexOf('<footer'));
    assert.match(html, /\.rw-official td, \.rw-official-closing td \{ border: 0;/);
    assert.match(html, /\.rw-pt-12 \{ font-size: 12pt; \}/);
  });

  it('shows the frame in the preview, without the header written in the body', () => {
    const doc = fixtureReport('official/converted-notice.md');
    const blocks = framedBlocks(doc, renderBlocks(doc, { lang: 'vi', annotate: true, sourceMap: true }));
    assert.match(blocks[0].html, /VĂN PHÒNG CHÍNH PHỦ.*CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM.*Số: 27\/TB-VPCP/s);
    assert.equal(blocks[0].line, 5);
    assert.match(blocks.at(-1)!.html, /Nơi nhận:.*Nguyễn Văn Sinh/s);
    const body = blocks.slice(1, -1).map((b) => b.html).join('');
    assert.doesNotMatch(body, /CỘNG HÒA|Nơi nhận|<table/);
    assert.match(body, /I\. ĐÁNH GIÁ CHUNG/);
    assert.equal(new Set(blocks.map((b) => b.key)).size, blocks.length);
  });

  it('leaves any other report as it was', async () => {
    const doc = parseReport('---\nkind: review\nlang: vi\ndate: 2024-01-26\n---\n# Báo cáo\n\n## Kết quả\n\nTốt.\n');
    const blocks = renderBlocks(doc, { lang: 'vi' });
    assert.deepEqual(framedBlocks(doc, blocks), blocks);
    const { html } = await exportHtml(doc, { readFile: noFiles });
    assert.doesNotMatch(html, /rw-official/);
  });
});
