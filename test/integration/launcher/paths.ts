/** Where things are in the repo, and the checks that the launcher's inputs were built. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LauncherError } from './log';

export const REPO_ROOT = resolve(__dirname, '..', '..', '..');

export const DEFAULTS = {
  workspace: join(REPO_ROOT, 'test', 'integration', 'workspace'),
  testsPath: join(REPO_ROOT, 'out', 'integration', 'index.js'),
  shotsDir: join(REPO_ROOT, '.shots'),
  timeoutSeconds: 300,
};

/** The extension's id (publisher.name) and version, from package.json. */
export function extensionManifest(): { id: string; version: string; main: string } {
  const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as Record<string, string>;
  return { id: `${manifest.publisher}.${manifest.name}`, version: manifest.version, main: manifest.main };
}

/** Fails early, with the command to run, when the extension bundle is missing. */
export function requireBuiltExtension(): void {
  const main = join(REPO_ROOT, extensionManifest().main);
  if (!existsSync(main)) throw new LauncherError(`the extension is not built (${main} is missing): run npm run build`);
}

export function requireFolder(folder: string, what: string): string {
  const absolute = resolve(folder);
  if (!existsSync(absolute) || !statSync(absolute).isDirectory()) throw new LauncherError(`${what} ${absolute} is not a folder`);
  return absolute;
}

export function requireFile(file: string, what: string, hint = ''): string {
  const absolute = resolve(file);
  if (!existsSync(absolute)) throw new LauncherError(`${what} ${absolute} does not exist${hint ? `: ${hint}` : ''}`);
  return absolute;
}
