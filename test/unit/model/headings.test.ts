import * as assert from 'node:assert/strict';
import { parseReport } from '../../../src/core';
import { fixAll } from '../../../src/core/fix';
import { prefixWithValue } from '../../../src/core/model/numbering';
import { lintText } from '../helpers';
import { displayTitle } from '../../../src/core';

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

  it('reads the numbering forms writers type beside NĐ 30\'s: dashes, slashes, parentheses, A), Mục, Section, parts in words', () => {
    const text = ['## I- KẾT QUẢ', '## II – PHƯƠNG HƯỚNG', '## 3/ Kết luận', '## III) Khác', '## 4.- Bốn', '## (5) Năm', '## (b) Bê', '## A) Done', '## Mục 2. Tồn tại', '## Section 3: Next steps', '## PHẦN THỨ NHẤT: KẾT QUẢ', '## Part Two: Plans', '## II\\. Phương hướng', '## 2024 - 2025 outlook', '## 12/2025 report'].join('\n\n');
    const doc = parseReport(`---\nlang: vi\n---\n${text}\n`);
    assert.deepEqual(
      doc.headings.map((h) => [h.numbering?.style, h.numbering?.value, h.title]),
      [
        ['roman', 1, 'KẾT QUẢ'],
        ['roman', 2, 'PHƯƠNG HƯỚNG'],
        ['arabic', 3, 'Kết luận'],
        ['roman', 3, 'Khác'],
        ['arabic', 4, 'Bốn'],
        ['arabic', 5, 'Năm'],
        ['letter', 2, 'Bê'],
        ['upper-letter', 1, 'Done'],
        ['part', 2, 'Tồn tại'],
        ['part', 3, 'Next steps'],
        ['part-word', 1, 'KẾT QUẢ'],
        ['part-word', 2, 'Plans'],
        ['roman', 2, 'Phương hướng'],
        [undefined, undefined, '2024 - 2025 outlook'],
        [undefined, undefined, '12/2025 report'],
      ],
    );
  });

  it('shows a heading as a reader sees it: "II\\. Phương hướng" as "II. Phương hướng", "**I.** Kết quả" as "I. Kết quả"', () => {
    const doc = parseReport('## II\\. Phương hướng\n\n## **I.** Kết quả\n\n## `III. Kết luận` <!-- nháp -->\n');
    assert.deepEqual(doc.headings.map(displayTitle), ['II. Phương hướng', 'I. Kết quả', 'III. Kết luận']);
  });

  it('reads no number in a code, a range or an abbreviation: "502 - Bad Gateway", "3 - 7 March", "CI:", "CD - deploy", "Mục 1.2."', () => {
    const text = ['### 502 - Bad Gateway', '### 3 - 7 March', '### 03 - 07/03/2025', '### CI: build pipeline', '### CD - deploy', '### DC) Washington', '### Mục 1.2. Công việc', '### Section 2.1 Scope'].join('\n\n');
    assert.deepEqual(parseReport(`${text}\n`).headings.map((h) => h.numbering?.text), Array(8).fill(undefined));
  });

  it('places a number after markup only where the title shows it, never in an image, a link target or a comment', () => {
    const text = ['## 1. Kết quả', '## [![](3.png)](#k) 3. Khó khăn', '## <!-- 4 --> 4. Kế hoạch', '## [](#5) 5. Kiến nghị', '## <span title="6"></span>6. Khác'].join('\n\n');
    const doc = parseReport(`---\nlang: vi\n---\n${text}\n`);
    for (const h of doc.headings.slice(1)) {
      const n = h.numbering!;
      assert.notEqual(n.located, false, h.text);
      const at = h.textColumn + (n.shift ?? 0) + n.valueStart;
      const line = doc.lines.line(h.line);
      assert.equal(line.slice(at, at + 2), `${n.value}.`, `${h.text}: the number before the title`);
    }
    // An HTML heading whose text has markup inside cannot be placed on its line: nothing edits it.
    const html = parseReport('<h2>I. Kết quả</h2>\n<h2><b>III.</b> Khó khăn</h2>\n<h2>III.&nbsp;Kế hoạch</h2>\n');
    assert.deepEqual(html.headings.slice(1).map((h) => h.numbering?.located), [false, false]);
    const fixed = fixAll('---\nkind: status\nlang: vi\n---\n<h1>Báo cáo tuần 5</h1>\n<h2>I. Kết quả</h2>\n<p>Xong.</p>\n<h2><b>III.</b> Khó khăn</h2>\n<p>Không.</p>\n').text;
    assert.match(fixed, /<h2><b>III\.<\/b> Khó khăn<\/h2>/);
  });

  it('judges parts numbered in words as words: any case, any Unicode form, fixed in the writer\'s case', () => {
    const text = '---\nkind: review\nlang: vi\n---\n# Báo cáo\n\n## PHẦN THỨ NHẤT: KẾT QUẢ\n\nXong.\n\n## Phần thứ hai: Phương hướng\n\nTiếp.\n\n## Phần thứ tư: Kết luận\n\nHết.\n';
    const findings = lintText(text).filter((f) => f.ruleId === 'RW101');
    assert.equal(findings.length, 1);
    assert.match(fixAll(text).text, /\n## Phần thứ ba: Kết luận\n/);
    assert.deepEqual(lintText(text.replace('tư', 'ba').normalize('NFD')).filter((f) => f.ruleId === 'RW101'), []);
  });

  it('reads a number written after markup or a symbol, and places it in the text as typed', () => {
    const text = ['## **I.** Kết quả đạt được', '## **II.** **PHƯƠNG HƯỚNG**', '## <b>III. Kết luận</b>', '## [IV. Kiến nghị](#kien-nghi)', '## `V. Khác`', '## 🎯 VI. Tồn tại', '## ![icon](check.png) VII. Bài học'].join('\n\n');
    const doc = parseReport(`---\nlang: vi\n---\n${text}\n`);
    assert.deepEqual(
      doc.headings.map((h) => [h.numbering?.style, h.numbering?.value, h.title]),
      [['roman', 1, 'Kết quả đạt được'], ['roman', 2, 'PHƯƠNG HƯỚNG'], ['roman', 3, 'Kết luận'], ['roman', 4, 'Kiến nghị'], ['roman', 5, 'Khác'], ['roman', 6, 'Tồn tại'], ['roman', 7, 'Bài học']],
    );
    for (const h of doc.headings) {
      const n = h.numbering!;
      const at = h.textColumn + (n.shift ?? 0);
      assert.equal(doc.lines.line(h.line).slice(at + n.valueStart, at + n.valueEnd), n.text.slice(n.valueStart, n.valueEnd), h.text);
    }
  });

  it('renumbers after markup in place, and a part in words in its own words', () => {
    const fixed = fixAll('---\nkind: review\nlang: vi\n---\n# Báo cáo năm 2025\n\n## **I.** Kết quả đạt được\n\nXong mười việc.\n\n## 🎯 III. Phương hướng, nhiệm vụ\n\nLàm tiếp.\n\n## II. Kết luận\n\nHết.\n').text;
    assert.match(fixed, /\n## 🎯 II\. Phương hướng, nhiệm vụ\n/);
    assert.match(fixed, /\n## III\. Kết luận\n/);
    const words = parseReport('---\nlang: vi\n---\n## PHẦN THỨ NHẤT: A\n\n## PHẦN THỨ BA: B\n').headings[1].numbering!;
    assert.equal(prefixWithValue(words, 2, 'vi'), 'PHẦN THỨ HAI:');
    const english = parseReport('## Part One: A\n\n## Part Three: B\n').headings[1].numbering!;
    assert.equal(prefixWithValue(english, 2, 'en'), 'Part Two:');
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
