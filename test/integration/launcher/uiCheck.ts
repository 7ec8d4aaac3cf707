/**
 * A UI check of the packaged extension: installs the VSIX into a throwaway code-server
 * profile, opens a workspace and a Markdown file, looks at the Problems panel, the Outline and
 * the quick-fix menu, takes screenshots, and asserts that expected strings are visible.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { openBrowser, type BrowserSession } from './browser';
import { startCodeServer, type CodeServer } from './codeServer';
import { LauncherError, duration, say, seconds, step } from './log';
import { REPO_ROOT, requireBuiltExtension, requireFolder } from './paths';
import { run } from './processes';
import type { Runtime } from './provision';
import { goToFirstProblem, openFile, openQuickFixMenu, runCommand, textShowing, visibleText, waitForWorkbench, webviewText } from './workbench';

export interface UiCheckOptions {
  workspace: string;
  /** The file to open, relative to the workspace. */
  openFile: string;
  /** Strings that must show in the Problems panel (e.g. rule ids). */
  expectProblems: string[];
  /** Strings that must show in the Outline view. */
  expectOutline: string[];
  /** Strings that must show in the quick-fix menu at the first problem. */
  expectQuickFixes: string[];
  /** Strings that must show in the side bar once the Report view is shown. */
  expectView: string[];
  /** Strings that must show in the status bar. */
  expectStatus: string[];
  /** Strings that must show in the report preview, opened beside the editor. */
  expectPreview: string[];
  /** Strings the rule page shows after a click on the first rule id in the Problems panel. */
  expectRulePage: string[];
  /** The tooltip of the Report view's "+" on a missing section. */
  expectInsertTooltip: string[];
  /** The buttons of the "export anyway?" question (asked for an HTML export of the open report, then dismissed). */
  expectExportButtons: string[];
  shotsDir: string;
  timeoutSeconds: number;
  verbose: boolean;
  keepTemp?: boolean;
}

interface Check {
  what: string;
  ok: boolean;
  detail: string;
}

const PROBLEMS_PANEL = '.markers-panel';
const OUTLINE_VIEW = '.outline-pane';
const SIDE_BAR = '.part.sidebar';
const STATUS_BAR = '.part.statusbar';

