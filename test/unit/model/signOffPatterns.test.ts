import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { isName, isPlaceAndDate, isSignatureLine, opensSignOff } from '../../../src/core/model/signOff';

// The sign-off's patterns wait behind cheap tests (so that a lint of a report that closes in
// prose builds none of their Unicode classes); the answers must be the patterns' own.
const SIGN_OFF_IU =
  /^(?:người (?:viết|báo cáo|lập(?: báo cáo| biểu)?|tổng hợp|ghi(?: biên bản)?|thực hiện)|thư ký|nơi nhận|kính gửi|trân trọng|kính thư|xác nhận của|(?:tm|kt|tl|tuq|q)\.\s|prepared by|written by|submitted by|approved by|reviewed by|reported by|compiled by|signed|author|best regards|kind regards|regards|sincerely|respectfully)(?![\p{L}\p{N}])/iu;

// The patterns as written in signOff.ts (there made for each text: see settledPattern.ts).
const SIGNATURE_LINE = /^(?:[\p{Lu}\p{N}][\p{Lu}\p{N} .,&'’()-]{1,60}|\((?:[đĐ]ã )?[kK]ý[^)]{0,40}\)|\([sS]ign(?:ed|ature)[^)]{0,30}\)|\[(?:[sS]ign(?:ed|ature)|[cC]hữ ký)[^\]]{0,30}\])$/u;
const NAME = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,4}$/u;
const PLACE_DATE = /^[\p{Lu}][\p{L} .]{1,40},\s*(?:ngày\s+\d|\d{1,2}\s+\p{L}+\s+\d{4}|\p{L}+\s+\d{1,2},\s+\d{4})/u;

const piece = fc.constantFrom(
  'Người viết', 'NGƯỜI VIẾT', 'người', ' ', ' ', ', ', ':', '.', 'TM. ', 'tm. ', 'KT', 'Ủy ban', 'ỦY BAN', 'GIÁM ĐỐC', 'Giám đốc', 'Nguyễn', 'Văn', 'A', 'a', 'Jane', 'Doe', 'doe',
  'Hà Nội', 'Hanoi', 'ngày ', '12', '3', '2026', 'tháng ', 'năm ', 'March', '(ký)', '(Ký, ghi rõ họ tên)', '(signed)', '[signature]', '(', ')', '[', ']', '-', '’', "'", '&',
  'Prepared by', 'prepared by', 'Best regards', 'Regards', 'Sincerely', 'Trân trọng', 'Nơi nhận', 'ⅰⅱ', 'Ⅳ', 'ß', 'İ', 'ſ', 'É', 'đ', 'Đ', '\t', 'x'.repeat(30),
);

describe('the sign-off patterns behind their cheap tests', () => {
  it('answer as the patterns do, for lines of names, titles, dates, signatures and prose', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (pieces) => {
        const line = pieces.join('');
        assert.equal(isSignatureLine(line), SIGNATURE_LINE.test(line), `signature: ${line}`);
        assert.equal(isName(line), NAME.test(line), `name: ${line}`);
        assert.equal(isPlaceAndDate(line), PLACE_DATE.test(line), `place and date: ${line}`);
        assert.equal(opensSignOff(line), SIGN_OFF_IU.test(line), `opens: ${line}`);
      }),
      { numRuns: 4000 },
    );
  });

  it('read the sign-offs of Vietnamese and English reports', () => {
    assert.ok(opensSignOff('Người viết: Nguyễn Văn A') && opensSignOff('PREPARED BY Jane Doe') && !opensSignOff('Người viếtx'));
    assert.ok(isSignatureLine('GIÁM ĐỐC') && isSignatureLine('(Ký, ghi rõ họ tên)') && !isSignatureLine('Trên đây là báo cáo.'));
    assert.ok(isName('Nguyễn Văn An') && isName('Jane Doe') && !isName('Trên đây là báo cáo'));
    assert.ok(isPlaceAndDate('Hà Nội, ngày 12 tháng 3 năm 2026') && isPlaceAndDate('Hanoi, 12 March 2026') && !isPlaceAndDate('Hà Nội, sáng nay'));
  });
});
