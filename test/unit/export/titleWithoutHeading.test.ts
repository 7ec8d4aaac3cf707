import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { parseReport } from '../../../src/core';
import { exportDocx, exportHtml, exportPdf, PROFILES } from '../../../src/core/export';
import { reportMetadata } from '../../../src/core/export/metadata';
import { inlineTokens } from '../../../src/core/render/report';
import { noFiles } from './support';

// News pasted as one block (the seed's shape: no heading, the lead first), written for this test.
const NEWS_VI =
  'Sáng 12-3, tại Hà Nội, Sở Khoa học và Công nghệ tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025 dưới sự chủ trì của đồng chí Nguyễn Văn An, Giám đốc Sở. Tham dự có lãnh đạo các phòng.\n\nNăm 2024, Sở hoàn thành các chỉ tiêu đề ra.\n';
const BOLD_EN = '**Quarterly review of the support desk**\n\nIn the third quarter the desk closed 1,204 tickets.\n\n## Results\n\nMore tickets closed.\n';

const title = (text: string) => {
  const doc = parseReport(text);
  return reportMetadata(doc, inlineTokens(doc)).title;
};

describe('export: the title of a report without a heading', () => {
  it('takes a bold opening line as the title', () => {
    assert.equal(title(BOLD_EN), 'Quarterly review of the support desk');
    assert.equal(title('**Hội thảo khoa học về chuyển đổi số**\n\nSáng 12/3, tại Hà Nội.\n\n## Kết quả\n\nTốt.\n'), 'Hội thảo khoa học về chuyển đổi số');
  });

  it('takes the lead of news pasted as one block, shortened after a whole word', () => {
    const got = title(NEWS_VI);
    assert.match(got, /^Sáng 12-3, tại Hà Nội, Sở Khoa học và Công nghệ tổ chức hội nghị/);
    assert.ok(got.length <= 81, got);
    assert.ok(got.endsWith('…'), got);
    assert.notEqual(got, 'Báo cáo');
  });

  it('keeps a long title the writer wrote whole: only a title taken from the lead is shortened', () => {
    const long = 'Báo cáo tổng kết công tác phòng, chống tham nhũng, tiêu cực năm 2024 và phương hướng, nhiệm vụ năm 2025 của Sở';
    assert.equal(title(`**${long}**\n\nSáng 12/3, tại Hà Nội.\n\n## Kết quả\n\nTốt.\n`), long);
  });

  it('ends a short lead at its first sentence', () => {
    assert.equal(title('Weekly status of the data team. Everything shipped on time.\n\nMore text.\n'), 'Weekly status of the data team');
  });

  it('passes over a heading of marks alone for the next title', () => {
    assert.equal(title('# **\n\nWeekly status of the data team. Everything shipped on time.\n'), 'Weekly status of the data team');
    // A heading of marks alone heads nothing: the text reads as if it were not there.
    assert.equal(title('# ---\n\n## Kết quả\n\nTốt.\n'), title('## Kết quả\n\nTốt.\n'));
    assert.equal(title('---\nkind: review\nlang: vi\n---\n# **\n'), 'Báo cáo');
  });

  it('keeps front matter title first, and the generic word only for a report with no text', () => {
    assert.equal(title(`---\ntitle: Tin hội nghị\n---\n${NEWS_VI}`), 'Tin hội nghị');
    assert.equal(title('---\nkind: review\nlang: vi\n---\n'), 'Báo cáo');
    assert.equal(title('---\nkind: review\nlang: en\n---\n'), 'Report');
  });

  it('writes that title into the HTML <title> and the Word document properties', async () => {
    const { html } = await exportHtml(parseReport(BOLD_EN), { readFile: noFiles });
    assert.match(html, /<title>Quarterly review of the support desk<\/title>/);
    const { data } = await exportDocx(parseReport(NEWS_VI), { readFile: noFiles, profile: PROFILES.default });
    const core = strFromU8(unzipSync(data)['docProps/core.xml']);
    assert.match(core, /<dc:title>Sáng 12-3, tại Hà Nội, Sở Khoa học và Công nghệ[^<]*…<\/dc:title>/);
  });

  it('writes that title into the PDF', async function () {
    this.timeout(120_000);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rw-pdf-title-'));
    try {
      const { data } = await exportPdf(parseReport(BOLD_EN), { readFile: noFiles, profile: PROFILES.default });
      const file = path.join(dir, 'news.pdf');
      fs.writeFileSync(file, data);
      assert.match(execFileSync('pdfinfo', [file], { encoding: 'utf8' }), /Title:\s+Quarterly review of the support desk/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
