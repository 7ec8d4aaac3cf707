import { accessSync, constants, statSync } from 'node:fs';
import * as path from 'node:path';
import { ExportError } from './errors';

/** Where to look for a browser: the machine's, or a made-up one in tests. */
export interface BrowserSearch {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  /** An executable file is there. */
  isExecutable(file: string): boolean;
}

export const SYSTEM: BrowserSearch = {
  platform: process.platform,
  env: process.env,
  isExecutable(file) {
    try {
      if (!statSync(file).isFile()) return false;
      accessSync(file, process.platform === 'win32' ? constants.F_OK : constants.X_OK);
      return true;
    } catch {
      return false;
    }
  },
};

/** Command names looked up on PATH, by platform: Chromium, Chrome and Edge under their usual names. */
const COMMANDS: Record<string, string[]> = {
  linux: ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome', 'microsoft-edge-stable', 'microsoft-edge'],
  darwin: ['chromium', 'google-chrome', 'microsoft-edge'],
  win32: ['chrome.exe', 'msedge.exe', 'chromium.exe'],
};

/** The usual install paths, by platform, after PATH. */
function installPaths(search: BrowserSearch): string[] {
  const { env } = search;
  switch (search.platform) {
    case 'darwin': {
      const apps = ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Chromium.app/Contents/MacOS/Chromium', 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge'];
      const roots = ['/Applications', ...(env.HOME ? [path.posix.join(env.HOME, 'Applications')] : [])];
      return roots.flatMap((root) => apps.map((app) => path.posix.join(root, app)));
    }
    case 'win32': {
      const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((r): r is string => !!r);
      const apps = ['Google\\Chrome\\Application\\chrome.exe', 'Microsoft\\Edge\\Application\\msedge.exe', 'Chromium\\Application\\chrome.exe'];
      return apps.flatMap((app) => roots.map((root) => path.win32.join(root, app)));
    }
    default:
      return [
        '/usr/bin/chromium',
        '/usr/bin/chromium-browser',
        '/snap/bin/chromium',
        '/usr/bin/google-chrome-stable',
        '/usr/bin/google-chrome',
        '/opt/google/chrome/chrome',
        '/usr/bin/microsoft-edge-stable',
        '/opt/microsoft/msedge/msedge',
      ];
  }
}

/** Every place a browser may be, in the order they are tried: PATH first, then the install paths. */
export function browserCandidates(search: BrowserSearch): string[] {
  const join = search.platform === 'win32' ? path.win32.join : path.posix.join;
  const separator = search.platform === 'win32' ? ';' : ':';
  const pathVariable = search.env.PATH ?? search.env.Path ?? '';
  const dirs = pathVariable.split(separator).filter(Boolean);
  const names = COMMANDS[search.platform] ?? COMMANDS.linux;
  const onPath = names.flatMap((name) => dirs.map((dir) => join(dir, name)));
  return [...new Set([...onPath, ...installPaths(search)])];
}

/**
 * The browser that prints PDFs: the one the writer set (setting or `--browser`), else
 * `CHROME_PATH`, else the first Chromium, Chrome or Edge found. Reportwright never downloads
 * one; when none is there, the error says how to install one or point to it.
 */
export function findBrowser(configured: string | undefined, search: BrowserSearch = SYSTEM): string {
  const chosen = configured?.trim();
  if (chosen) {
    if (search.isExecutable(chosen)) return chosen;
    throw new ExportError('no-browser', {
      en: `The browser set for PDF export, ${chosen}, is not an executable file. Point reportwright.export.browserPath (or --browser) to Chromium, Google Chrome or Microsoft Edge, or clear it to let Reportwright look for one.`,
      vi: `Trình duyệt được đặt để xuất PDF, ${chosen}, không phải tệp chạy được. Hãy trỏ reportwright.export.browserPath (hoặc --browser) tới Chromium, Google Chrome hay Microsoft Edge, hoặc để trống để Reportwright tự tìm.`,
    });
  }
  const fromEnv = search.env.CHROME_PATH?.trim();
  if (fromEnv && search.isExecutable(fromEnv)) return fromEnv;
  const found = browserCandidates(search).find((file) => search.isExecutable(file));
  if (found) return found;
  throw new ExportError('no-browser', noBrowserMessage(search.platform));
}

function noBrowserMessage(platform: NodeJS.Platform) {
  const install = {
    linux: { en: 'on Debian or Ubuntu: sudo apt-get install chromium (Ubuntu: sudo snap install chromium)', vi: 'trên Debian hoặc Ubuntu: sudo apt-get install chromium (Ubuntu: sudo snap install chromium)' },
    darwin: { en: 'on macOS: install Google Chrome or Microsoft Edge into /Applications (or brew install --cask chromium)', vi: 'trên macOS: cài Google Chrome hoặc Microsoft Edge vào /Applications (hoặc brew install --cask chromium)' },
    win32: { en: 'on Windows: Microsoft Edge is usually there already; otherwise install Google Chrome or Edge', vi: 'trên Windows: thường đã có sẵn Microsoft Edge; nếu không, hãy cài Google Chrome hoặc Edge' },
  }[platform === 'darwin' || platform === 'win32' ? platform : 'linux'];
  return {
    en: `No Chromium, Google Chrome or Microsoft Edge was found to print the PDF (Reportwright never downloads a browser). Install one (${install.en}), or point to one with the setting reportwright.export.browserPath or the command line's --browser PATH.`,
    vi: `Không tìm thấy Chromium, Google Chrome hay Microsoft Edge để in PDF (Reportwright không bao giờ tự tải trình duyệt). Hãy cài một trình duyệt (${install.vi}), hoặc chỉ tới trình duyệt bằng thiết lập reportwright.export.browserPath hay tham số --browser PATH của dòng lệnh.`,
  };
}
