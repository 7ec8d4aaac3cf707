import * as assert from 'node:assert/strict';
import { browserCandidates, type BrowserSearch, ExportError, findBrowser } from '../../../src/core/export';

function machine(platform: NodeJS.Platform, env: Record<string, string>, installed: string[]): BrowserSearch {
  return { platform, env, isExecutable: (file) => installed.includes(file) };
}

describe('finding a browser for PDF export', () => {
  it('takes the first Chromium, Chrome or Edge on PATH, before the usual install paths', () => {
    const linux = machine('linux', { PATH: '/home/an/bin:/usr/local/bin:/usr/bin' }, ['/usr/bin/chromium', '/usr/local/bin/google-chrome']);
    assert.equal(findBrowser(undefined, linux), '/usr/bin/chromium');
    assert.equal(findBrowser(undefined, machine('linux', { PATH: '' }, ['/opt/google/chrome/chrome'])), '/opt/google/chrome/chrome');
    assert.equal(findBrowser(undefined, machine('linux', { PATH: '/usr/bin' }, ['/snap/bin/chromium'])), '/snap/bin/chromium');
  });

  it('knows where macOS and Windows install them', () => {
    const mac = machine('darwin', { PATH: '/usr/bin', HOME: '/Users/an' }, ['/Users/an/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge']);
    assert.equal(findBrowser(undefined, mac), '/Users/an/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge');
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    const windows = machine('win32', { Path: 'C:\\Windows', PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)', LOCALAPPDATA: 'C:\\Users\\an\\AppData\\Local' }, [edge]);
    assert.equal(findBrowser(undefined, windows), edge);
    assert.ok(browserCandidates(windows).includes('C:\\Users\\an\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe'));
  });

  it('uses the browser the writer set, then CHROME_PATH, over any found', () => {
    const search = machine('linux', { PATH: '/usr/bin', CHROME_PATH: '/opt/chrome-beta/chrome' }, ['/usr/bin/chromium', '/opt/chrome-beta/chrome', '/opt/custom/edge']);
    assert.equal(findBrowser('/opt/custom/edge', search), '/opt/custom/edge');
    assert.equal(findBrowser('  ', search), '/opt/chrome-beta/chrome');
  });

  it('says how to install one, or point to one, when there is none', () => {
    assert.throws(
      () => findBrowser(undefined, machine('linux', { PATH: '/usr/bin' }, [])),
      (error: unknown) =>
        error instanceof ExportError &&
        error.code === 'no-browser' &&
        /sudo apt-get install chromium/.test(error.in('en')) &&
        /reportwright\.export\.browserPath/.test(error.in('en')) &&
        /never downloads a browser/.test(error.in('en')) &&
        /Không tìm thấy Chromium/.test(error.in('vi')),
    );
    assert.throws(() => findBrowser(undefined, machine('win32', {}, [])), /Microsoft Edge is usually there already/);
  });
});
