import * as assert from 'node:assert/strict';
import { DEFAULT_KINDS } from '../../../src/core';
import { helpLang, helpText } from '../../../src/cli/help';
import { runCli } from '../helpers';

describe('command line: --help without the linter', () => {
  it('names the same kinds as the registry the linter uses', () => {
    assert.match(helpText(), new RegExp(`treat every file as a report of this kind \\(${DEFAULT_KINDS.ids.join(', ')}\\)`));
  });

  it('is what main prints for --help, help and -h, and for lint --help', async () => {
    for (const args of [['--help'], ['help'], ['-h'], ['lint', '--help']]) {
      const r = await runCli(process.cwd(), ...args);
      assert.equal(r.code, 0);
      assert.equal(r.out, helpText(helpLang([])));
    }
    const none = await runCli(process.cwd());
    assert.equal(none.code, 2, 'no command is a usage error, with the help');
    assert.equal(none.out, helpText(helpLang([])));
  });

  it('is in Vietnamese with --lang vi or a Vietnamese locale, every option in both languages', async () => {
    const vi = await runCli(process.cwd(), '--help', '--lang', 'vi');
    assert.equal(vi.code, 0);
    assert.equal(vi.out, helpText('vi'));
    assert.match(vi.out, /^Reportwright .*: kiểm tra và xuất báo cáo Markdown/);
    assert.match(vi.out, /Mã thoát: 0 không có lỗi/);
    assert.equal((await runCli(process.cwd(), 'lint', '--help', '--lang=vi')).out, helpText('vi'));
    assert.equal(helpLang([], { LANG: 'vi_VN.UTF-8' }), 'vi');
    assert.equal(helpLang([], { LC_ALL: 'en_US.UTF-8', LANG: 'vi_VN.UTF-8' }), 'en', 'LC_ALL first, as POSIX reads it');
    assert.equal(helpLang(['--lang', 'en'], { LANG: 'vi_VN.UTF-8' }), 'en', '--lang over the locale');
    assert.equal(helpLang([], { LANG: 'C.UTF-8' }), 'en');
    assert.equal(helpLang([], { LANG: 'vietnamese' }), 'en', 'a locale is vi, vi_VN…, not a word that starts with vi');
    assert.equal(helpLang([], { LANG: 'en_US.UTF-8', LANGUAGE: 'vi:en' }), 'vi', 'LANGUAGE first, as gettext reads it');
    assert.equal(helpLang([], { LANG: 'C.UTF-8', LANGUAGE: 'vi' }), 'en', 'but not under the C locale');
    assert.equal(helpLang(['--lang', 'VI'], {}), 'vi');
    assert.equal(helpLang(['--', '--lang', 'vi'], {}), 'en', 'not after --');
    // Every option the English help names, the Vietnamese names too, and the kinds alike.
    const options = (text: string) => [...text.matchAll(/(?<![\w-])--[a-z][a-z-]*/g)].map((m) => m[0]).sort();
    assert.deepEqual([...new Set(options(helpText('vi')))], [...new Set(options(helpText('en')))]);
    assert.match(helpText('vi'), new RegExp(`\\(${DEFAULT_KINDS.ids.join(', ')}\\)`));
  });
});
