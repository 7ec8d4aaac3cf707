import { globUnder } from '../text/safeGlob';
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
  /**
   * The same globs when a configuration gives them as a map, each with its kind (`auto` among
   * them), in the order written: the first that matches a file names its kind.
   */
  reportKinds?: ReportKindGlob[];
  kinds: string[];
}

/** A configuration's `reportFiles` entry that names a kind: `"weekly/*.md": status`. */
export interface ReportKindGlob {
  /** Relative to the same root as the settings' other globs. */
  glob: string;
  /** A kind id, as `kind:` in front matter would name it, or `auto`; it may name no kind (RW005 says so). */
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
  // Globs keep meaning what they say from the file's folder, whatever characters its path holds.
  const prefix = (glob: string) => globUnder(folder, glob);
  const listed = config.reportFiles;
  return {
    rules: { ...base.rules, ...config.rules },
    toneMarks: config.toneMarks ?? base.toneMarks,
    reportFiles: listed === undefined ? base.reportFiles : (Array.isArray(listed) ? listed : Object.keys(listed)).map(prefix),
    // A map's entries in the order written, `auto` among them: the first that matches a file decides.
    reportKinds:
      listed === undefined
        ? base.reportKinds
        : Array.isArray(listed)
          ? undefined
          : Object.entries(listed).map(([glob, kind]) => ({ glob: prefix(glob), kind, written: glob, ...(source ? { source } : {}) })),
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
