import * as assert from 'node:assert/strict';
import { parseReport } from '../../../src/core';
import { lintText } from '../helpers';

/** The parts read as paragraphs, as "role:first-last" (1-based lines). */
const paragraphParts = (text: string) =>
  parseReport(text)
    .parts.filter((p) => p.part === 'paragraphs' && p.role && p.role !== 'lead')
    .map((p) => `${p.role}:${p.startLine + 1}-${p.endLine + 1}`);

describe('model: a plain line that names a part, right above its list', () => {
  const en = ['---', 'kind: post-mortem', 'lang: en', '---', '# Postmortem: search outage', '', '## Summary Data', 'Impact', '- 1.2B queries lost.', '', 'Root Causes', '- A resource leak under load.', '', '## Action Items', '- Fix the leak.', ''].join('\n');
  const vi = ['---', 'kind: post-mortem', 'lang: vi', '---', '# Báo cáo sự cố tìm kiếm', '', '## Tóm tắt số liệu', 'Ảnh hưởng', '- Mất 1,2 tỷ truy vấn.', '', 'Nguyên nhân gốc rễ', '- Rò rỉ tài nguyên khi tải cao.', '', '## Hành động khắc phục', '- Sửa lỗi rò rỉ.', ''].join('\n');

  it('is read as that part inside a section, and RW001 finds the root cause (English and Vietnamese)', () => {
    for (const text of [en, vi]) {
      assert.deepEqual(paragraphParts(text), ['impact:8-9', 'root-cause:11-12'], text);
      assert.deepEqual(lintText(text).filter((f) => f.ruleId === 'RW001'), [], text);
    }
  });

  it('is read the same way at the top level', () => {
    for (const text of [en, vi]) {
      const top = text.replace(/\n## (?:Summary Data|Tóm tắt số liệu)\n/, '\n');
      assert.deepEqual(paragraphParts(top), ['impact:7-8', 'root-cause:10-11'], top);
    }
  });

  it('not a line of prose above a list, nor a line that names no part', () => {
    const prose = ['---', 'kind: post-mortem', 'lang: en', '---', '# Outage', '', '## Summary', 'We saw the following', '- 1.2B queries lost.', '', 'Other notes', '- Pager was loud.', ''].join('\n');
    assert.deepEqual(paragraphParts(prose), []);
    const vi = prose.replace('We saw the following', 'Chúng tôi ghi nhận như sau').replace('Other notes', 'Ghi chú khác');
    assert.deepEqual(paragraphParts(vi), []);
  });
});

describe('model: a label that names no part, right under a part\'s own label', () => {
  it('divides that part instead of ending it: the measures under "Improvements:" stay in the action items (English)', () => {
    const text = ['---', 'kind: post-mortem', 'lang: en', '---', 'Issue Summary', 'The site was down for two hours.', '', 'Root Cause and Resolution', 'The certificate had expired.', '', 'Corrective and Preventative Measures', 'Improvements:', '', 'Automated Certificate Renewal:', '', 'Use Certbot to renew certificates.', 'Specific Tasks:', '', 'Configure alerts 30 days before expiry.', ''].join('\n');
    assert.deepEqual(paragraphParts(text), ['summary:5-6', 'root-cause:8-9', 'action-items:11-19']);
  });

  it('the same in Vietnamese ("Cải tiến:" under "Biện pháp phòng ngừa")', () => {
    const text = ['---', 'kind: post-mortem', 'lang: vi', '---', 'Tóm tắt sự cố', 'Trang web ngừng hoạt động hai giờ.', '', 'Nguyên nhân', 'Chứng chỉ đã hết hạn.', '', 'Biện pháp phòng ngừa', 'Cải tiến:', '', 'Gia hạn tự động:', '', 'Dùng Certbot để gia hạn.', 'Việc cụ thể:', '', 'Cấu hình cảnh báo trước 30 ngày.', ''].join('\n');
    assert.deepEqual(paragraphParts(text), ['summary:5-6', 'root-cause:8-9', 'action-items:11-19']);
  });

  it('still ends a part that had text of its own before the label ("Decisions:", its list, then "Questions:")', () => {
    const en = '---\nkind: minutes\n---\n# Weekly sync\n\nDecisions:\n- Ship version 2 on Friday.\n\nQuestions:\n\n- Who owns the migration?\n';
    assert.deepEqual(paragraphParts(en), ['decisions:6-7']);
    const vi = '---\nkind: minutes\n---\n# Họp tuần\n\nQuyết định:\n- Phát hành bản 2 vào thứ Sáu.\n\nCâu hỏi:\n\n- Ai phụ trách chuyển dữ liệu?\n';
    assert.deepEqual(paragraphParts(vi), ['decisions:6-7']);
  });
});
