import * as vscode from 'vscode';
import { findRule, type RuleSetting } from '../core';
import { t } from './uiText';

export interface Settings {
  enable: boolean;
  rules: Record<string, RuleSetting>;
  reportFiles: string[];
  debounceMs: number;
  maxFileSizeMB: number;
  toneMarks: 'consistent' | 'old' | 'new';
}

export const DEFAULTS: Settings = { enable: true, rules: {}, reportFiles: [], debounceMs: 250, maxFileSizeMB: 10, toneMarks: 'consistent' };

const SEVERITIES = new Set(['off', 'info', 'warning', 'error']);

/**
 * Reads Reportwright's settings for a document (or the window). A bad value is described in
 * `problems` and its default stays in force; nothing throws.
 */
export function readSettings(scope?: vscode.ConfigurationScope): { settings: Settings; problems: string[] } {
  const config = vscode.workspace.getConfiguration('reportwright', scope);
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

  settings.debounceMs = boundedNumber(config.get('lint.debounceMs'), 'reportwright.lint.debounceMs', 0, 10_000, DEFAULTS.debounceMs, problems);
  settings.maxFileSizeMB = boundedNumber(config.get('lint.maxFileSizeMB'), 'reportwright.lint.maxFileSizeMB', 0.01, 1024, DEFAULTS.maxFileSizeMB, problems);

  const toneMarks = config.get<unknown>('toneMarks');
  if (toneMarks === 'consistent' || toneMarks === 'old' || toneMarks === 'new') settings.toneMarks = toneMarks;
  else if (toneMarks !== undefined) problems.push(t('"{0}" must be consistent, old or new; using consistent.', 'reportwright.toneMarks'));

  const language = config.get<unknown>('language');
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
