/** Driving the VS Code workbench in a page the way a person does: keys, palette, views. */
import { basename } from 'node:path';
import type { Page } from 'playwright-core';
import { sleep } from './processes';

const WAIT_MS = 30_000;

export async function waitForWorkbench(page: Page): Promise<void> {
  await page.waitForSelector('.monaco-workbench', { timeout: 90_000 });
  // The explorer appears once the workspace folder is resolved by the server.
  await page.waitForSelector('.explorer-folders-view', { timeout: WAIT_MS });
}

/** Runs a command by its palette label, e.g. "View: Focus Problems". */
export async function runCommand(page: Page, label: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: WAIT_MS });
  await input.fill(`>${label}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first().waitFor({ timeout: WAIT_MS });
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: WAIT_MS });
}

/** Opens a workspace file through Quick Open and waits until its editor is active. */
export async function openFile(page: Page, relativePath: string): Promise<void> {
  const name = basename(relativePath);
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: WAIT_MS });
  await input.fill(relativePath);
  // Quick Open searches the workspace in the background; wait for the file's row.
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ timeout: WAIT_MS });
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ timeout: WAIT_MS });
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ timeout: WAIT_MS });
  // Best effort, for the screenshots: colored tokens mean the language's grammar has loaded.
  await page
    .locator('.editor-instance .view-line span span:not(.mtk1)')
    .first()
    .waitFor({ timeout: 10_000 })
    .catch(() => undefined);
}

/** The visible text of the first element matching `selector`, with whitespace runs collapsed. */
export async function visibleText(page: Page, selector: string): Promise<string> {
  const element = page.locator(selector).first();
  await element.waitFor({ timeout: WAIT_MS });
  return (await element.innerText()).replace(/\s+/g, ' ').trim();
}

/**
 * Views fill in asynchronously (diagnostics after the extension has linted, symbols after a
 * language extension activates). Waits until every expected string shows in the element's
 * text or, with nothing expected, until the text has stayed the same for a moment and no longer
 * reads as a placeholder; returns the last text read.
 */
export async function textShowing(page: Page, selector: string, expected: string[], timeoutMs = WAIT_MS): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  const settledAfterMs = 1500;
  let text = await visibleText(page, selector);
  let unchangedSince = Date.now();
  for (;;) {
    const done =
      expected.length > 0
        ? expected.every((item) => text.includes(item))
        : !PLACEHOLDER.test(text) && Date.now() - unchangedSince >= settledAfterMs;
    if (done || Date.now() > deadline) return text;
    await sleep(250);
    const next = await visibleText(page, selector);
    if (next !== text) unchangedSince = Date.now();
    text = next;
  }
}

/** What a view shows while its provider is not there yet. */
const PLACEHOLDER = /cannot provide outline information|no data provider registered/i;

/** Puts the cursor on the first problem of the active editor; false if it has none. */
export async function goToFirstProblem(page: Page): Promise<boolean> {
  await runCommand(page, 'View: Focus Active Editor Group');
  await page.keyboard.press('Control+Home');
  await runCommand(page, 'Go to Next Problem (Error, Warning, Info)');
  // The command shows an inline peek at the problem; without a problem nothing opens.
  const peek = page.locator('.marker-widget');
  const found = await peek.waitFor({ timeout: 3000 }).then(
    () => true,
    () => false,
  );
  if (found) await page.keyboard.press('Escape');
  return found;
}

/**
 * Opens the quick-fix menu at the cursor and returns its text. Through the palette: the
 * Ctrl+. key press does not reach the keybinding in headless Chromium; the command is the same.
 */
export async function openQuickFixMenu(page: Page): Promise<string> {
  await runCommand(page, 'Quick Fix...');
  return visibleText(page, '.action-widget');
}

/**
 * The text a webview shows (e.g. the report preview): its page sits two iframes deep
 * (`iframe.webview.ready` > `#active-frame`). Waits until the expected strings show.
 */
export async function webviewText(page: Page, expected: string[], timeoutMs = 45_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let text = '';
  for (;;) {
    const frame = page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');
    text = await frame
      .locator('body')
      .innerText({ timeout: 2_000 })
      .then((t) => t.replace(/\s+/g, ' ').trim())
      .catch(() => '');
    if ((text && expected.every((item) => text.includes(item))) || Date.now() > deadline) return text;
    await sleep(500);
  }
}
