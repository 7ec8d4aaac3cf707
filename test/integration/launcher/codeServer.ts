/**
 * Starts code-server in a throwaway profile: its own user data, extensions and XDG folders in
 * a temp folder, quiet settings, no auth, bound to 127.0.0.1. Stopping it kills the whole
 * process group (server, extension host, watchers) and removes the temp folder.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LauncherError, say } from './log';
import { cleanEnv, freePort, run, sleep, stopProcessGroup, tail } from './processes';
import type { Runtime } from './provision';

export interface CodeServerOptions {
  /** A fixed port (for `serve`); a free one otherwise. */
  port?: number;
  /**
   * Let the workbench URL's `payload` carry extensionDevelopmentPath / extensionTestsPath.
   * A built web client ignores them unless the server enables the smoke-test driver.
   */
  developmentPayload?: boolean;
  /** A VSIX to install into the throwaway extensions folder before the server starts. */
  vsix?: string;
  /** Extra environment for the server and so for the extension host. */
  env?: Record<string, string>;
  verbose?: boolean;
  /** Keep the temp folder (user data, logs) for a post-mortem. */
  keepTemp?: boolean;
  startupTimeoutMs?: number;
}

export interface CodeServer {
  port: number;
  /** The throwaway folder; Chromium's profile goes here too. */
  tempDir: string;
  /** How long the server took to answer /healthz. */
  startupMs: number;
  /** The workbench URL that opens `folder`, with an optional payload of [name, value] pairs. */
  workbenchUrl(folder: string, payload?: [string, string][]): string;
  /** A path on the server's machine as the workbench addresses it. */
  remoteUri(absolutePath: string): string;
  /** The end of the server's own log, for error messages. */
  recentOutput(): string;
  /** Settles with a reason if the server ends on its own; never after stop(). */
  exited: Promise<string>;
  stop(): Promise<void>;
}

/** Settings that keep the workbench quiet and offline-friendly. */
const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'git.enabled': false,
  'security.workspace.trust.enabled': false,
};

function serverEnv(tempDir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  // code-server writes config.yaml and state under XDG folders; keep them out of $HOME.
  return cleanEnv({
    XDG_CONFIG_HOME: join(tempDir, 'xdg', 'config'),
    XDG_DATA_HOME: join(tempDir, 'xdg', 'data'),
    XDG_CACHE_HOME: join(tempDir, 'xdg', 'cache'),
    ...extra,
  });
}

async function waitForHealth(port: number, timeoutMs: number, exited: () => string | undefined): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const exitReason = exited();
    if (exitReason) throw new LauncherError(exitReason);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new LauncherError(`code-server did not answer /healthz within ${timeoutMs / 1000} s`);
}

export async function startCodeServer(runtime: Runtime, options: CodeServerOptions = {}): Promise<CodeServer> {
  const started = Date.now();
  const tempDir = mkdtempSync(join(tmpdir(), 'reportwright-vscode-'));
  const removeTemp = (): void => {
    if (options.keepTemp) say(`kept ${tempDir}`);
    else rmSync(tempDir, { recursive: true, force: true });
  };
  const userDataDir = join(tempDir, 'user-data');
  const profileArgs = ['--user-data-dir', userDataDir, '--extensions-dir', join(tempDir, 'extensions')];
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  // REPORTWRIGHT_TEST_UNTRUSTED=1 opens the workspace in restricted mode (workspace trust on, the folder not trusted).
  const untrusted = process.env.REPORTWRIGHT_TEST_UNTRUSTED === '1';
  const settings = untrusted ? { ...QUIET_SETTINGS, 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never' } : QUIET_SETTINGS;
  writeFileSync(join(userDataDir, 'User', 'settings.json'), `${JSON.stringify(settings, null, 2)}\n`);
  const env = serverEnv(tempDir, options.env);

  try {
    if (options.vsix) {
      await run(runtime.node, [runtime.codeServerEntry, ...profileArgs, '--install-extension', options.vsix], {
        env,
        quiet: !options.verbose,
      });
    }
  } catch (error) {
    removeTemp();
    throw error;
  }

  const port = options.port ?? (await freePort());
  const args = [
    runtime.codeServerEntry,
    ...profileArgs,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    ...(untrusted ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override',
    '--ignore-last-opened',
    ...(options.developmentPayload ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
  ];
  // Its own process group, so that stopping it also stops the extension host it forks.
  const child = spawn(runtime.node, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const collect = (chunk: Buffer): void => {
    const text = chunk.toString();
    output = (output + text).slice(-20_000);
    if (options.verbose) process.stderr.write(text.replace(/^(?=.)/gm, '[server] '));
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  let exitReason: string | undefined;
  let stopRequested = false;
  const exited = new Promise<string>((resolve) => {
    const report = (reason: string): void => {
      exitReason ??= reason;
      if (!stopRequested) resolve(exitReason);
    };
    child.on('error', (error) => report(`cannot start code-server: ${error.message}`));
    child.on('exit', (code, signal) => report(`code-server exited (${signal ?? `status ${code}`}):\n${tail(output, 40)}`));
  });

  let stopped: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopRequested = true;
    stopped ??= stopProcessGroup(child).then(removeTemp);
    return stopped;
  };
  // Ctrl+C or a CI cancel must not leave a server and its extension host behind. The signal
  // often comes twice (npm and tsx pass it on too): the second must not cut the cleanup short.
  let signalled = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (signalled) return;
    signalled = true;
    void stop().then(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  process.on('SIGHUP', onSignal);

  try {
    await waitForHealth(port, options.startupTimeoutMs ?? 60_000, () => exitReason);
  } catch (error) {
    await stop();
    throw error;
  }

  const remoteUri = (absolutePath: string): string => `vscode-remote://127.0.0.1:${port}${absolutePath}`;
  return {
    port,
    tempDir,
    startupMs: Date.now() - started,
    remoteUri,
    workbenchUrl(folder, payload) {
      const query = [`folder=${encodeURIComponent(folder)}`];
      if (payload) query.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
      return `http://127.0.0.1:${port}/?${query.join('&')}`;
    },
    recentOutput: () => tail(output, 40),
    exited,
    async stop() {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      process.off('SIGHUP', onSignal);
      await stop();
    },
  };
}
