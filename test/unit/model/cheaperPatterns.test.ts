import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { isByline, isLabelledByline, isTeaserOpening } from '../../../src/core/model/byline';
import { isSoftwareDocSection } from '../../../src/core/model/detect';
import { romanValue, toRoman } from '../../../src/core/model/numbering';
import { isLastPeriodRest } from '../../../src/core/model/ownPeriod';
import { INSTRUCTION_VERBS, NOT_A_VERB, opensAsExample, opensAsInstruction } from '../../../src/core/rules/templateGuidance';

/**
 * Patterns rewritten so that V8 compiles them for less (a command-line lint pays each compilation
 * at every start), each held here to the pattern it replaced: the same answers on every text tried.
 * The old patterns are written out as they were.
 */

/** Texts made of `tokens` (the words and marks a pattern cares about) and random characters, Vietnamese among them. */
function textOf(tokens: readonly string[], maxLength = 8): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...tokens) },
    { weight: 2, arbitrary: fc.constantFrom(' ', '  ', '\t', ':', ',', '-', '–', '—', '*', '**', '***', '****', '_', '__', '(', ')', '.', "'", '’', '…', '»') },
    { weight: 2, arbitrary: fc.constantFrom('Đ', 'đ', 'Ư', 'ư', 'Ả', 'ả', 'Ồ', 'ễ', 'İ', 'ſ', 'K', 'Ω', '9', '²', 'ǅ', 'A', 'z', 'Я', '😀') },
    { weight: 1, arbitrary: fc.string({ maxLength: 3 }) },
  );
  return fc.array(piece, { maxLength }).map((parts) => parts.join(''));
}

const RUNS = { numRuns: 4000 };

