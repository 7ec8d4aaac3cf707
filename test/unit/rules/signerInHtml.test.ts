import * as assert from 'node:assert/strict';
import { lintText, only } from '../helpers';

/** A report converted from Word, its signature right-aligned in an HTML div with the seal as an image. */
const report = (signature: string[]) =>
  [
    '---',
    'kind: official-report',
    'lang: vi',
    '---',
    '',
    '## I. KẾT QUẢ ĐẠT ĐƯỢC',
    '',
    'Hoàn thành 12/12 chỉ tiêu./.',
    '',
    '_Nơi nhận:_',
    '- UBND huyện;',
    '- Lưu: VT.',
    '',
    '<div align="right">',
    '',
    ...signature,
    '',
    '<img src="seal.png" title="(dấu đỏ)"/>',
    '',
    '**Vũ Thu Hà**',
    '',
    '</div>',
    '',
  ].join('\n');

describe('RW605 with the signature in an HTML block', () => {
  it('reads the authority and the title inside <div align="right"> … </div>: nothing to report', () => {
    assert.deepEqual(lintText(report(['**TM. ỦY BAN NHÂN DÂN**  ', '**KT. CHỦ TỊCH**  ', '**PHÓ CHỦ TỊCH**']), undefined, only('RW605')), []);
    assert.deepEqual(lintText(report(['**KT. CHỦ TỊCH**', '**PHÓ CHỦ TỊCH**']), undefined, only('RW605')), []);
  });

  it('names a title that fits the authority when the title is missing, in Vietnamese and English', () => {
    const text = report(['**KT. CHỦ TỊCH**']);
    const [vi] = lintText(text, undefined, only('RW605'));
    assert.equal(vi?.message, 'Phần chữ ký chưa có chức vụ người ký, ví dụ "PHÓ CHỦ TỊCH".');
    const [en] = lintText(text, undefined, { ...only('RW605'), messageLang: 'en' });
    assert.equal(en?.message, 'The signature block has no title (chức vụ) of the signer, for example "PHÓ CHỦ TỊCH".');
  });
});
