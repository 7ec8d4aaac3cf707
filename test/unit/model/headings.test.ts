import * as assert from 'node:assert/strict';
import { parseReport } from '../../../src/core';

const headingsOf = (text: string) => parseReport(text).headings.map((h) => [h.line + 1, h.level, h.text]);

describe('model: headings are what markdown-it says they are', () => {
  it('finds ATX headings, with or without closing #s', () => {
    assert.deepEqual(headingsOf('# Title #\n\n## Kết quả ##\n### Sub   ###   \n'), [
      [1, 1, 'Title'],
      [3, 2, 'Kết quả'],
      [4, 3, 'Sub'],
    ]);
  });

  it('finds setext headings and spans them over their underline', () => {
    const doc = parseReport('Results\n=======\n\nPlans\n---\ntext\n');
    assert.deepEqual(doc.headings.map((h) => [h.line, h.endLine, h.level, h.setext]), [
      [0, 1, 1, true],
      [3, 4, 2, true],
    ]);
  });

  it('ignores # inside fenced and indented code', () => {
    const text = '# Real\n\n```md\n# not a heading\n```\n\n~~~\n## nor this\n~~~\n\n    # indented code\n\n## Also real\n';
    assert.deepEqual(headingsOf(text), [
      [1, 1, 'Real'],
      [13, 2, 'Also real'],
    ]);
  });

  it('ignores # inside HTML comments and HTML blocks', () => {
    const text = '<!--\n# commented out\n-->\n\n<div>\n\n</div>\n\n## Kept\n';
    assert.deepEqual(headingsOf(text), [[9, 2, 'Kept']]);
  });

  it('does not take front matter for a setext heading', () => {
    const doc = parseReport('---\nkind: review\ntitle: x\n---\n# Báo cáo\n');
    assert.deepEqual(doc.headings.map((h) => [h.line, h.text]), [[4, 'Báo cáo']]);
    assert.equal(doc.frontMatter?.endLine, 3);
  });

  it('reads numbering prefixes: Phần I, I., 1., 1.2., a), A.', () => {
    const text = ['## Phần I — Tình hình', '## II. KẾT QUẢ', '### 1. Tham mưu', '#### 1.2. Chi tiết', '##### đ) Khác', '## B. Plans', '## 2024 results'].join('\n\n');
    const doc = parseReport(`---\nlang: vi\n---\n${text}\n`);
    assert.deepEqual(
      doc.headings.map((h) => [h.numbering?.style, h.numbering?.value, h.title]),
      [
        ['part', 1, 'Tình hình'],
        ['roman', 2, 'KẾT QUẢ'],
        ['arabic', 1, 'Tham mưu'],
        ['multilevel', 2, 'Chi tiết'],
        ['letter', 5, 'Khác'],
        ['upper-letter', 2, 'Plans'],
        [undefined, undefined, '2024 results'],
      ],
    );
  });

  it('reads the numbering of a heading typed with combining diacritics, and locates it in the text as typed', () => {
    const text = '## ' + 'Phần'.normalize('NFD') + ' II. Kết quả\n';
    const [heading] = parseReport(`---\nlang: vi\n---\n${text}`).headings;
    assert.equal(heading.numbering?.style, 'part');
    assert.equal(heading.numbering?.value, 2);
    assert.equal(heading.text.slice(heading.numbering!.valueStart, heading.numbering!.valueEnd), 'II');
    assert.equal(heading.title, 'Kết quả');
  });

  it('maps a heading back to the exact column of its text', () => {
    const doc = parseReport('   ##   Kết quả\n## **II. Phương hướng**\n');
    assert.deepEqual(doc.headings.map((h) => [h.line, h.textColumn, h.text]), [
      [0, 8, 'Kết quả'],
      [1, 5, 'II. Phương hướng'],
    ]);
  });

  it('handles CRLF and lone CR line breaks like markdown-it', () => {
    const doc = parseReport('# A\r\n\r\ntext\r\n## B\rmore\r');
    assert.deepEqual(doc.headings.map((h) => [h.line, h.text]), [
      [0, 'A'],
      [3, 'B'],
    ]);
    assert.equal(doc.lines.line(3), '## B');
  });
});
