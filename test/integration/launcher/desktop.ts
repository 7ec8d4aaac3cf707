/**
 * Runs the same compiled suite in desktop VS Code through @vscode/test-electron, for machines
 * that can download VS Code (or have one: REPORTWRIGHT_VSCODE_EXECUTABLE). Where the download
 * is impossible it fails fast with a message instead of hanging.
 *
 *   tsx test/integration/launcher/desktop.ts [--workspace DIR] [--tests FILE] [--timeout SECONDS]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { LauncherError, say, seconds, step } from './log';
import { DEFAULTS, REPO_ROOT, requireBuiltExtension, requireFile, requireFolder } from './paths';
import { cacheRoot } from './provision';

/** test-electron's own timeout is per stalled read; this bounds the whole download. */
const DOWNLOAD_TIMEOUT_MS = 10 * 60_000;

function withTimeout<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new LauncherError(message)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

async function desktopVSCode(): Promise<string> {
  const installed = process.env.REPORTWRIGHT_VSCODE_EXECUTABLE;
  if (installed) return requireFile(installed, 'REPORTWRIGHT_VSCODE_EXECUTABLE');
  const version = process.env.REPORTWRIGHT_VSCODE_VERSION || 'stable';
  try {
    return await step(`download VS Code ${version} (@vscode/test-electron)`, () =>
      withTimeout(
        downloadAndUnzipVSCode({ version, cachePath: join(cacheRoot(), 'desktop'), timeout: 30_000 }),
        DOWNLOAD_TIMEOUT_MS,
        `the download took more than ${DOWNLOAD_TIMEOUT_MS / 60_000} minutes`,
      ),
    );
  } catch (error) {
    throw new LauncherError(
      `cannot get desktop VS Code: ${(error as Error).message}\n` +
        'VS Code could not be downloaded (offline, or its download server is unreachable). Run the same suite in code-server with ' +
        '`npm run test:integration`, or set REPORTWRIGHT_VSCODE_EXECUTABLE to an installed VS Code.',
    );
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { workspace: { type: 'string' }, tests: { type: 'string' }, timeout: { type: 'string' } },
    strict: true,
  });
  requireBuiltExtension();
  const workspace = requireFolder(values.workspace ?? DEFAULTS.workspace, 'workspace');
  const testsPath = requireFile(values.tests ?? DEFAULTS.testsPath, 'compiled suite', 'run npm run build:integration');
  const timeoutSeconds = Number(values.timeout ?? DEFAULTS.timeoutSeconds);
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    say('no display: desktop VS Code on Linux needs one (run under xvfb-run)');
  }

  const vscodeExecutablePath = await desktopVSCode();
  const userDataDir = mkdtempSync(join(tmpdir(), 'reportwright-desktop-'));
  const started = Date.now();
  try {
    const code = await withTimeout(
      runTests({
        vscodeExecutablePath,
        extensionDevelopmentPath: REPO_ROOT,
        extensionTestsPath: resolve(testsPath),
        launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', userDataDir],
      }),
      timeoutSeconds * 1000,
      `the suite did not finish within ${timeoutSeconds} s`,
    );
    say(`suite finished in ${seconds(started)} with exit code ${code}`);
    return code;
  } finally {
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof LauncherError ? `error: ${error.message}` : error);
    process.exit(1);
  },
);
