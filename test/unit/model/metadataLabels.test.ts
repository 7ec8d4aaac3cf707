import * as assert from 'node:assert/strict';
import { parseReport } from '../../../src/core';

/** Parts as `role:first-last` (1-based lines), paragraphs only. */
const paragraphParts = (text: string) =>
  parseReport(text)
    .parts.filter((p) => p.part === 'paragraphs')
    .map((p) => `${p.role}:${p.startLine + 1}-${p.endLine + 1}`);

describe('model: one-line "**Label:** value" lines are metadata, not a part over the text after them', () => {
  const POST_MORTEM = [
    '---',
    'kind: post-mortem',
    'lang: en',
    '---',
    '# Checkout outage, 12 March 2024',
    '',
    '**Severity:** High',
    '**Date:** 2024-03-12',
    '**Authors:** Jane Doe, Bob Lee',
    '',
    'A deploy at 09:00 removed the payment route. Customers could not pay for forty minutes.',
    '',
    'Support answered the calls.',
    '',
    '## Timeline',
    '',
    '- 09:00 deploy',
    '',
    '## Root cause',
    '',
    'A route missing from the configuration.',
    '',
  ].join('\n');

  it('reads a valued label that names a role as its own line only, and the summary after the metadata', () => {
    // "Severity" names the impact: its part is its line, not the paragraphs down to "## Timeline".
    assert.deepEqual(paragraphParts(POST_MORTEM), ['impact:7-7', 'summary:11-13']);
  });

  it('reads metadata lines in paragraphs of their own the same way', () => {
    const text = POST_MORTEM.replace('**Severity:** High\n**Date:** 2024-03-12\n**Authors:** Jane Doe, Bob Lee', '**Severity:** High\n\n**Date:** 2024-03-12\n\n**Authors:** Jane Doe, Bob Lee');
    assert.deepEqual(paragraphParts(text), ['impact:7-7', 'summary:13-15']);
  });

  it('lets a valued label that carries on over the next line of its paragraph keep that line', () => {
    const text = POST_MORTEM.replace('**Severity:** High\n**Date:** 2024-03-12\n**Authors:** Jane Doe, Bob Lee', '**Impact:** checkout was down\nfor forty minutes for every customer.');
    assert.deepEqual(
      paragraphParts(text).filter((p) => p.startsWith('impact')),
      ['impact:7-8'],
    );
  });

  it('keeps a label with nothing after it as the start of a block over what follows', () => {
    const text = '---\nkind: minutes\nlang: vi\n---\n# Biên bản họp nhóm\n\n**Thời gian:** 9 giờ, ngày 12/3/2024\n\nNội dung cuộc họp như sau.\n\n**Kết luận:**\n\nNhóm thống nhất làm tiếp phần báo cáo.\n\nLan gửi bản nháp trước thứ Sáu.\n';
    const conclusion = parseReport(text).parts.find((p) => p.role === 'conclusion' || p.role === 'decisions');
    assert.ok(conclusion, 'the bare label names a role');
    assert.deepEqual([conclusion.startLine + 1, conclusion.endLine + 1], [11, 15]);
  });

  it('ends a Vietnamese valued label with its line: the paragraphs after it belong to no part', () => {
    const text = '---\nkind: minutes\nlang: vi\n---\n# Biên bản họp nhóm\n\n**Thời gian:** 9 giờ, ngày 12/3/2024\n**Quyết định:** Thông qua kế hoạch quý II.\n**Người ghi:** Đặng Thị Ánh\n\nCác thành viên trao đổi thêm về ngân sách đào tạo.\n';
    const decisions = parseReport(text).parts.filter((p) => p.role === 'decisions');
    assert.deepEqual(
      decisions.map((p) => [p.startLine + 1, p.endLine + 1]),
      [[8, 8]],
    );
  });

  it('does not take a sentence with a colon for metadata: a one-line lead stays the summary', () => {
    const text = '---\nkind: post-mortem\nlang: en\n---\n# Outage\n\nIt was a long night for the whole on-call team: two hours down.\n\n## Root cause\n\nA bad deploy.\n';
    assert.deepEqual(paragraphParts(text), ['summary:7-7']);
  });
});
