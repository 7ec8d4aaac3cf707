/** Headless Chromium (Debian's) through playwright-core: the client that the workbench needs. */
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { cleanEnv } from './processes';

const CHROMIUM_ARGS = [
  '--no-sandbox', // runs as root in CI
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage', // small /dev/shm in containers
];

export interface BrowserSession {
  browser: Browser;
  page: Page;
  close(): Promise<void>;
}

/**
 * Launches Chromium with one page. `tempDir` receives its dconf/crashpad files, which would
 * otherwise land in $HOME; playwright gives each launch a fresh profile of its own.
 */
export async function openBrowser(executablePath: string, tempDir: string, forwardConsole = false): Promise<BrowserSession> {
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    env: cleanEnv({ XDG_CONFIG_HOME: join(tempDir, 'chromium', 'config'), XDG_CACHE_HOME: join(tempDir, 'chromium', 'cache') }),
  });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`[page error] ${error.message}`));
  if (forwardConsole) page.on('console', (message) => console.error(`[browser ${message.type()}] ${message.text()}`));
  return {
    browser,
    page,
    async close() {
      await browser.close().catch(() => undefined);
    },
  };
}