describe('patterns rewritten to compile for less', () => {
  it('romanValue accepts exactly the standard numerals the old pattern did, with their values', () => {
    const OLD = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
    const letters = 'IVXLCDM';
    let tried = 0;
    const visit = (text: string) => {
      tried++;
      const value = romanValue(text);
      assert.equal(value !== undefined, text !== '' && OLD.test(text), text);
      if (value !== undefined) assert.equal(toRoman(value), text);
    };
    // Every string of up to six of the letters.
    const grow = (prefix: string, left: number) => {
      visit(prefix);
      if (left > 0) for (const c of letters) grow(prefix + c, left - 1);
    };
    grow('', 6);
    for (let n = 1; n <= 3999; n++) {
      assert.equal(romanValue(toRoman(n)), n);
      visit(toRoman(n));
    }
    for (const other of ['MMMM', 'iv', 'IIII', 'VX', 'IC', 'XM', 'MMMCMXCIX', 'MMMDCCCLXXXVIII', 'MMMDCCCLXXXVIIII', 'I ', 'IVa', '__proto__']) visit(other);
    assert.ok(tried > 130_000);
    assert.equal(romanValue('MMMDCCCLXXXVIII'), 3888);
  });

  it('isTeaserOpening: the old pattern with its optional emphasis in front', () => {
    const OLD = /^\s*(?:[-*+]\s+)?(?:[*_]{1,3})?(?:(?:(?:read |see )more|more(?=\s*[(:»›…]|\s*$)|see also|related(?: (?:articles?|news|stories|posts))?|xem thêm|đọc thêm|xem tiếp|tin liên quan|bài liên quan|tin cùng chuyên mục)(?![\p{L}\p{N}])|\([\p{L}\p{N}.&-]{2,24}\)\s*[-–—])/iu;
    const tokens = ['read more', 'Read More', 'see more', 'more', 'MORE', 'see also', 'related', 'Related articles', 'related news', 'Xem thêm', 'XEM THÊM', 'đọc thêm', 'Tin liên quan', 'bài liên quan', 'tin cùng chuyên mục', '(TTXVN)', '(Chinhphu.vn)', '- ', '* ', '+ ', 'Moreover', 'thêm'];
    fc.assert(fc.property(textOf(tokens), (text) => assert.equal(isTeaserOpening(text), OLD.test(text), JSON.stringify(text))), RUNS);
    assert.ok(isTeaserOpening('***Xem thêm:** Hội nghị…'));
    assert.ok(!isTeaserOpening('****Xem thêm:** Hội nghị…'));
  });

  it('isLabelledByline: the old pattern with its optional emphasis in front', () => {
    const OLD = /^(?:[*_]{1,3})?(?:(?:Tin|Bài|Ảnh|Tin bài|Tin và ảnh|Bài và ảnh|Tác giả|Người viết|Phóng viên|Author)(?:\s*(?:,|và|and)\s*(?:ảnh|photos?))?\s*:|(?:(?:Written|Reported|Prepared)\s+)?[Bb]y(?:\s*:|\s))/u;
    const tokens = ['Tin', 'Bài', 'Ảnh', 'Tin bài', 'Tin và ảnh', 'Bài và ảnh', 'Tác giả', 'Người viết', 'Phóng viên', 'Author', ' và ảnh', ', photos', ' and photo', 'Written', 'Reported', 'Prepared', 'By', 'by', 'Nguyễn Văn An'];
    fc.assert(fc.property(textOf(tokens, 6), (text) => assert.equal(isLabelledByline(text), OLD.test(text), JSON.stringify(text))), RUNS);
  });

  it('isByline: the old byline pattern, its label and name in one', () => {
    const OLD_BYLINE = /^(?:(?:Tin|Bài|Ảnh|Tin bài|Tin và ảnh|Bài và ảnh|Tác giả|Người viết|Phóng viên|Text|Photos?|Story|Author)(?:\s*(?:,|và|and)\s*(?:ảnh|photos?))?\s*:\s*|Theo\s+|(?:(?:Written|Reported|Prepared)\s+)?[Bb]y(?:\s*:)?\s+|[—–-]\s*)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}(?:\s*\([^)]{1,40}\)|\s+[-–—]\s+\p{Lu}[\p{L}\p{N}&.,/ -]{1,60})?$/u;
    const oldIsByline = (line: string) => {
      const text = line.trim().replace(/^(?:[*_]{1,3})(.*?)(?:[*_]{1,3})$/u, '$1').trim().replace(/^([*_]{1,3})([^*_:]{1,40}:)\1\s*/, '$2 ');
      return text.length > 0 && text.length <= 80 && !text.startsWith('#') && !/^(?:TODO|TBD|FIXME|XXX)(?![\p{L}\p{N}_])/u.test(text) && OLD_BYLINE.test(text);
    };
    const tokens = ['Tin', 'Bài', 'Ảnh', 'Tin bài', 'Tác giả', 'Người viết', 'Phóng viên', 'Text', 'Photo', 'Story', 'Author', ' và ảnh', ', photos', 'Theo', 'Written', 'By', 'by', 'Nguyễn', 'Văn', 'An', 'T.H', 'TTXVN', 'Nhóm PV', "O'Neil", 'Lê-Anh', 'ĐỨC', 'nguyễn', '(TTXVN)', ' - Báo Nhân Dân', 'TODO'];
    fc.assert(fc.property(textOf(tokens, 9), (text) => assert.equal(isByline(text), oldIsByline(text), JSON.stringify(text))), RUNS);
    for (const line of ['Tin, ảnh: Thảo Nguyên', 'Theo TTXVN', 'Written by: Jane Doe', '— Hoàng Mai (TTXVN)', 'By  Jane Doe - The Daily News']) assert.ok(isByline(line), line);
  });

  it('isLastPeriodRest: the old pattern with its optional words in front', () => {
    const OLD = /^(?:(?:from|of|for|in|during|của|trong|từ) )?(?:the )?(?:(?:tuần|tháng|quý|kỳ|đợt) (?:trước|vừa qua|qua)|năm (?:trước|ngoái)|(?:last|previous|past) (?:week|month|quarter|year|sprint|iteration|period))[\s.:;,!?)…]*$/u;
    const tokens = ['from ', 'of ', 'for ', 'in ', 'during ', 'của ', 'trong ', 'từ ', 'the ', 'tuần', 'tháng', 'quý', 'kỳ', 'đợt', 'năm', ' trước', ' vừa qua', ' qua', ' ngoái', 'last', 'previous', 'past', ' week', ' sprint', ' period', '.', ')', '…'];
    fc.assert(fc.property(textOf(tokens, 7), (text) => assert.equal(isLastPeriodRest(text), OLD.test(text), JSON.stringify(text))), RUNS);
    assert.ok(isLastPeriodRest('from the last week.'));
    assert.ok(isLastPeriodRest('của tuần trước'));
  });

  it('isSoftwareDocSection: the old case-insensitive pattern', () => {
    const OLD = /^(?:installation|installing|install|getting started|quick ?start|usage|how to use|license|licence|contributing|building|build|api(?: reference)?|configuration|requirements|prerequisites|faq|changelog|checklist|parameters|arguments|returns?|return value|examples?|version \d|cài đặt|hướng dẫn cài đặt|hướng dẫn sử dụng|cách dùng|cách sử dụng|giấy phép|đóng góp|tham số|đối số|giá trị trả về|kết quả trả về|ví dụ|câu hỏi thường gặp|hỏi đáp)(?![\p{L}\p{N}])/iu;
    const tokens = ['Installation', 'INSTALL', 'install', 'Getting Started', 'Quickstart', 'quick start', 'Usage', 'License', 'LICENCE', 'Build', 'API', 'api reference', 'FAQ', 'Return', 'returns', 'Examples', 'Version 2', 'Cài đặt', 'CÀI ĐẶT', 'Hướng dẫn sử dụng', 'Giấy phép', 'Ví dụ', 'VÍ DỤ', 'hỏi đáp', 'ing', 's', 'ed', 'ſ', 'İ'];
    fc.assert(fc.property(textOf(tokens, 4), (text) => assert.equal(isSoftwareDocSection(text), OLD.test(text), JSON.stringify(text))), RUNS);
    assert.ok(isSoftwareDocSection('INSTALLATION'));
    assert.ok(!isSoftwareDocSection('Installations'));
  });

  it('opensAsInstruction and opensAsExample: the old patterns with the line\'s Markdown marks in front', () => {
    const PREFIX = '^[ \\t>]*(?:#{1,6}[ \\t]+|[-*+][ \\t]+|\\d{1,3}[.)][ \\t]+)?[*_]*';
    const OLD_INSTRUCTION = new RegExp(`${PREFIX}${NOT_A_VERB}(?:${INSTRUCTION_VERBS})\\s`, 'u');
    const OLD_EXAMPLE = new RegExp(`${PREFIX}(?:Example|Sample|Ví dụ|Mẫu)\\s*[:*_]`, 'iu');
    const tokens = ['Provide', 'Describe', 'Ghi', 'Ghi chú', 'Nêu', 'List of', 'List', 'Example', 'EXAMPLE', 'Ví dụ', 'mẫu', 'Sample', ' ', '\t', '>', '#', '######', '#######', '-', '*', '+', '**', '__', '1.', '12)', '1234.', ':', '_'];
    fc.assert(fc.property(textOf(tokens, 7), (text) => {
      assert.equal(opensAsInstruction(text), OLD_INSTRUCTION.test(text), JSON.stringify(text));
      assert.equal(opensAsExample(text), OLD_EXAMPLE.test(text), JSON.stringify(text));
    }), RUNS);
    // Every mark the prefix reads, at its edges, before every kind of head.
    const prefixes = ['', ' ', '   ', '\t', '>', '> ', '>>', '#', '# ', '###### ', '####### ', '#\t', '- ', '-', '* ', '*', '+ ', '1. ', '123) ', '1234. ', '1.', '**', '__', '_*', '- **', '1. __', '> - ', '# **'];
    const heads = ['Provide x', 'Ghi chú x', 'Ghi x', 'List of x', 'List x', 'Example:', 'ví dụ:', 'EXAMPLE *', 'x', ' Provide x', '*Provide x'];
    for (const prefix of prefixes) {
      for (const head of heads) {
        const line = prefix + head;
        assert.equal(opensAsInstruction(line), OLD_INSTRUCTION.test(line), JSON.stringify(line));
        assert.equal(opensAsExample(line), OLD_EXAMPLE.test(line), JSON.stringify(line));
      }
    }
    assert.ok(opensAsInstruction('- **Provide a brief summary'));
    assert.ok(opensAsExample('### Example:'));
  });
});
