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
  kinds: string[];
}

/**
 * Lays a configuration file over settings. `folder` is the file's folder relative to the same
 * root as the settings' globs ('' at the root), so that its globs keep meaning what they say.
 */
export function withConfig(base: CheckSettings, config: ReportwrightConfig, folder: string): CheckSettings {
  const prefix = (glob: string) => (folder && !glob.startsWith('/') ? `${folder.replace(/\/+$/, '')}/${glob.replace(/^\.\//, '')}` : glob.replace(/^\//, ''));
  return {
    rules: { ...base.rules, ...config.rules },
    toneMarks: config.toneMarks ?? base.toneMarks,
    reportFiles: config.reportFiles ? config.reportFiles.map(prefix) : base.reportFiles,
    kinds: [...base.kinds, ...(config.kinds ?? []).map(prefix)],
  };
}

/** The folders a configuration file may be in for a file: its own, then each parent up to `root`, nearest first. */
export function foldersUp(relativeFile: string, root = ''): string[] {
  const parts = relativeFile.replace(/\\/g, '/').split('/').slice(0, -1);
  const folders: string[] = [];
  for (let n = parts.length; n >= 0; n--) folders.push(parts.slice(0, n).join('/'));
  return root ? folders.map((f) => (f ? `${root}/${f}` : root)) : folders;
}
