/**
 * Serves a VS Code with the extension under development, for a person to try in a browser.
 * The extension runs from the repo (like F5's Extension Development Host): rebuild with
 * `npm run build` and reload the window to pick up changes.
 */
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { startCodeServer } from './codeServer';
import { duration, say } from './log';
import { REPO_ROOT, requireBuiltExtension, requireFolder } from './paths';
import type { Runtime } from './provision';

export interface ServeOptions {
  workspace: string;
  port: number;
  verbose: boolean;
  /** Serve a throwaway copy of the workspace, so that trying the samples never edits them. */
  copy?: boolean;
}

/** Runs until Ctrl+C (the server's signal handler stops it) or until the server ends. */
export async function serve(runtime: Runtime, options: ServeOptions): Promise<number> {
  requireBuiltExtension();
  // A fresh clone has no empty folders (git keeps none): an empty workspace is still useful.
  if (!existsSync(options.workspace)) {
    mkdirSync(options.workspace, { recursive: true });
    say(`created the empty workspace folder ${options.workspace}`);
  }
  const source = requireFolder(options.workspace, 'workspace');
  const server = await startCodeServer(runtime, { port: options.port, developmentPayload: true, verbose: options.verbose });
  let workspace = source;
  if (options.copy) {
    // Inside the server's temp folder: it goes when the server stops.
    workspace = join(server.tempDir, basename(source));
    cpSync(source, workspace, { recursive: true });
    say(`serving a copy of ${source}: edits made in the browser do not touch it`);
  }
  const url = server.workbenchUrl(workspace, [
    ['extensionDevelopmentPath', server.remoteUri(REPO_ROOT)],
    ['skipWelcome', 'true'],
  ]);
  say(`code-server ready in ${duration(server.startupMs)}`);
  console.log(`\nOpen VS Code with Reportwright from this repo:\n\n  ${url}\n\nPress Ctrl+C to stop.\n`);
  const reason = await server.exited;
  console.error(reason);
  await server.stop();
  return 1;
}
