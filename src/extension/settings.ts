import * as vscode from 'vscode';
import { findRule, type RuleSetting } from '../core';
import { isProfileId, type ProfileId } from '../core/export/profiles';
import { forgetLanguageSetting, t } from './uiText';

export interface Settings {
  enable: boolean;
  rules: Record<string, RuleSetting>;
  reportFiles: string[];
  debounceMs: number;
  maxFileSizeMB: number;
  toneMarks: 'consistent' | 'old' | 'new';
  /** `reportwright.export.profile`: the page the export (and the preview's `document` style) lays the report out on. */
  exportProfile: ProfileId;
  /** `reportwright.preview.style`. */
  previewStyle: 'theme' | 'document';
}

export const DEFAULTS: Settings = { enable: true, rules: {}, reportFiles: [], debounceMs: 250, maxFileSizeMB: 10, toneMarks: 'consistent', exportProfile: 'default', previewStyle: 'theme' };

const SEVERITIES = new Set(['off', 'info', 'warning', 'error']);

/**
 * Reads Reportwright's settings for a document or folder (`null`: any resource, the window's).
 * Each setting is read in its own scope (package.json `contributes.configuration`): the
 * resource-scoped ones (`enable`, `rules`, `reportFiles`, `toneMarks`) for the resource, the
 * window-scoped ones (`lint.*`, `language`) for the window, so VS Code has nothing to warn
 * about. A bad value is described in `problems` and its default stays in force; nothing throws.
 */
export function readSettings(scope: vscode.Uri | vscode.WorkspaceFolder | null = null): { settings: Settings; problems: string[] } {
  const config = vscode.workspace.getConfiguration('reportwright', scope);
  const windowConfig = vscode.workspace.getConfiguration('reportwright');
  const problems: string[] = [];
  const settings: Settings = { ...DEFAULTS, rules: {} };

  const enable = config.get<unknown>('enable');
  if (typeof enable === 'boolean') settings.enable = enable;
  else if (enable !== undefined) problems.push(t('"{0}" must be true or false; using {1}.', 'reportwright.enable', 'true'));

  const rules = config.get<unknown>('rules');
  if (rules && typeof rules === 'object' && !Array.isArray(rules)) {
    for (const [key, value] of Object.entries(rules)) {
      const rule = findRule(key);
      if (!rule) problems.push(t('"{0}" names an unknown rule "{1}"; it is ignored.', 'reportwright.rules', key));
      else if (typeof value !== 'string' || !SEVERITIES.has(value)) {
        problems.push(t('"{0}": {1} must be off, info, warning or error, not "{2}"; its default applies.', 'reportwright.rules', key, String(value)));
      } else settings.rules[rule.id] = value as RuleSetting;
    }
  } else if (rules !== undefined && rules !== null) {
    problems.push(t('"{0}" must be an object such as {"RW003": "off"}; the defaults apply.', 'reportwright.rules'));
  }

  const reportFiles = config.get<unknown>('reportFiles');
  if (Array.isArray(reportFiles) && reportFiles.every((g) => typeof g === 'string')) settings.reportFiles = reportFiles;
  else if (reportFiles !== undefined && reportFiles !== null) problems.push(t('"{0}" must be a list of glob patterns; it is ignored.', 'reportwright.reportFiles'));

  settings.debounceMs = boundedNumber(windowConfig.get('lint.debounceMs'), 'reportwright.lint.debounceMs', 0, 10_000, DEFAULTS.debounceMs, problems);
  settings.maxFileSizeMB = boundedNumber(windowConfig.get('lint.maxFileSizeMB'), 'reportwright.lint.maxFileSizeMB', 0.01, 1024, DEFAULTS.maxFileSizeMB, problems);

  const toneMarks = config.get<unknown>('toneMarks');
  if (toneMarks === 'consistent' || toneMarks === 'old' || toneMarks === 'new') settings.toneMarks = toneMarks;
  else if (toneMarks !== undefined) problems.push(t('"{0}" must be consistent, old or new; using consistent.', 'reportwright.toneMarks'));

  const profile = config.get<unknown>('export.profile');
  if (isProfileId(profile)) settings.exportProfile = profile;
  else if (profile !== undefined) problems.push(t('"{0}" must be default, nd30 or hd36; using default.', 'reportwright.export.profile'));
  if (windowConfig.get<unknown>('preview.style') === 'document') settings.previewStyle = 'document';

  const language = windowConfig.get<unknown>('language');
  if (language !== undefined && language !== 'auto' && language !== 'vi' && language !== 'en') {
    problems.push(t('"{0}" must be auto, vi or en; using auto.', 'reportwright.language'));
  }
  return { settings, problems };
}

function boundedNumber(value: unknown, name: string, min: number, max: number, fallback: number, problems: string[]): number {
  if (value === undefined) return fallback;
  if (typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max) return value;
  problems.push(t('"{0}" must be a number from {1} to {2}; using {3}.', name, min, max, fallback));
  return fallback;
}

/**
 * The settings, read once per workspace folder (or once for files outside any folder) and kept
 * until the configuration changes: linting a document on every keystroke reads no setting.
 * `reads` counts the reads (for the tests).
 */
export class SettingsStore implements vscode.Disposable {
  private readonly byFolder = new Map<string, Settings>();
  reads = 0;
  private readonly subscription = vscode.workspace.onDidChangeConfiguration((event) => {
    if (event.affectsConfiguration('reportwright')) this.clear();
  });

  /** The settings that apply to a document: its workspace folder's (each folder may differ). */
  get(uri: vscode.Uri): Settings {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const key = folder ? folder.uri.toString() : '';
    let settings = this.byFolder.get(key);
    if (!settings) {
      this.reads++;
      settings = readSettings(folder ?? null).settings;
      this.byFolder.set(key, settings);
    }
    return settings;
  }

  /** Forgets what was read (the configuration changed). */
  clear(): void {
    this.byFolder.clear();
    forgetLanguageSetting();
  }

  dispose(): void {
    this.subscription.dispose();
    this.byFolder.clear();
  }
}

/** Says each distinct settings problem once, in words, until the settings change. */
export class SettingsReporter {
  private said = new Set<string>();

  check(): void {
    const problems = new Set(readSettings().problems);
    for (const folder of vscode.workspace.workspaceFolders ?? []) for (const p of readSettings(folder.uri).problems) problems.add(p);
    for (const problem of problems) {
      if (this.said.has(problem)) continue;
      this.said.add(problem);
      void vscode.window.showWarningMessage(t('Reportwright settings: {0}', problem));
    }
  }

  reset(): void {
    this.said.clear();
  }
}
