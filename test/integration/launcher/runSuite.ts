/**
 * Runs a compiled mocha suite inside a real VS Code extension host: code-server serves the
 * workbench, headless Chromium opens it with a payload naming the extension under development
 * and the suite, and the workbench reports the suite's console output and exit code through
 * `codeAutomationLog` / `codeAutomationExit` (the mechanism of VS Code's own web tests).
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { format } from 'node:util';
import { openBrowser, type BrowserSession } from './browser';
import { startCodeServer, type CodeServer } from './codeServer';
import { duration, say, seconds } from './log';
import { REPO_ROOT, requireBuiltExtension, requireFile, requireFolder } from './paths';
import type { Runtime } from './provision';

export interface SuiteOptions {
  workspace: string;
  /** The compiled suite entry (exports `run(): Promise<void>`). */
  testsPath: string;
  timeoutSeconds: number;
  /** A PNG taken when the suite ends (and `-timeout.png` beside it on a timeout). */
  screenshot?: string;
  /** Only tests whose title matches (passed to the suite as REPORTWRIGHT_TEST_GREP). */
  grep?: string;
  verbose: boolean;
  keepTemp?: boolean;
}

/** Workbench log lines that are not the suite's: offline failures and startup chatter. */
const OFFLINE_NOISE = new RegExp(
  [
    'ENOTFOUND',
    'ERR_NAME_NOT_RESOLVED',
    'ERR_INTERNET_DISCONNECTED',
    'getaddrinfo',
    // Accounts and chat look for a GitHub sign-in that never comes offline.
    "Timed out waiting for authentication provider 'github'",
    '^\\[(ChatModelSelection|AgentHost|Service Worker|AccountPolicyGate|reconnection-grace-time)',
    '^(Resolving connection token|Resolved connection token|Creating a socket|Updating additional builtin)',
    '^Creation of workbench contribution .* took \\d+ms',
  ].join('|'),
);

export const TIMED_OUT = 124;

export async function runSuite(runtime: Runtime, options: SuiteOptions): Promise<number> {
  requireBuiltExtension();
  const workspace = requireFolder(options.workspace, 'workspace');
  const testsPath = requireFile(options.testsPath, 'compiled suite', 'run npm run build:integration');

  const server = await startCodeServer(runtime, {
    developmentPayload: true,
    verbose: options.verbose,
    keepTemp: options.keepTemp,
    env: options.grep ? { REPORTWRIGHT_TEST_GREP: options.grep } : {},
  });
  say(`code-server ready in ${duration(server.startupMs)} on port ${server.port}`);
  let session: BrowserSession | undefined;
  try {
    // No console forwarding: the workbench already sends its log to codeAutomationLog.
    session = await openBrowser(runtime.chromium, server.tempDir, false);
    return await driveSuite(server, session, workspace, testsPath, options);
  } finally {
    await session?.close();
    await server.stop();
  }
}

async function driveSuite(
  server: CodeServer,
  session: BrowserSession,
  workspace: string,
  testsPath: string,
  options: SuiteOptions,
): Promise<number> {
  const { page } = session;
  let reportExit!: (code: number) => void;
  const exited = new Promise<number>((resolve) => (reportExit = resolve));
  await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[] = []) => {
    const line = format(...args);
    if (!options.verbose && OFFLINE_NOISE.test(line)) return;
    if (type === 'error' || type === 'warn') console.error(line);
    else console.log(line);
  });
  await page.exposeFunction('codeAutomationExit', (code: number) => reportExit(code));
  page.on('close', () => reportExit(1));
  page.on('crash', () => {
    console.error('The workbench page crashed.');
    reportExit(1);
  });
  // A server that dies mid-suite would otherwise only show as a timeout.
  void server.exited.then((reason) => {
    console.error(reason);
    reportExit(1);
  });

  const url = server.workbenchUrl(workspace, [
    ['extensionDevelopmentPath', server.remoteUri(REPO_ROOT)],
    ['extensionTestsPath', server.remoteUri(testsPath)],
    ['skipWelcome', 'true'],
  ]);
  const started = Date.now();
  say(`running ${testsPath} in the extension host (workspace ${workspace})`);
  if (options.verbose) say(`workbench ${url}`);
  await page.goto(url);

  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), options.timeoutSeconds * 1000);
  });
  const code = await Promise.race([exited, timedOut]);
  clearTimeout(timer);

  if (code === TIMED_OUT) {
    console.error(`The suite did not finish within ${options.timeoutSeconds} s.`);
    console.error(`Last code-server output:\n${server.recentOutput()}`);
    await screenshot(session, options.screenshot?.replace(/(\.png)?$/, '-timeout.png'));
  } else {
    await screenshot(session, options.screenshot);
  }
  say(`suite finished in ${seconds(started)} with exit code ${code}`);
  return code;
}

async function screenshot(session: BrowserSession, path: string | undefined): Promise<void> {
  if (!path) return;
  try {
    mkdirSync(dirname(path), { recursive: true });
    await session.page.screenshot({ path });
    say(`screenshot ${path}`);
  } catch (error) {
    say(`could not take a screenshot: ${(error as Error).message}`);
  }
}