/** `vsce package` with the repo's own vsce, into a temp folder. */
async function packageVsix(folder: string): Promise<string> {
  const vsix = join(folder, 'reportwright.vsix');
  const vsce = join(REPO_ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
  if (!existsSync(vsce)) throw new LauncherError('@vscode/vsce is not installed: run npm install');
  await step('package the extension (vsce)', () =>
    run(process.execPath, [vsce, 'package', '--no-dependencies', '-o', vsix], { cwd: REPO_ROOT, quiet: true }),
  );
  return vsix;
}

export async function runUiCheck(runtime: Runtime, options: UiCheckOptions): Promise<number> {
  requireBuiltExtension();
  const workspace = requireFolder(options.workspace, 'workspace');
  const fileToOpen = resolve(workspace, options.openFile);
  if (!existsSync(fileToOpen)) throw new LauncherError(`--open ${options.openFile}: ${fileToOpen} does not exist`);
  mkdirSync(options.shotsDir, { recursive: true });

  const vsixDir = mkdtempSync(join(tmpdir(), 'reportwright-vsix-'));
  let server: CodeServer | undefined;
  let session: BrowserSession | undefined;
  let timer: NodeJS.Timeout | undefined;
  try {
    const vsix = await packageVsix(vsixDir);
    server = await startCodeServer(runtime, { vsix, verbose: options.verbose, keepTemp: options.keepTemp });
    say(`code-server ready in ${duration(server.startupMs)} with the VSIX installed`);
    session = await openBrowser(runtime.chromium, server.tempDir, options.verbose);
    const page = session.page;
    const timedOut = new Promise<never>((_, reject) => {
      const message = `the UI check did not finish within ${options.timeoutSeconds} s`;
      timer = setTimeout(() => reject(new LauncherError(message)), options.timeoutSeconds * 1000);
    });
    const url = server.workbenchUrl(workspace);
    const checks = await Promise.race([inspectWorkbench(page, url, relative(workspace, fileToOpen), options), timedOut]);
    return report(checks, options.shotsDir);
  } catch (error) {
    if (session) await shoot(session.page, options.shotsDir, 'failure');
    throw error;
  } finally {
    clearTimeout(timer);
    await session?.close();
    await server?.stop();
    rmSync(vsixDir, { recursive: true, force: true });
  }
}

async function inspectWorkbench(page: Page, url: string, fileToOpen: string, options: UiCheckOptions): Promise<Check[]> {
  const checks: Check[] = [];
  const expectAll = (what: string, text: string, expected: string[]): void => {
    if (expected.length === 0) return;
    const missing = expected.filter((item) => !text.includes(item));
    const detail = missing.length ? `missing ${missing.join(', ')} in: ${text || '(empty)'}` : text;
    checks.push({ what, ok: missing.length === 0, detail });
  };
  const started = Date.now();

  await step('open the workbench', async () => {
    await page.goto(url);
    await waitForWorkbench(page);
  });
  await step(`open ${fileToOpen}`, () => openFile(page, fileToOpen));
  await shoot(page, options.shotsDir, '1-editor');

  await runCommand(page, 'View: Focus Problems');
  const problems = await textShowing(page, PROBLEMS_PANEL, options.expectProblems);
  say(`Problems panel: ${problems}`);
  expectAll('Problems panel', problems, options.expectProblems);
  await shoot(page, options.shotsDir, '2-problems');

  if (options.expectRulePage.length > 0) {
    // A click on the rule id, as a writer clicks it: the page opens rendered (a webview), not as text to edit.
    await page.locator(`${PROBLEMS_PANEL} a.monaco-link:has(.marker-code), ${PROBLEMS_PANEL} .code-link a`).first().click();
    const rulePage = await webviewText(page, options.expectRulePage, 20_000);
    say(`rule page: ${rulePage.slice(0, 300)}`);
    expectAll('rule page', rulePage, options.expectRulePage);
    const tab = await visibleText(page, '.tabs-container .tab.active');
    checks.push({ what: 'rule page rendered, not open as text', ok: /^(Preview|Xem trước) /.test(tab.trim()), detail: `active tab: ${tab}` });
    await shoot(page, options.shotsDir, '2-rule-page');
    await runCommand(page, 'View: Close Editor');
    await openFile(page, fileToOpen);
  }

  await runCommand(page, 'Explorer: Focus on Outline View');
  // The Markdown extension that provides headings may still be activating: allow it 15 s.
  const outline = await textShowing(page, OUTLINE_VIEW, options.expectOutline, 15_000);
  say(`Outline: ${outline}`);
  expectAll('Outline view', outline, options.expectOutline);
  await shoot(page, options.shotsDir, '3-outline');

  if (options.expectView.length > 0) {
    await runCommand(page, 'Reportwright: Show the Report View');
    const view = await textShowing(page, SIDE_BAR, options.expectView, 15_000);
    say(`Report view: ${view}`);
    expectAll('Report view', view, options.expectView);
    await shoot(page, options.shotsDir, '3-report-view');
    if (options.expectInsertTooltip.length > 0) {
      // The "+" shows on the missing section's row when the pointer is over it.
      const row = page.locator(`${SIDE_BAR} .monaco-list-row`, { hasText: /chưa có|missing/ }).first();
      await row.hover();
      const action = row.locator('.actions .action-label').first();
      await action.waitFor({ timeout: 10_000 });
      const tooltip = `${(await action.getAttribute('aria-label')) ?? ''} ${(await action.getAttribute('title')) ?? ''}`.trim();
      say(`Report view "+": ${tooltip}`);
      expectAll('Report view "+" tooltip', tooltip, options.expectInsertTooltip);
    }
  }
  if (options.expectStatus.length > 0) {
    const status = await textShowing(page, STATUS_BAR, options.expectStatus);
    say(`status bar: ${status}`);
    expectAll('status bar', status, options.expectStatus);
  }

  if (await goToFirstProblem(page)) {
    const quickFixes = await openQuickFixMenu(page);
    say(`quick-fix menu: ${quickFixes}`);
    expectAll('quick-fix menu', quickFixes, options.expectQuickFixes);
    await shoot(page, options.shotsDir, '4-quick-fix');
    await page.keyboard.press('Escape');
  } else {
    say('no problem in the open file: quick-fix menu not opened');
    if (options.expectQuickFixes.length > 0) {
      checks.push({ what: 'quick-fix menu', ok: false, detail: 'the open file has no problem to put the cursor on' });
    }
  }
  if (options.expectExportButtons.length > 0) {
    await runCommand(page, 'Reportwright: Export to HTML');
    const dialog = page.locator('.monaco-dialog-box');
    await dialog.waitFor({ timeout: 15_000 });
    const buttons = (await dialog.locator('.dialog-buttons').innerText()).replace(/\s+/g, ' ').trim();
    say(`export question: ${buttons}`);
    expectAll('export question buttons', buttons, options.expectExportButtons);
    // Only the buttons asked for: no second Cancel in another language.
    const count = await dialog.locator('.dialog-buttons .monaco-button').count();
    checks.push({ what: 'export question has only those buttons', ok: count === options.expectExportButtons.length, detail: `${count} buttons: ${buttons}` });
    await shoot(page, options.shotsDir, '4-export-question');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden', timeout: 10_000 });
  }
  if (options.expectPreview.length > 0) {
    await runCommand(page, 'Reportwright: Open Preview to the Side');
    const preview = await webviewText(page, options.expectPreview);
    say(`preview: ${preview.slice(0, 400)}`);
    expectAll('preview', preview, options.expectPreview);
    await shoot(page, options.shotsDir, '5-preview');
  }
  say(`workbench inspected in ${seconds(started)}`);
  return checks;
}

async function shoot(page: Page, folder: string, name: string): Promise<void> {
  const path = join(folder, `${name}.png`);
  try {
    await page.screenshot({ path });
  } catch (error) {
    say(`could not take ${path}: ${(error as Error).message}`);
  }
}

function report(checks: Check[], shotsDir: string): number {
  if (checks.length === 0) console.log('no expectations given (--expect, --expect-outline, --expect-fix)');
  for (const check of checks) {
    console.log(`${check.ok ? 'ok  ' : 'FAIL'} ${check.what}${check.ok ? '' : `: ${check.detail}`}`);
  }
  const failed = checks.filter((check) => !check.ok).length;
  console.log(`${checks.length - failed} passed, ${failed} failed (screenshots in ${shotsDir})`);
  return failed > 0 ? 1 : 0;
}
