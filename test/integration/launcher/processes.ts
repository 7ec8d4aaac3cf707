/** Child processes: a clean environment, commands that must succeed, process groups, ports. */
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { createServer } from 'node:net';
import { delimiter, join } from 'node:path';
import { LauncherError } from './log';

/**
 * Settings that `npm run` exports for its own invocation. Left in, they would make a nested npm
 * take the outer Node's user agent (code-server's install checks it), the repo as its prefix,
 * or the outer `nodedir`. Other npm_config_* (registry, cache, proxy) are the user's and stay.
 */
const NPM_RUN_SETTINGS = new Set(
  ['user_agent', 'local_prefix', 'prefix', 'global_prefix', 'nodedir', 'node_gyp', 'npm_version', 'allow_scripts'].map(
    (name) => `npm_config_${name}`,
  ),
);

/** The environment for child tools, without what `npm run` and tsx set for this process. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    const lower = name.toLowerCase();
    const fromNpmRun = lower.startsWith('npm_') && (!lower.startsWith('npm_config_') || NPM_RUN_SETTINGS.has(lower));
    if (fromNpmRun || name === 'INIT_CWD' || name === 'NODE' || name === 'NODE_OPTIONS') continue;
    env[name] = value;
  }
  return { ...env, ...extra };
}

/** The first executable called `name` on PATH, or undefined. */
export function findOnPath(name: string, pathVariable = process.env.PATH ?? ''): string | undefined {
  for (const folder of pathVariable.split(delimiter)) {
    if (!folder) continue;
    const candidate = join(folder, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this folder
    }
  }
  return undefined;
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Keep the output to show it only on failure, instead of streaming it. */
  quiet?: boolean;
}

/** Runs a command to completion; rejects with its exit status (and output when quiet). */
export function run(command: string, args: string[], options: RunOptions = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? cleanEnv(),
      stdio: ['ignore', options.quiet ? 'pipe' : 'inherit', options.quiet ? 'pipe' : 'inherit'],
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => reject(new LauncherError(`cannot run ${command}: ${error.message}`)));
    child.on('close', (code, signal) => {
      if (code === 0) return resolve(output);
      const status = signal ? `signal ${signal}` : `exit status ${code}`;
      const shown = options.quiet && output.trim() ? `\n${tail(output, 60)}` : '';
      reject(new LauncherError(`\`${[command, ...args].join(' ')}\` failed with ${status}${shown}`));
    });
  });
}

/** The last `lines` lines of a text. */
export function tail(text: string, lines: number): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

/** Whether a process with this id is still running. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Stops a child started with `detached: true` together with everything it started (code-server
 * forks the extension host and file watchers): SIGTERM to the group, SIGKILL after a grace time.
 */
export function stopProcessGroup(child: ChildProcess, graceMs = 5000): Promise<void> {
  return new Promise((resolve) => {
    const pid = child.pid;
    if (pid === undefined) return resolve();
    const signalGroup = (signal: NodeJS.Signals): void => {
      try {
        process.kill(-pid, signal);
      } catch {
        // the group is already gone
      }
    };
    const killer = setTimeout(() => {
      signalGroup('SIGKILL');
      resolve();
    }, graceMs);
    const finish = (): void => {
      clearTimeout(killer);
      // The leader may exit before its children: make sure none are left behind.
      signalGroup('SIGKILL');
      resolve();
    };
    if (child.exitCode !== null || child.signalCode !== null) return finish();
    child.once('exit', finish);
    signalGroup('SIGTERM');
  });
}

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
