/**
 * Progress lines of the launcher. They go to stderr so that stdout carries only what the
 * suite itself prints.
 */

const PREFIX = '[vscode]';

export function say(message: string): void {
  console.error(`${PREFIX} ${message}`);
}

export function duration(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** The time elapsed since a `Date.now()` reading. */
export function seconds(since: number): string {
  return duration(Date.now() - since);
}

/** Runs one named step and reports how long it took, or that it failed. */
export async function step<T>(title: string, work: () => Promise<T>): Promise<T> {
  const started = Date.now();
  say(`${title} …`);
  try {
    const result = await work();
    say(`${title}: done in ${seconds(started)}`);
    return result;
  } catch (error) {
    say(`${title}: FAILED after ${seconds(started)}`);
    throw error;
  }
}

/** An error whose message is meant for a person and needs no stack trace. */
export class LauncherError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
    this.name = 'LauncherError';
  }
}
