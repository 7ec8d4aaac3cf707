import type { Lang, Localized } from '../i18n';

export type ExportErrorCode = 'gate' | 'exists' | 'no-browser' | 'browser' | 'write' | 'read';

/** Why an export did not happen, in both languages; nothing was written when one is thrown. */
export class ExportError extends Error {
  constructor(
    readonly code: ExportErrorCode,
    readonly localized: Localized,
  ) {
    super(localized.en);
    this.name = 'ExportError';
  }

  in(lang: Lang): string {
    return this.localized[lang];
  }
}
