import type { RuleSetting } from '../rules/types';
import type { ReportwrightConfig } from './configFile';

/**
 * What a report is checked with, after the layers are applied: defaults, then the workspace
 * settings (or command-line options), then the nearest configuration file.
 */
export interface CheckSettings {
  rules: Record<string, RuleSetting>;
  toneMarks?: 'consistent' | 'old' | 'new';
  /** Globs relative to the root the paths are given from (the workspace folder, the working directory). */
  reportFiles: string[];
  /** Of those globs, the ones a configuration gives a kind: the first that matches a file names its kind. */
  reportKinds?: ReportKindGlob[];
  kinds: string[];
}

/** A configuration's `reportFiles` entry that names a kind: `"weekly/*.md": status`. */
export interface ReportKindGlob {
  /** Relative to the same root as the settings' other globs. */
  glob: string;
  /** A kind id, as `kind:` in front matter would name it; it may name no kind (RW005 says so). */
  kind: string;
  /** The glob as the configuration writes it, for messages. */
  written: string;
  /** The configuration file it is written in, as messages name it (`.reportwright.yaml`). */
  source?: string;
}

/**
 * Lays a configuration file over settings. `folder` is the file's folder relative to the same
 * root as the settings' globs ('' at the root), so that its globs keep meaning what they say.
 */
export function withConfig(base: CheckSettings, config: ReportwrightConfig, folder: string, source?: string): CheckSettings {
  const prefix = (glob: string) => (folder && !glob.startsWith('/') ? `${folder.replace(/\/+$/, '')}/${glob.replace(/^\.\//, '')}` : glob.replace(/^\//, ''));
  const listed = config.reportFiles;
  const entries = listed === undefined ? undefined : Array.isArray(listed) ? listed.map((glob) => [glob, AUTO_KIND] as const) : Object.entries(listed);
  return {
    rules: { ...base.rules, ...config.rules },
    toneMarks: config.toneMarks ?? base.toneMarks,
    reportFiles: entries ? entries.map(([glob]) => prefix(glob)) : base.reportFiles,
    reportKinds: entries
      ? entries.filter(([, kind]) => kind !== AUTO_KIND).map(([glob, kind]) => ({ glob: prefix(glob), kind, written: glob, ...(source ? { source } : {}) }))
      : base.reportKinds,
    kinds: [...base.kinds, ...(config.kinds ?? []).map(prefix)],
  };
}

/** In a `reportFiles` map, the kind that leaves a file's kind to its text. */
export const AUTO_KIND = 'auto';

/** The folders a configuration file may be in for a file: its own, then each parent up to `root`, nearest first. */
export function foldersUp(relativeFile: string, root = ''): string[] {
  const parts = relativeFile.replace(/\\/g, '/').split('/').slice(0, -1);
  const folders: string[] = [];
  for (let n = parts.length; n >= 0; n--) folders.push(parts.slice(0, n).join('/'));
  return root ? folders.map((f) => (f ? `${root}/${f}` : root)) : folders;
}
