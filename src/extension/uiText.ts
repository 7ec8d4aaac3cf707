import * as vscode from 'vscode';
import vi from '../../l10n/bundle.l10n.vi.json';
import type { Lang } from '../core';

export type LanguageSetting = 'auto' | Lang;

let language: LanguageSetting | undefined;

/**
 * The language the writer chose for Reportwright's messages (`reportwright.language`, a window
 * setting): read once, then kept until the configuration changes (`forgetLanguageSetting`).
 */
export function languageSetting(): LanguageSetting {
  if (language === undefined) {
    const value = vscode.workspace.getConfiguration('reportwright').get('language');
    language = value === 'vi' || value === 'en' ? value : 'auto';
  }
  return language;
}

/** Drops the kept `reportwright.language` (the configuration changed). */
export function forgetLanguageSetting(): void {
  language = undefined;
}

/** VS Code's display language, as one of ours. */
export function displayLang(): Lang {
  return vscode.env.language.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}

/** The language of the user interface: the setting, else VS Code's display language. */
export function uiLang(): Lang {
  const setting = languageSetting();
  return setting === 'auto' ? displayLang() : setting;
}

/**
 * The language to speak about a document in, with `reportwright.language` on auto: its front
 * matter's `lang`, else the language its text is written in, else (a file with no letters yet)
 * VS Code's display language. A Vietnamese file gets Vietnamese before it is a report.
 */
export function documentLang(doc: { declaredLang?: Lang; writtenLang?: Lang } | undefined): Lang {
  const setting = languageSetting();
  if (setting !== 'auto') return setting;
  return doc?.declaredLang ?? doc?.writtenLang ?? displayLang();
}

const VI: Record<string, string> = vi;

/**
 * A user-facing string. With `reportwright.language` on auto, VS Code's l10n bundles pick the
 * translation; when the writer chose a language, our bundle for it is used directly.
 */
export function t(message: string, ...args: Array<string | number>): string {
  const setting = languageSetting();
  return setting === 'auto' ? vscode.l10n.t(message, ...args) : inLang(setting, message, ...args);
}

/** A user-facing string in a given language: what is said about a report speaks its language. */
export function inLang(lang: Lang, message: string, ...args: Array<string | number>): string {
  const template = lang === 'vi' ? (VI[message] ?? message) : message;
  return template.replace(/\{(\d+)\}/g, (whole, index: string) => String(args[Number(index)] ?? whole));
}
